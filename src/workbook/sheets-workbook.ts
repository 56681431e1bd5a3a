// This file implements the workbook interface over Google Sheets (SpreadsheetApp): whole ranges, keys in developer metadata.
import { type Cell, type CellInput, isDateCell, isFormula, isSheetLink } from "../domain/cell";
import { vietnamDate, vietnamInstant } from "../domain/dates";
import { type Area, areaA1, formulaString } from "../domain/layout/a1";
import type { ChartSpec, SheetFormat, Validation } from "../domain/layout/format";
import type { DataValidationApi, RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from "./sheets-api";
import type { FileAccess } from "../domain/access";
import type { SheetRef, Workbook } from "./workbook";

/** Developer metadata key holding a sheet's stable key; metadata follows the sheet when a person renames it. */
export const KEY_METADATA = "sotd.key";

/** Time zones in which a date cell's midnight is UTC+7 all year, as the date arithmetic here assumes. */
export const UTC_PLUS_7_ZONES: readonly string[] = ["Asia/Ho_Chi_Minh", "Asia/Saigon", "Asia/Bangkok", "Asia/Jakarta", "Asia/Phnom_Penh", "Asia/Vientiane", "Etc/GMT-7"];

/** Text always goes in with a leading apostrophe, so "=…", "0912…" or "30/4/2021" stay exactly what was typed. */
function toSheets(value: CellInput, sheetIds: (name: string) => number): unknown {
  if (value === null) return "";
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  if (isFormula(value)) return `=${value.formula}`;
  if (isSheetLink(value)) return `=HYPERLINK("#gid=${sheetIds(value.link.sheet)}",${formulaString(value.link.text)})`;
  if (isDateCell(value)) return vietnamInstant(value.date);
  return value;
}

function fromSheets(value: unknown): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (value instanceof Date) return { date: vietnamDate(value) };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Consecutive columns of the same width, so each run is one call. */
function widthRuns(widths: SheetFormat["columnWidths"]): Array<{ col: number; count: number; width: number }> {
  const runs: Array<{ col: number; count: number; width: number }> = [];
  for (const { col, width } of [...widths].sort((a, b) => a.col - b.col)) {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.col + last.count === col) last.count++;
    else runs.push({ col, count: 1, width });
  }
  return runs;
}

/** Empty columns a sheet may keep beyond its layout before fit() trims them (room for a person's own notes). */
const SPARE_COLUMNS = 2;

/** A new sheet's grid (rows × columns), as insertSheet makes it. */
export const NEW_SHEET_GRID = { rows: 1000, cols: 26 } as const;

interface Grid {
  rows: number;
  cols: number;
  /** false while `rows` and `cols` are only what is known to fit (the data read), not the grid's real size. */
  exact: boolean;
}

export class SheetsWorkbook implements Workbook {
  private refs: SheetRef[] | null = null;
  private readonly handles = new Map<string, SheetApi>();
  private readonly grids = new Map<string, Grid>();
  private fileAccess: FileAccess | null = null;

  /** `user` is the effective user: the person running, who can always edit what they protect. */
  constructor(
    private readonly spreadsheet: SpreadsheetApi,
    private readonly app: SpreadsheetAppApi,
    private readonly user: string,
  ) {}

  private sheet(name: string): SheetApi {
    let sheet = this.handles.get(name);
    if (!sheet) {
      sheet = this.spreadsheet.getSheetByName(name) ?? undefined;
      if (!sheet) throw new Error(`No sheet named ${name}`);
      this.handles.set(name, sheet);
    }
    return sheet;
  }

