// This file turns a compiled summary into Lịch sử rows, one week at a time: compiling again in a week replaces that week.
import type { Cell } from "./cell";
import { HISTORY_TABLE } from "./layout/columns";
import type { ChartSpec } from "./layout/format";
import { COMMUNE_ROW_LABEL } from "./layout/summary-sheet";
import { HISTORY_WORDS } from "./messages";
import { compareVietnamese } from "./vietnamese-order";
import type { Summary } from "./summary";

export const COMMUNE_ID = "XA";

/** One row per thôn and indicator, then the commune's, in the Lịch sử column order. */
export function historyRows(summary: Summary): Cell[][] {
  const week = summary.week.index;
  const cutoff = { date: summary.week.cutoffDate };
  const rows: Cell[][] = [];
  for (const row of summary.rows) {
    for (const result of row.indicators) {
      rows.push([week, cutoff, row.id, row.name, result.indicator.name, result.done, result.total, result.ratio, result.verdict, row.tasks.overdue]);
    }
  }
  for (const result of summary.total.indicators) {
    rows.push([week, cutoff, COMMUNE_ID, COMMUNE_ROW_LABEL, result.indicator.name, result.done, result.total, result.ratio, result.verdict, summary.total.tasks.overdue]);
  }
  for (const section of summary.sections) for (const row of section.history) rows.push([week, cutoff, ...row]);
  return rows;
}

/** The old rows without the new rows' week, then the new rows, ordered by week (blank rows dropped). */
export function mergeHistory(old: readonly (readonly Cell[])[], fresh: readonly Cell[][]): Cell[][] {
  const weeks = new Set(fresh.map((row) => row[0]));
  const kept = old.filter((row) => typeof row[0] === "number" && !weeks.has(row[0])).map((row) => [...row]);
  return [...kept, ...fresh].sort((a, b) => (a[0] as number) - (b[0] as number));
}

/** Where the weekly trend sits on Lịch sử: right of the history table. */
export const TREND = { titleRow: 1, headerRow: 3, col: HISTORY_TABLE.columns.length + 2 } as const;

/**
 * The main indicator week by week: a header (Tuần, Toàn xã, each thôn in Vietnamese order) and one row per week
 * with the share done (blank where a thôn had no figure that week).
 */
export function trendTable(history: readonly (readonly Cell[])[], indicator: string, unit: string): Cell[][] {
  const rows = history.filter((row) => typeof row[0] === "number" && row[4] === indicator);
  const weeks = [...new Set(rows.map((row) => row[0] as number))].sort((a, b) => a - b);
  const villages = [...new Set(rows.filter((row) => row[2] !== COMMUNE_ID).map((row) => String(row[3])))].sort(compareVietnamese);
  const columns = [COMMUNE_ROW_LABEL, ...villages];
  const value = new Map(rows.map((row) => [`${row[0]}|${row[2] === COMMUNE_ID ? COMMUNE_ROW_LABEL : row[3]}`, row[7] ?? null]));
  return [[HISTORY_WORDS.trendHeader(unit), ...columns], ...weeks.map((week) => [week, ...columns.map((name) => value.get(`${week}|${name}`) ?? null)])];
}

export function trendChart(table: readonly (readonly Cell[])[], indicator: string, unit: string): ChartSpec | null {
  const width = table[0]?.length ?? 0;
  if (table.length < 2 || width < 2) return null;
  const rows = table.length;
  return {
    kind: "line",
    title: HISTORY_WORDS.trendChart(unit, indicator),
    categories: { row: TREND.headerRow, col: TREND.col, rows, cols: 1 },
    series: Array.from({ length: width - 1 }, (_, i) => ({ row: TREND.headerRow, col: TREND.col + 1 + i, rows, cols: 1 })),
    anchor: { row: TREND.headerRow + rows + 2, col: TREND.col },
  };
}

/** One thôn's (or the commune's, id COMMUNE_ID) figure for one indicator, as a week recorded it in Lịch sử. */
export interface RecordedFigure {
  readonly villageId: string;
  readonly village: string;
  readonly indicator: string;
  readonly done: number;
  readonly total: number;
  readonly verdict: string;
}

/**
 * The figures of the latest week Lịch sử holds before `week` (rows as read from the sheet, any title or header rows
 * among them), or null when it holds none: what "since last week" compares with.
 */
export function recordedWeekBefore(history: readonly (readonly Cell[])[], week: number): { week: number; figures: RecordedFigure[] } | null {
  const rows = history.filter((row) => typeof row[0] === "number" && row[0] < week && typeof row[5] === "number" && typeof row[6] === "number");
  if (rows.length === 0) return null;
  const latest = Math.max(...rows.map((row) => row[0] as number));
  const figures = rows
    .filter((row) => row[0] === latest)
    .map((row) => ({ villageId: String(row[2]), village: String(row[3]), indicator: String(row[4]), done: row[5] as number, total: row[6] as number, verdict: String(row[8] ?? "") }));
  return { week: latest, figures };
}
