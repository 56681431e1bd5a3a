// Tests that the fakes are as strict as the platform they stand for: each behaviour the reference documents, and that
// the add-on relies on, is refused or kept here the way Google does it.
import { fakePlatform } from "./apps-script";
import { MANIFEST_SCOPES } from "./runtime";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "./spreadsheet-app";
import type { FakeSheet } from "./sheet";

const OWNER = "xa.ntm@gmail.com";
const OFFICER = "canbo@gmail.com";
const HEAD = "truongthon@gmail.com";

function file(owner = OWNER) {
  const calls = new Calls();
  const spreadsheet = new FakeSpreadsheet(calls, owner, { editors: [OFFICER, HEAD] });
  return { calls, spreadsheet, sheet: spreadsheet.insertSheet("Thôn 1", 0) as unknown as FakeSheet };
}

describe("scopes and authorization modes", () => {
  test("a call whose scope the manifest lacks throws the platform's permission error", () => {
    const platform = fakePlatform();
    platform.calls.execution = { ...platform.calls.execution, scopes: MANIFEST_SCOPES.filter((scope) => !scope.endsWith("userinfo.email")) };
    expect(() => platform.globals.Session.getEffectiveUser()).toThrow(
      "You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
    );
    expect(() => platform.globals.SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
  });

  test("before authorisation only the menu can be built", () => {
    const platform = fakePlatform();
    platform.runAs(OFFICER, "NONE");
    expect(() => platform.globals.SpreadsheetApp.getUi().createAddonMenu().addItem("a", "b").addToUi()).not.toThrow();
    expect(() => platform.globals.PropertiesService.getDocumentProperties()).toThrow(/Authorization is required/);
    expect(() => platform.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/Authorization is required/);
  });

  test("a custom function may read the spreadsheet and use Utilities, nothing that needs authorising", () => {
    const platform = fakePlatform();
    platform.runAs("", "CUSTOM_FUNCTION");
    expect(platform.globals.SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone()).toBe("America/Los_Angeles");
    expect(platform.globals.Utilities.formatDate(new Date("2026-01-29T17:00:00Z"), "Asia/Ho_Chi_Minh", "yyyy-MM-dd")).toBe("2026-01-30");
    expect(() => platform.globals.SpreadsheetApp.getActiveSpreadsheet()?.setSpreadsheetTimeZone("UTC")).toThrow(/permission/);
    expect(() => platform.globals.PropertiesService.getUserProperties()).toThrow(/permission/);
  });

  test("a time-driven run has no user interface", () => {
    const platform = fakePlatform();
    platform.runAs(OFFICER, "FULL", true);
    expect(() => platform.globals.SpreadsheetApp.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
  });

  test("an add-on holds one time-driven trigger per user and document", () => {
    const platform = fakePlatform({ editors: [OFFICER] });
    platform.runAs(OFFICER);
    const daily = () => platform.globals.ScriptApp.newTrigger("run").timeBased().everyDays(1).atHour(13).inTimezone("Asia/Ho_Chi_Minh").create();
    daily();
    expect(daily).toThrow(/too many time-based triggers/);
    platform.runAs(platform.spreadsheet.owner);
    expect(daily).not.toThrow();
  });
});

describe("the grid", () => {
  test("a new sheet is 1000 × 26; ranges and column widths past it throw until the sheet grows", () => {
    const { sheet } = file();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1001, 1, 1, 1)).toThrow(/outside the dimensions of the sheet/);
    expect(() => sheet.getRange(1, 20, 1, 8)).toThrow(/outside the dimensions of the sheet/);
    expect(() => sheet.setColumnWidths(26, 2, 100)).toThrow("Those columns are out of bounds.");
    sheet.insertRowsAfter(1000, 1015);
    sheet.insertColumnsAfter(26, 7);
    expect(() => sheet.getRange(2015, 33, 1, 1).setValues([["x"]])).not.toThrow();
  });

  test("setValues must match its range", () => {
    const { sheet } = file();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([["a", "b"]])).toThrow(/number of rows in the data does not match/);
  });

  test("only empty trailing rows go; a sheet keeps at least one row", () => {
    const { sheet } = file();
    sheet.deleteRows(201, 800);
    expect(sheet.getMaxRows()).toBe(200);
    expect(() => sheet.deleteRows(1, 200)).toThrow(/not possible to delete all/);
  });
});

