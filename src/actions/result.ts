// This file is what every action returns: whether it could run, a Vietnamese line saying what it did, counts, problems.
import type { DataProblem } from "../domain/problems";

export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly problems: readonly DataProblem[];
  /** The person running may not run this action: nothing was written. */
  readonly refused?: boolean;
}

/** Reports progress on long runs: `done` of `total` units of `what`. */
export type Progress = (done: number, total: number, what: string) => void;

export const silent: Progress = () => undefined;
