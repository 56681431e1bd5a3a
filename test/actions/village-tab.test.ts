// Tests the thôn head's tab as a head uses it, in both workbooks: headers that stay, links to each table, bad entries
// marked where they are and counted in the KPI block.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { checkCampaign } from "../../src/actions/check";
import { generateTabs } from "../../src/actions/generate-tabs";
import { vietnamInstant } from "../../src/domain/dates";
import { colOf } from "../../src/domain/layout/a1";
import { COLOURS } from "../../src/domain/layout/format";
import { setUpWorkbook } from "../../src/actions/set-up";
import { VILLAGE_TAB } from "../../src/domain/layout/sheets";
import { SHEET_NAMES } from "../../src/domain/messages";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import { smallPreset } from "../helpers";
import { engineFor } from "../formula-engine";

const OFFICER = "canbo.kinhte@maihoa.gov.vn";
const dir = mkdtempSync(path.join(tmpdir(), "sotd-tab-"));
const NOW = vietnamInstant("2026-02-06", 10 * 60);

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

describe("each KPI label takes the head to its table", () => {
  test("in Sheets the labels are links to the tables' title cells on the same tab, and read back as their text", () => {
    const { spreadsheet, open } = sheetsCommune();
    const tab = spreadsheet.sheet("Thôn 2");
    const links = [4, 5, 6, 7, 8].map((row) => tab.formulaAt(row, 2));
    expect(links).toEqual([
      `=HYPERLINK("#gid=${tab.id}&range=A14","Hộ chỉnh trang")`,
      `=HYPERLINK("#gid=${tab.id}&range=M14","Vườn mẫu được nâng cấp")`,
      `=HYPERLINK("#gid=${tab.id}&range=S14","Cụm dân cư, tuyến đường được chỉnh trang")`,
      `=HYPERLINK("#gid=${tab.id}&range=Z14","Công việc hoàn thành")`,
      `=HYPERLINK("#gid=${tab.id}&range=Z14","Công việc quá hạn")`,
    ]);
    expect(tab.formulaAt(9, 2)).toBe(`=HYPERLINK("#gid=${spreadsheet.sheet(SHEET_NAMES.problems).id}","Ô dữ liệu cần sửa")`);
    expect(open().read("Thôn 2").slice(3, 9).map((row) => row[1])).toEqual([
      "Hộ chỉnh trang",
      "Vườn mẫu được nâng cấp",
      "Cụm dân cư, tuyến đường được chỉnh trang",
      "Công việc hoàn thành",
      "Công việc quá hạn",
      "Ô dữ liệu cần sửa",
    ]);
    // What each link points at is the table's title.
    expect(["A14", "M14", "S14", "Z14"].map((a) => tab.cell(14, colOf(a))?.value)).toEqual([
      "HỘ GIA ĐÌNH CHỈNH TRANG",
      "VƯỜN MẪU",
      "CỤM DÂN CƯ, TUYẾN ĐƯỜNG SÁNG – XANH – SẠCH – ĐẸP",
      "CÔNG TRÌNH, PHẦN VIỆC ĐĂNG KÝ",
    ]);
  });

  test("in the .xlsx file a label is a same-sheet HYPERLINK (so a renamed tab keeps it) that reads back as its text", async () => {
    const workbook = await xlsxCommune();
    const cell = workbook.book.getWorksheet("Thôn 10")?.getCell("B5").value as { formula: string; result: string };
    expect(cell).toMatchObject({ formula: 'HYPERLINK("#M14","Vườn mẫu được nâng cấp")', result: "Vườn mẫu được nâng cấp" });
    workbook.renameSheet("Thôn 10", "Thôn Mười");
    expect(workbook.read("Thôn Mười")[4]?.[1]).toBe("Vườn mẫu được nâng cấp");
  });
});

describe("bad entries are marked where they are, and counted in the KPI block", () => {
  const TICK = "C18";
  const DEADLINE = "AD16";

  function typeBadEntries(workbook: { write: XlsxWorkbook["write"] }) {
    workbook.write("Thôn 2", 16, 2, [["Hộ A", true], ["Hộ B"], ["Hộ C", "x"]]);
    // name, owner, leader in charge, deadline
    workbook.write("Thôn 2", 16, 27, [["Dọn kênh", "Chi đoàn", null, "sau Tết"]]);
  }

  test("in Sheets a check colours the cells of 'x' and 'sau Tết', and takes the colour off once they are fixed", () => {
    const { spreadsheet, open } = sheetsCommune();
    const workbook = open();
    typeBadEntries(workbook);
    workbook.finish();
    const first = open();
    spreadsheet.calls.reset();
    checkCampaign(first, NOW);
    first.finish();
    const tab = spreadsheet.sheet("Thôn 2");
    expect([tab.styles.get(`${TICK}|background`), tab.styles.get(`${DEADLINE}|background`)]).toEqual([COLOURS.problem.fill, COLOURS.problem.fill]);
    // One range list per sheet: the tab's two cells, and the register's household count, which the tab's three
    // named households now contradict. What was typed is untouched.
    expect(spreadsheet.sheet(SHEET_NAMES.register).styles.get("F4|background")).toBe(COLOURS.problem.fill);
    expect(spreadsheet.calls.byMethod.get("RangeList.setBackground")).toBe(2);
    expect([tab.cell(18, 3)?.value, tab.cell(16, 30)?.value]).toEqual(["x", "sau Tết"]);
    // The live rule colours the x as it is typed, before any check: anything but a tick in the tick columns.
    const tickRule = tab.conditionalRules.find((rule) => rule.ranges[0]?.a1().startsWith("C16:I"));
    expect(tickRule?.formula).toBe("=AND(LEN(TRIM(C16))>0,NOT(ISLOGICAL(C16)),C16<>1,C16<>0)");

    const fixing = open();
    fixing.write("Thôn 2", 16, 30, [["30/01/2026"]]);
    fixing.finish();
    const second = open();
    spreadsheet.calls.reset();
    checkCampaign(second, NOW);
    second.finish();
    expect([tab.styles.get(`${TICK}|background`), tab.styles.get(`${DEADLINE}|background`)]).toEqual([COLOURS.problem.fill, null]);
    spreadsheet.calls.reset();
    checkCampaign(open(), NOW);
    expect(spreadsheet.calls.byMethod.get("RangeList.setBackground") ?? 0).toBe(0);
  });

  test("in the .xlsx file the same cells are filled, the fill goes once fixed, and the KPI block counts the tab's problems", async () => {
    const workbook = await xlsxCommune();
    typeBadEntries(workbook);
    checkCampaign(workbook, NOW);
    const fill = (address: string) => (workbook.book.getWorksheet("Thôn 2")?.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    expect([fill(TICK), fill(DEADLINE)]).toEqual(["FFEA9999", "FFEA9999"]);
    expect(liveCount(workbook, "Thôn 2")).toBe(2);
    workbook.write("Thôn 2", 16, 30, [["30/01/2026"]]);
    workbook.write("Thôn 2", 18, 3, [[true]]);
    checkCampaign(workbook, NOW);
    expect([fill(TICK), fill(DEADLINE)]).toEqual([null, null]);
    expect(liveCount(workbook, "Thôn 2")).toBe(0);
  });
});

/** The KPI block's data-problem count as a formula engine computes it from the sheets. */
function liveCount(workbook: XlsxWorkbook, sheet: string): unknown {
  const engine = engineFor(workbook.book);
  const value = engine.getCellValue({ sheet: engine.getSheetId(sheet) as number, row: 8, col: 2 });
  engine.destroy();
  return value;
}
