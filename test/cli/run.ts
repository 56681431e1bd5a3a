// This file runs the so-thi-dua command in-process for the CLI tests, collecting what it prints and its exit code.
import { main, type Io } from "../../src/cli/main";

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** Both streams in the order the lines were printed. */
  readonly all: readonly string[];
}

export async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const all: string[] = [];
  const io: Io = {
    out: (line) => (out.push(line), all.push(line)),
    err: (line) => (err.push(line), all.push(line)),
    progress: () => undefined,
  };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n"), all };
}
