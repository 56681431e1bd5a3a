// This file lays out the Tổng hợp sheet as leaders print it: official heading, period line, one row per thôn in rank
// order, the commune row, the ranking rule, proposals, the organisations, signatures; and its format and page setup.
import { type Campaign, kindsOf } from "../campaign";
import { periodText } from "../campaign-weeks";
import { type CellInput, isDateCell } from "../cell";
import { formatDate, vietnamDate } from "../dates";
import { formatNumber } from "../numbers";
import { textWidth } from "./text-width";
import { type FrontEnd, PLAN_BASELINE, PROPOSAL, SUMMARY_TEXT, VERDICT, placeDate } from "../messages";
import { type Summary, remindCount } from "../summary";
import type { IndicatorResult, TaskCounts } from "../village-status";
import type { CriteriaCount } from "../verdicts";
import { type ChartSpec, COLOURS, PERCENT_FORMAT, type SheetFormat, type StyleRule, verdictColours, verdictRules } from "./format";

/**
 * Rows of the sheet: the official heading (issuing body left, national motto right), title, subtitle, the period line,
 * the automatic schedule's last outcome, the two header rows, then one row per thôn from `firstRow`.
 */
export const SUMMARY = {
  agencyRow: 1,
  mottoRow: 2,
  titleRow: 4,
  subtitleRow: 5,
  cutoffRow: 6,
  scheduleRow: 7,
  groupRow: 8,
  headerRow: 9,
  firstRow: 10,
} as const;

export const LEADING_HEADERS = ["Hạng", "Mã thôn", "Thôn"] as const;
export const INDICATOR_HEADERS = ["Đạt", "Tổng", "Tỷ lệ", "Đánh giá"] as const;
export const TRAILING_HEADERS = ["Việc hoàn thành", "Tổng số việc", "Việc quá hạn", "Lỗi dữ liệu", "Đề xuất"] as const;
export const COMMUNE_ROW_LABEL = "Toàn xã";

/** Said after "Thôn" where the campaign has kinds of thôn: each thôn is judged by its kind's rule. */
export const KIND_HEADER = "Loại thôn";
const KIND_WIDTH = 96;

/** The columns before the indicators: rank, id, thôn, and the thôn's kind where the campaign has kinds. */
export function leadingHeaders(campaign: Pick<Campaign, "kinds">): readonly string[] {
  return kindsOf(campaign).length > 0 ? [...LEADING_HEADERS, KIND_HEADER] : LEADING_HEADERS;
}

export function summaryWidth(campaign: Pick<Campaign, "indicators" | "kinds">): number {
  return leadingHeaders(campaign).length + campaign.indicators.length * INDICATOR_HEADERS.length + TRAILING_HEADERS.length;
}

/** Sheet column of an indicator's first column (its "Đạt"). */
export function indicatorColumn(index: number, campaign: Pick<Campaign, "kinds"> = {}): number {
  return leadingHeaders(campaign).length + index * INDICATOR_HEADERS.length + 1;
}

/** Column the right-hand heading blocks (the motto, the signature) are centred on. */
function rightColumn(width: number): number {
  return Math.max(LEADING_HEADERS.length + 1, width - 3);
}

function indicatorCells(result: IndicatorResult): CellInput[] {
  return [result.done, result.total, result.ratio, result.verdict];
}

function trailing(tasks: TaskCounts, problems: number, proposal: string): CellInput[] {
  return [tasks.done, tasks.total, tasks.overdue, problems, proposal === "" ? null : proposal];
}

/** "UBND XÃ MAI HOA"; a commune not yet named leaves dots for the officer rather than " XÃ ". */
export function agencyName(commune: string): string {
  return `UBND XÃ ${commune.trim() === "" ? "……………" : commune.trim().toLocaleUpperCase("vi")}`;
}

export const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"] as const;

/** The heading rows from A1 through the subtitle: issuing body and motto, the title, the campaign (and its commune). */
export function summaryTitle(campaign: Pick<Campaign, "commune" | "title" | "indicators" | "kinds">): CellInput[][] {
  const width = summaryWidth(campaign);
  const at = (col: number, text: string) => [...new Array<CellInput>(col - 1).fill(null), text];
  const commune = campaign.commune.trim() === "" ? "" : ` (xã ${campaign.commune.trim()})`;
  return [
    [null, null, agencyName(campaign.commune), ...at(rightColumn(width) - 3, MOTTO[0])],
    at(rightColumn(width), MOTTO[1]),
    [],
    at(titleColumn(width), "TỔNG HỢP KẾT QUẢ THI ĐUA"),
    at(titleColumn(width), `${campaign.title}${commune}`),
  ];
}

