// This file keeps the Tổng hợp sheet: created at set-up, rewritten whole (it is the add-on's own) at each compile.
import type { Campaign } from "../domain/campaign";
import { PERIOD_LINE_PREFIX } from "../domain/campaign-weeks";
import type { Cell } from "../domain/cell";
import { SHEET_KEYS } from "../domain/layout/sheets";
import { summaryChart, summaryFormat, summaryGrid, summaryLowerFormat, summaryRoom, summaryTableCells, summaryTitle, summaryWidth } from "../domain/layout/summary-sheet";
import { PROTECTION, SHEET_NAMES } from "../domain/messages";
import { safeSheetName } from "../domain/sheet-names";
import type { Summary } from "../domain/summary";
import { sheetByKey, type Workbook } from "../workbook/workbook";

export function ensureSummarySheet(workbook: Workbook, campaign: Campaign, officers: readonly string[]): string {
  let sheet = sheetByKey(workbook, SHEET_KEYS.summary);
  if (sheet === null) {
    sheet = safeSheetName(SHEET_NAMES.summary, workbook.sheets().map((s) => s.name));
    workbook.addSheet(sheet, SHEET_KEYS.summary);
    workbook.write(sheet, 1, 1, summaryTitle(campaign));
    workbook.format(sheet, summaryFormat(campaign, 0));
  }
  workbook.protect(sheet, officers, PROTECTION.summary);
  return sheet;
}

/** Replaces the sheet's content with this summary; `old` is the sheet as read before the action wrote anything. */
export function writeSummary(workbook: Workbook, campaign: Campaign, summary: Summary, scheduleNote: string | null, old: Cell[][]): string {
  const sheet = ensureSummarySheet(workbook, campaign, campaign.officers);
  const { rows: grid, shape } = summaryGrid(campaign, summary, { scheduleNote, printHint: !workbook.holdsPageSetup(), frontEnd: workbook.frontEnd });
  const width = summaryWidth(campaign);
  const oldWidth = Math.max(0, ...old.map((row) => row.length));
  // Formatting first: what it reads (the grid's size, people's colour rules) then waits for no write of this run.
  const room = summaryRoom(summary.rows.length, grid.length);
  workbook.fit(sheet, room.rows, width);
  workbook.format(sheet, summaryFormat(campaign, summary.rows.length));
  // The tables' merged cells before the look of the part they are in, which then reaches every cell of a merge.
  workbook.format(sheet, summaryTableCells(shape));
  workbook.format(sheet, summaryLowerFormat(campaign, shape));
  if (old.length > grid.length || oldWidth > width) {
    workbook.clear(sheet, { row: 1, col: 1, rows: Math.max(old.length, grid.length), cols: Math.max(oldWidth, width) });
  }
  workbook.write(sheet, 1, 1, grid);
  workbook.chart(sheet, summaryChart(campaign, summary.rows.length, room.chartRow));
  return sheet;
}

/**
 * Writes the automatic schedule's last outcome on Tổng hợp (where it has one), without recompiling: in the row below
 * the period line, wherever an earlier version of the sheet put it.
 */
export function noteSchedule(workbook: Workbook, note: string): void {
  const sheet = sheetByKey(workbook, SHEET_KEYS.summary);
  if (sheet === null) return;
  const period = workbook.read(sheet).findIndex((row) => typeof row[0] === "string" && row[0].startsWith(PERIOD_LINE_PREFIX));
  if (period >= 0) workbook.write(sheet, period + 2, 1, [[note]]);
}
