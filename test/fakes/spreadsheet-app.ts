// This file is a stateful fake of the SpreadsheetApp subset the add-on uses: it keeps values, formulas, validation,
// formats, metadata, protections and charts, behaves like Sheets where it matters (typed text is parsed, a leading
// apostrophe keeps text), and counts every call.
import type {
  BarChartBuilderApi,
  ChartApi,
  ChartBuilderApi,
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationApi,
  DataValidationBuilderApi,
  DeveloperMetadataApi,
  DeveloperMetadataFinderApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
  SpreadsheetApi,
  SpreadsheetAppApi,
  UserApi,
} from "../../src/workbook/sheets-api";
import { columnLetter } from "../../src/domain/layout/a1";

export class Calls {
  readonly byMethod = new Map<string, number>();
  count(method: string): void {
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
  }
  total(): number {
    return [...this.byMethod.values()].reduce((a, b) => a + b, 0);
  }
  reset(): void {
    this.byMethod.clear();
  }
}

type Stored = string | number | boolean | Date;

interface FakeCell {
  value?: Stored;
  formula?: string;
}

/** What Sheets does with a string written by setValues: parse it as if typed. */
function parseTyped(text: string): FakeCell {
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

class FakeUser implements UserApi {
  constructor(private readonly calls: Calls, private readonly email: string) {}
  getEmail(): string {
    this.calls.count("User.getEmail");
    return this.email;
  }
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
    if (row < 1 || col < 1 || rows < 1 || cols < 1) throw new Error("Range out of bounds");
  }

  a1(): string {
    const start = `${columnLetter(this.col)}${this.row}`;
    return this.rows === 1 && this.cols === 1 ? start : `${start}:${columnLetter(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
  }

  getA1Notation(): string {
    this.calls.count("Range.getA1Notation");
    return this.a1();
  }

  getValues(): unknown[][] {
    this.calls.count("Range.getValues");
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) => {
        const cell = this.sheet.cell(this.row + r, this.col + c);
        // Formulas are not computed by the fake: they read as blank, as a fresh cell would before calculation.
        return cell?.value ?? "";
      }),
    );
  }

  setValues(values: unknown[][]): RangeApi {
    this.calls.count("Range.setValues");
    if (values.length !== this.rows || values.some((row) => row.length !== this.cols)) {
      throw new Error(`The number of rows or columns in the data does not match the range ${this.a1()}`);
    }
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const cell = typeof value === "string" ? parseTyped(value) : value === null || value === undefined ? {} : { value: value as Stored };
        this.sheet.setCell(this.row + r, this.col + c, cell);
      }),
    );
    return this;
  }

  clearContent(): RangeApi {
    this.calls.count("Range.clearContent");
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) this.sheet.setCell(this.row + r, this.col + c, {});
    return this;
  }

  private style(method: string, key: string, value: unknown): RangeApi {
    this.calls.count(`Range.${method}`);
    this.sheet.styles.set(`${this.a1()}|${key}`, value);
    return this;
  }
  setNumberFormat(numberFormat: string) {
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
  setWrap(isWrapEnabled: boolean) {
    return this.style("setWrap", "wrap", isWrapEnabled);
  }
  setHorizontalAlignment(alignment: string | null) {
    return this.style("setHorizontalAlignment", "horizontal", alignment);
  }
  setDataValidation(rule: DataValidationApi | null): RangeApi {
    this.calls.count("Range.setDataValidation");
    if (rule === null) this.sheet.validations.delete(this.a1());
    else this.sheet.validations.set(this.a1(), rule as FakeValidation);
    return this;
  }
}

export class FakeValidation implements DataValidationApi {
  constructor(readonly criteria: string, readonly values: unknown[], readonly allowInvalid: boolean) {}
  getCriteriaType() {
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues() {
    return this.values;
  }
}

class FakeValidationBuilder implements DataValidationBuilderApi {
  private criteria = "";
  private values: unknown[] = [];
  private allowInvalid = true;
  constructor(private readonly calls: Calls) {}
  private set(method: string, criteria: string, values: unknown[]): DataValidationBuilderApi {
    this.calls.count(`DataValidationBuilder.${method}`);
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  requireCheckbox() {
    return this.set("requireCheckbox", "CHECKBOX", []);
  }
  requireValueInList(values: string[], showDropdown: boolean) {
    return this.set("requireValueInList", "VALUE_IN_LIST", [values, showDropdown]);
  }
  requireDate() {
    return this.set("requireDate", "DATE_IS_VALID_DATE", []);
  }
  requireNumberGreaterThanOrEqualTo(number: number) {
    return this.set("requireNumberGreaterThanOrEqualTo", "NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberBetween(start: number, end: number) {
    return this.set("requireNumberBetween", "NUMBER_BETWEEN", [start, end]);
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this.calls.count("DataValidationBuilder.setAllowInvalid");
    this.allowInvalid = allowInvalidData;
    return this;
  }
  build() {
    this.calls.count("DataValidationBuilder.build");
    return new FakeValidation(this.criteria, this.values, this.allowInvalid);
  }
}

export class FakeConditionalRule implements ConditionalFormatRuleApi {
  constructor(
    private readonly calls: Calls,
    readonly ranges: FakeRange[],
    readonly textStartsWith: string,
    readonly background: string | null,
    readonly fontColor: string | null,
  ) {}
  getRanges(): RangeApi[] {
    this.calls.count("ConditionalFormatRule.getRanges");
    return this.ranges;
  }
}

class FakeConditionalRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private text = "";
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];
  constructor(private readonly calls: Calls) {}
  whenTextStartsWith(text: string) {
    this.calls.count("ConditionalFormatRuleBuilder.whenTextStartsWith");
    this.text = text;
    return this;
  }
  setBackground(color: string | null) {
    this.calls.count("ConditionalFormatRuleBuilder.setBackground");
    this.background = color;
    return this;
  }
  setFontColor(color: string | null) {
    this.calls.count("ConditionalFormatRuleBuilder.setFontColor");
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: RangeApi[]) {
    this.calls.count("ConditionalFormatRuleBuilder.setRanges");
    this.ranges = ranges as FakeRange[];
    return this;
  }
  build() {
    this.calls.count("ConditionalFormatRuleBuilder.build");
    return new FakeConditionalRule(this.calls, this.ranges, this.text, this.background, this.fontColor);
  }
}

export class FakeProtection implements ProtectionApi {
  description = "";
  domainEdit = true;
  readonly editors: string[];
  constructor(private readonly calls: Calls, owner: string) {
    this.editors = [owner];
  }
  setDescription(description: string) {
    this.calls.count("Protection.setDescription");
    this.description = description;
    return this;
  }
  getEditors(): UserApi[] {
    this.calls.count("Protection.getEditors");
    return this.editors.map((email) => new FakeUser(this.calls, email));
  }
  addEditors(emailAddresses: string[]) {
    this.calls.count("Protection.addEditors");
    for (const email of emailAddresses) if (!this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  removeEditors(emailAddresses: string[]) {
    this.calls.count("Protection.removeEditors");
    for (const email of emailAddresses) {
      const i = this.editors.indexOf(email);
      // The owner can never be removed, as in Sheets.
      if (i > 0) this.editors.splice(i, 1);
    }
    return this;
  }
  setDomainEdit(editable: boolean) {
    this.calls.count("Protection.setDomainEdit");
    this.domainEdit = editable;
    return this;
  }
}

export class FakeChart implements ChartApi {
  constructor(private readonly calls: Calls, readonly ranges: FakeRange[], readonly options: Map<string, unknown>, readonly position: number[]) {}
  getRanges(): RangeApi[] {
    this.calls.count("EmbeddedChart.getRanges");
    return this.ranges;
  }
}

class FakeBarChartBuilder implements BarChartBuilderApi, ChartBuilderApi {
  private readonly ranges: FakeRange[] = [];
  private readonly options = new Map<string, unknown>();
  private position: number[] = [1, 1, 0, 0];
  constructor(private readonly calls: Calls) {}
  asBarChart() {
    this.calls.count("EmbeddedChartBuilder.asBarChart");
    this.options.set("type", "bar");
    return this;
  }
  asLineChart() {
    this.calls.count("EmbeddedChartBuilder.asLineChart");
    this.options.set("type", "line");
    return this;
  }
  addRange(range: RangeApi) {
    this.calls.count("EmbeddedChartBuilder.addRange");
    this.ranges.push(range as FakeRange);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    this.calls.count("EmbeddedChartBuilder.setPosition");
    this.position = [anchorRowPos, anchorColPos, offsetX, offsetY];
    return this;
  }
  setOption(option: string, value: unknown) {
    this.calls.count("EmbeddedChartBuilder.setOption");
    this.options.set(option, value);
    return this;
  }
  setNumHeaders(headers: number) {
    this.calls.count("EmbeddedChartBuilder.setNumHeaders");
    this.options.set("numHeaders", headers);
    return this;
  }
  build() {
    this.calls.count("EmbeddedChartBuilder.build");
    return new FakeChart(this.calls, this.ranges, this.options, this.position);
  }
}

export class FakeSheet implements SheetApi {
  readonly cells = new Map<string, FakeCell>();
  readonly styles = new Map<string, unknown>();
  readonly validations = new Map<string, FakeValidation>();
  readonly metadata: Array<{ key: string; value: string }> = [];
  readonly protections: FakeProtection[] = [];
  readonly charts: FakeChart[] = [];
  readonly widths = new Map<number, number>();
  conditionalRules: FakeConditionalRule[] = [];
  frozenRows = 0;
  tabColor: string | null = null;

  constructor(private readonly calls: Calls, private readonly spreadsheet: FakeSpreadsheet, public name: string, readonly id: number) {}

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

  /** Renames the sheet, as a person does in the tab's menu. */
  setName(name: string): void {
    this.name = name;
  }

  private extent(): { rows: number; cols: number } {
    let rows = 1;
    let cols = 1;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    return { rows, cols };
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
  getDataRange(): RangeApi {
    this.calls.count("Sheet.getDataRange");
    const { rows, cols } = this.extent();
    return new FakeRange(this.calls, this, 1, 1, rows, cols);
  }
  addDeveloperMetadata(key: string, value: string): SheetApi {
    this.calls.count("Sheet.addDeveloperMetadata");
    this.metadata.push({ key, value });
    return this;
  }
  setFrozenRows(rows: number): void {
    this.calls.count("Sheet.setFrozenRows");
    this.frozenRows = rows;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi {
    this.calls.count("Sheet.setColumnWidths");
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this;
  }
  getConditionalFormatRules(): FakeConditionalRule[] {
    this.calls.count("Sheet.getConditionalFormatRules");
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.calls.count("Sheet.setConditionalFormatRules");
    this.conditionalRules = [...(rules as FakeConditionalRule[])];
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[] {
    this.calls.count("Sheet.getProtections");
    return String(type) === "SHEET" ? [...this.protections] : [];
  }
  protect(): ProtectionApi {
    this.calls.count("Sheet.protect");
    const protection = new FakeProtection(this.calls, this.spreadsheet.owner);
    this.protections.push(protection);
    return protection;
  }
  setTabColor(color: string | null): SheetApi {
    this.calls.count("Sheet.setTabColor");
    this.tabColor = color;
    return this;
  }
  getCharts(): ChartApi[] {
    this.calls.count("Sheet.getCharts");
    return [...this.charts];
  }
  newChart(): ChartBuilderApi {
    this.calls.count("Sheet.newChart");
    return new FakeBarChartBuilder(this.calls);
  }
  insertChart(chart: ChartApi): void {
    this.calls.count("Sheet.insertChart");
    this.charts.push(chart as FakeChart);
  }
  removeChart(chart: ChartApi): void {
    this.calls.count("Sheet.removeChart");
    const i = this.charts.indexOf(chart as FakeChart);
    if (i >= 0) this.charts.splice(i, 1);
  }
}

export class FakeSpreadsheet implements SpreadsheetApi {
  readonly sheetList: FakeSheet[] = [];
  timeZone = "America/Los_Angeles";
  private nextId = 1000;

  constructor(readonly calls: Calls, readonly owner: string) {}

  /** A sheet by name, for tests (not counted: it stands for looking at the screen). */
  sheet(name: string): FakeSheet {
    const sheet = this.sheetList.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  getSheets(): SheetApi[] {
    this.calls.count("Spreadsheet.getSheets");
    return [...this.sheetList];
  }
  getSheetByName(name: string): SheetApi | null {
    this.calls.count("Spreadsheet.getSheetByName");
    return this.sheetList.find((sheet) => sheet.name === name) ?? null;
  }
  insertSheet(sheetName: string, sheetIndex: number): SheetApi {
    this.calls.count("Spreadsheet.insertSheet");
    if (this.sheetList.some((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.calls, this, sheetName, this.nextId++);
    this.sheetList.splice(sheetIndex, 0, sheet);
    return sheet;
  }
  getNumSheets(): number {
    this.calls.count("Spreadsheet.getNumSheets");
    return this.sheetList.length;
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderApi {
    this.calls.count("Spreadsheet.createDeveloperMetadataFinder");
    const calls = this.calls;
    const all = () =>
      this.sheetList.flatMap((sheet) =>
        sheet.metadata.map((entry): DeveloperMetadataApi & { key: string } => ({
          key: entry.key,
          getValue: () => (calls.count("DeveloperMetadata.getValue"), entry.value),
          getLocation: () => (calls.count("DeveloperMetadata.getLocation"), { getSheet: () => (calls.count("DeveloperMetadataLocation.getSheet"), sheet) }),
        })),
      );
    const finder = (key: string | null): DeveloperMetadataFinderApi => ({
      withKey: (k: string) => (calls.count("DeveloperMetadataFinder.withKey"), finder(k)),
      find: () => (calls.count("DeveloperMetadataFinder.find"), all().filter((m) => key === null || m.key === key)),
    });
    return finder(null);
  }
  getSpreadsheetTimeZone(): string {
    this.calls.count("Spreadsheet.getSpreadsheetTimeZone");
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.calls.count("Spreadsheet.setSpreadsheetTimeZone");
    this.timeZone = timezone;
  }
}

export function fakeSpreadsheetApp(calls: Calls): SpreadsheetAppApi {
  return {
    newDataValidation: () => (calls.count("SpreadsheetApp.newDataValidation"), new FakeValidationBuilder(calls)),
    newConditionalFormatRule: () => (calls.count("SpreadsheetApp.newConditionalFormatRule"), new FakeConditionalRuleBuilder(calls)),
    ProtectionType: { SHEET: "SHEET" as unknown as SpreadsheetAppApi["ProtectionType"]["SHEET"] },
  };
}
