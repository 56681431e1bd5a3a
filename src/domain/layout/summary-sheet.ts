// This file lays out the Tổng hợp sheet: title and cut-off, one row per thôn, the commune row, proposals; and its format.
import type { Campaign } from "../campaign";
import { cutoffText } from "../campaign-weeks";
import type { CellInput } from "../cell";
import { formatDate, formatTime, vietnamDate, vietnamMinutes } from "../dates";
import { PROPOSAL, SUMMARY_TEXT } from "../messages";
import type { Summary } from "../summary";
import type { IndicatorResult, TaskCounts } from "../village-status";
import type { CriteriaCount } from "../verdicts";
import { type ChartSpec, COLOURS, PERCENT_FORMAT, type SheetFormat, verdictRules } from "./format";

export const SUMMARY = { titleRow: 1, subtitleRow: 2, cutoffRow: 3, scheduleRow: 4, groupRow: 5, headerRow: 6, firstRow: 7 } as const;

export const LEADING_HEADERS = ["Hạng", "Mã thôn", "Thôn"] as const;
export const INDICATOR_HEADERS = ["Đạt", "Tổng", "Tỷ lệ", "Đánh giá"] as const;
export const TRAILING_HEADERS = ["Việc hoàn thành", "Tổng số việc", "Việc quá hạn", "Lỗi dữ liệu", "Đề xuất"] as const;
export const COMMUNE_ROW_LABEL = "Toàn xã";

export function summaryWidth(campaign: Pick<Campaign, "indicators">): number {
  return LEADING_HEADERS.length + campaign.indicators.length * INDICATOR_HEADERS.length + TRAILING_HEADERS.length;
}

/** Sheet column of an indicator's first column (its "Đạt"). */
export function indicatorColumn(index: number): number {
  return LEADING_HEADERS.length + index * INDICATOR_HEADERS.length + 1;
}

function indicatorCells(result: IndicatorResult): CellInput[] {
  return [result.done, result.total, result.ratio, result.verdict];
}

function trailing(tasks: TaskCounts, problems: number, proposal: string): CellInput[] {
  return [tasks.done, tasks.total, tasks.overdue, problems, proposal === "" ? null : proposal];
}

export function summaryTitle(campaign: Pick<Campaign, "commune" | "title">): CellInput[][] {
  return [["TỔNG HỢP KẾT QUẢ THI ĐUA"], [`${campaign.title} (xã ${campaign.commune})`]];
}

/**
 * Every row of the sheet from A1: title, cut-off, the automatic schedule's last outcome (when there is one), headers,
 * thôn rows, commune row, then proposals.
 */
export function summaryGrid(campaign: Campaign, summary: Summary, scheduleNote: string | null = null): CellInput[][] {
  const width = summaryWidth(campaign);
  const pad = (row: CellInput[]) => [...row, ...new Array<CellInput>(Math.max(0, width - row.length)).fill(null)];
  const compiled = `${formatDate(vietnamDate(summary.compiledAt))} ${formatTime(vietnamMinutes(summary.compiledAt))}`;
  const groups: CellInput[] = [...LEADING_HEADERS.map(() => null)];
  const headers: CellInput[] = [...LEADING_HEADERS];
  for (const indicator of campaign.indicators) {
    groups.push(indicator.name, null, null, null);
    headers.push(...INDICATOR_HEADERS);
  }
  groups.push("Công việc", null, null, null, null);
  headers.push(...TRAILING_HEADERS);
  const rows = summary.rows.map((row) =>
    pad([row.rank, row.id, row.name, ...row.indicators.flatMap(indicatorCells), ...trailing(row.tasks, row.problems.length, row.proposal)]),
  );
  const total = pad([
    null,
    null,
    COMMUNE_ROW_LABEL,
    ...summary.total.indicators.flatMap(indicatorCells),
    ...trailing(summary.total.tasks, summary.total.problems + summary.otherProblems.length, ""),
  ]);
  const names = (proposal: string) => summary.rows.filter((row) => row.proposal === proposal).map((row) => row.name);
  const praise = names(PROPOSAL.praise);
  const remind = names(PROPOSAL.remind);
  return [
    ...summaryTitle(campaign).map(pad),
    pad([`Số liệu tính đến ${cutoffText(summary.week)} (tuần ${summary.week.index}/${summary.week.count}); lập lúc ${compiled}`]),
    pad([scheduleNote]),
    pad(groups),
    pad(headers),
    ...rows,
    total,
    pad([]),
    pad([`Đề xuất biểu dương: ${praise.length > 0 ? praise.join(", ") : "chưa có"}`]),
    pad([`Đề xuất nhắc nhở: ${remind.length > 0 ? remind.join(", ") : "chưa có"}`]),
    ...(summary.withoutTab.length === 0 ? [] : [pad([SUMMARY_TEXT.withoutTab(summary.withoutTab)])]),
    pad([communeTasksText(summary.communeTasks)]),
    ...(summary.communeCriteria === null ? [] : [pad([communeCriteriaText(summary.communeCriteria)])]),
    ...ownerRows(summary).map(pad),
  ];
}

