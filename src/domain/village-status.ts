// This file judges one thôn: each indicator's done / total / verdict, its tasks, and the problems in its data.
import { type Campaign, type Indicator, type VillageKind, kindNamed, ruleForKind } from "./campaign";
import type { IsoDate } from "./dates";
import { overdueDays, taskFlag, trackedCriteria } from "./deadlines";
import type { CriterionRow, TaskRow } from "./item-rows";
import { a1 } from "./layout/a1";
import { MODEL_RECOGNISED } from "./layout/columns";
import { REGISTER_FIELDS } from "./layout/kpi";
import { type TableSheetLayout, placement, sheetColumn } from "./layout/sheets";
import { CRITERION_STATUS, PLAN_BASELINE, PROBLEM, SHEET_NAMES, TASK_FLAG, TASK_STATUS, type Verdict } from "./messages";
import { type DataProblem, ofVillage, problemAt } from "./problems";
import { REGISTER_PLACE, type RegisterEntry } from "./register";
import type { ParsedRow } from "./tables";
import { criteriaVerdict, shareRatio, shareVerdict } from "./verdicts";
import type { TabRows } from "./village-tab";

export interface IndicatorResult {
  readonly indicator: Indicator;
  readonly done: number;
  readonly total: number;
  readonly ratio: number | null;
  readonly verdict: Verdict;
  readonly hardMissing: number;
  /**
   * Whether anyone entered something this indicator counts: an item ticked, done or recognised, a criterion's status.
   * Rows a preset named (a garden's household) are not an entry. Absent means "when it has a verdict".
   */
  readonly entered?: boolean;
  /** True when its only figures are statuses the plan gave (PLAN_BASELINE), still unchanged: shown, not ranked. */
  readonly planBaseline?: boolean;
}

export interface TaskCounts {
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
  readonly dueSoon: number;
}

export interface VillageStatus {
  readonly id: string;
  readonly name: string;
  /** The kind of thôn it is judged as (its name as the campaign defines it); absent or null: none. */
  readonly kind?: string | null;
  readonly sheet: string;
  readonly indicators: readonly IndicatorResult[];
  readonly tasks: TaskCounts;
  readonly problems: readonly DataProblem[];
}

const ITEM_WORDS = { households: "hộ", gardens: "vườn mẫu", clustersRoads: "cụm dân cư và tuyến đường", models: "mô hình" } as const;
const NAME_WORDS = { households: "tên chủ hộ", gardens: "tên chủ vườn", clustersRoads: "tên cụm / tuyến", models: "tên mô hình" } as const;

interface ShareRow {
  readonly row: number;
  readonly name: string | null;
  readonly done: boolean;
  readonly anyTick: boolean;
}

function shareRows(table: keyof typeof ITEM_WORDS, tab: TabRows, minItems: number): ShareRow[] {
  if (table === "models") {
    return tab.models.map(({ row, value }) => {
      const done = value.status === MODEL_RECOGNISED;
      return { row, name: value.name, done, anyTick: done };
    });
  }
  if (table === "households") {
    return tab.households.map(({ row, value }) => {
      const ticked = value.ticks.filter(Boolean).length;
      return { row, name: value.name, done: ticked >= minItems, anyTick: ticked > 0 };
    });
  }
  return tab[table].map(({ row, value }) => ({ row, name: value.name, done: value.done, anyTick: value.done }));
}

/** The register's count for a share table: the sum of its fields, or null when none is filled in. */
export function registeredCount(entry: RegisterEntry, table: keyof typeof REGISTER_FIELDS): number | null {
  const counts = REGISTER_FIELDS[table].map((field) => entry[field as "households"]);
  return counts.every((count) => count === null) ? null : counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
}

interface Context {
  readonly campaign: Campaign;
  /** The thôn's kind, whose rule replaces the criteria indicators' own. */
  readonly kind: VillageKind | null;
  readonly entry: RegisterEntry;
  readonly sheet: string;
  readonly layout: TableSheetLayout;
  readonly tab: TabRows;
  readonly problems: DataProblem[];
}

