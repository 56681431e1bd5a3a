// This file is the "compile the summary" use case: check, write Tổng hợp, and record the week in Lịch sử.
import type { Campaign } from "../domain/campaign";
import type { Cell, CellInput } from "../domain/cell";
import { historyRows, mergeHistory } from "../domain/history";
import { HISTORY_LAYOUT, SHEET_KEYS, firstDataRow } from "../domain/layout/sheets";
import { HISTORY_TABLE } from "../domain/layout/columns";
import { RESULT, SHEET_NAMES } from "../domain/messages";
import { compileSummary, type Summary } from "../domain/summary";
import type { Workbook } from "../workbook/workbook";
import { checkCampaign } from "./check";
import { type ActionResult, type Progress, silent } from "./result";
import { writeSummary } from "./summary-sheet";
import { ensureTableSheet } from "./table-sheets";

function writeHistory(workbook: Workbook, rows: Cell[][]): void {
  const sheet = ensureTableSheet(workbook, SHEET_KEYS.history, SHEET_NAMES.history, HISTORY_LAYOUT, "LỊCH SỬ TỔNG HỢP HẰNG TUẦN", {
    frozenRows: HISTORY_LAYOUT.headerRow,
    columnWidths: HISTORY_TABLE.columns.map((column, i) => ({ col: i + 1, width: column.width })),
    styles: [],
    validations: [],
    conditional: [],
  });
  const first = firstDataRow(HISTORY_LAYOUT);
  const old = workbook.read(sheet).slice(first - 1);
  const merged = mergeHistory(old, rows);
  if (old.length > merged.length) workbook.clear(sheet, { row: first, col: 1, rows: old.length, cols: HISTORY_TABLE.columns.length });
  if (merged.length > 0) workbook.write(sheet, first, 1, merged as CellInput[][]);
}

export function compileCampaignSummary(
  workbook: Workbook,
  now: Date,
  progress: Progress = silent,
): ActionResult & { summary?: Summary; campaign?: Campaign } {
  const checked = checkCampaign(workbook, now, progress);
  if (!checked.ok || !checked.readout || !checked.state) return checked;
  const campaign = checked.state.campaign;
  const summary = compileSummary(campaign, checked.readout, now);
  writeSummary(workbook, campaign, summary);
  writeHistory(workbook, historyRows(summary));
  return {
    ok: true,
    message: RESULT.compiled(summary.rows.length, summary.week.index, summary.week.count),
    counts: { ...checked.counts, week: summary.week.index },
    problems: checked.problems,
    summary,
    campaign,
  };
}