/** The middle column: centred text there spreads evenly over the table's width. */
function titleColumn(width: number): number {
  return Math.ceil(width / 2);
}

/** What Google Sheets' print dialog needs, said on the sheet (its API cannot set it). */
export const PRINT_HINT =
  "Khi in: Tệp ▸ In, chọn Khổ giấy A4, Hướng Ngang, Tỷ lệ Vừa với chiều rộng, Lề Bình thường; ở Đầu trang và chân trang chọn Số trang; bỏ chọn Hiện đường lưới. Dòng này không cần in: chọn vùng từ A1 đến hết phần ký tên rồi in Ô đã chọn.";

/** Where the parts below the thôn rows fell, so the format can draw and print exactly them. */
export interface SummaryShape {
  readonly villages: number;
  /** Rows of the sheet holding anything, the print hint excepted. */
  readonly printRows: number;
  /** The organisations' table (its header row and rows), or null. */
  readonly owners: { readonly headerRow: number; readonly rows: number } | null;
  /** Each section's title row, and its table (header row, rows, width) with the verdict cells to colour. */
  readonly sections: ReadonlyArray<{
    readonly titleRow: number;
    readonly table: {
      readonly headerRow: number;
      readonly rows: number;
      /** Sheet columns the table covers from SECTION_COL. */
      readonly cols: number;
      readonly verdicts: ReadonlyArray<{ row: number; text: string }>;
      readonly verdictCol: number | null;
      readonly verdictSpan: number;
    } | null;
  }>;
  readonly signatureRow: number;
}

export interface SummaryGrid {
  readonly rows: CellInput[][];
  readonly shape: SummaryShape;
}

/**
 * Every row of the sheet from A1: the heading, the period line, the automatic schedule's last outcome (when there is
 * one), the headers, thôn rows in rank order (unranked last), the commune row, the ranking rule, proposals, the
 * commune's own work, the organisations' ranking, the signatures, and the print dialog's settings where the file
 * cannot hold them (`printHint`).
 */
