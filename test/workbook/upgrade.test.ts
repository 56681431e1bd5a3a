// A workbook made by the code before the sheet index and the template (commit 7ab472a: set up, 22 thôn generated and
// filled, a head's note typed, a tab renamed) is upgraded by today's generate without losing anything a person typed.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import { checkCampaign } from "../../src/actions/check";
import { generateTabs } from "../../src/actions/generate-tabs";
import { type TableSheetLayout, villageTabLayout } from "../../src/domain/layout/sheets";
import { SHEET_NAMES } from "../../src/domain/messages";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { INDEX_METADATA } from "../../src/workbook/sheets-index";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import type { FakeSheet } from "../fakes/sheet";

interface Dumped {
  owner: string;
  sheets: Array<{ name: string; cells: Array<[string, unknown, string | null]>; metadata: Array<{ key: string; value: string }>; editors: string[] | null }>;
}

const dump = JSON.parse(gunzipSync(readFileSync(path.join(__dirname, "../fixtures/workbook-before-7ab472a.json.gz"))).toString("utf8")) as Dumped;

/** The dumped workbook in today's strict fake; grids as big as what they hold, and never under a new sheet's. */
function restore(): FakeSpreadsheet {
  const spreadsheet = new FakeSpreadsheet(new Calls(), dump.owner);
  spreadsheet.timeZone = "Asia/Ho_Chi_Minh";
  for (const sheet of dump.sheets) {
    const restored = spreadsheet.insertSheet(sheet.name, spreadsheet.sheetList.length) as unknown as FakeSheet;
    for (const [key, value, formula] of sheet.cells) {
      const stored = value !== null && typeof value === "object" ? new Date((value as { date: string }).date) : (value as string | number | boolean | null);
      restored.setCell(Number(key.split(",")[0]), Number(key.split(",")[1]), { ...(stored === null ? {} : { value: stored }), ...(formula === null ? {} : { formula }) });
    }
    const extent = [...restored.cells.keys()].map((key) => key.split(",").map(Number) as [number, number]);
    restored.maxRows = Math.max(1000, ...extent.map(([r]) => r));
    restored.maxCols = Math.max(26, ...extent.map(([, c]) => c));
    restored.metadata.push(...sheet.metadata);
    if (sheet.editors) restored.protect().addEditors(sheet.editors);
  }
  return spreadsheet;
}

/** The add-on's own columns on a thôn tab: numbering (it renumbers), the derived ones and the tracking labels. */
function addonColumns(layout: TableSheetLayout): Set<number> {
  return new Set(
    layout.tables.flatMap((place) => place.table.columns.flatMap((column, i) => (["serial", "derived", "flag"].includes(column.kind) ? [place.firstCol + i] : []))),
  );
}

/** The thôn tab as laid out then: the tasks table before "Lãnh đạo phụ trách" (generate moves it, issue 9). */
function layoutThen(): TableSheetLayout {
  const today = villageTabLayout(CHINH_TRANG_2026.campaign);
  let col = 1;
  const tables = today.tables.map((place) => {
    const table = { ...place.table, columns: place.table.columns.filter((column) => column.key !== "leader") };
    const placed = { table, firstCol: col };
    col += table.columns.length + 1;
    return placed;
  });
  return { ...today, tables };
}

/**
 * What people typed on the thôn tabs: every cell below the headers that is not a formula nor in an add-on column, row
 * by row in column order (a relayout moves columns, never their order nor their rows).
 */
function typed(spreadsheet: FakeSpreadsheet, layout: TableSheetLayout): Map<string, unknown[]> {
  const addon = addonColumns(layout);
  const cells = new Map<string, Array<[number, unknown]>>();
  for (const sheet of spreadsheet.sheetList) {
    if (!sheet.metadata.some((m) => /^T\d+$/.test(m.value))) continue;
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number) as [number, number];
      if (row <= 15 || cell.formula !== undefined || addon.has(col)) continue;
      const line = cells.get(`${sheet.name}!${row}`) ?? [];
      line.push([col, cell.value]);
      cells.set(`${sheet.name}!${row}`, line);
    }
  }
  return new Map([...cells].map(([key, line]) => [key, line.sort((a, b) => a[0] - b[0]).map(([, value]) => value)]));
}

test("today's generate upgrades a workbook made before: nothing typed is lost, the renamed tab is still its thôn's", () => {
  const spreadsheet = restore();
  const before = typed(spreadsheet, layoutThen());
  expect([...before.values()].flat().length).toBeGreaterThan(1000);
  expect(spreadsheet.sheet("Thôn Năm").metadata).toEqual([{ key: "sotd.key", value: "T05" }]);
  const workbook = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), dump.owner);
  const result = generateTabs(workbook);
  workbook.finish();
  expect(result.message).toBe("Đã tạo 0 tab thôn, cập nhật 22 tab.");
  expect(typed(spreadsheet, villageTabLayout(CHINH_TRANG_2026.campaign))).toEqual(before);
  expect(spreadsheet.sheet("Thôn 3").cell(16, 12)?.value).toBe("ghi chú riêng của trưởng thôn");
  // The renamed tab was found by its key: no second tab for Thôn 5, and its title is refreshed in place.
  expect(spreadsheet.sheetList.filter((sheet) => sheet.metadata.some((m) => m.value === "T05")).map((sheet) => sheet.name)).toEqual(["Thôn Năm"]);
  expect(spreadsheet.sheet("Thôn Năm").cell(2, 1)?.value).toMatch(/^Mã thôn: T05 /);
  // The add-on's index now exists, and the layout's old colour rules were replaced, not doubled.
  expect(spreadsheet.metadata.map((m) => m.key)).toEqual([INDEX_METADATA]);
  const rules = spreadsheet.sheet("Thôn 1").conditionalRules.map((rule) => `${rule.ranges[0]?.a1()} ${rule.textStartsWith}${rule.formula}`);
  expect(new Set(rules.map((rule) => rule.split(":")[0] + rule.slice(rule.indexOf(" ")))).size).toBe(rules.length);
  // A check after the upgrade reads every tab, the renamed one too.
  const checked = checkCampaign(new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), dump.owner), new Date("2026-02-06T03:00:00Z"));
  expect(checked.counts.villages).toBe(22);

  // A thôn added to the register afterwards gets its tab from the hidden template, made then.
  const register = spreadsheet.sheet("Danh sách thôn");
  register.getRange(26, 2, 1, 1).setValues([["Thôn Mới"]]);
  const again = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), dump.owner);
  expect(generateTabs(again).message).toBe("Đã tạo 1 tab thôn, cập nhật 22 tab.");
  const template = spreadsheet.sheet(SHEET_NAMES.template);
  const added = spreadsheet.sheet("Thôn Mới");
  expect([template.hidden, added.hidden, added.validations.size]).toEqual([true, false, template.validations.size]);
  // The copy carries no key of the template's, and is the new thôn's (T23) only.
  expect(added.metadata).toEqual([{ key: "sotd.key", value: "T23" }]);
  expect(template.metadata).toEqual([]);
});
