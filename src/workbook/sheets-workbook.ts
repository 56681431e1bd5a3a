// This file implements the workbook interface over Google Sheets (SpreadsheetApp): whole ranges, keys in developer metadata.
import { type Cell, type CellInput, isDateCell, isFormula, isSheetLink } from "../domain/cell";
import { vietnamDate, vietnamInstant } from "../domain/dates";
import { type Area, areaA1, formulaString } from "../domain/layout/a1";
import type { ChartSpec, SheetFormat, Validation } from "../domain/layout/format";
import type { DataValidationApi, RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from "./sheets-api";
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

export class SheetsWorkbook implements Workbook {
  private refs: SheetRef[] | null = null;
  private readonly handles = new Map<string, SheetApi>();

  /** `owner` is the effective user, who can always edit and is not listed among a protection's editors. */
  constructor(
    private readonly spreadsheet: SpreadsheetApi,
    private readonly app: SpreadsheetAppApi,
    private readonly owner: string,
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

  private range(name: string, area: Area): RangeApi {
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
    const sheet = this.spreadsheet.insertSheet(name, this.spreadsheet.getNumSheets());
    if (key !== null) sheet.addDeveloperMetadata(KEY_METADATA, key);
    this.handles.set(name, sheet);
    this.refs = [...refs, { name, key }];
  }

  read(name: string): Cell[][] {
    const rows = this.sheet(name).getDataRange().getValues().map((row) => row.map(fromSheets));
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

  protect(name: string, editors: readonly string[], description: string): void {
    const sheet = this.sheet(name);
    const protection = sheet.getProtections(this.app.ProtectionType.SHEET)[0] ?? sheet.protect();
    protection.setDescription(description);
    const wanted = new Set(editors.map((email) => email.toLowerCase()));
    const current = protection.getEditors().map((user) => user.getEmail().toLowerCase()).filter((email) => email !== this.owner.toLowerCase());
    const extra = current.filter((email) => !wanted.has(email));
    const missing = [...wanted].filter((email) => !current.includes(email));
    if (extra.length > 0) protection.removeEditors(extra);
    if (missing.length > 0) protection.addEditors(missing);
    protection.setDomainEdit(false);
  }

  protection(name: string): readonly string[] | null {
    const protection = this.sheet(name).getProtections(this.app.ProtectionType.SHEET)[0];
    if (!protection) return null;
    return protection.getEditors().map((user) => user.getEmail()).filter((email) => email.toLowerCase() !== this.owner.toLowerCase());
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
