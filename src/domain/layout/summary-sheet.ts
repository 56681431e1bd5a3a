// This file lays out the Tổng hợp sheet as leaders print it: official heading, period line, one row per thôn in rank
// order, the commune row, the ranking rule, proposals, the organisations, signatures; and its format and page setup.
import { type Campaign, kindsOf } from "../campaign";
import { periodText } from "../campaign-weeks";
import { type CellInput, isDateCell } from "../cell";
import { formatDate, vietnamDate } from "../dates";
import { formatNumber } from "../numbers";
import { breakLines, textWidth } from "./text-width";
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
  /** The organisations' table, or null. */
  readonly owners: PlacedTable | null;
  /** Each section's title row, and its table with the verdict cells to colour. */
  readonly sections: ReadonlyArray<{
    readonly titleRow: number;
    readonly table:
      | (PlacedTable & {
          /** Sheet columns the table covers from SECTION_COL. */
          readonly cols: number;
          readonly verdicts: ReadonlyArray<{ row: number; text: string }>;
          readonly verdictCol: number | null;
          readonly verdictSpan: number;
        })
      | null;
  }>;
  readonly signatureRow: number;
}

/** Where one of a table's columns lies: from sheet column `col`, `span` sheet columns wide (merged into one cell). */
export interface Span {
  readonly col: number;
  readonly span: number;
}

