// This file is the Việc định kỳ sheet: recurring duties (so many times a week, month, quarter or year) beside the
// dates each was done, judged period by period into a Theo dõi column, problems and a section of the summary.
import * as z from "zod";
import { type Cell, type CellInput, cellText } from "../cell";
import { choiceCell, countCell, dateCell, textCell } from "../cell-schemas";
import { type IsoDate, formatDate } from "../dates";
import { COMMUNE_ID } from "../history";
import { a1 } from "../layout/a1";
import { NOTE_COLUMN, SERIAL_COLUMN, type TableSpec } from "../layout/columns";
import { SHEET_KEYS, type TablePlacement, type TableSheetLayout, firstDataRow, sheetColumn } from "../layout/sheets";
import { DUTY_TEXT, PROBLEM, PROTECTION, SHEET_NAMES, SHEET_TITLES } from "../messages";
import type { Preset } from "../presets/preset";
import { type DataProblem, problemAt } from "../problems";
import type { SummarySection } from "../summary";
import { type SheetGrid, gridCell, parseTable } from "../tables";
import { DUTY_EVERY, type DutyEvery, type DutyPeriod, dutyPeriods, periodLabel } from "./duty-periods";
import type { ExtraContext, ExtraReading, ExtraSheet } from "./extra-sheet";

const serial = SERIAL_COLUMN;
const note = NOTE_COLUMN;

export const DUTIES_TABLE: TableSpec = {
  id: "duties",
  title: DUTY_TEXT.rule,
  columns: [
    serial,
    { key: "name", header: "Việc", kind: "text", width: 240 },
    { key: "times", header: "Số lần", kind: "count", width: 60 },
    { key: "every", header: "Mỗi", kind: "choice", width: 70, choices: DUTY_TEXT.everyWords },
    { key: "scope", header: "Phạm vi", kind: "text", width: 110 },
    { key: "owner", header: "Người / đơn vị phụ trách", kind: "text", width: 170 },
    { key: "leader", header: "Lãnh đạo phụ trách", kind: "text", width: 150 },
    { key: "from", header: "Từ ngày", kind: "date", width: 100 },
    { key: "to", header: "Đến ngày", kind: "date", width: 100 },
    { key: "flag", header: "Theo dõi", kind: "flag", width: 260 },
    note,
  ],
};

export const DUTY_LOG_TABLE: TableSpec = {
  id: "dutyLog",
  title: DUTY_TEXT.logTitle,
  columns: [
    serial,
    { key: "duty", header: "Việc", kind: "text", width: 240 },
    { key: "date", header: "Ngày thực hiện", kind: "date", width: 110 },
    note,
  ],
};

/** The two tables side by side, one empty column between. */
export const DUTIES_LAYOUT: TableSheetLayout = {
  titleRow: 1,
  tableTitleRow: 2,
  headerRow: 3,
  maxRows: 1000,
  tables: [
    { table: DUTIES_TABLE, firstCol: 1 },
    { table: DUTY_LOG_TABLE, firstCol: DUTIES_TABLE.columns.length + 2 },
  ],
};
const DUTIES_PLACE = DUTIES_LAYOUT.tables[0] as TablePlacement;
const LOG_PLACE = DUTIES_LAYOUT.tables[1] as TablePlacement;

const DutySchema = z.object({
  name: textCell,
  times: countCell,
  every: choiceCell(DUTY_TEXT.everyWords),
  scope: textCell,
  owner: textCell,
  leader: textCell,
  from: dateCell,
  to: dateCell,
});
const LogSchema = z.object({ duty: textCell, date: dateCell });