export function summaryGrid(
  campaign: Campaign,
  summary: Summary,
  { scheduleNote = null, printHint = false, frontEnd = "xlsx" }: { scheduleNote?: string | null; printHint?: boolean; frontEnd?: FrontEnd } = {},
): SummaryGrid {
  const width = summaryWidth(campaign);
  const pad = (row: CellInput[]) => [...row, ...new Array<CellInput>(Math.max(0, width - row.length)).fill(null)];
  const leading = leadingHeaders(campaign);
  const kindCells = (kind: string | null | undefined): CellInput[] => (leading.length > LEADING_HEADERS.length ? [kind ?? null] : []);
  const groups: CellInput[] = [...leading.map(() => null)];
  const headers: CellInput[] = [...leading];
  for (const indicator of campaign.indicators) {
    groups.push(indicator.name, null, null, null);
    headers.push(...INDICATOR_HEADERS);
  }
  groups.push("Công việc", null, null, null, null);
  headers.push(...TRAILING_HEADERS);
  const rows = summary.rows.map((row) =>
    pad([row.rank, row.id, row.name, ...kindCells(row.kind), ...row.indicators.flatMap(indicatorCells), ...trailing(row.tasks, row.problems.length, row.proposal)]),
  );
  const total = pad([
    null,
    null,
    COMMUNE_ROW_LABEL,
    ...kindCells(null),
    ...summary.total.indicators.flatMap(indicatorCells),
    ...trailing(summary.total.tasks, summary.total.problems + summary.otherProblems.length, ""),
  ]);
  const names = (proposal: string) => summary.rows.filter((row) => row.proposal === proposal).map((row) => row.name);
  const praise = names(PROPOSAL.praise);
  const remind = names(PROPOSAL.remind);
  const planOnly = names(PLAN_BASELINE.unranked);
  const ranked = summary.rows.filter((row) => row.rank !== null).length;
  const grid: CellInput[][] = [
    ...summaryTitle(campaign).map(pad),
    pad([periodText(campaign, summary.period, summary.compiledAt)]),
    pad([scheduleNote]),
    pad(groups),
    pad(headers),
    ...rows,
    total,
    ...SUMMARY_TEXT.rankRule(ranked === 0 ? 0 : remindCount(ranked)).map((line) => pad([line])),
    ...(kindCells(null).length > 0 ? [pad([SUMMARY_TEXT.kindRule])] : []),
    pad([`Đề xuất biểu dương: ${praise.length > 0 ? praise.join(", ") : "chưa có"}`]),
    pad([`Đề xuất nhắc nhở: ${remind.length > 0 ? remind.join(", ") : "chưa có"}`]),
    ...(planOnly.length === 0 ? [] : [pad([PLAN_BASELINE.line(planOnly.join(", "))])]),
    ...(summary.withoutTab.length === 0 ? [] : [pad([SUMMARY_TEXT.withoutTab(summary.withoutTab, frontEnd)])]),
    pad([communeTasksText(summary.communeTasks)]),
    ...(summary.communeCriteria === null ? [] : [pad([communeCriteriaText(summary.communeCriteria)])]),
  ];
  let owners: SummaryShape["owners"] = null;
  if (summary.owners.length > 0) {
    grid.push(pad([]), ...SUMMARY_TEXT.ownerRankRule.map((line) => pad([line])));
    owners = { headerRow: grid.length + 1, rows: summary.owners.length };
    grid.push(...ownerRows(summary).map(pad));
  }
  const sections: Array<SummaryShape["sections"][number]> = [];
  for (const section of summary.sections) {
    grid.push(pad([]));
    const titleRow = grid.length + 1;
    grid.push(pad([section.title]), ...section.lines.map((line) => pad([line])));
    let table: SummaryShape["sections"][number]["table"] = null;
    if (section.table !== null && section.table.rows.length > 0) {
      const { headers, rows: body, verdictColumn } = section.table;
      const headerRow = grid.length + 1;
      const spans = sectionSpans(summaryColumnWidths(campaign), headers.map((header, c) => [header, ...body.map((row) => shownText(row[c] ?? null))]));
      const place = (cells: readonly CellInput[]) => {
        const line = new Array<CellInput>(Math.max(width, ...spans.map((s) => s.col + s.span - 1))).fill(null);
        spans.forEach(({ col }, c) => (line[col - 1] = cells[c] ?? null));
        return line;
      };
      grid.push(place(headers), ...body.map(place));
      const verdicts =
        verdictColumn === null ? [] : body.map((row, i) => ({ row: headerRow + 1 + i, text: typeof row[verdictColumn] === "string" ? (row[verdictColumn] as string) : "" }));
      const last = spans[spans.length - 1] ?? { col: SECTION_COL, span: 1 };
      const verdictSpan = verdictColumn === null ? null : (spans[verdictColumn] ?? null);
      table = { headerRow, rows: body.length, cols: last.col + last.span - SECTION_COL, verdicts, verdictCol: verdictSpan?.col ?? null, verdictSpan: verdictSpan?.span ?? 1 };
    }
    sections.push({ titleRow, table });
  }
  grid.push(pad([]));
  const signatureRow = grid.length + 1;
  grid.push(...signature(campaign, summary.compiledAt, width).map(pad));
  const printRows = grid.length;
  if (printHint) grid.push(pad([]), pad([PRINT_HINT]));
  return { rows: grid, shape: { villages: summary.rows.length, printRows, owners, sections, signatureRow } };
}

/** "Mai Hoa, ngày 06 tháng 02 năm 2026", the people who sign, and room for their signatures; names left to the officer. */
function signature(campaign: Pick<Campaign, "commune">, at: Date, width: number): CellInput[][] {
  const place = campaign.commune.trim() === "" ? "……………" : campaign.commune.trim();
  const right = rightColumn(width);
  const row = (left: string | null, text: string | null) => [null, left, ...new Array<CellInput>(right - 3).fill(null), text];
  return [
    row(null, placeDate(place, vietnamDate(at))),
    row("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN XÃ"),
    row("(Ký, ghi rõ họ tên)", "(Ký, đóng dấu, ghi rõ họ tên)"),
  ];
}

