// This file keeps the Tổng hợp sheet: created at set-up, rewritten whole (it is the add-on's own) at each compile.
import type { Campaign } from "../domain/campaign";
import type { Cell } from "../domain/cell";
import { SHEET_KEYS } from "../domain/layout/sheets";
import { SUMMARY, summaryChart, summaryFormat, summaryGrid, summaryTitle, summaryWidth } from "../domain/layout/summary-sheet";
import { PROTECTION, SHEET_NAMES } from "../domain/messages";
import { safeSheetName } from "../domain/sheet-names";
import type { Summary } from "../domain/summary";
import { sheetByKey, type Workbook } from "../workbook/workbook";

/** Rows kept below the table for the chart drawn there. */
const SUMMARY_CHART_ROWS = 30;

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
  const grid = summaryGrid(campaign, summary, scheduleNote);
  const oldWidth = Math.max(0, ...old.map((row) => row.length));
  if (old.length > grid.length || oldWidth > summaryWidth(campaign)) {
    workbook.clear(sheet, { row: 1, col: 1, rows: Math.max(old.length, grid.length), cols: Math.max(oldWidth, summaryWidth(campaign)) });
  }
  workbook.fit(sheet, grid.length + SUMMARY_CHART_ROWS, summaryWidth(campaign));
  workbook.write(sheet, 1, 1, grid);
  workbook.format(sheet, summaryFormat(campaign, summary.rows.length));
  workbook.chart(sheet, summaryChart(campaign, summary.rows.length));
  return sheet;
}

/** Writes the automatic schedule's last outcome on Tổng hợp (where it has one), without recompiling. */
export function noteSchedule(workbook: Workbook, note: string): void {
  const sheet = sheetByKey(workbook, SHEET_KEYS.summary);
  if (sheet !== null) workbook.write(sheet, SUMMARY.scheduleRow, 1, [[note]]);
}
