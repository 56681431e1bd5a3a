// This file implements the workbook interface over a local .xlsx file (ExcelJS), for the CLI and the tests.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { type Cell, type CellInput, isDateCell, isFormula, isSheetLink } from "../domain/cell";
import { type Area, a1, areaA1, formulaString } from "../domain/layout/a1";
import { COLOURS, NUMBER_BOUNDS, type ChartSpec, type ConditionalRule, type SheetFormat, type Validation, isFormulaRule, ruleFormula } from "../domain/layout/format";
import { MAX_SHEET_NAME_LENGTH } from "../domain/sheet-names";
import type { SheetRef, Workbook } from "./workbook";

const KEY_PREFIX = "_sotd_";
/** A hidden sheet holding what .xlsx cannot express per user: which emails may edit which sheet. */
const META_SHEET = "_sotd_meta";
/** Areas taller than this are styled by column, so a 2,000-row validation does not create 2,000 cells. */
const COLUMN_STYLE_ROWS = 100;
const MM_PER_INCH = 25.4;
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

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

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A formula whose references to sheet `from` point at `to`; text in quotes is left as it is, as Excel leaves it. */
function followRename(formula: string, from: string, to: string): string {
  const quotedRef = new RegExp(`${escaped(quoted(from))}!`, "gi");
  // A name of letters, digits, "_" and "." may stand unquoted ("Sheet1!A1").
  const bareRef = /^[A-Za-z_][\w.]*$/.test(from) ? new RegExp(`(^|[^\\w.'])${escaped(from)}!`, "gi") : null;
  // Split on string literals ("…", a quote inside written twice): the odd parts are text.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const moved = part.replace(quotedRef, () => `${quoted(to)}!`);
      return bareRef === null ? moved : moved.replace(bareRef, (_match, before: string) => `${before}${quoted(to)}!`);
    })
    .join("");
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

