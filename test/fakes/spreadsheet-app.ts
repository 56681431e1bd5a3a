// This file fakes the Spreadsheet and the SpreadsheetApp global: a file with an owner, editors and viewers, its sheets
// (new ones 1000 × 26, or copied from a template), developer metadata, and the builders, every call counted.
import type { DeveloperMetadataApi, DeveloperMetadataFinderApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi, UserApi } from "../../src/workbook/sheets-api";
import { FakeConditionalRuleBuilder, FakeValidationBuilder } from "./builders";
import { canEditFile, FakeUser, type FileAccess } from "./protection";
import { Calls } from "./runtime";
import { FakeSheet, type MetadataEntry, metadataHandle } from "./sheet";

export { Calls } from "./runtime";
export { FakeSheet } from "./sheet";
export { FakeRange } from "./range";
export { FakeProtection } from "./protection";
export { FakeValidation, FakeConditionalRule, FakeChart } from "./builders";

export class FakeSpreadsheet implements SpreadsheetApi {
  readonly sheetList: FakeSheet[] = [];
  /** Developer metadata on the spreadsheet itself (not on a sheet). */
  readonly metadata: MetadataEntry[] = [];
  timeZone = "America/Los_Angeles";
  readonly id = "1FakeSpreadsheetId";
  access: FileAccess;
  private nextId = 1000;

  /** `owner` owns the file; `editors` and `viewers` are the people it is shared with. */
  constructor(readonly calls: Calls, owner: string, sharing: { editors?: readonly string[]; viewers?: readonly string[] } = {}) {
    this.access = { owner, editors: sharing.editors ?? [], viewers: sharing.viewers ?? [] };
    if (calls.execution.user === "") calls.execution = { ...calls.execution, user: owner };
  }

  get owner(): string {
    return this.access.owner;
  }

  /** Shares the file with one more editor, as the owner does in the Share dialog. */
  shareWith(email: string): void {
    this.access = { ...this.access, editors: [...this.access.editors, email] };
  }

  /** A sheet by name, for tests (not counted: it stands for looking at the screen). */
  sheet(name: string): FakeSheet {
    const sheet = this.sheetList.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  /** The number of cells of every sheet's grid, which Sheets caps at 10,000,000 per file. */
  cellCount(): number {
    return this.sheetList.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxCols, 0);
  }

  getId(): string {
    this.calls.count("Spreadsheet.getId");
    return this.id;
  }
  getSheets(): SheetApi[] {
    this.calls.count("Spreadsheet.getSheets", "read");
    return [...this.sheetList];
  }
  getSheetByName(name: string): SheetApi | null {
    this.calls.count("Spreadsheet.getSheetByName", "read");
    return this.sheetList.find((sheet) => sheet.name === name) ?? null;
  }
  /** "All data from the template sheet object is copied to the new sheet. The sheet template must be one of the sheets
   * of the Spreadsheet object." https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object) */
  insertSheet(sheetName: string, sheetIndex: number, options?: { template?: SheetApi }): SheetApi {
    this.calls.count("Spreadsheet.insertSheet", "write");
    if (!canEditFile(this.access, this.calls.execution.user)) throw new Error("You do not have permission to edit this spreadsheet. (insertSheet)");
    if (this.sheetList.some((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.calls, () => this.access, sheetName, this.nextId++, () => this.sheetList);
    if (options?.template) {
      const template = options.template as FakeSheet;
      if (!this.sheetList.includes(template)) throw new Error("The sheet template must be one of the sheets of the spreadsheet.");
      sheet.copyFrom(template);
    }
    this.sheetList.splice(sheetIndex, 0, sheet);
    return sheet;
  }
  /** Searches metadata of the spreadsheet, its sheets, rows and columns; the add-on keeps its own on sheets only. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinderApi {
    this.calls.count("Spreadsheet.createDeveloperMetadataFinder");
    const calls = this.calls;
    const all = (): Array<DeveloperMetadataApi & { key: string }> => [
      ...this.metadata.map((entry) => ({ ...metadataHandle(calls, entry, null, () => this.mustEditFile("DeveloperMetadata.setValue")), key: entry.key })),
      ...this.sheetList.flatMap((sheet) => sheet.metadata.map((entry) => ({ ...metadataHandle(calls, entry, sheet), key: entry.key }))),
    ];
    const finder = (key: string | null): DeveloperMetadataFinderApi => ({
      withKey: (k: string) => (calls.count("DeveloperMetadataFinder.withKey"), finder(k)),
      find: () => (calls.count("DeveloperMetadataFinder.find", "read"), all().filter((m) => key === null || m.key === key)),
    });
    return finder(null);
  }
  /** "Spreadsheet 30,000 characters" of metadata in all. https://developers.google.com/workspace/sheets/api/guides/metadata */
  addDeveloperMetadata(key: string, value: string): SpreadsheetApi {
    this.calls.count("Spreadsheet.addDeveloperMetadata", "write");
    this.mustEditFile("addDeveloperMetadata");
    const used = this.metadata.reduce((sum, entry) => sum + entry.key.length + entry.value.length, 0);
    if (used + key.length + value.length > 30_000) throw new Error("Developer metadata is over 30,000 characters for the spreadsheet.");
    this.metadata.push({ key, value });
    return this;
  }
  private mustEditFile(method: string): void {
    if (!canEditFile(this.access, this.calls.execution.user)) throw new Error(`You do not have permission to edit this spreadsheet. (${method})`);
  }
  getSpreadsheetTimeZone(): string {
    this.calls.count("Spreadsheet.getSpreadsheetTimeZone");
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.calls.count("Spreadsheet.setSpreadsheetTimeZone", "write");
    if (!canEditFile(this.access, this.calls.execution.user)) throw new Error("You do not have permission to edit this spreadsheet.");
    this.timeZone = timezone;
  }
  /** "returns null for a document in a shared drive"; this fake's files are in someone's My Drive. */
  getOwner(): UserApi | null {
    this.calls.count("Spreadsheet.getOwner");
    return new FakeUser(this.calls, this.access.owner);
  }
  /** The owner and the people the file is shared with for editing. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors() */
  getEditors(): UserApi[] {
    this.calls.count("Spreadsheet.getEditors", "read");
    if (!canEditFile(this.access, this.calls.execution.user)) throw new Error("You do not have permission to access the editors of this spreadsheet.");
    return [this.access.owner, ...this.access.editors].map((email) => new FakeUser(this.calls, email));
  }
}

export function fakeSpreadsheetApp(calls: Calls): SpreadsheetAppApi {
  return {
    newDataValidation: () => (calls.count("SpreadsheetApp.newDataValidation"), new FakeValidationBuilder(calls)),
    newConditionalFormatRule: () => (calls.count("SpreadsheetApp.newConditionalFormatRule"), new FakeConditionalRuleBuilder(calls)),
    ProtectionType: { SHEET: "SHEET" as unknown as SpreadsheetAppApi["ProtectionType"]["SHEET"] },
  };
}
