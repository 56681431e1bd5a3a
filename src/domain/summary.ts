// This file compiles the commune summary: one row per thôn in Vietnamese order, ranks, proposals, and the commune total.
import type { Campaign } from "./campaign";
import { type CampaignWeek, weekAt } from "./campaign-weeks";
import { PROPOSAL, VERDICT } from "./messages";
import type { DataProblem } from "./problems";
import { compareVietnamese } from "./vietnamese-order";
import { type CriteriaCount, shareRatio, shareVerdict } from "./verdicts";
import { type OwnerCounts, type RankedOwner, rankOwners } from "./commune-work";
import type { IndicatorResult, TaskCounts, VillageStatus } from "./village-status";

export type Proposal = (typeof PROPOSAL)[keyof typeof PROPOSAL] | "";

export interface SummaryRow extends VillageStatus {
  readonly rank: number;
  readonly proposal: Proposal;
}

export interface Summary {
  readonly week: CampaignWeek;
  readonly compiledAt: Date;
  readonly rows: readonly SummaryRow[];
  readonly total: {
    readonly indicators: readonly IndicatorResult[];
    readonly tasks: TaskCounts;
    readonly problems: number;
  };
  /** Problems outside any thôn tab (config, register, Công việc chung). */
  readonly otherProblems: readonly DataProblem[];
  /** Tasks of Công việc chung: departments' and organisations' own work. */
  readonly communeTasks: TaskCounts;
  /** The commune's own criteria (Công việc chung), null when none are listed. */
  readonly communeCriteria: CriteriaCount | null;
  /** Departments and organisations ranked by their Công việc chung tasks. */
  readonly owners: readonly RankedOwner[];
  /** Thôn of the register with no tab yet: not in the table, and said so. */
  readonly withoutTab: readonly string[];
}

/** What compiling needs besides the campaign: the judged thôn and the commune-level work. */
export interface CompileInput {
  readonly statuses: readonly VillageStatus[];
  readonly otherProblems: readonly DataProblem[];
  readonly communeTasks?: TaskCounts;
  readonly communeCriteria?: CriteriaCount | null;
  readonly owners?: readonly OwnerCounts[];
  readonly withoutTab?: readonly string[];
}

export const NO_TASKS: TaskCounts = { total: 0, done: 0, overdue: 0, dueSoon: 0 };

const isMet = (result: IndicatorResult) => result.verdict === VERDICT.met || result.verdict === VERDICT.exceeded;

/** Higher is better: indicators met, then exceeded, then the mean share over indicators with data. */
function score(status: VillageStatus): number[] {
  const ratios = status.indicators.flatMap((result) => (result.ratio === null ? [] : [result.ratio]));
  const mean = ratios.length === 0 ? 0 : ratios.reduce((a, b) => a + b, 0) / ratios.length;
  return [
    status.indicators.filter(isMet).length,
    status.indicators.filter((result) => result.verdict === VERDICT.exceeded).length,
    Math.round(mean * 1e9),
  ];
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (b[i] as number) - (a[i] as number);
  return 0;
}

/** How many of the lowest-ranked thôn with a target not met are proposed for reminding. */
export function remindCount(villages: number): number {
  return Math.max(1, Math.ceil(villages / 5));
}

/** Competition ranking (1, 2, 2, 4), praise for all targets met and nothing overdue, reminders for the furthest below. */
export function rankVillages(statuses: readonly VillageStatus[]): SummaryRow[] {
  const scored = statuses.map((status) => ({ status, score: score(status) }));
  const ordered = [...scored].sort((a, b) => compareScores(a.score, b.score));
  const rankOf = new Map<VillageStatus, number>();
  ordered.forEach((item, i) => {
    const previous = ordered[i - 1];
    const rank = previous && compareScores(previous.score, item.score) === 0 ? (rankOf.get(previous.status) as number) : i + 1;
    rankOf.set(item.status, rank);
  });
  const remindFrom = ordered.length - remindCount(ordered.length);
  const reminded = new Set(
    ordered.filter((item, i) => i >= remindFrom && item.status.indicators.some((r) => r.verdict === VERDICT.below)).map((item) => item.status),
  );
  return [...statuses]
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((status) => {
      const praised = status.indicators.length > 0 && status.indicators.every(isMet) && status.tasks.overdue === 0;
      const proposal: Proposal = praised ? PROPOSAL.praise : reminded.has(status) ? PROPOSAL.remind : "";
      return { ...status, rank: rankOf.get(status) as number, proposal };
    });
}

/** The commune row: shares summed over thôn (done and totals), criteria as the number of thôn meeting them. */
export function communeTotal(campaign: Campaign, statuses: readonly VillageStatus[]): Summary["total"] {
  const indicators = campaign.indicators.map((indicator, i): IndicatorResult => {
    const results = statuses.map((status) => status.indicators[i] as IndicatorResult);
    if (indicator.kind === "share") {
      const done = results.reduce((sum, r) => sum + r.done, 0);
      const total = results.reduce((sum, r) => sum + r.total, 0);
      return { indicator, done, total, ratio: shareRatio(done, total), verdict: shareVerdict(done, total, indicator), hardMissing: 0 };
    }
    const withData = results.filter((r) => r.verdict !== VERDICT.noData);
    const met = withData.filter(isMet).length;
    return {
      indicator,
      done: met,
      total: withData.length,
      ratio: shareRatio(met, withData.length),
      verdict: shareVerdict(met, withData.length, { minimum: 100, aim: null }),
      hardMissing: results.reduce((sum, r) => sum + r.hardMissing, 0),
    };
  });
  const tasks = statuses.reduce(
    (sum, s) => ({
      total: sum.total + s.tasks.total,
      done: sum.done + s.tasks.done,
      overdue: sum.overdue + s.tasks.overdue,
      dueSoon: sum.dueSoon + s.tasks.dueSoon,
    }),
    { total: 0, done: 0, overdue: 0, dueSoon: 0 },
  );
  return { indicators, tasks, problems: statuses.reduce((sum, s) => sum + s.problems.length, 0) };
}

export function compileSummary(campaign: Campaign, input: CompileInput, now: Date): Summary {
  return {
    week: weekAt(campaign, now),
    compiledAt: now,
    rows: rankVillages(input.statuses),
    total: communeTotal(campaign, input.statuses),
    otherProblems: input.otherProblems,
    communeTasks: input.communeTasks ?? NO_TASKS,
    communeCriteria: input.communeCriteria ?? null,
    owners: rankOwners(input.owners ?? []),
    withoutTab: input.withoutTab ?? [],
  };
}