function shareResult(indicator: Extract<Indicator, { kind: "share" }>, ctx: Context): IndicatorResult {
  const rows = shareRows(indicator.table, ctx.tab, ctx.campaign.householdMinItems);
  const place = placement(ctx.layout, indicator.table);
  for (const row of rows) {
    if (row.name === null && row.anyTick && place) {
      ctx.problems.push(problemAt(ctx.sheet, a1(row.row, sheetColumn(place, "name")), PROBLEM.tickedWithoutName(NAME_WORDS[indicator.table])));
    }
  }
  const named = rows.filter((row) => row.name !== null);
  const done = named.filter((row) => row.done).length;
  const registered = registeredCount(ctx.entry, indicator.table);
  const total = registered ?? named.length;
  const registerCell = a1(ctx.entry.row, sheetColumn(REGISTER_PLACE, REGISTER_FIELDS[indicator.table][0] ?? "name"));
  if (registered !== null && named.length > 0 && named.length !== registered) {
    ctx.problems.push(problemAt(SHEET_NAMES.register, registerCell, PROBLEM.countMismatch(ITEM_WORDS[indicator.table], named.length, registered)));
  }
  if (done > total) {
    ctx.problems.push(problemAt(SHEET_NAMES.register, registerCell, PROBLEM.moreDoneThanTotal(ITEM_WORDS[indicator.table], done, total)));
  }
  const entered = named.some((row) => row.anyTick);
  return { indicator, done, total, ratio: shareRatio(done, total), verdict: shareVerdict(done, total, indicator), hardMissing: 0, entered };
}

function criteriaResult(indicator: Extract<Indicator, { kind: "criteria" }>, ctx: Context): IndicatorResult {
  const named = ctx.tab.criteria.filter(({ value }) => value.name !== null).map(({ value }) => value);
  const achieved = named.filter((c) => c.status === CRITERION_STATUS.met).length;
  const hardMissing = named.filter((c) => c.hard && c.status !== CRITERION_STATUS.met).length;
  const count = { achieved, total: named.length, hardMissing };
  return {
    indicator,
    done: achieved,
    total: named.length,
    ratio: shareRatio(achieved, named.length),
    verdict: criteriaVerdict(count, ruleForKind(indicator, ctx.kind)),
    hardMissing,
    entered: named.some((c) => c.status !== null && c.status !== planStatus(c.note)),
    planBaseline: named.some((c) => c.status !== null) && named.every((c) => c.status === null || c.status === planStatus(c.note)),
  };
}

/** The status the plan gave a criterion, as its preset recorded it in the row's note (PLAN_BASELINE), or null. */
export function planStatus(note: string | null): string | null {
  return note === null ? null : (PLAN_BASELINE.pattern.exec(note)?.[1] ?? null);
}

/** Problems in tasks that a person can fix: a completion date on a task not marked done. */
export function taskProblems(tasks: ReadonlyArray<ParsedRow<TaskRow>>, sheet: string, layout: TableSheetLayout): DataProblem[] {
  const place = placement(layout, "tasks");
  if (!place) return [];
  return tasks
    .filter(({ value }) => value.name !== null && value.completedOn !== null && value.status !== TASK_STATUS.done)
    .map(({ row }) => problemAt(sheet, a1(row, sheetColumn(place, "completedOn")), PROBLEM.completedWithoutDone()));
}

/** Tasks done and in all; overdue and due soon count criteria tracked like tasks (an owner and a deadline) too. */
export function countTasks(tasks: ReadonlyArray<ParsedRow<TaskRow>>, today: IsoDate, criteria: ReadonlyArray<ParsedRow<CriterionRow>> = []): TaskCounts {
  const named = tasks.filter(({ value }) => value.name !== null).map(({ value }) => value);
  const tracked = trackedCriteria(criteria);
  const timed = [...named, ...tracked];
  return {
    total: named.length,
    done: named.filter((task) => task.status === TASK_STATUS.done).length,
    overdue: timed.filter((task) => overdueDays(task, today) > 0).length,
    dueSoon: timed.filter((task) => taskFlag(task, today) === TASK_FLAG.dueSoon).length,
  };
}

/** Everything the summary says about one thôn, from its register entry and its tab's rows. */
export function villageStatus(
  campaign: Campaign,
  entry: RegisterEntry & { id: string },
  sheet: string,
  layout: TableSheetLayout,
  tab: TabRows,
  today: IsoDate,
): VillageStatus {
  const kind = kindNamed(campaign, entry.kind);
  const ctx: Context = { campaign, kind, entry, sheet, layout, tab, problems: [...tab.problems] };
  const indicators = campaign.indicators.map((indicator) =>
    indicator.kind === "share" ? shareResult(indicator, ctx) : criteriaResult(indicator, ctx),
  );
  ctx.problems.push(...taskProblems(tab.tasks, sheet, layout));
  return { id: entry.id, name: entry.name, kind: kind?.name ?? null, sheet, indicators, tasks: countTasks(tab.tasks, today, tab.criteria), problems: ofVillage(ctx.problems, entry.name) };
}
