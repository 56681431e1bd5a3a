// This file is what a command talks through: output lines, progress, and the errors a person can fix.
import type { Progress } from "../actions/result";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  progress: Progress;
}

/** Exit codes: 1 when a file or its data stops the run, 2 when the command line itself is wrong. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

/** Something the person can fix (a file, its data); the message says what and how. Nothing was written. */
export class UserError extends Error {}

/** A wrong command line, found before any file is read: the message, lines that help, then (unless told not to) the usage. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
    readonly showUsage = true,
  ) {
    super(message);
  }
}
