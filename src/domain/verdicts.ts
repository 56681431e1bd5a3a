// This file judges a share of done items against a target band, and a criteria list against its rule, with exact fractions.
import { VERDICT, type Verdict } from "./messages";

export interface Band {
  /** Minimum share, in percent (70 means 70%); null where the plan states none: counted, not judged. */
  readonly minimum: number | null;
  /** The aim, in percent, when the plan sets one above the minimum. */
  readonly aim: number | null;
}

/** Scaled so a percent with up to three decimals compares exactly against integer counts. */
const SCALE = 1000;

function reaches(done: number, total: number, percent: number): boolean {
  return done * 100 * SCALE >= Math.round(percent * SCALE) * total;
}

/**
 * The verdict for `done` of `total` items: 7 of 10 meets 70% exactly; no items is "Chưa có số liệu"; no minimum is
 * "Chưa có mức chỉ tiêu", neither met nor below.
 */
export function shareVerdict(done: number, total: number, band: Band): Verdict {
  if (total <= 0) return VERDICT.noData;
  if (band.minimum === null) return VERDICT.noTarget;
  if (band.aim !== null && reaches(done, total, band.aim)) return VERDICT.exceeded;
  return reaches(done, total, band.minimum) ? VERDICT.met : VERDICT.below;
}

/** The share as a fraction for display and charts (null when there are no items). */
export function shareRatio(done: number, total: number): number | null {
  return total > 0 ? done / total : null;
}

export { formatCount, formatPercent } from "./numbers";

export interface CriteriaRule {
  /** Criteria that must be achieved; null means all of them. */
  readonly minimumAchieved: number | null;
  /** Whether every hard criterion must be among the achieved. */
  readonly hardRequired: boolean;
}

export interface CriteriaCount {
  readonly achieved: number;
  readonly total: number;
  readonly hardMissing: number;
}

/** Seed 003: at least 7 achieved with the 3 hard ones among them; seed 001: all achieved. */
export function criteriaVerdict(count: CriteriaCount, rule: CriteriaRule): Verdict {
  if (count.total <= 0) return VERDICT.noData;
  const needed = rule.minimumAchieved ?? count.total;
  const hardOk = !rule.hardRequired || count.hardMissing === 0;
  return count.achieved >= needed && hardOk ? VERDICT.met : VERDICT.below;
}
