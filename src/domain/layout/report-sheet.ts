// This file lays the weekly report out on the Báo cáo sheet as an A4 portrait page: rows of text in Times New Roman,
// each paragraph broken into lines that fit the page, the heading and signature blocks in two columns, and its format.
import type { CellInput } from "../cell";
import type { ReportDocument, ReportParagraph } from "../report";
import { REPORT_SHEET_TEXT } from "../messages";
import type { SheetFormat, StyleRule } from "./format";
import { breakLines, textWidth } from "./text-width";

/**
 * Four columns (pixels) as wide as A4 less the decree's side margins (210 − 30 − 15 = 165 mm, 624 px): text centred in
 * A stands over the left of the page (the issuing body, the recipients), in B over its middle (the title), in C over
 * the right (the motto, the date, the signature). Text longer than its column runs over the empty cells beside it.
 */
export const REPORT_COLUMNS = [260, 104, 132, 128] as const;
export const REPORT_FONT = "Times New Roman";

/** The decree's margins (Nghị định 30/2020/NĐ-CP, Phụ lục I): top and bottom 20–25 mm, left 30–35, right 15–20. */
export const DECREE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

const SIZE = { body: 13, heading: 12, title: 14, recipients: 11 } as const;
const POINTS_PER_PIXEL = 0.75;
/** Room a cell keeps at its sides, and a margin against fonts that set a little wider than measured. */
const PADDING_PT = 6;
const SLACK = 0.97;

/** Points of text a line may hold: across the page, in column A alone, and centred on C (it may reach back to B). */
const PAGE_PT = (REPORT_COLUMNS.reduce((a, b) => a + b, 0) * POINTS_PER_PIXEL - PADDING_PT) * SLACK;
const LEFT_PT = (REPORT_COLUMNS[0] * POINTS_PER_PIXEL - PADDING_PT) * SLACK;
const RIGHT_PT = ((REPORT_COLUMNS[1] + REPORT_COLUMNS[2] / 2) * 2 * POINTS_PER_PIXEL - PADDING_PT) * SLACK;

/** A paragraph's first line starts this far in (about 1 cm, as the decree asks). */
const INDENT = " ".repeat(9);
/** A recipient's line carried over starts under its text, not under the dash. */
const CARRY = "  ";

interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly center?: boolean;
}

/** One cell of text: its column (1 A, 2 B, 3 C) and look. */
interface Placed extends Look {
  readonly col: 1 | 2 | 3;
  readonly text: string;
}

type Row = readonly Placed[];

/** Where the page's parts fell, for the format and the print area. */
export interface ReportShape {
  /** Rows of the heading, the title and the subject (their look changes only with the subject's length). */
  readonly topRows: number;
  /** Rows of the page (the print hint below them is not printed). */
  readonly printRows: number;
  /** Rows holding anything, the print hint included. */
  readonly rows: number;
  readonly looks: ReadonlyArray<{ readonly row: number; readonly col: number } & Look>;
}

function lines(text: string, size: number, width: number, look: Look & { indent?: boolean }): Placed[] {
  const first = look.indent ? width - textWidth(INDENT, size, look.bold) : width;
  return breakLines(text, size, width, { bold: look.bold ?? false, firstWidth: first }).map((line, i) => ({
    ...look,
    col: 1,
    size,
    text: i === 0 && look.indent ? `${INDENT}${line}` : line,
  }));
}

function paragraphRows(paragraph: ReportParagraph): Row[] {
  const bold = paragraph.kind === "heading";
  return lines(paragraph.text, SIZE.body, PAGE_PT, { bold, indent: true }).map((line) => [line]);
}

/** Two blocks side by side, row by row: the left one in A, the right one centred on C. */
function sideBySide(left: readonly Placed[], right: readonly Placed[]): Row[] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [left[i], right[i]].filter((cell): cell is Placed => cell !== undefined));
}

const centredOn = (col: 1 | 2 | 3, text: string, look: Look): Placed => ({ ...look, col, text, center: true });

/** A line of the right-hand blocks, centred on C, broken where it would reach past column B (a long commune name). */
const onRight = (text: string, look: Look): Placed[] => breakLines(text, look.size ?? SIZE.body, RIGHT_PT, { bold: look.bold ?? false }).map((line) => centredOn(3, line, look));

/** Rows left blank under the signers' titles, for the signature and the seal. */
const SIGNING_ROWS = 4;

/** The page's rows, from the heading to the room left for the signature; the first `top` are the heading's. */
function pageRows(doc: ReportDocument): { rows: Row[]; top: number } {
  const heading = sideBySide(
    [centredOn(1, doc.agency, { bold: true, size: SIZE.heading })],
    [centredOn(3, doc.motto[0], { bold: true, size: SIZE.heading }), centredOn(3, doc.motto[1], { bold: true, underline: true })],
  );
  const subject = breakLines(doc.subject, SIZE.body, PAGE_PT, { bold: true }).map((line): Row => [centredOn(2, line, { bold: true })]);
  const recipients = [
    { col: 1 as const, text: doc.recipientsTitle, bold: true, italic: true, size: SIZE.heading },
    ...doc.recipients.flatMap((recipient) =>
      breakLines(recipient, SIZE.recipients, LEFT_PT).map((line, i) => ({ col: 1 as const, text: i === 0 ? line : `${CARRY}${line}`, size: SIZE.recipients })),
    ),
  ];
  const signers = doc.signature.flatMap((line) => onRight(line, { bold: true }));
  const top: Row[] = [
    ...heading,
    [],
    ...sideBySide([centredOn(1, doc.number, {})], onRight(doc.placeDate, { italic: true })),
    [],
    [centredOn(2, doc.title, { bold: true, size: SIZE.title })],
    ...subject,
    [],
  ];
  const rows: Row[] = [
    ...top,
    ...doc.body.flatMap(paragraphRows),
    [],
    ...sideBySide(recipients, signers),
  ];
  const signed = rows.length - recipients.length + signers.length + SIGNING_ROWS;
  while (rows.length < signed) rows.push([]);
  return { rows, top: top.length };
}

