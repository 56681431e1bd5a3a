// This file keeps the Báo cáo sheet: the week's written report laid out as an A4 page, rewritten whole by each compile.
import type { Cell } from "../domain/cell";
import { REPORT_COLUMNS, reportCapacity, reportGrid, reportLinesFormat, reportSheetFormat, reportTopFormat } from "../domain/layout/report-sheet";
import { SHEET_KEYS } from "../domain/layout/sheets";
import { PROTECTION, SHEET_NAMES } from "../domain/messages";
import type { ReportDocument } from "../domain/report";
import { safeSheetName } from "../domain/sheet-names";
import { sheetByKey, type Workbook } from "../workbook/workbook";

/**
 * Replaces the sheet's content with this report (the sheet is the add-on's own; officers only); `old` is the sheet as
 * read before the action wrote anything. A fixed handful of calls, whatever the size of the commune.
 */
export function writeReport(workbook: Workbook, report: ReportDocument, officers: readonly string[], old: Cell[][]): string {
  let sheet = sheetByKey(workbook, SHEET_KEYS.report);
  if (sheet === null) {
    sheet = safeSheetName(SHEET_NAMES.report, workbook.sheets().map((s) => s.name));
    workbook.addSheet(sheet, SHEET_KEYS.report);
  }
  workbook.protect(sheet, officers, PROTECTION.report);
  const { rows, shape } = reportGrid(report, { printHint: !workbook.holdsPageSetup() });
  workbook.fit(sheet, reportCapacity(shape.rows), REPORT_COLUMNS.length);
  workbook.format(sheet, reportSheetFormat(shape.rows));
  workbook.format(sheet, reportTopFormat(shape));
  workbook.format(sheet, reportLinesFormat(shape, old.length));
  if (old.length > rows.length) workbook.clear(sheet, { row: 1, col: 1, rows: old.length, cols: REPORT_COLUMNS.length });
  workbook.write(sheet, 1, 1, rows);
  return sheet;
}