/** Names compared the way people type them: case and extra spaces do not matter. */
function sameName(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

interface Duty {
  readonly row: number;
  readonly name: string;
  readonly times: number;
  readonly every: DutyEvery;
  /** Null for the whole commune. */
  readonly village: { readonly id: string; readonly name: string } | null;
  readonly owner: string | null;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** How a duty stands on a day: the closed periods that fell short, the current period, and the Theo dõi text. */
export interface DutyStanding {
  readonly short: ReadonlyArray<{ readonly period: DutyPeriod; readonly missing: number }>;
  readonly current: { readonly period: DutyPeriod; readonly done: number } | null;
  readonly tracking: string;
}

/** Closed periods a Theo dõi cell, and a report sentence, name before saying how many more there are. */
const SHORT_LISTED = 3;
const SHORT_REPORTED = 5;

function shortTexts(every: DutyEvery, short: DutyStanding["short"], listed: number): string[] {
  const texts = short.slice(0, listed).map(({ period, missing }) => DUTY_TEXT.short(periodLabel(every, period), missing));
  return short.length > listed ? [...texts, DUTY_TEXT.moreShort(short.length - listed)] : texts;
}

function currentName(every: DutyEvery, period: DutyPeriod): string {
  if (every === "week") return DUTY_TEXT.thisWeek;
  const label = periodLabel(every, period);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A duty judged on `today` from the days it was done: a period whose last day is before today is closed, and short
 * when done fewer times than it needs; the period holding today says how many remain.
 */
export function dutyStanding(duty: Pick<Duty, "times" | "every" | "from" | "to">, doneOn: readonly IsoDate[], today: IsoDate): DutyStanding {
  const periods = dutyPeriods(duty.times, duty.every, duty.from, duty.to);
  const doneIn = (period: DutyPeriod) => doneOn.filter((date) => period.start <= date && date <= period.end).length;
  const short = periods.flatMap((period) => {
    const missing = period.end < today ? period.required - doneIn(period) : 0;
    return missing > 0 ? [{ period, missing }] : [];
  });
  const holding = periods.find((period) => period.start <= today && today <= period.end);
  const current = holding === undefined ? null : { period: holding, done: doneIn(holding) };
  const parts: string[] = [];
  if (short.length > 0) parts.push(DUTY_TEXT.overdue(shortTexts(duty.every, short, SHORT_LISTED)));
  if (current !== null) parts.push(DUTY_TEXT.current(currentName(duty.every, current.period), current.done, current.period.required));
  else if (today < duty.from) parts.push(DUTY_TEXT.notStarted(formatDate(duty.from)));
  else if (short.length === 0) parts.push(DUTY_TEXT.endedInFull);
  return { short, current, tracking: parts.join(". ") };
}

function everyOf(word: string): DutyEvery {
  return DUTY_EVERY[DUTY_TEXT.everyWords.indexOf(word as (typeof DUTY_TEXT.everyWords)[number])] as DutyEvery;
}

/** What judging the duties needs: the campaign's dates, the thôn a duty may name, and the day. */
export interface DutyContext {
  readonly campaign: Pick<ExtraContext["campaign"], "startDate" | "endDate">;
  readonly villages: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly today: IsoDate;
}

/** The duties table's rows that can be tracked, with a problem for each cell that keeps a row from being tracked. */
function readDuties(grid: SheetGrid, context: DutyContext): { duties: Duty[]; problems: DataProblem[] } {
  const parsed = parseTable(grid, DUTIES_LAYOUT, DUTIES_PLACE, DutySchema);
  const problems = [...parsed.problems];
  const at = (row: number, key: string) => a1(row, sheetColumn(DUTIES_PLACE, key));
  const villages = new Map(context.villages.map((village) => [sameName(village.name), village]));
  const duties: Duty[] = [];
  const seen = new Set<string>();
  for (const { row, value } of parsed.rows) {
    const missing: Array<[string, string]> = [];
    if (value.name === null) missing.push(["name", "tên việc"]);
    if (value.every === null && !parsed.problems.some((p) => p.cell === at(row, "every"))) missing.push(["every", "kỳ (tuần, tháng, quý hay năm)"]);
    for (const [key, what] of missing) problems.push(problemAt(grid.sheet, at(row, key), PROBLEM.required(what)));
    if (value.times === 0 || (value.times === null && !parsed.problems.some((p) => p.cell === at(row, "times")))) {
      problems.push(problemAt(grid.sheet, at(row, "times"), DUTY_TEXT.problem.noTimes()));
    }
    let village: Duty["village"] = null;
    if (value.scope !== null && sameName(value.scope) !== sameName(DUTY_TEXT.wholeCommune)) {
      const found = villages.get(sameName(value.scope));
      if (found === undefined) problems.push(problemAt(grid.sheet, at(row, "scope"), DUTY_TEXT.problem.unknownScope(value.scope)));
      else village = { id: found.id, name: found.name };
    }
    const from = value.from ?? context.campaign.startDate;
    const to = value.to ?? context.campaign.endDate;
    if (to < from) problems.push(problemAt(grid.sheet, at(row, value.to === null ? "from" : "to"), PROBLEM.endBeforeStart()));
    if (value.name === null || value.every === null || value.times === null || value.times === 0 || to < from) continue;
    if (seen.has(sameName(value.name))) {
      problems.push(problemAt(grid.sheet, at(row, "name"), DUTY_TEXT.problem.duplicateDuty(value.name)));
      continue;
    }
    seen.add(sameName(value.name));
    duties.push({ row, name: value.name, times: value.times, every: everyOf(value.every), village, owner: value.owner, from, to });
  }
  return { duties, problems };
}

/** The days each duty was done, by the duty's row; a day naming no duty, in the future or outside the duty is a problem. */
function readLog(grid: SheetGrid, duties: readonly Duty[], today: IsoDate): { doneOn: Map<number, IsoDate[]>; problems: DataProblem[] } {
  const parsed = parseTable(grid, DUTIES_LAYOUT, LOG_PLACE, LogSchema);
  const problems = [...parsed.problems];
  const at = (row: number, key: string) => a1(row, sheetColumn(LOG_PLACE, key));
  const byName = new Map(duties.map((duty) => [sameName(duty.name), duty]));
  const doneOn = new Map<number, IsoDate[]>(duties.map((duty) => [duty.row, []]));
  for (const { row, value } of parsed.rows) {
    const bad = (key: string) => parsed.problems.some((p) => p.cell === at(row, key));
    if (value.duty === null) problems.push(problemAt(grid.sheet, at(row, "duty"), PROBLEM.required("tên việc")));
    if (value.date === null && !bad("date")) problems.push(problemAt(grid.sheet, at(row, "date"), PROBLEM.required("ngày thực hiện")));
    const duty = value.duty === null ? undefined : byName.get(sameName(value.duty));
    if (value.duty !== null && duty === undefined) problems.push(problemAt(grid.sheet, at(row, "duty"), DUTY_TEXT.problem.unknownDuty(value.duty)));
    if (value.date === null) continue;
    if (value.date > today) {
      problems.push(problemAt(grid.sheet, at(row, "date"), DUTY_TEXT.problem.futureDate(formatDate(value.date))));
      continue;
    }
    if (duty === undefined) continue;
    if (value.date < duty.from || value.date > duty.to) {
      problems.push(problemAt(grid.sheet, at(row, "date"), DUTY_TEXT.problem.outsideDuty(formatDate(value.date), formatDate(duty.from), formatDate(duty.to))));
      continue;
    }
    doneOn.get(duty.row)?.push(value.date);
  }
  return { doneOn, problems };
}

/** The Theo dõi column's block from the first data row, or null when every cell already says it. */
function trackingWrite(grid: SheetGrid, labels: ReadonlyMap<number, string>): NonNullable<ExtraReading["writes"]>[number] | null {
  const col = sheetColumn(DUTIES_PLACE, "flag");
  const first = firstDataRow(DUTIES_LAYOUT);
  let last = Math.max(first - 1, ...labels.keys());
  for (let row = grid.values.length; row > last; row--) {
    if (gridCell(grid, row, col) !== null) {
      last = row;
      break;
    }
  }
  const values: CellInput[][] = [];
  let changed = false;
  for (let row = first; row <= last; row++) {
    const label = labels.get(row) ?? "";
    if (cellText(gridCell(grid, row, col)) !== label) changed = true;
    values.push([label === "" ? null : label]);
  }
  return changed ? { row: first, col, values } : null;
}

function section(judged: ReadonlyArray<{ duty: Duty; standing: DutyStanding }>): SummarySection | null {
  if (judged.length === 0) return null;
  const overdue = judged.filter(({ standing }) => standing.short.length > 0);
  const shortPeriods = overdue.reduce((sum, { standing }) => sum + standing.short.length, 0);
  const unit = (duty: Duty) => DUTY_TEXT.everyWords[DUTY_EVERY.indexOf(duty.every)] as string;
  const requirement = (duty: Duty) => DUTY_TEXT.requirement(duty.times, unit(duty));
  const history: Cell[][] = judged.map(({ duty, standing }) => {
    const done = standing.current?.done ?? null;
    const required = standing.current?.period.required ?? null;
    return [
      duty.village?.id ?? COMMUNE_ID,
      duty.village?.name ?? DUTY_TEXT.wholeCommune,
      `${duty.name} (${requirement(duty)})`,
      done,
      required,
      done === null || required === null ? null : done / required,
      standing.short.length === 0 ? DUTY_TEXT.met : DUTY_TEXT.overdueVerdict(standing.short.length),
      standing.short.length,
    ];
  });
  return {
    id: "duties",
    title: DUTY_TEXT.sectionTitle,
    lines: [DUTY_TEXT.line(judged.length, judged.length - overdue.length, overdue.length, shortPeriods)],
    table: {
      headers: DUTY_TEXT.headers,
      rows: judged.map(({ duty, standing }) => [
        duty.name,
        duty.village?.name ?? DUTY_TEXT.wholeCommune,
        duty.owner,
        requirement(duty),
        standing.current === null ? DUTY_TEXT.noPeriod : DUTY_TEXT.doneThisPeriod(standing.current.done, standing.current.period.required),
        standing.tracking,
      ]),
      verdictColumn: DUTY_TEXT.headers.length - 1,
    },
    history,
    // Only the short periods: a report with nothing else to say keeps its short form.
    report: overdue.map(({ duty, standing }) => DUTY_TEXT.reportShort(duty.name, duty.owner, shortTexts(duty.every, standing.short, SHORT_REPORTED))),
  };
}

/**
 * Việc định kỳ read and judged on the context's day: its section, its problems, and its Theo dõi column. Check and
 * compile call it through EXTRA_SHEETS; marking overdue work calls it alone, for the Theo dõi column.
 */
export function readDutiesSheet(grid: SheetGrid, context: DutyContext): ExtraReading {
  const { duties, problems } = readDuties(grid, context);
  const log = readLog(grid, duties, context.today);
  const judged = duties.map((duty) => ({ duty, standing: dutyStanding(duty, log.doneOn.get(duty.row) ?? [], context.today) }));
  const write = trackingWrite(grid, new Map(judged.map(({ duty, standing }) => [duty.row, standing.tracking])));
  return { section: section(judged), problems: [...problems, ...log.problems], writes: write === null ? [] : [write] };
}

/** The rows a preset's plan states, keyed by the tables' column keys. */
function seedDuties(preset: Preset): Readonly<Record<string, ReadonlyArray<object>>> {
  return {
    duties: (preset.duties ?? []).map((duty, i) => ({
      serial: i + 1,
      name: duty.name,
      times: duty.times,
      every: duty.every,
      scope: duty.scope,
      owner: duty.owner,
      leader: duty.leader ?? null,
      note: duty.note ?? null,
    })),
  };
}

export const DUTIES_SHEET: ExtraSheet = {
  key: SHEET_KEYS.duties,
  name: SHEET_NAMES.duties,
  title: SHEET_TITLES.duties,
  layout: DUTIES_LAYOUT,
  protection: PROTECTION.duties,
  seed: seedDuties,
  read: readDutiesSheet,
};