export function communeCriteriaText(count: CriteriaCount): string {
  const hard = count.hardMissing > 0 ? `, thiếu ${count.hardMissing} tiêu chí cứng` : "";
  return `Tiêu chí của xã: ${count.achieved}/${count.total} tiêu chí đạt${hard}.`;
}

/** Starts in column B so the owner's name sits in the wide "Thôn" column. */
export const OWNER_HEADERS = [null, "Hạng", "Phòng, ban, đoàn thể", "Số việc", "Hoàn thành", "Quá hạn", "Đề xuất"] as const;

/** The organisations' ranking: a header and one row per owner, ranked first; an unranked row says why in Đề xuất. */
function ownerRows(summary: Summary): CellInput[][] {
  return [
    [...OWNER_HEADERS],
    ...summary.owners.map((o) => [null, o.rank, o.owner, o.total, o.done, o.overdue, o.unranked ?? (o.proposal === "" ? null : o.proposal)]),
  ];
}

export function communeTasksText(tasks: TaskCounts): string {
  return `Công việc chung của xã: ${tasks.done}/${tasks.total} việc hoàn thành, ${tasks.overdue} việc quá hạn.`;
}

/**
 * Where the chart goes and how tall the grid is, for this many thôn and a sheet of `gridRows` rows: the chart
 * sits a fixed room below the table, so a compile finds it where generating the tabs drew it, unless the lower part
 * (the organisations, the signatures) has grown into that room.
 */
export function summaryRoom(villages: number, gridRows = 0): { chartRow: number; rows: number } {
  const chartRow = Math.max(SUMMARY.firstRow + villages + LOWER_ROOM, gridRows + 2);
  return { chartRow, rows: chartRow + CHART_ROWS };
}
// The lower part holds the organisations, the rule and proposals, and each section of the campaign's other sheets
// (units, duties, measured targets): with all three, seed 000's 60-thôn book needed more than 40 rows, and a first
// compile moved the chart.
const LOWER_ROOM = 60;
const CHART_ROWS = 30;

/**
 * A bar chart of each thôn's share for every share indicator, drawn from `anchorRow` (below everything printed); the
 * title states the targets it is read against.
 */
export function summaryChart(campaign: Pick<Campaign, "indicators" | "kinds">, villages: number, anchorRow: number): ChartSpec | null {
  const shares = campaign.indicators.flatMap((indicator, i) => (indicator.kind === "share" ? [{ indicator, i }] : []));
  if (shares.length === 0 || villages === 0) return null;
  const rows = villages + 1;
  const targets = shares
    .map(({ indicator }) =>
      indicator.minimum === null
        ? `${indicator.name} (${VERDICT.noTarget.toLocaleLowerCase("vi")})`
        : `${indicator.name} ≥ ${indicator.minimum}%${indicator.aim === null ? "" : ` (phấn đấu ${indicator.aim}%)`}`,
    )
    .join("; ");
  return {
    kind: "bar",
    title: `Tỷ lệ đạt của từng thôn. Mục tiêu: ${targets}`,
    categories: { row: SUMMARY.headerRow, col: LEADING_HEADERS.length, rows, cols: 1 },
    series: shares.map(({ i }) => ({ row: SUMMARY.headerRow, col: indicatorColumn(i, campaign) + 2, rows, cols: 1 })),
    anchor: { row: anchorRow, col: 1 },
  };
}

/** Rows below the table whose look a compile resets, so a shorter or longer lower part leaves nothing behind. */
const RESET_ROWS = 60;

/**
 * Each column's width in pixels, from A: narrow enough that A4 landscape prints the table at about 80% (numbers up to
 * 4 digits, "100,0%", "Chưa đạt"), the thôn's name and kind wider.
 */
export function summaryColumnWidths(campaign: Pick<Campaign, "indicators" | "kinds">): number[] {
  const width = summaryWidth(campaign);
  const verdictColumns = campaign.indicators.map((_, i) => indicatorColumn(i, campaign) + 3);
  const kindColumn = leadingHeaders(campaign).length > LEADING_HEADERS.length ? LEADING_HEADERS.length + 1 : null;
  const columnWidth = (col: number) => (col === kindColumn ? KIND_WIDTH : verdictColumns.includes(col) ? 60 : col === width ? 72 : 46);
  return [42, 44, 120, ...Array.from({ length: width - 3 }, (_, i) => columnWidth(i + 4))];
}

