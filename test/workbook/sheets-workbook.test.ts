// Runs the workbook contract against the Google Sheets implementation on the fake, and checks what only Sheets does.
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import type { Workbook } from "../../src/workbook/workbook";
import { tableSheetFormat } from "../../src/domain/layout/format";
import { TASKS_TABLE } from "../../src/domain/layout/columns";
import { COMMUNE_WORK_LAYOUT } from "../../src/domain/layout/sheets";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import { workbookContract, compact } from "./contract";

const OWNER = "canbo.kinhte@maihoa.gov.vn";
const spreadsheets = new WeakMap<Workbook, FakeSpreadsheet>();

function open(spreadsheet: FakeSpreadsheet): SheetsWorkbook {
  const workbook = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OWNER);
  spreadsheets.set(workbook, spreadsheet);
  return workbook;
}

function fresh() {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OWNER);
  return { spreadsheet, workbook: open(spreadsheet) };
}

workbookContract("Google Sheets (SpreadsheetApp fake)", {
  create: async () => fresh().workbook,
  reopen: async (workbook) => {
    workbook.finish();
    return open(spreadsheets.get(workbook) as FakeSpreadsheet);
  },
  renameByHand: (workbook, from, to) => (spreadsheets.get(workbook) as FakeSpreadsheet).sheet(from).renameByHand(to),
  moveByHand: (workbook, sheet, position) => {
    const spreadsheet = spreadsheets.get(workbook) as FakeSpreadsheet;
    const moved = spreadsheet.sheet(sheet);
    spreadsheet.sheetList.splice(spreadsheet.sheetList.indexOf(moved), 1);
    spreadsheet.sheetList.splice(position, 0, moved);
  },
  merged: (workbook, sheet) => (spreadsheets.get(workbook) as FakeSpreadsheet).sheet(sheet).mergedRanges(),
});