  /** The sheet's real grid size, asked once per run. */
  private exactGrid(name: string): Grid {
    const known = this.grids.get(name);
    if (known?.exact) return known;
    const sheet = this.sheet(name);
    const grid = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns(), exact: true };
    this.grids.set(name, grid);
    return grid;
  }

  /**
   * Grows the grid to cover rows × cols. getRange past the grid throws ("The coordinates of the range are outside the
   * dimensions of the sheet"), and so do column widths past the last column.
   */
  private cover(name: string, rows: number, cols: number): void {
    const known = this.grids.get(name);
    if (known && known.rows >= rows && known.cols >= cols) return;
    const grid = this.exactGrid(name);
    const sheet = this.sheet(name);
    if (grid.rows < rows) sheet.insertRowsAfter(grid.rows, rows - grid.rows);
    if (grid.cols < cols) sheet.insertColumnsAfter(grid.cols, cols - grid.cols);
    this.grids.set(name, { rows: Math.max(grid.rows, rows), cols: Math.max(grid.cols, cols), exact: true });
  }

  private range(name: string, area: Area): RangeApi {
    this.cover(name, area.row + area.rows - 1, area.col + area.cols - 1);
    return this.sheet(name).getRange(area.row, area.col, area.rows, area.cols);
  }

  sheets(): SheetRef[] {
    if (this.refs === null) {
      const keys = new Map<number, string>();
      for (const metadata of this.spreadsheet.createDeveloperMetadataFinder().withKey(KEY_METADATA).find()) {
        const sheet = metadata.getLocation().getSheet();
        const value = metadata.getValue();
        if (sheet !== null && value !== null) keys.set(sheet.getSheetId(), value);
      }
      this.refs = this.spreadsheet.getSheets().map((sheet) => {
        const name = sheet.getName();
        this.handles.set(name, sheet);
        return { name, key: keys.get(sheet.getSheetId()) ?? null };
      });
    }
    return this.refs.map((ref) => ({ ...ref }));
  }

  addSheet(name: string, key: string | null): void {
    const refs = this.sheets();
    const sheet = this.spreadsheet.insertSheet(name, refs.length);
    if (key !== null) sheet.addDeveloperMetadata(KEY_METADATA, key);
    this.handles.set(name, sheet);
    this.grids.set(name, { ...NEW_SHEET_GRID, exact: true });
    this.refs = [...refs, { name, key }];
  }

  fit(name: string, rows: number, cols: number): void {
    this.cover(name, rows, cols);
    const grid = this.exactGrid(name);
    const sheet = this.sheet(name);
    // Only rows and columns beyond everything anyone typed go: a sheet keeps what it holds and what it was sized for.
    if (grid.rows > 2 * rows) {
      const keep = Math.max(rows, sheet.getLastRow());
      if (grid.rows > 2 * keep) {
        sheet.deleteRows(keep + 1, grid.rows - keep);
        grid.rows = keep;
      }
    }
    if (grid.cols > cols + SPARE_COLUMNS) {
      const keep = Math.max(cols, sheet.getLastColumn());
      if (grid.cols > keep + SPARE_COLUMNS) {
        sheet.deleteColumns(keep + 1, grid.cols - keep);
        grid.cols = keep;
      }
    }
  }

  access(): FileAccess {
    if (this.fileAccess === null) {
      const owner = this.spreadsheet.getOwner()?.getEmail() ?? null;
      const editors = this.spreadsheet.getEditors().map((user) => user.getEmail());
      this.fileAccess = { user: this.user, owner: owner === "" ? null : owner, editors };
    }
    return this.fileAccess;
  }

  canEdit(name: string): boolean {
    return this.sheet(name).getProtections(this.app.ProtectionType.SHEET)[0]?.canEdit() ?? true;
  }

  read(name: string): Cell[][] {
    const values = this.sheet(name).getDataRange().getValues();
    // The data range lies inside the grid: writes within it need no size check.
    if (!this.grids.has(name)) this.grids.set(name, { rows: values.length, cols: values[0]?.length ?? 0, exact: false });
    const rows = values.map((row) => row.map(fromSheets));
    while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).every((value) => value === null)) rows.pop();
    return rows;
  }

  write(name: string, row: number, col: number, values: readonly (readonly CellInput[])[]): void {
    if (values.length === 0) return;
    const width = Math.max(...values.map((line) => line.length));
    const sheetId = (target: string) => this.sheet(target).getSheetId();
    const block = values.map((line) => Array.from({ length: width }, (_, j) => toSheets(line[j] ?? null, sheetId)));
    this.range(name, { row, col, rows: values.length, cols: width }).setValues(block);
  }

  clear(name: string, area: Area): void {
    this.range(name, area).clearContent();
  }

  private validation(validation: Validation) {
    const builder = this.app.newDataValidation().setAllowInvalid(false);
    switch (validation.kind) {
      case "checkbox":
        return builder.requireCheckbox().build();
      case "list":
        return builder.requireValueInList([...validation.values], true).build();
      case "date":
        return builder.requireDate().build();
      case "count":
        return builder.requireNumberGreaterThanOrEqualTo(0).build();
      case "percent":
        return builder.requireNumberBetween(0, 100).build();
    }
  }

  format(name: string, format: SheetFormat): void {
    const sheet = this.sheet(name);
    this.cover(name, 1, Math.max(0, ...format.columnWidths.map((width) => width.col)));
    sheet.setFrozenRows(format.frozenRows);
    for (const run of widthRuns(format.columnWidths)) sheet.setColumnWidths(run.col, run.count, run.width);
    for (const style of format.styles) {
      const range = this.range(name, style.area);
      if (style.numberFormat) range.setNumberFormat(style.numberFormat === "dd/mm/yyyy" ? "dd/MM/yyyy" : style.numberFormat);
      if (style.bold !== undefined) range.setFontWeight(style.bold ? "bold" : "normal");
      if (style.fontColor) range.setFontColor(style.fontColor);
      if (style.fontSize) range.setFontSize(style.fontSize);
      if (style.fill) range.setBackground(style.fill);
      if (style.wrap) range.setWrap(true);
      if (style.horizontal) range.setHorizontalAlignment(style.horizontal);
    }
    const rules = new Map<string, DataValidationApi>();
    for (const { area, validation } of format.validations) {
      const id = JSON.stringify(validation);
      const rule = rules.get(id) ?? this.validation(validation);
      rules.set(id, rule);
      this.range(name, area).setDataValidation(rule);
    }
    // setConditionalFormatRules replaces every rule of the sheet: keep the ones people made, replace ours.
    const ours = new Set(format.conditional.map((rule) => areaA1(rule.area).replace(/^([A-Z]+\d+):\1$/, "$1")));
    const kept = sheet.getConditionalFormatRules().filter((rule) => !rule.getRanges().some((range) => ours.has(range.getA1Notation())));
    const conditional = format.conditional.map((rule) =>
      this.app
        .newConditionalFormatRule()
        .whenTextStartsWith(rule.textStartsWith)
        .setBackground(rule.fill)
        .setFontColor(rule.fontColor)
        .setRanges([this.range(name, rule.area)])
        .build(),
    );
    sheet.setConditionalFormatRules([...kept, ...conditional]);
  }

  /**
   * As Google's sample does it: a new protection mirrors the file's editors, so add the person running first, then
   * remove the others; domain-wide editing is turned off only where the file has a domain (a gmail.com file has none
   * and setDomainEdit throws). https://developers.google.com/apps-script/reference/spreadsheet/protection
   */
  protect(name: string, editors: readonly string[], description: string): void {
    const sheet = this.sheet(name);
    const existing = sheet.getProtections(this.app.ProtectionType.SHEET)[0];
    const protection = existing ?? sheet.protect();
    if (!existing && this.user !== "") protection.addEditor(this.user);
    protection.setDescription(description);
    const me = this.user.toLowerCase();
    const wanted = new Set(editors.map((email) => email.toLowerCase()));
    const current = protection.getEditors().map((user) => user.getEmail().toLowerCase());
    // Neither the owner nor the current user can be removed, so neither is asked for.
    const owner = this.access().owner?.toLowerCase();
    const extra = current.filter((email) => !wanted.has(email) && email !== me && email !== owner);
    const missing = [...wanted].filter((email) => !current.includes(email));
    if (extra.length > 0) protection.removeEditors(extra);
    if (missing.length > 0) protection.addEditors(missing);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }

  protection(name: string): readonly string[] | null {
    const protection = this.sheet(name).getProtections(this.app.ProtectionType.SHEET)[0];
    if (!protection) return null;
    const owner = this.access().owner?.toLowerCase();
    return protection.getEditors().map((user) => user.getEmail()).filter((email) => email.toLowerCase() !== owner);
  }

  setTabColor(name: string, colour: string | null): void {
    this.sheet(name).setTabColor(colour);
  }

  chart(name: string, chart: ChartSpec | null): boolean {
    const sheet = this.sheet(name);
    for (const existing of sheet.getCharts()) sheet.removeChart(existing);
    if (chart === null) return true;
    const start = sheet.newChart();
    let builder = (chart.kind === "line" ? start.asLineChart() : start.asBarChart()).addRange(this.range(name, chart.categories));
    for (const series of chart.series) builder = builder.addRange(this.range(name, series));
    sheet.insertChart(builder.setNumHeaders(1).setOption("title", chart.title).setPosition(chart.anchor.row, chart.anchor.col, 0, 0).build());
    return true;
  }
}