/**
 * Where each column of a section's table goes: from the wide "Thôn" column on, each takes as many sheet columns as
 * its longest text needs (its text runs over the empty ones), so names and labels print whole without wrapping.
 * Returns each column's first sheet column and how many it spans.
 */
export function sectionSpans(widths: readonly number[], texts: ReadonlyArray<readonly string[]>): Array<{ col: number; span: number }> {
  // Points at 10 pt to pixels (96/72), with a cell's padding.
  const needs = texts.map((column) => Math.max(...column.map((text) => textWidth(text, 10) * (96 / 72) + 8), 30));
  // Within the table's width: when the texts need more, the longest give way first (each keeps at least the cap).
  const available = widths.slice(SECTION_COL - 1).reduce((sum, w) => sum + w, 0);
  let cap = Math.max(...needs);
  while (cap > 30 && needs.reduce((sum, need) => sum + Math.min(need, cap), 0) > available) cap -= 10;
  const spans: Array<{ col: number; span: number }> = [];
  let col = SECTION_COL;
  needs.forEach((need, i) => {
    // Every column after this one keeps at least one sheet column, so the table never runs past the printed width.
    const last = widths.length - (needs.length - 1 - i);
    let span = 1;
    let room = widths[col - 1] ?? 46;
    while (room < Math.min(need, cap) && col + span <= last) room += widths[col - 1 + span++] ?? 46;
    spans.push({ col, span });
    col += span;
  });
  return spans;
}

/**
 * Tổng hợp's look for this many thôn: widths, the heading, the bordered table, centred ranks and ids, verdict colours.
 * The same every week, so generating the tabs sets it once and a compile finds it done.
 */
export function summaryFormat(campaign: Pick<Campaign, "indicators" | "kinds">, villages: number): SheetFormat {
  const width = summaryWidth(campaign);
  const body = { row: SUMMARY.firstRow, rows: villages + 1 };
  const ratioColumns = campaign.indicators.map((_, i) => indicatorColumn(i, campaign) + 2);
  const verdictColumns = campaign.indicators.map((_, i) => indicatorColumn(i, campaign) + 3);
  const kindColumn = leadingHeaders(campaign).length > LEADING_HEADERS.length ? LEADING_HEADERS.length + 1 : null;
  const right = rightColumn(width);
  const row = (r: number, col = 1, cols = width) => ({ row: r, col, rows: 1, cols });
  return {
    frozenRows: SUMMARY.headerRow,
    columnWidths: summaryColumnWidths(campaign).map((w, i) => ({ col: i + 1, width: w })),
    styles: [
      // Drawn before for another number of thôn, the table left another look behind: reset its rows first.
      { area: { ...body, col: 1, cols: width }, ...RESET },
      { area: row(SUMMARY.agencyRow, 3, 1), bold: true, horizontal: "center" },
      { area: { row: SUMMARY.agencyRow, col: right, rows: 2, cols: 1 }, bold: true, horizontal: "center" },
      { area: row(SUMMARY.titleRow, titleColumn(width), 1), bold: true, fontSize: 14, fontColor: COLOURS.title, horizontal: "center" },
      { area: row(SUMMARY.subtitleRow, titleColumn(width), 1), bold: true, horizontal: "center" },
      { area: row(SUMMARY.cutoffRow, 1, 1), italic: true },
      // Indicator names run across their four (empty) neighbour cells; the column headers below wrap.
      { area: row(SUMMARY.groupRow), bold: true, fill: COLOURS.headerFill },
      { area: row(SUMMARY.headerRow), bold: true, wrap: true, fill: COLOURS.headerFill, horizontal: "center" },
      { area: { row: SUMMARY.groupRow, col: 1, rows: villages + 3, cols: width }, border: true },
      { area: { ...body, col: 1, cols: 2 }, horizontal: "center" },
      ...(kindColumn === null ? [] : [{ area: { ...body, col: kindColumn, cols: 1 }, wrap: true }]),
      // Đề xuất, the last column: "Chưa xếp hạng" wraps inside the table rather than running past its edge.
      { area: { ...body, col: width, cols: 1 }, wrap: true },
      { area: row(SUMMARY.firstRow + villages), bold: true, fill: COLOURS.tableTitleFill },
      ...ratioColumns.map((col) => ({ area: { ...body, col, cols: 1 }, numberFormat: PERCENT_FORMAT })),
    ],
    rowHeights: [{ row: SUMMARY.headerRow, height: 48 }],
    validations: [],
    conditional: verdictColumns.flatMap((col) => verdictRules({ ...body, col, cols: 1 })),
  };
}

