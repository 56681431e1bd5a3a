// This file fakes a Sheet: a bounded grid (1000 × 26 when new) that grows only when asked, values, formats,
// validation, developer metadata, protection, charts, and the rule that only its editors may write to it.
import type { ChartApi, ChartBuilderApi, ConditionalFormatRuleApi, DeveloperMetadataApi, ProtectionApi, RangeApi, RangeListApi, SheetApi } from "../../src/workbook/sheets-api";
import { FakeBarChartBuilder, type FakeChart, type FakeConditionalRule, type FakeValidation } from "./builders";
import { canEditFile, FakeProtection, type FileAccess, PROTECTED_MESSAGE } from "./protection";
import { FakeRange, FakeRangeList, type FakeCell, a1Of } from "./range";
import type { Calls } from "./runtime";

export type Stored = string | number | boolean | Date;

/** A new sheet's grid; the Sheets API's own example shows rowCount 1000, columnCount 26.
 * https://developers.google.com/workspace/sheets/api/guides/metadata (community-confirmed for insertSheet) */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

function boxOf(a1: string): Box {
  const [first, last] = a1.split(":").map((cell) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
    return { col: [...(match[1] as string)].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0), row: Number(match[2]) };
  }) as [{ row: number; col: number }, { row: number; col: number } | undefined];
  const end = last ?? first;
  return { row: first.row, col: first.col, rows: end.row - first.row + 1, cols: end.col - first.col + 1 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** The parts of `box` outside `cut`: above, below, then left and right of it. */
function outside(box: Box, cut: Box): Box[] {
  const parts: Box[] = [];
  const top = Math.max(box.row, cut.row);
  const bottom = Math.min(box.row + box.rows, cut.row + cut.rows);
  if (box.row < cut.row) parts.push({ ...box, rows: cut.row - box.row });
  if (box.row + box.rows > cut.row + cut.rows) parts.push({ ...box, row: cut.row + cut.rows, rows: box.row + box.rows - cut.row - cut.rows });
  if (box.col < cut.col) parts.push({ row: top, rows: bottom - top, col: box.col, cols: cut.col - box.col });
  if (box.col + box.cols > cut.col + cut.cols) parts.push({ row: top, rows: bottom - top, col: cut.col + cut.cols, cols: box.col + box.cols - cut.col - cut.cols });
  return parts;
}

export interface MetadataEntry {
  readonly key: string;
  value: string;
}

export class FakeSheet implements SheetApi {
  readonly cells = new Map<string, FakeCell>();
  readonly styles = new Map<string, unknown>();
  readonly validations = new Map<string, FakeValidation>();
  readonly metadata: MetadataEntry[] = [];
  readonly protections: FakeProtection[] = [];
  readonly charts: FakeChart[] = [];
  readonly widths = new Map<number, number>();
  /** Heights set by setRowHeights, by row. */
  readonly heights = new Map<number, number>();
  /** Merged ranges: each shows its first cell's value over all its cells. */
  merges: Box[] = [];
  conditionalRules: FakeConditionalRule[] = [];
  frozenRows = 0;
  tabColor: string | null = null;
  hidden = false;
  maxRows = NEW_SHEET_ROWS;
  maxCols = NEW_SHEET_COLUMNS;

  constructor(
    private readonly calls: Calls,
    private readonly access: () => FileAccess,
    public name: string,
    readonly id: number,
    /** Every sheet of the file, this one included: a name is unique among them. */
    private readonly siblings: () => readonly FakeSheet[] = () => [this],
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  setCell(row: number, col: number, cell: FakeCell): void {
    if (cell.value === undefined && cell.formula === undefined) this.cells.delete(`${row},${col}`);
    else this.cells.set(`${row},${col}`, cell);
  }

  /** The formula text of a cell ("" when it holds none), as Range.getFormula gives it. */
  formulaAt(row: number, col: number): string {
    return this.cell(row, col)?.formula ?? "";
  }

  /** Takes validation off every cell of an area: rules wholly inside go, rules partly inside keep their other cells. */
  cutValidations(area: Box): void {
    for (const [key, rule] of [...this.validations]) {
      const box = boxOf(key);
      if (!overlaps(box, area)) continue;
      this.validations.delete(key);
      for (const part of outside(box, area)) this.validations.set(a1Of(part.row, part.col, part.rows, part.cols), rule);
    }
  }

  /** The validation a cell has (for tests). */
  validationAt(row: number, col: number): FakeValidation | undefined {
    return [...this.validations].find(([key]) => overlaps(boxOf(key), { row, col, rows: 1, cols: 1 }))?.[1];
  }

  /** The format of this kind (numberFormat, background, …) last set on a range holding the cell (for tests). */
  formatAt(row: number, col: number, kind: string): unknown {
    let found: unknown;
    for (const [key, value] of this.styles) {
      const [range, setting] = key.split("|") as [string, string];
      if (setting === kind && overlaps(boxOf(range), { row, col, rows: 1, cols: 1 })) found = value;
    }
    return found;
  }

  /** Renames the sheet, as a person does in the tab's menu (not a script call: not counted). */
  renameByHand(name: string): void {
    this.mustBeFree(name);
    this.name = name;
  }

  /**
   * "Sets the sheet name." https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)
   * The reference names no error; Sheets refuses a name another sheet has, compared case-insensitively ("trying to create
   * 2 sheets with the same name but different cases fails, wether you do it from the spreadsheet UI or the API",
   * https://github.com/socialpoint-labs/sheetfu/pull/26), and an empty one. The fake also asks that the person running
   * may edit the sheet (its protection), the stricter reading.
   */
  setName(name: string): SheetApi {
    this.calls.count("Sheet.setName", "write");
    this.mustEdit("setName");
    this.mustBeFree(name);
    this.name = name;
    return this;
  }

  /** Throws what insertSheet throws for a name already taken (in any case), or for no name at all. */
  private mustBeFree(name: string): void {
    if (name.trim() === "") throw new Error("The sheet name can't be empty.");
    if (this.siblings().some((sheet) => sheet !== this && sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** A person typing into the sheet (not counted, not a script call), checked against its protection all the same. */
  typeByHand(user: string, row: number, col: number, values: unknown[][]): void {
    if (!this.mayEdit(user)) throw new Error(PROTECTED_MESSAGE);
    values.forEach((line, r) => line.forEach((value, c) => this.setCell(row + r, col + c, value === "" || value === null ? {} : { value: value as Stored })));
  }

  mayEdit(user: string): boolean {
    if (!canEditFile(this.access(), user)) return false;
    const protection = this.protections[0];
    return protection === undefined || protection.allows(user);
  }

  /** Every write checks the effective user may edit this sheet, as Sheets does. */
  mustEdit(method: string): void {
    const user = this.calls.execution.user;
    if (!canEditFile(this.access(), user)) throw new Error(`You do not have permission to edit this spreadsheet. (${method}, ${user})`);
    if (!this.mayEdit(user)) throw new Error(`${PROTECTED_MESSAGE} (${this.name}: ${method})`);
  }

  /** The grid's values in an area, formulas reading as blank (the fake computes none but links), merged-away cells too. */
  valuesIn(row: number, col: number, rows: number, cols: number): unknown[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (this.mergedAway(row + r, col + c) ? "" : (this.cell(row + r, col + c)?.value ?? ""))));
  }

  /** Whether a cell lies in a merged range other than as its first cell. */
  mergedAway(row: number, col: number): boolean {
    return this.merges.some((m) => overlaps(m, { row, col, rows: 1, cols: 1 }) && (m.row !== row || m.col !== col));
  }

  /** The merged ranges in A1 notation, top to bottom (for tests). */
  mergedRanges(): string[] {
    return [...this.merges].sort((a, b) => a.row - b.row || a.col - b.col).map((m) => a1Of(m.row, m.col, m.rows, m.cols));
  }

  /**
   * Merging or breaking apart an area takes in whole every merged range it touches: one it would cut through throws, as
   * Sheets refuses it (https://github.com/pfelipm/cellsbreakapart: "to avoid runtime errors when the merged range is not
   * exactly coincident with the provided one"). The reference gives no message: this is the one scripts report meeting.
   */
  mustHoldWholeMerges(area: Box): void {
    const cut = this.merges.find((m) => overlaps(m, area) && !(m.row >= area.row && m.col >= area.col && m.row + m.rows <= area.row + area.rows && m.col + m.cols <= area.col + area.cols));
    if (cut) throw new Error("You must select all cells in a merged range to merge or unmerge them.");
  }

  /** Takes apart the merged ranges inside an area (whole: see mustHoldWholeMerges). */
  unmerge(area: Box): void {
    this.merges = this.merges.filter((m) => !overlaps(m, area));
  }

  /** Makes one merged range of an area: the first cell's value stays, the others' are deleted. */
  merge(area: Box): void {
    this.unmerge(area);
    for (let r = area.row; r < area.row + area.rows; r++) for (let c = area.col; c < area.col + area.cols; c++) if (r !== area.row || c !== area.col) this.setCell(r, c, {});
    this.merges.push(area);
  }

  private extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    return { rows, cols };
  }

  /** Copies what a template carries ("All data from the template sheet object is copied"). Whether metadata,
   * protection and the hidden state come along is not documented: the fake copies all three, the case the code must
   * survive (a copy must not take the template's key, and its protection must end up the thôn's). */
  copyFrom(template: FakeSheet): void {
    this.maxRows = template.maxRows;
    this.maxCols = template.maxCols;
    for (const [key, cell] of template.cells) this.cells.set(key, { ...cell });
    for (const [key, style] of template.styles) this.styles.set(key, style);
    for (const [key, rule] of template.validations) this.validations.set(key, rule);
    for (const [col, width] of template.widths) this.widths.set(col, width);
    for (const [row, height] of template.heights) this.heights.set(row, height);
    this.merges = template.merges.map((m) => ({ ...m }));
    this.conditionalRules = template.conditionalRules.map((rule) => rule.movedTo(this));
    this.frozenRows = template.frozenRows;
    this.metadata.push(...template.metadata.map((entry) => ({ ...entry })));
    this.protections.push(...template.protections.map((protection) => protection.copy()));
    // Whether a hidden template gives a hidden copy is not documented: assume it does, so the code must show it.
    this.hidden = template.hidden;
  }

  getName(): string {
    this.calls.count("Sheet.getName");
    return this.name;
  }
  getSheetId(): number {
    this.calls.count("Sheet.getSheetId");
    return this.id;
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi {
    this.calls.count("Sheet.getRange");
    return new FakeRange(this.calls, this, row, column, numRows, numColumns);
  }
  /** One range per A1 area of this sheet; whole rows ("10:60") run across every column of the grid.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String) */
  getRangeList(a1Notations: string[]): RangeListApi {
    this.calls.count("Sheet.getRangeList");
    return new FakeRangeList(
      this.calls,
      a1Notations.map((a1) => {
        const rows = /^(\d+):(\d+)$/.exec(a1);
        if (rows) return new FakeRange(this.calls, this, Number(rows[1]), 1, Number(rows[2]) - Number(rows[1]) + 1, this.maxCols);
        const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
        if (!m) throw new Error(`Range not found: ${a1}`);
        const col = letters(m[1] as string);
        const row = Number(m[2]);
        const lastCol = m[3] ? letters(m[3]) : col;
        const lastRow = m[4] ? Number(m[4]) : row;
        return new FakeRange(this.calls, this, row, col, lastRow - row + 1, lastCol - col + 1);
      }),
    );
  }
  getDataRange(): RangeApi {
    this.calls.count("Sheet.getDataRange", "read");
    const { rows, cols } = this.extent();
    return new FakeRange(this.calls, this, 1, 1, Math.max(rows, 1), Math.max(cols, 1));
  }
  /** "A -1 value given as the row or column position is equivalent to getting the very last row or column that has
   * data in the sheet." https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)
   * On a sheet with no data that leaves no rows, which the fake refuses as a range of none. */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    this.calls.count("Sheet.getSheetValues", "read");
    const { rows, cols } = this.extent();
    const height = numRows === -1 ? rows - startRow + 1 : numRows;
    const width = numColumns === -1 ? cols - startColumn + 1 : numColumns;
    if (height < 1 || width < 1) throw new Error("The number of rows in the range must be at least 1.");
    const range = new FakeRange(this.calls, this, startRow, startColumn, height, width);
    return this.valuesIn(range.row, range.col, range.rows, range.cols);
  }
  /** "the position of the last row that has content" https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow() */
  getLastRow(): number {
    this.calls.count("Sheet.getLastRow", "read");
    return this.extent().rows;
  }
  getLastColumn(): number {
    this.calls.count("Sheet.getLastColumn", "read");
    return this.extent().cols;
  }
  /** "the current number of rows in the sheet, regardless of content" https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows() */
  getMaxRows(): number {
    this.calls.count("Sheet.getMaxRows", "read");
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.calls.count("Sheet.getMaxColumns", "read");
    return this.maxCols;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer); the fake
   * grows a sheet at its end only, which is all the add-on does. */
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi {
    this.calls.count("Sheet.insertRowsAfter", "write");
    this.mustEdit("insertRowsAfter");
    if (afterPosition !== this.maxRows) throw new Error("The fake inserts rows after the last row only");
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi {
    this.calls.count("Sheet.insertColumnsAfter", "write");
    this.mustEdit("insertColumnsAfter");
    if (afterPosition !== this.maxCols) throw new Error("The fake inserts columns after the last column only");
    this.maxCols += howMany;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer); "Those rows are
   * out of bounds." is the message seen past the grid (community-reported). */
  deleteRows(rowPosition: number, howMany: number): void {
    this.calls.count("Sheet.deleteRows", "write");
    this.mustEdit("deleteRows");
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows) throw new Error("Those rows are out of bounds.");
    if (rowPosition + howMany - 1 !== this.maxRows) throw new Error("The fake deletes trailing rows only");
    if (howMany >= this.maxRows) throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    for (const key of [...this.cells.keys()]) if (Number(key.split(",")[0]) >= rowPosition) this.cells.delete(key);
    this.maxRows -= howMany;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.calls.count("Sheet.deleteColumns", "write");
    this.mustEdit("deleteColumns");
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.maxCols) throw new Error("Those columns are out of bounds.");
    if (columnPosition + howMany - 1 !== this.maxCols) throw new Error("The fake deletes trailing columns only");
    if (howMany >= this.maxCols) throw new Error("Sorry, it is not possible to delete all non-frozen columns.");
    for (const key of [...this.cells.keys()]) if (Number(key.split(",")[1]) >= columnPosition) this.cells.delete(key);
    this.maxCols -= howMany;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String,String) */
  addDeveloperMetadata(key: string, value: string): SheetApi {
    this.calls.count("Sheet.addDeveloperMetadata", "write");
    this.mustEdit("addDeveloperMetadata");
    this.metadata.push({ key, value });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataApi[] {
    this.calls.count("Sheet.getDeveloperMetadata", "read");
    return this.metadata.map((entry) => metadataHandle(this.calls, entry, this));
  }
  setFrozenRows(rows: number): void {
    this.calls.count("Sheet.setFrozenRows", "write");
    this.mustEdit("setFrozenRows");
    if (rows >= this.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
    this.frozenRows = rows;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi {
    this.calls.count("Sheet.setColumnWidths", "write");
    this.mustEdit("setColumnWidths");
    if (startColumn < 1 || startColumn + numColumns - 1 > this.maxCols) throw new Error("Those columns are out of bounds.");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setRowHeights(Integer,Integer,Integer) */
  setRowHeights(startRow: number, numRows: number, height: number): SheetApi {
    this.calls.count("Sheet.setRowHeights", "write");
    this.mustEdit("setRowHeights");
    if (startRow < 1 || numRows < 1 || startRow + numRows - 1 > this.maxRows) throw new Error("Those rows are out of bounds.");
    for (let r = startRow; r < startRow + numRows; r++) this.heights.set(r, height);
    return this;
  }
  getConditionalFormatRules(): FakeConditionalRule[] {
    this.calls.count("Sheet.getConditionalFormatRules", "read");
    return [...this.conditionalRules];
  }
  /** Replaces every rule of the sheet. https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule) */
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.calls.count("Sheet.setConditionalFormatRules", "write");
    this.mustEdit("setConditionalFormatRules");
    this.conditionalRules = [...(rules as FakeConditionalRule[])];
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[] {
    this.calls.count("Sheet.getProtections", "read");
    return String(type) === "SHEET" ? [...this.protections] : [];
  }
  /** "If the sheet is already protected, this method returns an object representing its existing protection settings." */
  protect(): ProtectionApi {
    this.calls.count("Sheet.protect", "write");
    this.mustEdit("protect");
    if (this.protections[0]) return this.protections[0];
    const protection = new FakeProtection(this.calls, this.access);
    this.protections.push(protection);
    return protection;
  }
  setTabColor(color: string | null): SheetApi {
    this.calls.count("Sheet.setTabColor", "write");
    this.mustEdit("setTabColor");
    this.tabColor = color;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet() */
  hideSheet(): SheetApi {
    this.calls.count("Sheet.hideSheet", "write");
    this.mustEdit("hideSheet");
    this.hidden = true;
    return this;
  }
  showSheet(): SheetApi {
    this.calls.count("Sheet.showSheet", "write");
    this.mustEdit("showSheet");
    this.hidden = false;
    return this;
  }
  getCharts(): ChartApi[] {
    this.calls.count("Sheet.getCharts", "read");
    return [...this.charts];
  }
  newChart(): ChartBuilderApi {
    this.calls.count("Sheet.newChart");
    return new FakeBarChartBuilder(this.calls);
  }
  insertChart(chart: ChartApi): void {
    this.calls.count("Sheet.insertChart", "write");
    this.mustEdit("insertChart");
    this.charts.push(chart as FakeChart);
  }
  removeChart(chart: ChartApi): void {
    this.calls.count("Sheet.removeChart", "write");
    this.mustEdit("removeChart");
    const i = this.charts.indexOf(chart as FakeChart);
    if (i >= 0) this.charts.splice(i, 1);
  }
}

function letters(text: string): number {
  return [...text].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** A developer metadata entry as the finder and Sheet.getDeveloperMetadata hand it out. */
export function metadataHandle(calls: Calls, entry: MetadataEntry, sheet: FakeSheet | null, mayEdit: () => void = () => sheet?.mustEdit("DeveloperMetadata.setValue")): DeveloperMetadataApi {
  return {
    getValue: () => (calls.count("DeveloperMetadata.getValue"), entry.value),
    setValue: (value: string) => {
      calls.count("DeveloperMetadata.setValue", "write");
      mayEdit();
      // "Spreadsheet 30,000 characters" of metadata. https://developers.google.com/workspace/sheets/api/guides/metadata
      if (value.length + entry.key.length > 30_000) throw new Error("Developer metadata is over 30,000 characters.");
      entry.value = value;
      return metadataHandle(calls, entry, sheet, mayEdit);
    },
    getLocation: () => (calls.count("DeveloperMetadata.getLocation"), { getSheet: () => (calls.count("DeveloperMetadataLocation.getSheet"), sheet) }),
  };
}
