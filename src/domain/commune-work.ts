// This file judges Công việc chung: the commune's own criteria, and each owner's tasks for the ranking of organisations.
import type { IsoDate } from "./dates";
import { overdueDays } from "./deadlines";
import type { CriterionRow, TaskRow } from "./item-rows";
import { CRITERION_STATUS, PROPOSAL, TASK_STATUS } from "./messages";
import type { ParsedRow } from "./tables";
import type { CriteriaCount } from "./verdicts";
import { compareVietnamese } from "./vietnamese-order";

export interface OwnerCounts {
  readonly owner: string;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
}

export interface RankedOwner extends OwnerCounts {
  readonly rank: number;
  readonly proposal: (typeof PROPOSAL)[keyof typeof PROPOSAL] | "";
}

/** Owner written on tasks with none. */
export const NO_OWNER = "(chưa giao)";

/** Achieved, total and hard-missing of a criteria table's named rows; null when it lists none. */
export function countCriteria(rows: ReadonlyArray<ParsedRow<CriterionRow>>): CriteriaCount | null {
  const named = rows.map(({ value }) => value).filter((row) => row.name !== null);
  if (named.length === 0) return null;
  return {
    achieved: named.filter((row) => row.status === CRITERION_STATUS.met).length,
    total: named.length,
    hardMissing: named.filter((row) => row.hard && row.status !== CRITERION_STATUS.met).length,
  };
}

/** Tasks per owner, owners in Vietnamese order (the same owner spelled with other spacing or case counts once). */
export function countByOwner(tasks: ReadonlyArray<ParsedRow<TaskRow>>, today: IsoDate): OwnerCounts[] {
  const byKey = new Map<string, { owner: string; total: number; done: number; overdue: number }>();
  for (const { value } of tasks) {
    if (value.name === null) continue;
    const owner = (value.owner ?? NO_OWNER).replace(/\s+/g, " ").trim();
    const key = owner.toLocaleLowerCase("vi");
    const counts = byKey.get(key) ?? { owner, total: 0, done: 0, overdue: 0 };
    counts.total++;
    if (value.status === TASK_STATUS.done) counts.done++;
    if (overdueDays(value, today) > 0) counts.overdue++;
    byKey.set(key, counts);
  }
  return [...byKey.values()].sort((a, b) => compareVietnamese(a.owner, b.owner));
}

/**
 * Ranks owners: fewer overdue first, then a larger share done. Praise goes to owners with every task done and none
 * overdue; reminders to the owners with the most overdue work.
 */
export function rankOwners(owners: readonly OwnerCounts[]): RankedOwner[] {
  const key = (o: OwnerCounts) => [o.overdue, -(o.total === 0 ? 0 : o.done / o.total)];
  const ordered = [...owners].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number);
  });
  const mostOverdue = Math.max(0, ...owners.map((o) => o.overdue));
  return owners.map((owner) => {
    const rank = 1 + ordered.findIndex((o) => key(o).join() === key(owner).join());
    const praised = owner.total > 0 && owner.done === owner.total && owner.overdue === 0;
    const reminded = mostOverdue > 0 && owner.overdue === mostOverdue;
    return { ...owner, rank, proposal: praised ? PROPOSAL.praise : reminded ? PROPOSAL.remind : "" };
  });
}
