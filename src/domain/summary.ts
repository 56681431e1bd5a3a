// This file compiles the commune summary: one row per thôn in Vietnamese order, ranks, proposals, and the commune total.
import type { Campaign, WithCutoff } from "./campaign";
import type { Cell, CellInput } from "./cell";
import { type CampaignPeriod, type CampaignWeek, periodAt } from "./campaign-weeks";
import { PLAN_BASELINE, PROPOSAL, VERDICT } from "./messages";
import type { DataProblem } from "./problems";
import { compareVietnamese } from "./vietnamese-order";
import { competitionRanks } from "./ranks";
import { type CriteriaCount, shareRatio, shareVerdict } from "./verdicts";
import { type OwnerCounts, type RankedOwner, ownerKey, rankOwners } from "./commune-work";
import type { IndicatorResult, TaskCounts, VillageStatus } from "./village-status";
import type { WorkItem } from "./work-items";
import type { ModelFieldCount } from "./model-tally";

export type Proposal = (typeof PROPOSAL)[keyof typeof PROPOSAL] | typeof PLAN_BASELINE.unranked | "";

/**
 * A part of the summary beyond the thôn table, from one of the campaign's other sheets (measured targets, recurring
 * duties, units and registration, leaders): a title, lines of text, and a table. Tổng hợp, the CLI and the written
 * report show every section the same way, so a new kind of tracking adds a section, not a new layout.
 */
export interface SummarySection {
  /** Stable id ("measures", "duties", …), for tests and the sidebar. */
  readonly id: string;
  readonly title: string;
  /** Sentences said before the table (who has not registered, which period is short). */
  readonly lines: readonly string[];
  /** Null when the section is only lines. */
  readonly table: {
    readonly headers: readonly string[];
    readonly rows: readonly (readonly CellInput[])[];
    /** Index of the column holding a verdict ("Đạt", "Chưa đạt", "Quá hạn …"), coloured like the thôn table's. */
    readonly verdictColumn: number | null;
  } | null;
  /**
   * Lịch sử rows this section adds for the period, each in the history columns after Tuần and the cut-off: thôn id
   * (or COMMUNE_ID), thôn (or Toàn xã), indicator, done, total, ratio, verdict, overdue.
   */
  readonly history: readonly (readonly Cell[])[];
  /** The written report's sentences for this section (each a "- " item under the title); empty says nothing there. */
  readonly report: readonly string[];
  /** Thôn and units that registered no work by the registration deadline (Đơn vị thi đua), for the sidebar too. */
  readonly notRegistered?: readonly string[];
  /** Units this section judges (Đơn vị thi đua): the ranking of Công việc chung's owners leaves them to it. */
  readonly units?: readonly string[];
}

export interface SummaryRow extends VillageStatus {
  /** null for a thôn with no figure yet ("Chưa có số liệu"): it is neither first nor last. */
  readonly rank: number | null;
  readonly proposal: Proposal;
}

export interface Summary {
  /** Where the compile's moment stands: in a report week, or plainly before or after the campaign. */
  readonly period: CampaignPeriod;
  /** The report week the figures are recorded under (the period's week). */
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
  /** Tasks not done and criteria not achieved, on the thôn tabs and Công việc chung (the written report names them). */
  readonly work: readonly WorkItem[];
  /** Registered models by field and status, where the campaign keeps a models table. */
  readonly models: readonly ModelFieldCount[];
  /** The campaign's other tracking (measured targets, duties, units, leaders), each a section below the thôn table. */
  readonly sections: readonly SummarySection[];
}

/** What compiling needs besides the campaign: the judged thôn and the commune-level work. */
export interface CompileInput {
  readonly statuses: readonly VillageStatus[];
  readonly otherProblems: readonly DataProblem[];
  readonly communeTasks?: TaskCounts;
  readonly communeCriteria?: CriteriaCount | null;
  readonly owners?: readonly OwnerCounts[];
  readonly withoutTab?: readonly string[];
  readonly work?: readonly WorkItem[];
  readonly models?: readonly ModelFieldCount[];
  readonly sections?: readonly SummarySection[];
}

