// This file implements the workbook interface over a local .xlsx file (ExcelJS), for the CLI and the tests.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { type Cell, type CellInput, isDateCell, isFormula, isSheetLink } from "../domain/cell";
import { type Area, areaA1, columnLetter } from "../domain/layout/a1";
import type { ChartSpec, SheetFormat, Validation } from "../domain/layout/format";
import type { SheetRef, Workbook } from "./workbook";

const KEY_PREFIX = "_sotd_";
/** A hidden sheet holding what .xlsx cannot express per user: which emails may edit which sheet. */
const META_SHEET = "_sotd_meta";
/** Areas taller than this are styled by column, so a 2,000-row validation does not create 2,000 cells. */
const COLUMN_STYLE_ROWS = 100;

function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function unquoted(ref: string): string {
  const sheet = ref.slice(0, ref.lastIndexOf("!"));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

function dateCellOf(date: Date): Cell {
  return { date: date.toISOString().slice(0, 10) };
}

function readValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateCellOf(value);
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("hyperlink" in value) return readValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && !(result instanceof Date)) return String((result as { error: string }).error);
      return readValue(result as ExcelJS.CellValue);
    }
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

function writeValue(cell: ExcelJS.Cell, input: CellInput): void {
  if (isFormula(input)) {
    cell.value = { formula: input.formula, date1904: false } as ExcelJS.CellFormulaValue;
  } else if (isSheetLink(input)) {
    cell.value = { text: input.link.text, hyperlink: `#${quoted(input.link.sheet)}!A1` };
  } else if (isDateCell(input)) {
    cell.value = new Date(`${input.date}T00:00:00Z`);
    if (!cell.numFmt || cell.numFmt === "General" || cell.numFmt === "@") cell.numFmt = "dd/mm/yyyy";
  } else {
    cell.value = input;
  }
}

function validationModel(validation: Validation): ExcelJS.DataValidation {
  switch (validation.kind) {
    case "checkbox":
      return { type: "list", allowBlank: true, formulae: ['"TRUE,FALSE"'] };
    case "list":
      return {
        type: "list",
        allowBlank: true,
        showErrorMessage: true,
        // A value outside the list is a warning only where people may write it their own way.
        ...(validation.others ? { errorStyle: "warning" } : {}),
        formulae: [`"${validation.values.join(",")}"`],
      };
    case "date":
      return { type: "date", operator: "greaterThan", allowBlank: true, showErrorMessage: true, formulae: [new Date(Date.UTC(1990, 0, 1))] };
    case "count":
      return { type: "whole", operator: "greaterThanOrEqual", allowBlank: true, showErrorMessage: true, formulae: [0] };
    case "percent":
      return { type: "decimal", operator: "between", allowBlank: true, showErrorMessage: true, formulae: [0, 100] };
  }
}

/**
 * Styles for tall areas first: they are set on whole columns, and set back above their area, so the cells' own styles
 * (a table's header, the KPI block) come after and are not undone.
 */
function tallFirst(styles: SheetFormat["styles"]): SheetFormat["styles"] {
  return [...styles.filter((rule) => rule.area.rows > COLUMN_STYLE_ROWS), ...styles.filter((rule) => rule.area.rows <= COLUMN_STYLE_ROWS)];
}

/**
 * Takes back from a cell what its column's style gave it: ExcelJS copies a column's style into the column's cells, and a
 * file made before this was fixed holds such copies (compared by value).
 */
function unstyle(cell: ExcelJS.Cell, column: ExcelJS.Column): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  for (const key of Object.keys(column.style) as Array<keyof ExcelJS.Style>) {
    if (JSON.stringify(style[key]) === JSON.stringify(column.style[key])) delete style[key];
  }
  // A cell with no value and no style of its own is not written to the file, and would show the column's style again:
  // it keeps Excel's default alignment, said explicitly.
  if (Object.keys(style).length === 0) style.alignment = { vertical: "bottom" };
  cell.style = style;
}

