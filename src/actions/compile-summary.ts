// This file is the "compile the summary" use case: check, write Tổng hợp, and record the week in Lịch sử.
import { type Campaign, hasCutoff, missingCutoff } from "../domain/campaign";
import type { Cell, CellInput } from "../domain/cell";
import { TREND, historyRows, mergeHistory, recordedWeekBefore, trendChart, trendTable } from "../domain/history";
import { COLOURS, PERCENT_FORMAT, type SheetFormat, tableSheetFormat } from "../domain/layout/format";
import { HISTORY_LAYOUT, SHEET_KEYS, firstDataRow, historyLayout } from "../domain/layout/sheets";
import { HISTORY_TABLE } from "../domain/layout/columns";
import { HISTORY_WORDS, RESULT, SHEET_NAMES } from "../domain/messages";
import { compileSummary, type Summary } from "../domain/summary";
import { composeReport, type ReportDocument } from "../domain/report";
import { sheetByKey, type Workbook } from "../workbook/workbook";
import { checkCampaign } from "./check";
import { type ActionResult, type Progress, silent } from "./result";
import { writeSummary } from "./summary-sheet";
import { writeReport } from "./report-sheet";
import { ensureTableSheet } from "./table-sheets";

/** Appends the week to Lịch sử (`all` is the sheet as read before anything was written), with its trend table and chart. */
function writeHistory(workbook: Workbook, rows: Cell[][], mainIndicator: string, unit: string, all: Cell[][]): void {
  const first = firstDataRow(HISTORY_LAYOUT);
  const old = all.slice(first - 1).map((row) => row.slice(0, HISTORY_TABLE.columns.length));
  const merged = mergeHistory(old, rows);
  const trend = trendTable(merged, mainIndicator, unit);
  const newWidth = trend[0]?.length ?? 0;
  const { sheet } = ensureTableSheet(workbook, SHEET_KEYS.history, SHEET_NAMES.history, historyLayout(unit), HISTORY_WORDS.title(unit), historySheetFormat(Math.max(newWidth - 2, 0)), all);
  if (old.length > merged.length) workbook.clear(sheet, { row: first, col: 1, rows: old.length, cols: HISTORY_TABLE.columns.length });
  if (merged.length > 0) workbook.write(sheet, first, 1, merged as CellInput[][]);

  const oldWidth = Math.max(0, ...all.map((row) => row.length)) - (TREND.col - 1);
  if (oldWidth > newWidth || all.length > trend.length + TREND.headerRow) {
    workbook.clear(sheet, { row: TREND.titleRow, col: TREND.col, rows: Math.max(all.length, 1), cols: Math.max(oldWidth, newWidth, 1) });
  }
  workbook.write(sheet, TREND.titleRow, TREND.col, [[HISTORY_WORDS.trendTitle(unit, mainIndicator)]]);
  workbook.write(sheet, TREND.headerRow, TREND.col, trend as CellInput[][]);
  workbook.chart(sheet, trendChart(trend, mainIndicator, unit));
}

/** Weeks the trend's number format covers: five years of weekly compiles, so the format is the same every week. */
const TREND_WEEKS = 270;

/** Lịch sử's format for a commune of `villages` thôn: the same every week, so a compile applies it only once. */
export function historySheetFormat(villages: number): SheetFormat {
  const cols = villages + 2;
  return {
    frozenRows: HISTORY_LAYOUT.headerRow,
    columnWidths: HISTORY_TABLE.columns.map((column, i) => ({ col: i + 1, width: column.width })),
    styles: [
      // The table's number formats (dates, Tỷ lệ as a percentage) also reach a Lịch sử set up before they were declared.
      ...tableSheetFormat(HISTORY_LAYOUT).styles.filter((rule) => rule.numberFormat !== undefined),
      { area: { row: TREND.titleRow, col: TREND.col, rows: 1, cols: 1 }, bold: true },
      { area: { row: TREND.headerRow, col: TREND.col, rows: 1, cols }, bold: true, wrap: true, fill: COLOURS.headerFill },
      { area: { row: TREND.headerRow + 1, col: TREND.col + 1, rows: TREND_WEEKS, cols: cols - 1 }, numberFormat: PERCENT_FORMAT },
    ],
    validations: [],
    conditional: [],
    print: { orientation: "portrait", repeatRows: { from: HISTORY_LAYOUT.tableTitleRow, to: HISTORY_LAYOUT.headerRow } },
  };
}

export function compileCampaignSummary(
  workbook: Workbook,
  now: Date,
  progress: Progress = silent,
  scheduleNote: string | null = null,
): ActionResult & { summary?: Summary; campaign?: Campaign; report?: ReportDocument } {
  // Lịch sử, Tổng hợp and Báo cáo are read first, with everything check reads, so every write comes after every read.
  const read = (key: string) => {
    const sheet = sheetByKey(workbook, key);
    return sheet === null ? [] : workbook.read(sheet);
  };
  const historyBefore = read(SHEET_KEYS.history);
  const summaryBefore = read(SHEET_KEYS.summary);
  const reportBefore = read(SHEET_KEYS.report);
  const checked = checkCampaign(workbook, now, progress);
  if (!checked.ok || !checked.readout || !checked.state) return checked;
  const campaign = checked.state.campaign;
  // The figures are recorded under a report period, which the cut-off defines: without it, say which cells to fill.
  if (!hasCutoff(campaign)) {
    const cells = missingCutoff(campaign).map((key) => checked.state?.settingCells[key] ?? "");
    return { ok: false, refused: true, message: RESULT.noCutoff(checked.state.configSheet, cells), problems: [], counts: checked.counts };
  }
  const summary = compileSummary(campaign, checked.readout, now);
  // Before the first day there is no report week to record; after the last cut-off the weeks keep their own figures.
  if (summary.period.kind === "before") {
    return { ok: false, refused: true, message: RESULT.beforeCampaign(campaign.startDate, summary.week.unit), problems: [], counts: checked.counts };
  }
  writeSummary(workbook, campaign, summary, scheduleNote, summaryBefore);
  if (summary.period.kind === "during") writeHistory(workbook, historyRows(summary), campaign.indicators[0]?.name ?? "", summary.week.unit, historyBefore);
  // The written report of the same figures, so Báo cáo never says other numbers than Tổng hợp. "Since last week"
  // compares with the latest week Lịch sử held before this one; after the campaign's end, with its last week.
  const previous = recordedWeekBefore(historyBefore, summary.week.index + (summary.period.kind === "after" ? 1 : 0));
  const report = composeReport(campaign, summary, previous);
  writeReport(workbook, report, campaign.officers, reportBefore);
  return {
    ok: true,
    message:
      summary.period.kind === "during"
        ? RESULT.compiled(summary.rows.length, summary.week.unit, summary.week.index, summary.week.count)
        : RESULT.compiledAfterEnd(summary.rows.length, campaign.endDate, summary.week.unit),
    counts: { ...checked.counts, week: summary.week.index },
    problems: checked.problems,
    summary,
    campaign,
    report,
  };
}
