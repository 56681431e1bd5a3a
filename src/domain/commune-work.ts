// This file judges Công việc chung: the commune's own criteria, and each owner's tasks for the ranking of organisations.
import type { IsoDate } from "./dates";
import { overdueDays, trackedCriteria } from "./deadlines";
import type { CriterionRow, TaskRow } from "./item-rows";
import { CRITERION_STATUS, OWNER_UNRANKED, PROPOSAL, TASK_STATUS } from "./messages";
import type { ParsedRow } from "./tables";
import type { CriteriaCount } from "./verdicts";
import { compareVietnamese, nameKey } from "./vietnamese-order";
import { competitionRanks } from "./ranks";

export interface OwnerCounts {
  readonly owner: string;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
}

export interface RankedOwner extends OwnerCounts {
  /** null when the row is not ranked; `unranked` says why. */
  readonly rank: number | null;
  readonly proposal: (typeof PROPOSAL)[keyof typeof PROPOSAL] | "";
  readonly unranked: string | null;
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

/** An owner's or unit's name as compared: spacing and case do not matter ("Hội  nông dân xã" is "Hội Nông dân xã"). */
export function ownerKey(name: string): string {
  return nameKey(name);
}

/**
 * Tasks per owner, owners in Vietnamese order (the same owner spelled with other spacing or case counts once); a
 * criterion naming its owner and deadline counts as that owner's work too, done when achieved.
 */
export function countByOwner(tasks: ReadonlyArray<ParsedRow<TaskRow>>, today: IsoDate, criteria: ReadonlyArray<ParsedRow<CriterionRow>> = []): OwnerCounts[] {
  const byKey = new Map<string, { owner: string; total: number; done: number; overdue: number }>();
  const tracked = trackedCriteria(criteria).map((value) => ({ value }));
  for (const { value } of [...tasks, ...tracked]) {
    if (value.name === null) continue;
    const owner = (value.owner ?? NO_OWNER).replace(/\s+/g, " ").trim();
    const key = ownerKey(owner);
    const counts = byKey.get(key) ?? { owner, total: 0, done: 0, overdue: 0 };
    counts.total++;
    if (value.status === TASK_STATUS.done) counts.done++;
    if (overdueDays(value, today) > 0) counts.overdue++;
    byKey.set(key, counts);
  }
  return [...byKey.values()].sort((a, b) => compareVietnamese(a.owner, b.owner));
}

/**
 * Whether an owner names one real unit: not the "(chưa giao)" of tasks with none, not several units at once ("Các thôn,
 * đoàn thể", "Hội Nông dân và Hội Phụ nữ"). Only such owners are ranked, praised or reminded.
 */
export function isSingleUnit(owner: string): boolean {
  return owner !== NO_OWNER && !UNIT_SEPARATOR.test(owner) && !/^(các|tất cả|mọi)\s/iu.test(owner);
}

/** What separates the units of an owner cell naming several ("Hội Nông dân và Hội Phụ nữ", "A, B", "A / B"). */
export const UNIT_SEPARATOR = /[,;/+&]|\s(?:và|với)\s/iu;

/**
 * Ranks owners that name one unit and have something to judge (a task done or overdue): fewer overdue first, then a
 * larger share done, then more tasks done; owners equal on all three share a rank (1, 2, 2, 4). Ranked owners come
 * first in rank order, then the others by name, each saying why it is not ranked. Praise goes to owners with every task
 * done and none overdue; reminders to the owners with the most overdue work. SUMMARY_TEXT.ownerRankRule says this on
 * the sheet. An owner listed on Đơn vị thi đua (`units`, as ownerKey) is judged there, by its kind's award standards,
 * and is not ranked here.
 */
export function rankOwners(owners: readonly OwnerCounts[], units: ReadonlySet<string> = new Set()): RankedOwner[] {
  const key = (o: OwnerCounts) => [o.overdue, -(o.total === 0 ? 0 : o.done / o.total), -o.done];
  const compare = (a: OwnerCounts, b: OwnerCounts) => {
    const [x, y] = [key(a), key(b)];
    return x.reduce((order, value, i) => order || value - (y[i] as number), 0);
  };
  const judged = owners.map((owner) => ({
    owner,
    unranked:
      owner.owner === NO_OWNER
        ? OWNER_UNRANKED.noOwner
        : !isSingleUnit(owner.owner)
          ? OWNER_UNRANKED.severalUnits
          : units.has(ownerKey(owner.owner))
            ? OWNER_UNRANKED.judgedAsUnit
            : owner.done + owner.overdue === 0
              ? OWNER_UNRANKED.nothingYet
              : null,
  }));
  const ranked = judged.filter((o) => o.unranked === null).map((o) => o.owner).sort((a, b) => compare(a, b) || compareVietnamese(a.owner, b.owner));
  const ranks = competitionRanks(ranked, compare);
  const mostOverdue = Math.max(0, ...ranked.map((o) => o.overdue));
  const rows = ranked.map((owner, i): RankedOwner => {
    const praised = owner.total > 0 && owner.done === owner.total && owner.overdue === 0;
    const reminded = mostOverdue > 0 && owner.overdue === mostOverdue;
    return { ...owner, rank: ranks[i] as number, proposal: praised ? PROPOSAL.praise : reminded ? PROPOSAL.remind : "", unranked: null };
  });
  const others = judged
    .filter((o) => o.unranked !== null)
    .sort((a, b) => compareVietnamese(a.owner.owner, b.owner.owner))
    .map((o): RankedOwner => ({ ...o.owner, rank: null, proposal: "", unranked: o.unranked }));
  return [...rows, ...others];
}
