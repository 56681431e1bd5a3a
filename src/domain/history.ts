// This file turns a compiled summary into Lịch sử rows, one week at a time: compiling again in a week replaces that week.
import type { Cell } from "./cell";
import { COMMUNE_ROW_LABEL } from "./layout/summary-sheet";
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
  return rows;
}

/** The old rows without the new rows' week, then the new rows, ordered by week (blank rows dropped). */
export function mergeHistory(old: readonly (readonly Cell[])[], fresh: readonly Cell[][]): Cell[][] {
  const weeks = new Set(fresh.map((row) => row[0]));
  const kept = old.filter((row) => typeof row[0] === "number" && !weeks.has(row[0])).map((row) => [...row]);
  return [...kept, ...fresh].sort((a, b) => (a[0] as number) - (b[0] as number));
}
