// Tests the thôn head's tab as a head uses it, in both workbooks: headers that stay, links to each table, bad entries
// marked where they are and counted in the KPI block.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { VILLAGE_TAB } from "../../src/domain/layout/sheets";
import { SHEET_NAMES } from "../../src/domain/messages";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import { smallPreset } from "../helpers";

const OFFICER = "canbo.kinhte@maihoa.gov.vn";
const dir = mkdtempSync(path.join(tmpdir(), "sotd-tab-"));

function sheetsCommune() {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OFFICER);
  const open = () => new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OFFICER);
  const workbook = open();
  setUpWorkbook(workbook, smallPreset());
  generateTabs(workbook);
  workbook.finish();
  return { spreadsheet, open };
}

async function xlsxCommune(): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.create();
  setUpWorkbook(workbook, smallPreset());
  generateTabs(workbook);
  const file = path.join(dir, `tab-${Date.now()}.xlsx`);
  await workbook.save(file);
  return XlsxWorkbook.open(file);
}

describe("headers that stay while a head scrolls a long list", () => {
  test("in Sheets every thôn tab (and the template they are copied from) freezes rows 1–15", () => {
    const { spreadsheet } = sheetsCommune();
    const tabs = spreadsheet.sheetList.filter((sheet) => sheet.metadata.some((m) => /^T\d+$/.test(m.value)));
    expect(tabs.map((sheet) => [sheet.name, sheet.frozenRows])).toEqual([
      ["Thôn 2", VILLAGE_TAB.headerRow],
      ["Thôn 10", VILLAGE_TAB.headerRow],
    ]);
    expect(spreadsheet.sheet(SHEET_NAMES.template).frozenRows).toBe(15);
  });

  test("in the .xlsx file every thôn tab is frozen below row 15, and other sheets below their own headers", async () => {
    const book = (await xlsxCommune()).book;
    expect(book.getWorksheet("Thôn 2")?.views[0]).toMatchObject({ state: "frozen", ySplit: 15 });
    expect(book.getWorksheet("Thôn 10")?.views[0]).toMatchObject({ state: "frozen", ySplit: 15 });
    expect(book.getWorksheet(SHEET_NAMES.communeWork)?.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });
});