const RESET = { bold: false, italic: false, fill: COLOURS.plain, fontColor: "#000000", border: false, wrap: false, horizontal: "normal" } as const;

/** Thôn rows a landscape A4 page holds below the heading at the table's scale (22 thôn fit with room to spare). */
const ONE_PAGE_OF_VILLAGES = 30;

/** A section's table starts in the wide "Thôn" column, so the name of a unit, a duty or a target has room. */
const SECTION_COL = 3;

/** A section cell's text as the sheet shows it, to measure: numbers the Vietnamese way, dates dd/MM/yyyy. */
function shownText(value: CellInput): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return formatNumber(value);
  if (isDateCell(value)) return formatDate(value.date);
  return "";
}

/** The look of each section below the table: a bold title, a ruled table with a filled header, verdicts coloured. */
function sectionStyles(shape: SummaryShape): StyleRule[] {
  return shape.sections.flatMap(({ titleRow, table }) => [
    { area: { row: titleRow, col: 1, rows: 1, cols: 1 }, bold: true },
    ...(table === null
      ? []
      : [
          // A rule under the header and under the last row; no lines between a column's cells, which its text runs over.
          { area: { row: table.headerRow, col: SECTION_COL, rows: 1, cols: table.cols }, bold: true, fill: COLOURS.headerFill },
          ...table.verdicts.flatMap(({ row, text }) => {
            const colours = verdictColours(text);
            return colours === null || table.verdictCol === null ? [] : [{ area: { row, col: table.verdictCol, rows: 1, cols: table.verdictSpan }, fill: colours.fill, fontColor: colours.font }];
          }),
        ]),
  ]);
}

/**
 * The look of what follows the table, which moves with what a compile found (the organisations, a thôn without a
 * tab): the ranking rule, the organisations' table, the signatures; and the page, printed to the signatures.
 */
export function summaryLowerFormat(campaign: Pick<Campaign, "indicators" | "kinds">, shape: SummaryShape): SheetFormat {
  const width = summaryWidth(campaign);
  const below = SUMMARY.firstRow + shape.villages + 1;
  const row = (r: number, col = 1, cols = width) => ({ row: r, col, rows: 1, cols });
  const owners = shape.owners;
  return {
    part: "below",
    frozenRows: SUMMARY.headerRow,
    columnWidths: [],
    styles: [
      { area: { row: below, col: 1, rows: Math.max(RESET_ROWS, shape.printRows - below + 1), cols: width }, ...RESET },
      { area: { row: below, col: 1, rows: 2, cols: 1 }, italic: true },
      ...(owners === null
        ? []
        : [
            { area: row(owners.headerRow, 2, OWNER_HEADERS.length - 1), bold: true, wrap: true, fill: COLOURS.headerFill },
            { area: { row: owners.headerRow, col: 2, rows: owners.rows + 1, cols: OWNER_HEADERS.length - 1 }, border: true },
            { area: { row: owners.headerRow + 1, col: 2, rows: owners.rows, cols: 1 }, horizontal: "center" as const },
          ]),
      ...sectionStyles(shape),
      { area: { row: shape.signatureRow, col: 1, rows: 3, cols: width }, horizontal: "center" },
      { area: row(shape.signatureRow + 1), bold: true },
      { area: row(shape.signatureRow + 2), italic: true },
      { area: row(shape.signatureRow, rightColumn(width), 1), italic: true },
    ],
    rowHeights: owners === null ? [] : [{ row: owners.headerRow, height: 34 }],
    validations: [],
    conditional: [],
    print: {
      orientation: "landscape",
      // The headers repeat only where the thôn table itself runs onto a second page; above the sections that follow
      // a table that fits, they would head figures they are not about.
      ...(shape.villages > ONE_PAGE_OF_VILLAGES ? { repeatRows: { from: SUMMARY.groupRow, to: SUMMARY.headerRow } } : {}),
      area: { row: 1, col: 1, rows: shape.printRows, cols: width },
      // As many pages as the rows need at about 60 a page: 22 thôn on one page, not one with a few rows over.
      pagesTall: Math.ceil(shape.printRows / 60),
    },
  };
}
