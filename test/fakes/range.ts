// This file fakes a Range and a RangeList: bounded by the sheet's grid, values parsed as Sheets parses typed text,
// formats kept per area so tests can look at them, and every call counted.
import type { DataValidationApi, RangeApi, RangeListApi } from "../../src/workbook/sheets-api";
import { columnLetter } from "../../src/domain/layout/a1";
import type { Calls } from "./runtime";
import type { FakeSheet, Stored } from "./sheet";
import type { FakeValidation } from "./builders";

export interface FakeCell {
  value?: Stored;
  formula?: string;
}

/** What Sheets does with a string written by setValues: parse it as if typed. */
export function parseTyped(text: string): FakeCell {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=")) {
    // The one formula whose value the fake knows: a link shows its text.
    const link = /^=HYPERLINK\("[^"]*","((?:[^"]|"")*)"\)$/.exec(text);
    return link ? { formula: text, value: (link[1] as string).replace(/""/g, '"') } : { formula: text };
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text) };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toLowerCase() === "true" };
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (date) return { value: new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])) - 7 * 3600_000) };
  return text === "" ? {} : { value: text };
}

export function a1Of(row: number, col: number, rows: number, cols: number): string {
  const start = `${columnLetter(col)}${row}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetter(col + cols - 1)}${row + rows - 1}`;
}

export class FakeRange implements RangeApi {
  constructor(
    private readonly calls: Calls,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    // Not in the reference text; the message Sheets gives for a range past the grid (1000 × 26 on a new sheet).
    if (row < 1 || col < 1 || rows < 1 || cols < 1 || row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxCols) {
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet. (${sheet.name}!${a1Of(row, col, rows, cols)}; grid ${sheet.maxRows}×${sheet.maxCols})`);
    }
  }

  a1(): string {
    return a1Of(this.row, this.col, this.rows, this.cols);
  }

  getA1Notation(): string {
    this.calls.count("Range.getA1Notation");
    return this.a1();
  }

  getValues(): unknown[][] {
    this.calls.count("Range.getValues", "read");
    return this.sheet.valuesIn(this.row, this.col, this.rows, this.cols);
  }

  /** "must match dimensions of this range" https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object) */
  setValues(values: unknown[][]): RangeApi {
    this.calls.count("Range.setValues", "write");
    this.sheet.mustEdit("setValues");
    if (values.length !== this.rows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rows}.`);
    }
    const bad = values.find((line) => line.length !== this.cols);
    if (bad) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${bad.length} but the range has ${this.cols}.`);
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const cell = typeof value === "string" ? parseTyped(value) : value === null || value === undefined ? {} : { value: value as Stored };
        if (!this.sheet.mergedAway(this.row + r, this.col + c)) this.sheet.setCell(this.row + r, this.col + c, cell);
        // Only a merge's first cell shows; what Sheets keeps of text written under it is not documented: refused here.
        else if (cell.value !== undefined || cell.formula !== undefined) throw new Error(`The fake refuses a value written into a merged-away cell (${a1Of(this.row + r, this.col + c, 1, 1)})`);
      }),
    );
    return this;
  }

  /**
   * Each row of the range becomes one merged cell ("creates 2 horizontal cells, F5:H5 and F6:H6"), keeping its first
   * cell's value: "only the value in the top-left cell of the selected range survives a merge. All other cell contents
   * are permanently deleted" (Sheets' merge behaviour as https://github.com/sjhorn/worksheet/blob/HEAD/CELL_MERGING.md
   * records it). Merged ranges it cuts through make it throw; ones inside it are replaced. A range one column wide has
   * nothing to merge across: what Sheets does then is not documented, and the fake refuses it.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#mergeAcross()
   */
  mergeAcross(): RangeApi {
    this.calls.count("Range.mergeAcross", "write");
    this.sheet.mustEdit("mergeAcross");
    if (this.cols < 2) throw new Error(`The fake refuses to merge ${this.a1()} across a single column`);
    this.sheet.mustHoldWholeMerges(this);
    for (let r = this.row; r < this.row + this.rows; r++) this.sheet.merge({ row: r, col: this.col, rows: 1, cols: this.cols });
    return this;
  }

  clearContent(): RangeApi {
    this.calls.count("Range.clearContent", "write");
    this.sheet.mustEdit("clearContent");
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) this.sheet.setCell(this.row + r, this.col + c, {});
    return this;
  }

  private style(method: string, key: string, value: unknown): RangeApi {
    this.calls.count(`Range.${method}`, "write");
    this.applyStyle(method, key, value);
    return this;
  }
  /** Stores a format on this area (uncounted: the caller counted its own call). */
  applyStyle(method: string, key: string, value: unknown): void {
    this.sheet.mustEdit(method);
    // Set again, it is the latest: formatAt finds the last format set on a cell.
    this.sheet.styles.delete(`${this.a1()}|${key}`);
    this.sheet.styles.set(`${this.a1()}|${key}`, value);
  }
  /** "numberFormat String: A number format string" ("patterns … described in the Sheets API documentation"): any String kept.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String) */
  setNumberFormat(numberFormat: string) {
    checkSignature("Range.setNumberFormat", "string", numberFormat);
    return this.style("setNumberFormat", "numberFormat", numberFormat);
  }
  setFontWeight(fontWeight: string | null) {
    return this.style("setFontWeight", "fontWeight", fontWeight);
  }
  setFontColor(color: string | null) {
    return this.style("setFontColor", "fontColor", color);
  }
  setFontSize(size: number) {
    return this.style("setFontSize", "fontSize", size);
  }
  setBackground(color: string | null) {
    return this.style("setBackground", "background", color);
  }
  /** "isWrapEnabled Boolean: Whether to wrap text or not", false as much a value as true.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setWrap(Boolean) */
  setWrap(isWrapEnabled: boolean) {
    checkSignature("Range.setWrap", "boolean", isWrapEnabled);
    return this.style("setWrap", "wrap", isWrapEnabled);
  }
  setHorizontalAlignment(alignment: string | null) {
    checkAlignment(alignment);
    return this.style("setHorizontalAlignment", "horizontal", alignment);
  }
  setDataValidation(rule: DataValidationApi | null): RangeApi {
    this.calls.count("Range.setDataValidation", "write");
    this.sheet.mustEdit("setDataValidation");
    // A rule is set on every cell of the range, replacing theirs; null removes it from every cell ("null to remove data
    // validation"): rules over other cells stay, cut around this range.
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)
    this.sheet.cutValidations({ row: this.row, col: this.col, rows: this.rows, cols: this.cols });
    if (rule !== null) this.sheet.validations.set(this.a1(), rule as FakeValidation);
    return this;
  }
}

/** A parameter of the wrong type fails the call, as Apps Script refuses arguments that don't match a method's signature. */
function checkSignature(method: string, type: "string" | "boolean", value: unknown): void {
  if (typeof value !== type) throw new Error(`The parameters (${value === null ? "null" : typeof value}) don't match the method signature for ${method}.`);
}