/** What to choose when printing, below the page, where the file cannot hold page setup (Google Sheets). */
function hintRows(printRows: number): Row[] {
  return breakLines(REPORT_SHEET_TEXT.printHint(printRows), SIZE.recipients, PAGE_PT).map((line): Row => [{ col: 1, text: line, italic: true, size: SIZE.recipients }]);
}

export interface ReportGrid {
  readonly rows: CellInput[][];
  readonly shape: ReportShape;
}

/** The sheet's cells from A1 (four columns a row) and where each look goes. */
export function reportGrid(doc: ReportDocument, { printHint = false }: { printHint?: boolean } = {}): ReportGrid {
  const page = pageRows(doc);
  const printRows = page.rows.length;
  const rows = printHint ? [...page.rows, [], ...hintRows(printRows)] : page.rows;
  const looks = rows.flatMap((row, i) => row.map(({ col, text: _text, ...look }) => ({ row: i + 1, col, ...look })));
  const cells = rows.map((row) => {
    const line: CellInput[] = [null, null, null, null];
    for (const cell of row) line[cell.col - 1] = cell.text;
    return line;
  });
  return { rows: cells, shape: { topRows: page.top, printRows, rows: rows.length, looks } };
}

/** Rows the sheet's look covers: the rows a report needs, rounded up so a longer week rarely changes it. */
export function reportCapacity(rows: number): number {
  return Math.max(100, Math.ceil(rows / 100) * 100);
}

/**
 * The sheet's lasting look, applied again only as the report outgrows it: the columns, Times New Roman at the body's
 * size, and B and C centred (they only ever hold the title and the right-hand blocks).
 */
export function reportSheetFormat(rows: number): SheetFormat {
  const capacity = reportCapacity(rows);
  return {
    frozenRows: 0,
    columnWidths: REPORT_COLUMNS.map((width, i) => ({ col: i + 1, width })),
    styles: [
      { area: { row: 1, col: 1, rows: capacity, cols: REPORT_COLUMNS.length }, fontFamily: REPORT_FONT, fontSize: SIZE.body },
      { area: { row: 1, col: 2, rows: capacity, cols: 2 }, horizontal: "center" },
    ],
    validations: [],
    conditional: [],
  };
}

/** Rows a plain-text rule covers at most: in .xlsx a taller area is styled as whole columns, reaching the heading. */
const PLAIN_ROWS = 100;

/** The looks of the lines in rows `from`–`to` over plain text, so a look left from another week is undone. */
function looksFormat(shape: ReportShape, from: number, to: number, plain: Omit<StyleRule, "area">): StyleRule[] {
  const styles: StyleRule[] = [];
  for (let row = from; row <= Math.max(from, to); row += PLAIN_ROWS) {
    styles.push({ area: { row, col: 1, rows: Math.min(PLAIN_ROWS, Math.max(from, to) - row + 1), cols: REPORT_COLUMNS.length }, ...plain });
  }
  for (const look of shape.looks.filter((l) => l.row >= from && l.row <= to)) {
    const rule: StyleRule = {
      area: { row: look.row, col: look.col, rows: 1, cols: 1 },
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.underline ? { underline: true } : {}),
      ...(look.center && look.col === 1 ? { horizontal: "center" as const } : {}),
      ...(look.size !== undefined && look.size !== SIZE.body ? { fontSize: look.size } : {}),
    };
    if (Object.keys(rule).length > 1) styles.push(rule);
  }
  return styles;
}

/** The heading's look (issuing body, motto, date, title, subject): the same every week of a campaign, near enough. */
export function reportTopFormat(shape: ReportShape): SheetFormat {
  const plain = { bold: false, italic: false, underline: false, fontSize: SIZE.body } as const;
  // Column A is left-aligned below the heading; in the heading it centres the issuing body and the number.
  const styles = [{ area: { row: 1, col: 1, rows: shape.topRows, cols: 1 }, horizontal: "normal" as const }, ...looksFormat(shape, 1, shape.topRows, plain)];
  return { part: "top", frozenRows: 0, columnWidths: [], styles, validations: [], conditional: [] };
}

/**
 * The look of this week's lines below the heading (bold section headings, the recipients, the signers) over plain
 * text down to `oldRows` (what last week's report reached), and the page: A4 portrait, the decree's margins, down to
 * the signature.
 */
export function reportLinesFormat(shape: ReportShape, oldRows: number): SheetFormat {
  const plain = { bold: false, italic: false, fontSize: SIZE.body } as const;
  return {
    part: "lines",
    frozenRows: 0,
    columnWidths: [],
    styles: looksFormat(shape, shape.topRows + 1, Math.max(shape.rows, oldRows), plain),
    validations: [],
    conditional: [],
    print: { orientation: "portrait", area: { row: 1, col: 1, rows: shape.printRows, cols: REPORT_COLUMNS.length }, margins: DECREE_MARGINS_MM },
  };
}