export const NO_TASKS: TaskCounts = { total: 0, done: 0, overdue: 0, dueSoon: 0 };

const isMet = (result: IndicatorResult) => result.verdict === VERDICT.met || result.verdict === VERDICT.exceeded;

/**
 * Higher is better, key by key: targets met, then targets exceeded, then fewer overdue tasks, then the mean share over
 * the indicators with data. `RANK_RULE` says the same in words on the sheet.
 */
function score(status: VillageStatus): number[] {
  const ratios = status.indicators.flatMap((result) => (result.ratio === null ? [] : [result.ratio]));
  const mean = ratios.length === 0 ? 0 : ratios.reduce((a, b) => a + b, 0) / ratios.length;
  return [
    status.indicators.filter(isMet).length,
    status.indicators.filter((result) => result.verdict === VERDICT.exceeded).length,
    -status.tasks.overdue,
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

/** Whether a person entered something the indicator counts (see IndicatorResult.entered). */
export function isEntered(result: IndicatorResult): boolean {
  return result.verdict !== VERDICT.noData && (result.entered ?? true);
}

/**
 * A thôn is ranked once something it counts was entered: a tick, a criterion's status. Counts in the register, rows
 * a preset named and statuses the plan gave (PLAN_BASELINE, still unchanged) are no entry, so on day one no thôn is
 * first or last, praised or reminded ("Chưa có số liệu", or the plan's figure with "Chưa xếp hạng").
 */
export function hasFigures(status: VillageStatus): boolean {
  return status.indicators.some(isEntered);
}

/**
 * Competition ranking (1, 2, 2, 4) of the thôn with figures, in rank order, then the thôn without figures (unranked) by
 * name. Praise: every target met and nothing overdue. Reminder: the thôn with a target not met among the last
 * `remindCount` places, every thôn tied with the last of those places included.
 */
export function rankVillages(statuses: readonly VillageStatus[]): SummaryRow[] {
  const byName = [...statuses].sort((a, b) => compareVietnamese(a.name, b.name));
  const ranked = byName.filter(hasFigures).map((status) => ({ status, score: score(status) }));
  ranked.sort((a, b) => compareScores(a.score, b.score));
  const ranks = competitionRanks(ranked, (a, b) => compareScores(a.score, b.score));
  const cutRank = ranks[Math.max(0, ranked.length - remindCount(ranked.length))] ?? Infinity;
  const rows = ranked.map(({ status }, i): SummaryRow => {
    const rank = ranks[i] as number;
    // A share with no minimum ("Chưa có mức chỉ tiêu") is never met: praise is judged on the targets that are set.
    const judged = status.indicators.filter((r) => r.verdict !== VERDICT.noTarget);
    const praised = judged.length > 0 && judged.every(isMet) && status.tasks.overdue === 0;
    const reminded = rank >= cutRank && status.indicators.some((r) => r.verdict === VERDICT.below);
    return { ...status, rank, proposal: praised ? PROPOSAL.praise : reminded ? PROPOSAL.remind : "" };
  });
  const unranked = byName.filter((status) => !hasFigures(status));
  return [...rows, ...unranked.map((status): SummaryRow => ({ ...status, rank: null, proposal: status.indicators.some((r) => r.planBaseline === true) ? PLAN_BASELINE.unranked : "" }))];
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

/** Compiles at `now`; the campaign's cut-off must be set (`hasCutoff`), since the figures are recorded under a period. */
export function compileSummary(campaign: WithCutoff<Campaign>, input: CompileInput, now: Date): Summary {
  const period = periodAt(campaign, now);
  return {
    period,
    week: period.week,
    compiledAt: now,
    rows: rankVillages(input.statuses),
    total: communeTotal(campaign, input.statuses),
    otherProblems: input.otherProblems,
    communeTasks: input.communeTasks ?? NO_TASKS,
    communeCriteria: input.communeCriteria ?? null,
    owners: rankOwners(input.owners ?? [], new Set((input.sections ?? []).flatMap((section) => section.units ?? []).map(ownerKey))),
    withoutTab: input.withoutTab ?? [],
    work: input.work ?? [],
    models: input.models ?? [],
    sections: input.sections ?? [],
  };
}