export function communeCriteriaText(count: CriteriaCount): string {
  const hard = count.hardMissing > 0 ? `, thiếu ${count.hardMissing} tiêu chí cứng` : "";
  return `Tiêu chí của xã: ${count.achieved}/${count.total} tiêu chí đạt${hard}.`;
}

/** Starts in column B so the owner's name sits in the wide "Thôn" column. */
export const OWNER_HEADERS = [null, "Hạng", "Phòng, ban, đoàn thể (Công việc chung)", "Số việc", "Hoàn thành", "Quá hạn", "Đề xuất"] as const;

/** Rows below the thôn whose look a compile resets (commune row, proposals, the organisations' ranking). */
const RESET_ROWS = 40;

/** The organisations' ranking: a header and one row per owner, blank row first; nothing when there are no owners. */
function ownerRows(summary: Summary): CellInput[][] {
  if (summary.owners.length === 0) return [];
  return [
    [],
    [...OWNER_HEADERS],
    ...summary.owners.map((o) => [null, o.rank, o.owner, o.total, o.done, o.overdue, o.proposal === "" ? null : o.proposal]),
  ];
}

export function communeTasksText(tasks: TaskCounts): string {
  return `Công việc chung của xã: ${tasks.done}/${tasks.total} việc hoàn thành, ${tasks.overdue} việc quá hạn.`;
}

/** A bar chart of each thôn's share for every share indicator; the title states the targets it is read against. */
export function summaryChart(campaign: Pick<Campaign, "indicators">, villages: number): ChartSpec | null {
  const shares = campaign.indicators.flatMap((indicator, i) => (indicator.kind === "share" ? [{ indicator, i }] : []));
  if (shares.length === 0 || villages === 0) return null;
  const rows = villages + 1;
  const targets = shares
    .map(({ indicator }) => `${indicator.name} ≥ ${indicator.minimum}%${indicator.aim === null ? "" : ` (phấn đấu ${indicator.aim}%)`}`)
    .join("; ");
  return {
    kind: "bar",
    title: `Tỷ lệ đạt của từng thôn. Mục tiêu: ${targets}`,
    categories: { row: SUMMARY.headerRow, col: LEADING_HEADERS.length, rows, cols: 1 },
    series: shares.map(({ i }) => ({ row: SUMMARY.headerRow, col: indicatorColumn(i) + 2, rows, cols: 1 })),
    anchor: { row: SUMMARY.firstRow + villages + 7, col: 1 },
  };
}

export function summaryFormat(campaign: Pick<Campaign, "indicators">, villages: number): SheetFormat {
  const width = summaryWidth(campaign);
  const body = { row: SUMMARY.firstRow, rows: villages + 1 };
  const ratioColumns = campaign.indicators.map((_, i) => indicatorColumn(i) + 2);
  const verdictColumns = campaign.indicators.map((_, i) => indicatorColumn(i) + 3);
  return {
    frozenRows: SUMMARY.headerRow,
    columnWidths: [
      { col: 1, width: 45 },
      { col: 2, width: 60 },
      { col: 3, width: 150 },
      ...Array.from({ length: width - 3 }, (_, i) => ({ col: i + 4, width: verdictColumns.includes(i + 4) ? 95 : 60 })),
    ],
    styles: [
      { area: { row: SUMMARY.titleRow, col: 1, rows: 1, cols: 1 }, bold: true, fontSize: 14, fontColor: COLOURS.title },
      // Indicator names run across their four (empty) neighbour cells; the column headers below wrap.
      { area: { row: SUMMARY.groupRow, col: 1, rows: 1, cols: width }, bold: true, fill: COLOURS.headerFill },
      { area: { row: SUMMARY.headerRow, col: 1, rows: 1, cols: width }, bold: true, wrap: true, fill: COLOURS.headerFill },
      // Earlier compiles had other row counts: clear their total-row look before marking this one's.
      { area: { row: SUMMARY.firstRow, col: 1, rows: villages + RESET_ROWS, cols: width }, bold: false, fill: COLOURS.plain },
      { area: { row: SUMMARY.firstRow + villages, col: 1, rows: 1, cols: width }, bold: true, fill: COLOURS.tableTitleFill },
      ...ratioColumns.map((col) => ({ area: { ...body, col, cols: 1 }, numberFormat: PERCENT_FORMAT })),
    ],
    validations: [],
    conditional: verdictColumns.flatMap((col) => verdictRules({ ...body, col, cols: 1 })),
    landscape: true,
  };
}
