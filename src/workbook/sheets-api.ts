// This file names the part of SpreadsheetApp the add-on uses, checked at compile time against @types/google-apps-script.
type GS = typeof GoogleAppsScript.Spreadsheet;
type Real = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface UserApi {
  getEmail(): string;
}

export interface RangeApi {
  getValues(): unknown[][];
  setValues(values: unknown[][]): RangeApi;
  clearContent(): RangeApi;
  getA1Notation(): string;
  setNumberFormat(numberFormat: string): RangeApi;
  setFontWeight(fontWeight: string | null): RangeApi;
  setFontColor(color: string | null): RangeApi;
  setFontSize(size: number): RangeApi;
  setBackground(color: string | null): RangeApi;
  setWrap(isWrapEnabled: boolean): RangeApi;
  setHorizontalAlignment(alignment: string | null): RangeApi;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  mergeAcross(): RangeApi;
}

/** Ranges of one sheet styled in one call. */
export interface RangeListApi {
  setNumberFormat(numberFormat: string): RangeListApi;
  setFontWeight(fontWeight: string | null): RangeListApi;
  setFontColor(color: string | null): RangeListApi;
  setFontSize(size: number): RangeListApi;
  /** https://developers.google.com/apps-script/reference/spreadsheet/range-list#setFontFamily(String) */
  setFontFamily(fontFamily: string): RangeListApi;
  setBackground(color: string | null): RangeListApi;
  setWrap(isWrapEnabled: boolean): RangeListApi;
  setHorizontalAlignment(alignment: string | null): RangeListApi;
  setFontStyle(fontStyle: string | null): RangeListApi;
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): RangeListApi;
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null): RangeListApi;
  breakApart(): RangeListApi;
}

export interface DataValidationApi {
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  getCriteriaValues(): unknown[];
}

export interface DataValidationBuilderApi {
  requireCheckbox(): DataValidationBuilderApi;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  requireDate(): DataValidationBuilderApi;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderApi;
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export interface ConditionalFormatRuleApi {
  getRanges(): RangeApi[];
}

export interface ConditionalFormatRuleBuilderApi {
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilderApi;
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

export interface ProtectionApi {
  setDescription(description: string): ProtectionApi;
  canEdit(): boolean;
  getEditors(): UserApi[];
  addEditors(emailAddresses: string[]): ProtectionApi;
  removeEditors(emailAddresses: string[]): ProtectionApi;
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): ProtectionApi;
}

export interface ChartApi {
  getRanges(): RangeApi[];
}

export interface BarChartBuilderApi {
  addRange(range: RangeApi): BarChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): BarChartBuilderApi;
  setOption(option: string, value: unknown): BarChartBuilderApi;
  setNumHeaders(headers: number): BarChartBuilderApi;
  build(): ChartApi;
}

export interface ChartBuilderApi {
  asBarChart(): BarChartBuilderApi;
  asLineChart(): BarChartBuilderApi;
}

export interface SheetApi {
  getName(): string;
  setName(name: string): SheetApi;
  getSheetId(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRangeList(a1Notations: string[]): RangeListApi;
  getDataRange(): RangeApi;
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][];
  getMaxRows(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  addDeveloperMetadata(key: string, value: string): SheetApi;
  getDeveloperMetadata(): DeveloperMetadataApi[];
  hideSheet(): SheetApi;
  showSheet(): SheetApi;
  setFrozenRows(rows: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  setRowHeights(startRow: number, numRows: number, height: number): SheetApi;
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[];
  protect(): ProtectionApi;
  setTabColor(color: string | null): SheetApi;
  getCharts(): ChartApi[];
  newChart(): ChartBuilderApi;
  insertChart(chart: ChartApi): void;
  removeChart(chart: ChartApi): void;
}

export interface DeveloperMetadataApi {
  getValue(): string | null;
  setValue(value: string): DeveloperMetadataApi;
  getLocation(): { getSheet(): SheetApi | null };
}

export interface DeveloperMetadataFinderApi {
  withKey(key: string): DeveloperMetadataFinderApi;
  find(): DeveloperMetadataApi[];
}

export interface SpreadsheetApi {
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  getId(): string;
  addDeveloperMetadata(key: string, value: string): SpreadsheetApi;
  insertSheet(sheetName: string, sheetIndex: number, options?: { template?: SheetApi }): SheetApi;
  createDeveloperMetadataFinder(): DeveloperMetadataFinderApi;
  getSpreadsheetTimeZone(): string;
  setSpreadsheetTimeZone(timezone: string): void;
  getOwner(): UserApi | null;
  getEditors(): UserApi[];
}

/** The SpreadsheetApp global, as far as the add-on uses it. */
export interface SpreadsheetAppApi {
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
  ProtectionType: Pick<GS["ProtectionType"], "SHEET">;
}

// Compile-time proof that the real service has every method used above, with compatible types:
// a call the real API does not have makes these lines fail to compile.
export const spreadsheetFits = (real: Real): SpreadsheetApi => real;
export const appFits = (real: GoogleAppsScript.Spreadsheet.SpreadsheetApp): SpreadsheetAppApi => real;