/** ExcelJS keeps these on every worksheet but leaves them out of its typings. */
interface SheetInternals {
  dataValidations: { model: Record<string, unknown> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

/**
 * ExcelJS reads a validated range as one entry per cell (24,000 on a thôn tab) and is slow to write them back;
 * cells that shared one range share one object, so they are folded back into column ranges.
 */
function compressValidations(sheet: SheetInternals): void {
  const groups = new Map<unknown, Map<string, number[]>>();
  for (const [address, validation] of Object.entries(sheet.dataValidations.model)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match || validation === undefined) continue;
    const columns = groups.get(validation) ?? new Map<string, number[]>();
    const rows = columns.get(match[1] as string) ?? [];
    rows.push(Number(match[2]));
    columns.set(match[1] as string, rows);
    groups.set(validation, columns);
  }
  const model: Record<string, unknown> = {};
  for (const [validation, columns] of groups) {
    for (const [column, rows] of columns) {
      rows.sort((a, b) => a - b);
      let start = rows[0] as number;
      rows.forEach((row, i) => {
        const next = rows[i + 1];
        if (next === row + 1) return;
        model[start === row ? `${column}${row}` : `${column}${start}:${column}${row}`] = validation;
        start = next as number;
      });
    }
  }
  sheet.dataValidations.model = model;
}

export class XlsxWorkbook implements Workbook {
  /** An .xlsx book is run with the so-thi-dua command. */
  readonly frontEnd = "xlsx";

  private constructor(readonly book: ExcelJS.Workbook) {}

  static create(): XlsxWorkbook {
    const book = new ExcelJS.Workbook();
    book.creator = "Sổ Thi Đua";
    return new XlsxWorkbook(book);
  }

  /** Opens a file; throws when it is missing or not a readable .xlsx. */
  static async open(file: string): Promise<XlsxWorkbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    for (const sheet of book.worksheets) compressValidations(sheet as unknown as SheetInternals);
    return new XlsxWorkbook(book);
  }

  /** Saves through a temporary file and a rename, so a failed save leaves the old file whole. */
  async save(file: string): Promise<void> {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      await this.book.xlsx.writeFile(temporary);
      await fs.rename(temporary, file);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
  }