describe("protections", () => {
  test("a new protection mirrors the file's editors until its list is changed", () => {
    const { sheet } = file();
    const protection = sheet.protect();
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([OWNER, OFFICER, HEAD]);
    expect(sheet.mayEdit(HEAD)).toBe(true);
  });

  test("neither the owner nor the current user can be removed", () => {
    const { calls, sheet } = file();
    calls.execution = { ...calls.execution, user: OFFICER };
    const protection = sheet.protect();
    protection.removeEditors([OWNER, OFFICER, HEAD]);
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([OWNER, OFFICER]);
    expect(sheet.mayEdit(HEAD)).toBe(false);
  });

  test("someone who may not edit the sheet can't read its editors, and their writes throw", () => {
    const { calls, sheet } = file();
    sheet.protect().removeEditors([OFFICER, HEAD]);
    calls.execution = { ...calls.execution, user: HEAD };
    expect(sheet.protections[0]?.canEdit()).toBe(false);
    expect(() => sheet.protections[0]?.getEditors()).toThrow(/protected cell or object/);
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([["x"]])).toThrow(/protected cell or object/);
    expect(() => sheet.typeByHand(HEAD, 1, 1, [["x"]])).toThrow(/protected cell or object/);
  });

  test("setDomainEdit throws on a gmail.com-owned file, where canDomainEdit is false", () => {
    const { sheet } = file();
    const protection = sheet.protect();
    expect(protection.canDomainEdit()).toBe(false);
    expect(() => protection.setDomainEdit(false)).toThrow(/does not belong to a Google Workspace domain/);
    const workspace = file("chutich@maihoa.gov.vn").sheet.protect();
    expect(workspace.canDomainEdit()).toBe(true);
    expect(() => workspace.setDomainEdit(false)).not.toThrow();
  });

  test("adding an editor to a protection does not share the file", () => {
    const { sheet } = file();
    sheet.protect().addEditors(["nguoingoai@gmail.com"]);
    expect(sheet.mayEdit("nguoingoai@gmail.com")).toBe(false);
  });
});

describe("validation over areas", () => {
  test("a rule replaces the rules of the cells it covers; null takes validation off every cell of its range only", () => {
    const { spreadsheet, sheet } = file();
    const app = fakeSpreadsheetApp(spreadsheet.calls);
    sheet.getRange(2, 2, 10, 2).setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange(2, 3, 10, 1).setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange(5, 1, 3, 2).setDataValidation(null);
    expect([sheet.validationAt(2, 2)?.criteria, sheet.validationAt(2, 3)?.criteria, sheet.validationAt(6, 2), sheet.validationAt(8, 2)?.criteria]).toEqual([
      "CHECKBOX",
      "DATE_IS_VALID_DATE",
      undefined,
      "CHECKBOX",
    ]);
  });
});

describe("templates and flushes", () => {
  test("a copy from a template carries cells, formats, validation, widths and size, and (not documented) metadata, protection, hidden state", () => {
    const { spreadsheet, sheet } = file();
    const app = fakeSpreadsheetApp(spreadsheet.calls);
    sheet.insertRowsAfter(1000, 500);
    sheet.getRange(1, 1, 1, 1).setValues([["Tiêu đề"]]);
    sheet.getRange(2, 1, 10, 1).setBackground("#EEEEEE");
    sheet.getRange(2, 2, 10, 1).setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.setColumnWidths(1, 1, 200);
    sheet.addDeveloperMetadata("sotd.key", "template");
    sheet.protect();
    sheet.hideSheet();
    const copy = spreadsheet.insertSheet("Thôn 2", 1, { template: sheet }) as unknown as FakeSheet;
    expect([copy.cell(1, 1)?.value, copy.styles.get("A2:A11|background"), copy.validations.get("B2:B11")?.criteria, copy.widths.get(1)]).toEqual([
      "Tiêu đề",
      "#EEEEEE",
      "CHECKBOX",
      200,
    ]);
    expect([copy.maxRows, copy.metadata, copy.protections.length, copy.hidden]).toEqual([1500, [{ key: "sotd.key", value: "template" }], 1, true]);
  });

  test("a read after a write forces a flush; reads and writes in two batches cost one", () => {
    const { calls, sheet } = file();
    calls.reset();
    sheet.getRange(1, 1, 1, 1).setValues([["a"]]);
    sheet.getRange(1, 1, 1, 1).getValues();
    sheet.getRange(2, 1, 1, 1).setValues([["b"]]);
    sheet.getRange(2, 1, 1, 1).getValues();
    expect(calls.flushes).toBe(2);
    calls.reset();
    sheet.getDataRange().getValues();
    sheet.getRange(3, 1, 1, 1).setValues([["c"]]);
    sheet.getRange(4, 1, 1, 1).setValues([["d"]]);
    expect(calls.flushes).toBe(0);
  });
});