describe("Google Sheets specifics", () => {
  test("text that Sheets would parse (phone numbers, dates, TRUE) is kept as typed", () => {
    const { workbook } = fresh();
    workbook.addSheet("S", null);
    workbook.write("S", 1, 1, [["0912345678", "30/4/2021", "TRUE", "007"]]);
    expect(workbook.read("S")).toEqual([["0912345678", "30/4/2021", "TRUE", "007"]]);
  });

  test("formulas and sheet links go in as formulas", () => {
    const { workbook, spreadsheet } = fresh();
    workbook.addSheet("Thôn 1", "T01");
    workbook.addSheet("S", null);
    workbook.write("S", 1, 1, [[{ formula: "SUM(B1:B2)" }, { link: { sheet: "Thôn 1", text: "Mở tab" } }]]);
    const id = spreadsheet.sheet("Thôn 1").id;
    expect([spreadsheet.sheet("S").formulaAt(1, 1), spreadsheet.sheet("S").formulaAt(1, 2)]).toEqual([
      "=SUM(B1:B2)",
      `=HYPERLINK("#gid=${id}","Mở tab")`,
    ]);
  });

  test("a date cell is the Vietnam calendar date whatever instant Sheets hands back", () => {
    const { workbook } = fresh();
    workbook.addSheet("S", null);
    workbook.write("S", 1, 1, [[{ date: "2026-01-30" }]]);
    expect(workbook.read("S")).toEqual([[{ date: "2026-01-30" }]]);
  });

  test("conditional format rules people made are kept; the add-on's are replaced, not repeated", () => {
    const { workbook, spreadsheet } = fresh();
    workbook.addSheet("Việc", null);
    const sheet = spreadsheet.sheet("Việc");
    const app = fakeSpreadsheetApp(spreadsheet.calls);
    const mine = app.newConditionalFormatRule().whenTextStartsWith("Gấp").setBackground("#ff0000").setRanges([sheet.getRange(1, 9, 10, 1)]).build();
    sheet.setConditionalFormatRules([mine]);
    const format = tableSheetFormat(COMMUNE_WORK_LAYOUT);
    // The next run (the person made the rule after the sheet was made), twice: the second run's format is skipped.
    open(spreadsheet).format("Việc", format);
    open(spreadsheet).format("Việc", format, true);
    const rules = spreadsheet.sheet("Việc").conditionalRules;
    expect(rules[0]).toBe(mine);
    // The tasks' and the criteria's tracking columns (H, R) share each label's rule.
    expect(rules.slice(1).map((rule) => [rule.ranges.map((range) => range.a1()).join(","), rule.textStartsWith || rule.formula])).toEqual([
      ["H5:H1004,R5:R1004", "Quá hạn"],
      ["H5:H1004,R5:R1004", "Sắp đến hạn"],
      ["H5:H1004,R5:R1004", "Hoàn thành trễ hạn"],
      // The criteria table's "hard" tick column: anything but a tick is coloured as it is typed.
      ["M5:M1004", '=AND(LEN(TRIM(M5))>0,NOT(ISLOGICAL(M5)),M5<>1,M5<>0)'],
    ]);
  });

  test("validation comes from the layout: checkboxes, dropdowns, dates", () => {
    const { workbook, spreadsheet } = fresh();
    workbook.addSheet("Việc", null);
    workbook.format("Việc", tableSheetFormat(COMMUNE_WORK_LAYOUT));
    const validations = spreadsheet.sheet("Việc").validations;
    expect(validations.get("F5:F1004")?.criteria).toBe("VALUE_IN_LIST");
    expect(validations.get("F5:F1004")?.values[0]).toEqual(["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"]);
    expect(validations.get("G5:G1004")?.criteria).toBe("DATE_IS_VALID_DATE");
    expect(validations.get("M5:M1004")?.criteria).toBe("CHECKBOX");
    expect(TASKS_TABLE.columns[5]?.header).toBe("Trạng thái");
  });

  test("the owner stays an editor and is not listed; editors not wanted any more are removed", () => {
    const { workbook, spreadsheet } = fresh();
    workbook.addSheet("Thôn 1", "T01");
    workbook.protect("Thôn 1", ["a@x.vn", "b@x.vn"], "Tab của Thôn 1");
    workbook.protect("Thôn 1", ["b@x.vn"], "Tab của Thôn 1");
    expect(spreadsheet.sheet("Thôn 1").protections).toHaveLength(1);
    expect(spreadsheet.sheet("Thôn 1").protections[0]?.editors).toEqual([OWNER, "b@x.vn"]);
    expect(spreadsheet.sheet("Thôn 1").protections[0]?.domainEdit).toBe(false);
    expect(workbook.protection("Thôn 1")).toEqual(["b@x.vn"]);
  });

  test("a chart replaces the previous one", () => {
    const { workbook, spreadsheet } = fresh();
    workbook.addSheet("Tổng hợp", "summary");
    const spec = { kind: "bar" as const, title: "Tỷ lệ", categories: { row: 6, col: 3, rows: 23, cols: 1 }, series: [{ row: 6, col: 6, rows: 23, cols: 1 }], anchor: { row: 32, col: 1 } };
    expect(workbook.chart("Tổng hợp", spec)).toBe(true);
    workbook.chart("Tổng hợp", spec);
    const charts = spreadsheet.sheet("Tổng hợp").charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]?.ranges.map((r) => r.a1())).toEqual(["C6:C28", "F6:F28"]);
    expect(charts[0]?.options.get("title")).toBe("Tỷ lệ");
  });

  test("reading the sheet list costs a fixed number of calls per sheet, then nothing", () => {
    const { workbook, spreadsheet } = fresh();
    for (let i = 1; i <= 5; i++) workbook.addSheet(`Thôn ${i}`, `T0${i}`);
    const reopened = open(spreadsheet);
    spreadsheet.calls.reset();
    reopened.sheets();
    const first = spreadsheet.calls.total();
    reopened.sheets();
    expect(spreadsheet.calls.total()).toBe(first);
    expect(compact([[first]])).toEqual([[first]]);
  });
});

test("a chart a person made stays when the add-on redraws its own", () => {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OWNER);
  const workbook = open(spreadsheet);
  workbook.addSheet("Tổng hợp", "summary");
  const sheet = spreadsheet.sheet("Tổng hợp");
  const theirs = sheet.newChart().asBarChart().addRange(sheet.getRange(40, 1, 5, 2)).build();
  sheet.insertChart(theirs);
  const spec = (rows: number) => ({ kind: "bar" as const, title: "Tỷ lệ", categories: { row: 6, col: 3, rows, cols: 1 }, series: [{ row: 6, col: 6, rows, cols: 1 }], anchor: { row: 32, col: 1 } });
  workbook.chart("Tổng hợp", spec(23));
  workbook.chart("Tổng hợp", spec(24));
  expect(sheet.charts.map((chart) => chart.ranges.map((r) => r.a1()))).toEqual([["A40:B44"], ["C6:C29", "F6:F29"]]);
});