/** "The alignment, either 'left', 'center' or 'normal'; a null value resets the alignment."
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setHorizontalAlignment(String) */
function checkAlignment(alignment: string | null): void {
  if (alignment !== null && !["left", "center", "normal"].includes(alignment)) throw new Error(`Invalid argument: alignment "${alignment}"`);
}

/** Ranges of one sheet styled together: one call styles them all. https://developers.google.com/apps-script/reference/spreadsheet/range-list */
export class FakeRangeList implements RangeListApi {
  constructor(private readonly calls: Calls, readonly ranges: readonly FakeRange[]) {}
  private each(method: string, key: string, value: unknown): RangeListApi {
    this.calls.count(`RangeList.${method}`, "write");
    for (const range of this.ranges) range.applyStyle(method, key, value);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range-list#setNumberFormat(String) */
  setNumberFormat(format: string) {
    checkSignature("RangeList.setNumberFormat", "string", format);
    return this.each("setNumberFormat", "numberFormat", format);
  }
  setFontWeight(fontWeight: string | null) {
    return this.each("setFontWeight", "fontWeight", fontWeight);
  }
  setFontColor(color: string | null) {
    return this.each("setFontColor", "fontColor", color);
  }
  setFontSize(size: number) {
    return this.each("setFontSize", "fontSize", size);
  }
  /** "The font family is described by a string identifier such as Arial or Roboto"; "a null value resets the font family".
   * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setFontFamily(String) */
  setFontFamily(fontFamily: string | null) {
    return this.each("setFontFamily", "fontFamily", fontFamily);
  }
  setBackground(color: string | null) {
    return this.each("setBackground", "background", color);
  }
  /** "Set text wrapping for each Range in the range list"; isWrapEnabled a Boolean.
   * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setWrap(Boolean) */
  setWrap(isWrapEnabled: boolean) {
    checkSignature("RangeList.setWrap", "boolean", isWrapEnabled);
    return this.each("setWrap", "wrap", isWrapEnabled);
  }
  setHorizontalAlignment(alignment: string | null) {
    checkAlignment(alignment);
    return this.each("setHorizontalAlignment", "horizontal", alignment);
  }
  /** "The font style, either 'italic' or 'normal'; a null value resets the font style."
   * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setFontStyle(String) */
  setFontStyle(fontStyle: string | null) {
    if (fontStyle !== null && !["italic", "normal"].includes(fontStyle)) throw new Error(`Invalid argument: fontStyle "${fontStyle}"`);
    return this.each("setFontStyle", "fontStyle", fontStyle);
  }
  /** "The font line style, either 'underline', 'line-through', or 'none'; a null value resets the font line style."
   * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setFontLine(String) */
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null) {
    if (fontLine !== null && !["underline", "line-through", "none"].includes(fontLine)) throw new Error(`Invalid argument: fontLine "${fontLine}"`);
    return this.each("setFontLine", "fontLine", fontLine);
  }
  /** "true for border, false for none, null for no change", for each side and the inner lines.
   * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setBorder(Boolean,Boolean,Boolean,Boolean,Boolean,Boolean) */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null) {
    return this.each("setBorder", "border", [top, left, bottom, right, vertical, horizontal].join());
  }
  /** "Break all horizontally- or vertically-merged cells contained within the range list into individual cells again";
   * a merged range a range cuts through makes it throw (FakeSheet.mustHoldWholeMerges). The cells stay as they are.
   * https://developers.google.com/apps-script/reference/spreadsheet/range-list#breakApart() */
  breakApart(): RangeListApi {
    this.calls.count("RangeList.breakApart", "write");
    for (const range of this.ranges) {
      range.sheet.mustEdit("breakApart");
      range.sheet.mustHoldWholeMerges(range);
    }
    for (const range of this.ranges) range.sheet.unmerge(range);
    return this;
  }
}