function writeValue(cell: ExcelJS.Cell, input: CellInput, sheet: string): void {
  if (isFormula(input)) {
    cell.value = { formula: input.formula, date1904: false } as ExcelJS.CellFormulaValue;
  } else if (isSheetLink(input)) {
    // A HYPERLINK to "#" and a place, the result being the text read back. On the same sheet the place is the cell
    // alone ("#Z14"), so a renamed tab's links still work: LibreOffice resolves that form (its PDF export turns it into
    // a jump), and Excel takes "#" and a cell as a place in the workbook
    // (https://techcommunity.microsoft.com/t5/excel/excel-hyperlink-bug/m-p/3762812). Another sheet is "#'Name'!A1".
    // Not ExcelJS's own { text, hyperlink }: it stores "#…" as an outside address too, which LibreOffice opens as a file.
    const { text, sheet: target, cell: place } = input.link;
    const at = place === undefined ? "A1" : a1(place.row, place.col);
    const location = target === sheet && place !== undefined ? at : `${quoted(target)}!${at}`;
    cell.value = { formula: `HYPERLINK(${formulaString(`#${location}`)},${formulaString(text)})`, result: text, date1904: false } as ExcelJS.CellFormulaValue;
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
    case "number":
      return { type: "decimal", operator: "between", allowBlank: true, showErrorMessage: true, formulae: [NUMBER_BOUNDS.min, NUMBER_BOUNDS.max] };
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

/** A conditional rule as the file holds it: an expression for the area's top-left cell, and the look it gives. */
interface Expression {
  readonly area: Area;
  readonly formula: string;
  readonly style: Partial<ExcelJS.Style>;
}

function expressionRule(rule: ConditionalRule): Expression {
  const style: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
    font: { color: { argb: argb(rule.fontColor) } },
  };
  if (isFormulaRule(rule)) return { area: rule.area, formula: ruleFormula(rule), style };
  const text = formulaString(rule.textStartsWith);
  return { area: rule.area, formula: `LEFT(${a1(rule.area.row, rule.area.col)},LEN(${text}))=${text}`, style };
}

/**
 * How a tick looks in the file. The stored value stays TRUE or FALSE (what Sheets' checkbox holds and the figures
 * count); a conditional number format shows ✓ for a tick and nothing for no tick. LibreOffice keeps a tick as the
 * number 1, so the format applies and a tick reads ✓. Excel applies no number format to TRUE or FALSE: there a tick
 * reads TRUE in bold green, and FALSE is written white, out of sight on screen and on paper. A typed 1 reads ✓ in both.
 */
function tickLooks(format: SheetFormat): Expression[] {
  return format.validations.flatMap(({ area, validation }) => {
    if (validation.kind !== "checkbox") return [];
    const cell = a1(area.row, area.col);
    return [
      { area, formula: `AND(LEN(TRIM(${cell}))>0,OR(${cell}=FALSE(),${cell}=0))`, style: { numFmt: ";;;", font: { color: { argb: argb(COLOURS.plain) } } } },
      { area, formula: `OR(${cell}=TRUE(),${cell}=1)`, style: { numFmt: '"✓";"✓";"✓"', font: { bold: true, color: { argb: argb(COLOURS.met.font) } } } },
    ];
  });
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
/**
 * ExcelJS reads a conditional rule's number format as { id, formatCode } but writes only a string, so a file opened
 * and saved again would say "[object Object]" where a tick should show ✓: the format goes back to its string.
 */
function keepRuleNumberFormats(sheet: SheetInternals): void {
  for (const { rules } of sheet.conditionalFormattings) {
    for (const rule of rules) {
      const style = (rule as { style?: { numFmt?: unknown } }).style;
      const numFmt = style?.numFmt as { formatCode?: string } | string | undefined;
      if (style && typeof numFmt === "object" && numFmt !== null) style.numFmt = numFmt.formatCode;
    }
  }
}

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

/** A cell merged into another (its merge's first cell holds the text). */
function isMergedAway(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Merge;
}

/** Breaks apart every merge from `row` down and gives those rows their automatic height again. */
function unmergeFrom(sheet: ExcelJS.Worksheet, row: number): void {
  const merges = (sheet as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  for (const merge of Object.values(merges)) {
    if (merge.top >= row) sheet.unMergeCells(merge.top, merge.left, merge.bottom, merge.right);
  }
  for (let r = row; r <= sheet.rowCount; r++) {
    const line = sheet.findRow(r);
    if (line?.height !== undefined) delete (line as { height?: number }).height;
  }
}

/** Whether a range's first cell (A1) lies in an area. */
function startsIn(area: Area, cell: string): boolean {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(cell);
  if (!match) return false;
  const col = [...(match[1] as string)].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  return row >= area.row && row < area.row + area.rows && col >= area.col && col < area.col + area.cols;
}

/**
 * Takes the validation and number formats off an area whose tables moved: the validations that start in it, the
 * columns' number format, and each stored cell's own (a date written there set one).
 */
function resetArea(sheet: ExcelJS.Worksheet, area: Area): void {
  const internals = sheet as unknown as SheetInternals;
  for (const ref of Object.keys(internals.dataValidations.model)) if (startsIn(area, ref.split(":")[0] as string)) delete internals.dataValidations.model[ref];
  // A style object may be shared by several cells (and a column's by its cells): each gets a copy without the format.
  const without = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => {
    const { numFmt: _dropped, ...rest } = style;
    return rest;
  };
  for (let c = area.col; c < area.col + area.cols; c++) {
    const column = sheet.getColumn(c);
    if (column.style?.numFmt !== undefined) column.style = without(column.style);
    for (let r = area.row; r < area.row + area.rows && r <= sheet.rowCount; r++) {
      const cell = sheet.findCell(r, c);
      if (cell?.style?.numFmt !== undefined) cell.style = without(cell.style);
    }
  }
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
    for (const sheet of book.worksheets) {
      compressValidations(sheet as unknown as SheetInternals);
      keepRuleNumberFormats(sheet as unknown as SheetInternals);
    }
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

  /**
   * Renames a sheet the way Excel, LibreOffice and Google Sheets do: names that point at it follow, and so do formulas'
   * references to it. Text in quotes stays as it was, as in Excel: a link's "#'Name'!A1" is text, so the actions write
   * their links again with the new name.
   */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    // ExcelJS would cut a longer name short (with a warning) instead of refusing it.
    if (to.length > MAX_SHEET_NAME_LENGTH) throw new Error(`Worksheet name ${to} is longer than ${MAX_SHEET_NAME_LENGTH} characters`);
    const key = this.keys().get(from);
    // ExcelJS refuses a name another sheet has (in any case) or one with a character no program accepts, before anything changed.
    sheet.name = to;
    if (key !== undefined) {
      this.book.definedNames.remove(`${quoted(from)}!$A$1`, KEY_PREFIX + key);
      this.book.definedNames.add(`${quoted(to)}!$A$1`, KEY_PREFIX + key);
    } else {
      this.book.getWorksheet(META_SHEET)?.eachRow((row) => {
        if (row.getCell(1).value === `name:${from}`) row.getCell(1).value = `name:${to}`;
      });
    }
    for (const other of this.book.worksheets) {
      other.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as ExcelJS.CellFormulaValue | null;
          if (typeof value?.formula !== "string" || !value.formula.includes("!")) return;
          const formula = followRename(value.formula, from, to);
          if (formula !== value.formula) cell.value = { ...value, formula };
        }),
      );
    }
  }

  read(name: string): Cell[][] {
    const sheet = this.sheet(name);
    const rows: Cell[][] = [];
    const width = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: Cell[] = new Array(width).fill(null);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // A merged-away cell gives its merge's value in ExcelJS; in the sheet it is blank, as in Google Sheets.
        if (!isMergedAway(cell)) values[colNumber - 1] = readValue(cell.value);
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
      line.forEach((value, j) => {
        const cell = target.getCell(col + j);
        // ExcelJS would write a merged-away cell's value into its merge's first cell: the blank of a merged row is skipped.
        if (!isMergedAway(cell)) writeValue(cell, value, name);
        else if (value !== null) throw new Error(`${name}!${cell.address} is merged into ${cell.master.address}: write its text there`);
      });
    });
  }

  clear(name: string, area: Area): void {
    const sheet = this.sheet(name);
    for (let r = area.row; r < area.row + area.rows && r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      for (let c = area.col; c < area.col + area.cols; c++) if (!isMergedAway(row.getCell(c))) row.getCell(c).value = null;
    }
  }

  format(name: string, format: SheetFormat, _force?: boolean): void {
    const sheet = this.sheet(name);
    if (format.part === undefined) sheet.views = format.frozenRows > 0 ? [{ state: "frozen", ySplit: format.frozenRows }] : [];
    if (format.reset) resetArea(sheet, format.reset);
    if (format.mergesFrom !== undefined) unmergeFrom(sheet, format.mergesFrom);
    // Merged before the styles, which then reach every cell of a merge as declared.
    for (const area of format.merges ?? []) {
      for (let r = area.row; r < area.row + area.rows; r++) sheet.mergeCells(r, area.col, r, area.col + area.cols - 1);
    }
    for (const { col, width } of format.columnWidths) sheet.getColumn(col).width = Math.round(width / 7);
    for (const rule of tallFirst(format.styles)) {
      const apply = (target: ExcelJS.Cell | ExcelJS.Column) => {
        if (rule.numberFormat) target.numFmt = rule.numberFormat;
        if (rule.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(rule.fill) } };
        if (rule.bold !== undefined || rule.fontColor || rule.fontSize || rule.fontFamily || rule.italic !== undefined || rule.underline !== undefined) {
          target.font = {
            ...target.font,
            ...(rule.bold !== undefined ? { bold: rule.bold } : {}),
            ...(rule.italic !== undefined ? { italic: rule.italic } : {}),
            ...(rule.underline !== undefined ? { underline: rule.underline } : {}),
            ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}),
            ...(rule.fontSize ? { size: rule.fontSize } : {}),
            ...(rule.fontFamily ? { name: rule.fontFamily } : {}),
          };
        }
        if (rule.border !== undefined) target.border = rule.border ? THIN_BORDER : {};
        if (rule.wrap !== undefined || rule.horizontal) {
          const { horizontal: _previous, wrapText: _wrapped, ...kept } = target.alignment ?? {};
          const horizontal = rule.horizontal ?? _previous;
          const wrap = rule.wrap ?? _wrapped;
          target.alignment = {
            ...kept,
            ...(wrap ? { wrapText: true, vertical: "middle" } : {}),
            ...(horizontal && horizontal !== "normal" ? { horizontal } : {}),
          } as Partial<ExcelJS.Alignment>;
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
    const rules = [...format.conditional.map(expressionRule), ...tickLooks(format)];
    // The add-on's rules are known by where they start, so rules of an earlier, shorter or longer layout go too.
    const start = (ref: string) => ref.split(":")[0];
    const ours = new Set(rules.map((rule) => start(areaA1(rule.area))));
    // After a relayout, every rule starting in the reset area was the add-on's, for a column now elsewhere.
    const reset = format.reset;
    const moved = (ref: string) => reset !== undefined && startsIn(reset, start(ref) as string);
    const kept = internals.conditionalFormattings.filter((cf) => !ours.has(start(cf.ref)) && !moved(cf.ref));
    const byRef = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
    rules.forEach((rule, i) => {
      const ref = areaA1(rule.area);
      const list = byRef.get(ref) ?? [];
      list.push({ type: "expression", formulae: [rule.formula], priority: i + 1, style: rule.style });
      byRef.set(ref, list);
    });
    internals.conditionalFormattings = [...kept, ...Array.from(byRef, ([ref, rules]) => ({ ref, rules }))];
    for (const { row, height } of format.rowHeights ?? []) sheet.getRow(row).height = Math.round(height * 0.75);
    if (format.print) {
      const { orientation, repeatRows, area, pagesTall, pagesWide, margins } = format.print;
      // paperSize 9 is A4 in the file format's table of paper sizes; fitToHeight 0 lets the pages run as tall as needed.
      sheet.pageSetup = {
        ...sheet.pageSetup,
        paperSize: 9,
        orientation,
        fitToPage: true,
        fitToWidth: pagesWide ?? 1,
        fitToHeight: pagesTall ?? 0,
        pageOrder: "downThenOver",
        horizontalCentered: true,
        // The file format gives margins in inches.
        margins: margins
          ? { left: margins.left / MM_PER_INCH, right: margins.right / MM_PER_INCH, top: margins.top / MM_PER_INCH, bottom: margins.bottom / MM_PER_INCH, header: 0.3, footer: 0.3 }
          : { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        ...(area ? { printArea: areaA1(area) } : {}),
        ...(repeatRows ? { printTitlesRow: `${repeatRows.from}:${repeatRows.to}` } : {}),
      };
      sheet.headerFooter = { ...sheet.headerFooter, oddFooter: "&CTrang &P/&N" };
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

  holdsPageSetup(): boolean {
    return true;
  }

  /**
   * A local file keeps no list of what was marked: the marks are the cells filled with the problem colour, found by
   * looking (in memory, the rows that hold anything), and cleared before the listed cells are filled.
   */
  markProblems(name: string, cells: readonly string[]): void {
    const sheet = this.sheet(name);
    const mark = argb(COLOURS.problem.fill);
    sheet.eachRow((row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.style.fill as ExcelJS.FillPattern | undefined;
        if (fill?.pattern !== "solid" || fill.fgColor?.argb !== mark) return;
        const { fill: _mark, ...style } = cell.style;
        cell.style = style;
      });
    });
    for (const address of cells) sheet.getCell(address).fill = { type: "pattern", pattern: "solid", fgColor: { argb: mark } };
  }

  setTabColor(name: string, colour: string | null): void {
    const sheet = this.sheet(name);
    (sheet.properties as { tabColor?: { argb: string } }).tabColor = colour === null ? undefined : { argb: argb(colour) };
  }
}