  private keys(): Map<string, string> {
    const bySheet = new Map<string, string>();
    for (const { name, ranges } of this.book.definedNames.model as Array<{ name: string; ranges: string[] }>) {
      if (name.startsWith(KEY_PREFIX) && ranges[0]) bySheet.set(unquoted(ranges[0]), name.slice(KEY_PREFIX.length));
    }
    return bySheet;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.book.getWorksheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  sheets(): SheetRef[] {
    const keys = this.keys();
    return this.book.worksheets
      .filter((sheet) => sheet.name !== META_SHEET)
      .map((sheet) => ({ name: sheet.name, key: keys.get(sheet.name) ?? null }));
  }

  /** ExcelJS copies no sheet, so a template gives an empty sheet: the actions write and format new tabs in full anyway. */
  addSheet(name: string, key: string | null, _template?: string): void {
    this.book.addWorksheet(name);
    if (key !== null) this.book.definedNames.add(`${quoted(name)}!$A$1`, KEY_PREFIX + key);
  }

  /** Renames a sheet the way Excel, LibreOffice and Google Sheets do: names that point at it follow. */
  renameSheet(from: string, to: string): void {
    const key = this.keys().get(from);
    if (key !== undefined) this.book.definedNames.remove(`${quoted(from)}!$A$1`, KEY_PREFIX + key);
    this.sheet(from).name = to;
    if (key !== undefined) this.book.definedNames.add(`${quoted(to)}!$A$1`, KEY_PREFIX + key);
  }

  read(name: string): Cell[][] {
    const sheet = this.sheet(name);
    const rows: Cell[][] = [];
    const width = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: Cell[] = new Array(width).fill(null);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        values[colNumber - 1] = readValue(cell.value);
      });
      while (rows.length < rowNumber - 1) rows.push(new Array(width).fill(null));
      rows.push(values);
    });
    while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).every((value) => value === null)) rows.pop();
    return rows;
  }

  write(name: string, row: number, col: number, values: readonly (readonly CellInput[])[]): void {
    const sheet = this.sheet(name);
    values.forEach((line, i) => {
      const target = sheet.getRow(row + i);
      line.forEach((value, j) => writeValue(target.getCell(col + j), value));
    });
  }

  clear(name: string, area: Area): void {
    const sheet = this.sheet(name);
    for (let r = area.row; r < area.row + area.rows && r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      for (let c = area.col; c < area.col + area.cols; c++) row.getCell(c).value = null;
    }
  }

  format(name: string, format: SheetFormat, _force?: boolean): void {
    const sheet = this.sheet(name);
    sheet.views = format.frozenRows > 0 ? [{ state: "frozen", ySplit: format.frozenRows }] : [];
    for (const { col, width } of format.columnWidths) sheet.getColumn(col).width = Math.round(width / 7);
    for (const rule of tallFirst(format.styles)) {
      const apply = (target: ExcelJS.Cell | ExcelJS.Column) => {
        if (rule.numberFormat) target.numFmt = rule.numberFormat;
        if (rule.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(rule.fill) } };
        if (rule.bold !== undefined || rule.fontColor || rule.fontSize) {
          target.font = {
            ...(rule.bold !== undefined ? { bold: rule.bold } : {}),
            ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}),
            ...(rule.fontSize ? { size: rule.fontSize } : {}),
          };
        }
        if (rule.wrap || rule.horizontal) {
          target.alignment = { ...(rule.wrap ? { wrapText: true, vertical: "middle" } : {}), ...(rule.horizontal ? { horizontal: rule.horizontal } : {}) };
        }
      };
      if (rule.area.rows > COLUMN_STYLE_ROWS) {
        for (let c = rule.area.col; c < rule.area.col + rule.area.cols; c++) {
          apply(sheet.getColumn(c));
          // A column's style reaches every cell of the column: the cells above the area are set back.
          for (let r = 1; r < rule.area.row; r++) unstyle(sheet.getCell(r, c), sheet.getColumn(c));
        }
      } else {
        for (let r = rule.area.row; r < rule.area.row + rule.area.rows; r++) {
          for (let c = rule.area.col; c < rule.area.col + rule.area.cols; c++) apply(sheet.getCell(r, c));
        }
      }
    }
    const internals = sheet as unknown as SheetInternals;
    for (const { area, validation } of format.validations) internals.dataValidations.model[areaA1(area)] = validationModel(validation);
    const refs = new Set(format.conditional.map((rule) => areaA1(rule.area)));
    const kept = internals.conditionalFormattings.filter((cf) => !refs.has(cf.ref));
    const byRef = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
    format.conditional.forEach((rule, i) => {
      const ref = areaA1(rule.area);
      const style = {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
        font: { color: { argb: argb(rule.fontColor) } },
      } as ExcelJS.Style;
      const list = byRef.get(ref) ?? [];
      const first = `${columnLetter(rule.area.col)}${rule.area.row}`;
      const text = `"${rule.textStartsWith.replace(/"/g, '""')}"`;
      list.push({ type: "expression", formulae: [`LEFT(${first},LEN(${text}))=${text}`], priority: i + 1, style });
      byRef.set(ref, list);
    });
    internals.conditionalFormattings = [...kept, ...Array.from(byRef, ([ref, rules]) => ({ ref, rules }))];
    if (format.landscape) {
      sheet.pageSetup = { ...sheet.pageSetup, orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    }
  }

  private meta(): ExcelJS.Worksheet {
    const existing = this.book.getWorksheet(META_SHEET);
    if (existing) return existing;
    const sheet = this.book.addWorksheet(META_SHEET, { state: "veryHidden" });
    sheet.getRow(1).values = ["key", "editors"];
    return sheet;
  }

  private keyOrName(name: string): string {
    return this.keys().get(name) ?? `name:${name}`;
  }

  protect(name: string, editors: readonly string[], _description: string): void {
    this.sheet(name);
    const meta = this.meta();
    const id = this.keyOrName(name);
    let target = meta.rowCount + 1;
    meta.eachRow((row, rowNumber) => {
      if (row.getCell(1).value === id) target = rowNumber;
    });
    meta.getRow(target).values = [id, editors.join(",")];
  }

  protection(name: string): readonly string[] | null {
    const meta = this.book.getWorksheet(META_SHEET);
    if (!meta) return null;
    const id = this.keyOrName(name);
    let editors: string[] | null = null;
    meta.eachRow((row) => {
      if (row.getCell(1).value === id) editors = String(row.getCell(2).value ?? "").split(",").filter((e) => e !== "");
    });
    return editors;
  }

  hide(name: string, hidden = true): void {
    this.sheet(name).state = hidden ? "hidden" : "visible";
  }

  /** A local file keeps no stamps: every run does its work in full, which costs nothing that matters here. */
  stamp(name: string, _kind: string): string | null {
    this.sheet(name);
    return null;
  }

  setStamp(name: string, _kind: string, _value: string): void {
    this.sheet(name);
  }

  /** Saving is the CLI's explicit step (save()), so there is nothing to do at the end of an action. */
  finish(): void {}

  /** An .xlsx sheet has no fixed grid: any cell can be written. */
  fit(name: string, _rows: number, _cols: number): void {
    this.sheet(name);
  }

  /** A local file belongs to whoever runs the command. */
  access(): null {
    return null;
  }

  canEdit(name: string): boolean {
    this.sheet(name);
    return true;
  }

  /** ExcelJS cannot write charts; the data the chart would draw stays on the sheet for one inserted by hand. */
  chart(name: string, _chart: ChartSpec | null): boolean {
    this.sheet(name);
    return false;
  }

  setTabColor(name: string, colour: string | null): void {
    const sheet = this.sheet(name);
    (sheet.properties as { tabColor?: { argb: string } }).tabColor = colour === null ? undefined : { argb: argb(colour) };
  }
}