/** A table below the thôn rows: its header row, how many rows follow, each column's span, and each row's height. */
export interface PlacedTable {
  readonly headerRow: number;
  readonly rows: number;
  readonly spans: readonly Span[];
  /** Pixels, the header row's first: as tall as the row's longest wrapped text needs. */
  readonly heights: readonly number[];
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
  const widths = summaryColumnWidths(campaign);
  let owners: SummaryShape["owners"] = null;
  if (summary.owners.length > 0) {
    grid.push(pad([]), ...SUMMARY_TEXT.ownerRankRule.map((line) => pad([line])));
    const body = ownerRows(summary);
    // The rank keeps the narrow column B; the name and the rest take the spans their texts need from the Thôn column.
    const spans = [{ col: OWNER_COL, span: 1 }, ...sectionSpans(widths, columnTexts(OWNER_HEADERS.slice(1), body.map((row) => row.slice(1))))];
    const laid = layTable(widths, spans, OWNER_HEADERS, body);
    owners = { headerRow: grid.length + 1, rows: body.length, spans, heights: laid.heights };
    grid.push(...laid.rows);
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
      const spans = sectionSpans(widths, columnTexts(headers, body));
      const laid = layTable(widths, spans, headers, body);
      grid.push(...laid.rows);
      const verdicts =
        verdictColumn === null ? [] : body.map((row, i) => ({ row: headerRow + 1 + i, text: typeof row[verdictColumn] === "string" ? (row[verdictColumn] as string) : "" }));
      const last = spans[spans.length - 1] ?? { col: SECTION_COL, span: 1 };
      const verdictSpan = verdictColumn === null ? null : (spans[verdictColumn] ?? null);
      table = {
        headerRow,
        rows: body.length,
        spans,
        heights: laid.heights,
        cols: last.col + last.span - SECTION_COL,
        verdicts,
        verdictCol: verdictSpan?.col ?? null,
        verdictSpan: verdictSpan?.span ?? 1,
      };
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

export const OWNER_HEADERS = ["Hạng", "Phòng, ban, đoàn thể", "Số việc", "Hoàn thành", "Quá hạn", "Đề xuất"] as const;
/** The organisations' table starts in column B, so the owner's name starts in the wide "Thôn" column. */
const OWNER_COL = 2;

/** The organisations' ranking: one row per owner, ranked first; an unranked row says why in Đề xuất. */
function ownerRows(summary: Summary): CellInput[][] {
  return summary.owners.map((o) => [o.rank, o.owner, o.total, o.done, o.overdue, o.unranked ?? (o.proposal === "" ? null : o.proposal)]);
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

// Text below the thôn table is set in Arial at 10 points (Google Sheets' own font; Liberation Sans, its metric twin,
// where a file is opened without it) and measured a little larger, so a line measured to fit a cell does fit it.
const FONT = { family: "Arial", size: 10 } as const;
const MEASURE_SIZE = 10.5;
const PX_PER_PT = 96 / 72;
/** A cell's padding, left and right together, in pixels. */
const CELL_PADDING = 8;
/** A row of one line, and each further line of wrapped text, in pixels. */
const ROW_HEIGHT = 21;
const LINE_HEIGHT = 16;

/** Each column's texts as the sheet shows them, the header first. */
function columnTexts(headers: readonly CellInput[], body: readonly (readonly CellInput[])[]): string[][] {
  return headers.map((header, c) => [shownText(header), ...body.map((row) => shownText(row[c] ?? null))]);
}

interface Fit {
  readonly lines: number;
  /** Points by which the widest word runs past the cell (it would be cut off). */
  readonly cut: number;
}
/** Texts measured in cells of a width: a layout tries each column's texts in many widths. Emptied when it grows large. */
const fits = new Map<string, Fit>();

/** How a text sits in a cell `width` pixels wide, wrapped at spaces. */
function fitOf(text: string, width: number, bold: boolean): Fit {
  if (text === "") return { lines: 1, cut: 0 };
  const key = `${width}|${bold ? 1 : 0}|${text}`;
  const known = fits.get(key);
  if (known) return known;
  const room = (width - CELL_PADDING) / PX_PER_PT;
  const measure = (part: string) => textWidth(part, MEASURE_SIZE, bold, FONT.family);
  const word = Math.max(...text.split(/\s+/).map(measure));
  const fit = { lines: breakLines(text, MEASURE_SIZE, room, { bold, family: FONT.family }).length, cut: Math.max(0, word - room) };
  if (fits.size > 20_000) fits.clear();
  fits.set(key, fit);
  return fit;
}

/** Spans of these many sheet columns each, side by side from `first`. */
function spansOf(counts: readonly number[], first: number): Span[] {
  let col = first;
  return counts.map((span) => {
    const at = col;
    col += span;
    return { col: at, span };
  });
}

/** The pixels of sheet columns a span covers. */
function spanWidth(widths: readonly number[], { col, span }: Span): number {
  return widths.slice(col - 1, col - 1 + span).reduce((sum, w) => sum + (w ?? 0), 0);
}

/** Compares two costs, most important part first. */
function cheaper(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((value, k) => Math.abs(value - (b[k] as number)) > 1e-9);
  return i >= 0 && (a[i] as number) < (b[i] as number);
}

/**
 * What one column costs in a cell `width` pixels wide, `span` sheet columns, or null where a text would take more than
 * `lines` lines: its words cut off, then its cells' lines (squared, so one tall cell costs more than two short ones),
 * then the sheet columns it takes.
 */
function columnCost(texts: readonly string[], width: number, span: number, lines: number): number[] | null {
  let cut = 0;
  let squares = 0;
  for (const [r, text] of texts.entries()) {
    const fit = fitOf(text, width, r === 0);
    if (fit.lines > lines) return null;
    cut += fit.cut;
    squares += fit.lines * fit.lines;
  }
  return [cut, squares, span];
}

/**
 * The cheapest layout (by columnCost) of a table's columns from sheet column `first`, each keeping one sheet column
 * for those after it, where no text takes more than `lines` lines; null if there is none.
 */
function cheapestLayout(widths: readonly number[], texts: ReadonlyArray<readonly string[]>, first: number, lines: number): { cost: number[]; counts: number[] } | null {
  const n = texts.length;
  const memo = new Map<string, { cost: number[]; counts: number[] } | null>();
  const best = (i: number, c: number): { cost: number[]; counts: number[] } | null => {
    if (i === n) return { cost: [0, 0, 0], counts: [] };
    const key = `${i},${c}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    let found: { cost: number[]; counts: number[] } | null = null;
    for (let span = 1; c + span - 1 <= widths.length - (n - 1 - i); span++) {
      const own = columnCost(texts[i] ?? [], spanWidth(widths, { col: c, span }), span, lines);
      const rest = own === null ? null : best(i + 1, c + span);
      if (own === null || rest === null) continue;
      const cost = own.map((v, k) => v + (rest.cost[k] as number));
      if (found === null || cheaper(cost, found.cost)) found = { cost, counts: [span, ...rest.counts] };
    }
    memo.set(key, found);
    return found;
  };
  return best(0, first);
}

/** Texts never need more lines than this in a cell one sheet column wide (a cap on the search, not on the text). */
const MOST_LINES = 12;

/**
 * Where each column of a table below the thôn rows goes, from `first` (the wide "Thôn" column) to at most the thôn
 * table's right edge. Each text wraps inside its column's merged cell: the layout cuts no word if it can, keeps the
 * tallest cell as short as it can, and then the cells short and the table narrow. Returns each column's first sheet
 * column and how many it spans. `texts` holds each column's texts, its (bold) header first.
 */
export function sectionSpans(widths: readonly number[], texts: ReadonlyArray<readonly string[]>, first = SECTION_COL): Span[] {
  if (widths.length - first + 1 < texts.length) return spansOf(texts.map(() => 1), first);
  for (let lines = 1; lines <= MOST_LINES; lines++) {
    const layout = cheapestLayout(widths, texts, first, lines);
    if (layout !== null && layout.cost[0] === 0) return spansOf(layout.counts, first);
  }
  // No layout keeps every word whole: the one that cuts least.
  return spansOf(cheapestLayout(widths, texts, first, Infinity)?.counts ?? texts.map(() => 1), first);
}

/** How tall a row must be for its cells' texts, each wrapped within its span. */
function rowHeight(widths: readonly number[], spans: readonly Span[], cells: readonly CellInput[], bold: boolean): number {
  const lines = spans.map((span, c) => fitOf(shownText(cells[c] ?? null), spanWidth(widths, span), bold).lines);
  return ROW_HEIGHT + (Math.max(...lines) - 1) * LINE_HEIGHT;
}

/** A table's rows as the sheet holds them (each cell in its span's first column, the rest of the span empty), and each row's height. */
function layTable(
  widths: readonly number[],
  spans: readonly Span[],
  header: readonly CellInput[],
  body: readonly (readonly CellInput[])[],
): { rows: CellInput[][]; heights: number[] } {
  const place = (cells: readonly CellInput[]) => {
    const line = new Array<CellInput>(Math.max(widths.length, ...spans.map((s) => s.col + s.span - 1))).fill(null);
    spans.forEach(({ col }, c) => (line[col - 1] = cells[c] ?? null));
    return line;
  };
  return {
    rows: [place(header), ...body.map(place)],
    heights: [rowHeight(widths, spans, header, true), ...body.map((row) => rowHeight(widths, spans, row, false))],
  };
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
          { area: { row: table.headerRow, col: SECTION_COL, rows: 1, cols: table.cols }, bold: true, fill: COLOURS.headerFill },
          // Ruled like the organisations' table; each column's text wraps inside its merged cell, so nothing runs past
          // the table's right edge.
          { area: { row: table.headerRow, col: SECTION_COL, rows: table.rows + 1, cols: table.cols }, border: true, wrap: true },
          ...table.verdicts.flatMap(({ row, text }) => {
            const colours = verdictColours(text);
            return colours === null || table.verdictCol === null ? [] : [{ area: { row, col: table.verdictCol, rows: 1, cols: table.verdictSpan }, fill: colours.fill, fontColor: colours.font }];
          }),
        ]),
  ]);
}

/** The tables below the thôn rows: the organisations', then each section's. */
function lowerTables(shape: SummaryShape): PlacedTable[] {
  return [...(shape.owners === null ? [] : [shape.owners]), ...shape.sections.flatMap(({ table }) => (table === null ? [] : [table]))];
}

/**
 * The cells of the tables below the thôn rows: each column one merged cell per row across its span, each row as tall
 * as its text needs. Apart from the rest of the lower part's look, and applied before it: a week whose texts wrap to
 * other heights changes only the heights, and the merges (which a compile whose tables moved breaks apart first) stay.
 */
export function summaryTableCells(shape: SummaryShape): SheetFormat {
  const tables = lowerTables(shape);
  return {
    part: "below-cells",
    frozenRows: SUMMARY.headerRow,
    columnWidths: [],
    styles: [],
    validations: [],
    conditional: [],
    mergesFrom: SUMMARY.firstRow,
    merges: tables.flatMap((table) => table.spans.filter(({ span }) => span > 1).map(({ col, span }) => ({ row: table.headerRow, col, rows: table.rows + 1, cols: span }))),
    rowHeights: tables.flatMap((table) => table.heights.map((height, i) => ({ row: table.headerRow + i, height }))),
  };
}

/** The sheet column after a table's last. */
function tableEnd(table: PlacedTable): number {
  const last = table.spans[table.spans.length - 1];
  return last === undefined ? OWNER_COL : last.col + last.span;
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
  const ownerCols = owners === null ? 0 : tableEnd(owners) - OWNER_COL;
  // A row of wrapped text counts as as many rows as it is tall.
  const extraRows = lowerTables(shape).reduce((sum, table) => sum + table.heights.reduce((rows, height) => rows + height / ROW_HEIGHT - 1, 0), 0);
  return {
    part: "below",
    frozenRows: SUMMARY.headerRow,
    columnWidths: [],
    styles: [
      { area: { row: below, col: 1, rows: Math.max(RESET_ROWS, shape.printRows - below + 1), cols: width }, ...RESET, fontFamily: FONT.family, fontSize: FONT.size },
      { area: { row: below, col: 1, rows: 2, cols: 1 }, italic: true },
      ...(owners === null
        ? []
        : [
            { area: row(owners.headerRow, OWNER_COL, ownerCols), bold: true, fill: COLOURS.headerFill },
            { area: { row: owners.headerRow, col: OWNER_COL, rows: owners.rows + 1, cols: ownerCols }, border: true, wrap: true },
            { area: { row: owners.headerRow + 1, col: OWNER_COL, rows: owners.rows, cols: 1 }, horizontal: "center" as const },
          ]),
      ...sectionStyles(shape),
      { area: { row: shape.signatureRow, col: 1, rows: 3, cols: width }, horizontal: "center" },
      { area: row(shape.signatureRow + 1), bold: true },
      { area: row(shape.signatureRow + 2), italic: true },
      { area: row(shape.signatureRow, rightColumn(width), 1), italic: true },
    ],
    validations: [],
    conditional: [],
    print: {
      orientation: "landscape",
      // The headers repeat only where the thôn table itself runs onto a second page; above the sections that follow
      // a table that fits, they would head figures they are not about.
      ...(shape.villages > ONE_PAGE_OF_VILLAGES ? { repeatRows: { from: SUMMARY.groupRow, to: SUMMARY.headerRow } } : {}),
      area: { row: 1, col: 1, rows: shape.printRows, cols: width },
      // As many pages as the rows need at about 60 a page: 22 thôn on one page, not one with a few rows over.
      pagesTall: Math.ceil((shape.printRows + extraRows) / 60),
    },
  };
}
