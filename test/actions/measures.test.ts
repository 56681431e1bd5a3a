// Chỉ tiêu đo lường end to end: seed 001 set up on the strict fake, a BHYT value of 96% typed and compiled into Tổng hợp
// and Lịch sử; the sheet's live Đánh giá formulas recalculated with HyperFormula against the compile's verdicts.
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import type { Cell } from "../../src/domain/cell";
import { vietnamInstant } from "../../src/domain/dates";
import { MEASURES_LAYOUT, MEASURES_TABLE } from "../../src/domain/extras/measures";
import { NUMBER_BOUNDS, isFormulaRule, tableSheetFormat } from "../../src/domain/layout/format";
import { firstDataRow, sheetColumn } from "../../src/domain/layout/sheets";
import { CAO_DIEM_KIEU_MAU_2023 } from "../../src/domain/presets/cao-diem-kieu-mau-2023";
import { NTM_NANG_CAO_2024 } from "../../src/domain/presets/ntm-nang-cao-2024";
import type { Preset } from "../../src/domain/presets/preset";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { engineFor } from "../formula-engine";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import { compact } from "../workbook/contract";

const OWNER = "canbo.kinhte@maidinh.gov.vn";
const SHEET = "Chỉ tiêu đo lường";
const PLACE = MEASURES_LAYOUT.tables[0] as (typeof MEASURES_LAYOUT.tables)[number];
const col = (key: string) => sheetColumn(PLACE, key);
const FIRST = firstDataRow(MEASURES_LAYOUT);
/** 20/06/2024, 9:00 in Vietnam: inside seed 001's campaign (01/03–31/12/2024). */
const NOW = vietnamInstant("2024-06-20", 9 * 60);

/** The plans set no report day or time (the officer fills them in): the tests set Friday 16:00. */
function withCutoff(preset: Preset): Preset {
  return { ...preset, campaign: { ...preset.campaign, reportWeekday: 5, reportTime: "16:00" } };
}

function fakeWorkbook() {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OWNER);
  return { spreadsheet, wb: new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OWNER) };
}

describe("seed 001 on Google Sheets (strict fake): a BHYT value of 96% judged against 100%", () => {
  const { spreadsheet, wb } = fakeWorkbook();
  setUpWorkbook(wb, withCutoff(NTM_NANG_CAO_2024));
  generateTabs(wb);

  test("set-up makes the sheet with the plan's two targets, values and dates left empty, each row numbered and judged live", () => {
    const rows = compact(wb.read(SHEET));
    expect(rows[FIRST - 1]?.slice(0, 9)).toEqual([null, "Người dân tham gia BHYT", "Thắng Lợi", "%", "≥", 100, null, null, "Đồng chí Đỗ Thị Thêu – Tài chính, TBXH"]);
    expect(rows[FIRST]?.slice(1, 9)).toEqual(["Hộ nghe được hệ thống loa kết nối đài truyền thanh xã", "Mai Hạ", "%", "≥", 200 / 3, null, null, "(cần bổ sung)"]);
    const formulas = spreadsheet.sheet(SHEET).formulaAt(FIRST, col("verdict"));
    expect(formulas).toContain('"Chưa có số liệu"');
    expect(spreadsheet.sheet(SHEET).formulaAt(FIRST + 50, col("verdict"))).toMatch(/^=IF\(LEN\(TRIM\(B54\)\)=0,""/);
  });

  test("the value and target columns take any number, by the validation builder's number-between rule", () => {
    const validations = spreadsheet.sheet(SHEET).validations;
    const last = FIRST + MEASURES_LAYOUT.maxRows - 1;
    // Mục tiêu (F) and Kết quả đo được (G), side by side, take one rule.
    expect(validations.get(`F${FIRST}:G${last}`)).toMatchObject({ criteria: "NUMBER_BETWEEN", values: [NUMBER_BOUNDS.min, NUMBER_BOUNDS.max], allowInvalid: false });
    expect(validations.get(`E${FIRST}:E${last}`)?.values[0]).toEqual(["≥", "≤", "="]);
  });

  test("96 typed in the BHYT row is Chưa đạt on Tổng hợp, in Lịch sử and in the report", () => {
    wb.write(SHEET, FIRST, col("value"), [[96, { date: "2024-06-15" }]]);
    const result = compileCampaignSummary(wb, NOW);
    expect(result.ok).toBe(true);
    const rows = compact(wb.read("Tổng hợp"));
    const title = rows.findIndex((row) => row[0] === "Chỉ tiêu đo lường");
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1]).toEqual(["0/2 chỉ tiêu đạt; 1 chưa có số liệu"]);
    // The section's columns span the sheet columns their text needs: each row's filled cells, in order.
    const filled = (row: readonly unknown[] | undefined) => (row ?? []).filter((cell) => cell !== null);
    expect(filled(rows[title + 2])).toEqual(["Chỉ tiêu", "Phạm vi", "Kết quả", "Mục tiêu", "Ngày đo", "Phụ trách", "Đánh giá"]);
    expect(filled(rows[title + 3])).toEqual(["Người dân tham gia BHYT", "Thắng Lợi", "96%", "≥ 100%", "15/06/2024", "Đồng chí Đỗ Thị Thêu – Tài chính, TBXH", "Chưa đạt"]);
    expect(filled(rows[title + 4])).toEqual(["Hộ nghe được hệ thống loa kết nối đài truyền thanh xã", "Mai Hạ", "—", "≥ 66,67%", "Chưa có số liệu"]);
    const history = compact(wb.read("Lịch sử")).filter((row) => row[4] === "Người dân tham gia BHYT");
    expect(history).toHaveLength(1);
    expect(history[0]?.slice(2)).toEqual(["T01", "Thắng Lợi", "Người dân tham gia BHYT", 96, 100, null, "Chưa đạt"]);
    // Báo cáo wraps its lines to the page: the sentence is read back across them.
    const report = compact(wb.read("Báo cáo")).flat().filter((cell): cell is string => typeof cell === "string").map((line) => line.trim()).join(" ");
    expect(report).toMatch(/\d\. Chỉ tiêu đo lường - Người dân tham gia BHYT \(Thắng Lợi\): 96% \(mục tiêu ≥ 100%\), Chưa đạt, đo ngày 15\/06\/2024\./);
  });

  test("100 typed instead is Đạt", () => {
    wb.write(SHEET, FIRST, col("value"), [[100]]);
    compileCampaignSummary(wb, NOW);
    const rows = compact(wb.read("Tổng hợp"));
    const title = rows.findIndex((row) => row[0] === "Chỉ tiêu đo lường");
    expect(rows[title + 1]).toEqual(["1/2 chỉ tiêu đạt; 1 chưa có số liệu"]);
    expect(rows[title + 3]?.at(-1)).toBe("Đạt");
  });

  test("an unknown thôn in Phạm vi and text in Mục tiêu are listed in Lỗi dữ liệu with their sheet and cell", () => {
    wb.write(SHEET, FIRST + 2, col("name"), [["Tỷ lệ hộ dùng nước sạch", "Thôn Mới", "%", "≥", "một trăm", 90]]);
    compileCampaignSummary(wb, NOW);
    const problems = compact(wb.read("Lỗi dữ liệu")).filter((row) => row[0] === SHEET);
    expect(problems.map((row) => row.slice(0, 3))).toEqual([
      [SHEET, "I5", "Cần bổ sung: kế hoạch không ghi nội dung này, sổ để trống."],
      [SHEET, "F6", '"một trăm" không phải một số.'],
      [SHEET, "C6", 'Phạm vi "Thôn Mới" không phải Toàn xã, cũng không phải thôn nào có tab trong sổ.'],
    ]);
  });
});

describe("in an .xlsx book", () => {
  test("Mục tiêu and Kết quả đo được take a decimal between the same bounds, and text typed there is coloured at once", () => {
    const wb = XlsxWorkbook.create();
    setUpWorkbook(wb, withCutoff(NTM_NANG_CAO_2024));
    const sheet = wb.book.getWorksheet(SHEET) as unknown as { dataValidations: { model: Record<string, { type: string; operator: string; formulae: unknown[] }> } };
    expect(sheet.dataValidations.model[`F${FIRST}:G${FIRST + MEASURES_LAYOUT.maxRows - 1}`]).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [NUMBER_BOUNDS.min, NUMBER_BOUNDS.max],
    });
    const rules = tableSheetFormat(MEASURES_LAYOUT).conditional.filter(isFormulaRule);
    expect(rules.find((rule) => rule.area.col === col("target"))).toMatchObject({ formula: "AND(LEN(TRIM({cell}))>0,NOT(ISNUMBER({cell})))", area: { cols: 2 } });
  });
});

describe("generate upgrades and keeps", () => {
  test("a book made before the sheet existed gets it, headers and live formulas, and no preset rows; what is typed stays", () => {
    const wb = XlsxWorkbook.create();
    setUpWorkbook(wb, withCutoff(NTM_NANG_CAO_2024));
    // A book from before: no Chỉ tiêu đo lường sheet, no index entry for it.
    wb.book.removeWorksheet((wb.book.getWorksheet(SHEET) as { id: number }).id);
    expect(wb.sheets().some((s) => s.key === "measures")).toBe(false);
    generateTabs(wb);
    expect(wb.sheets().find((s) => s.key === "measures")?.name).toBe(SHEET);
    const rows = compact(wb.read(SHEET));
    expect(rows[MEASURES_LAYOUT.headerRow - 1]?.slice(0, 7)).toEqual(["STT", "Chỉ tiêu", "Phạm vi", "Đơn vị tính", "So sánh", "Mục tiêu", "Kết quả đo được"]);
    expect(rows.slice(FIRST - 1).every((row) => row.every((cell) => cell === null))).toBe(true);
    wb.write(SHEET, FIRST, col("name"), [["Người dân tham gia BHYT", "Thắng Lợi", "%", "≥", 100, 96]]);
    generateTabs(wb);
    expect(compact(wb.read(SHEET))[FIRST - 1]?.slice(1, 7)).toEqual(["Người dân tham gia BHYT", "Thắng Lợi", "%", "≥", 100, 96]);
    const hf = engineFor(wb.book);
    expect(hf.getCellValue({ sheet: hf.getSheetId(SHEET) as number, row: FIRST - 1, col: col("verdict") - 1 })).toBe("Chưa đạt");
    hf.destroy();
  });
});

describe("on day one nothing is measured, and Tổng hợp neither ranks nor praises on it (seed 002)", () => {
  test("the section says no value is entered yet; there is no proposal", () => {
    const wb = XlsxWorkbook.create();
    setUpWorkbook(wb, withCutoff(CAO_DIEM_KIEU_MAU_2023));
    generateTabs(wb);
    compileCampaignSummary(wb, vietnamInstant("2023-07-10", 9 * 60));
    const rows = compact(wb.read("Tổng hợp"));
    const title = rows.findIndex((row) => row[0] === "Chỉ tiêu đo lường");
    expect(rows[title + 1]).toEqual(["Chưa có kết quả đo của 2 chỉ tiêu."]);
    expect(rows.slice(title).flat().filter((cell) => typeof cell === "string" && /Biểu dương|Nhắc nhở|Đề xuất/.test(cell))).toEqual([]);
    expect(rows.slice(title + 3, title + 5).map((row) => row.at(-1))).toEqual(["Chưa có số liệu", "Chưa có số liệu"]);
  });
});

describe("the live Đánh giá formula gives the compile's verdict (HyperFormula)", () => {
  const rows: Cell[][] = [
    ["≥ met", "Toàn xã", "%", "≥", 100, 100],
    ["≥ below", "Toàn xã", "%", "≥", 100, 96],
    ["≤ met", "Toàn xã", "%", "≤", 1.5, 1.5],
    ["≤ below", "Toàn xã", "%", "≤", 1.5, 1.6],
    ["= met", "Toàn xã", "thôn", "=", 1, 1],
    ["= below", "Toàn xã", "thôn", "=", 1, 2],
    ["blank value", "Toàn xã", "thôn", "≥", 1, null],
    ["text value", "Toàn xã", "%", "≥", 100, "96%"],
    ["text target", "Toàn xã", "%", "≥", "một trăm", 96],
    ["no sign", "Toàn xã", "%", null, 100, 96],
    ["sign not in the list", "Toàn xã", "%", ">=", 100, 96],
  ];

  test("for ≥, ≤, =, a blank value, a text value, text in the target and a missing or unknown sign", () => {
    const wb = XlsxWorkbook.create();
    setUpWorkbook(wb, { ...withCutoff(NTM_NANG_CAO_2024), measures: [] });
    generateTabs(wb);
    wb.write(SHEET, FIRST, col("name"), rows);
    const summary = compileCampaignSummary(wb, NOW).summary;
    const section = summary?.sections.find((s) => s.id === "measures");
    const expected = section?.table?.rows.map((row) => [row[0], row[6]]);
    const hf = engineFor(wb.book);
    const sheet = hf.getSheetId(SHEET) as number;
    const live = rows.map((row, i) => [row[0], hf.getCellValue({ sheet, row: FIRST - 1 + i, col: col("verdict") - 1 })]);
    expect(live).toEqual(expected);
    expect(live.map((row) => row[1])).toEqual(["Đạt", "Chưa đạt", "Đạt", "Chưa đạt", "Đạt", "Chưa đạt", "Chưa có số liệu", "Chưa có số liệu", "Chưa có số liệu", "Chưa có số liệu", "Chưa có số liệu"]);
    // An empty row shows nothing, and its STT stays blank; a named row is numbered.
    expect(hf.getCellValue({ sheet, row: FIRST - 1 + rows.length, col: col("verdict") - 1 })).toBe("");
    expect([hf.getCellValue({ sheet, row: FIRST - 1, col: 0 }), hf.getCellValue({ sheet, row: FIRST - 1 + rows.length, col: 0 })]).toEqual([1, ""]);
    hf.destroy();
  });

  test("the table's columns keep the issue's fields: value, unit, comparison, target, scope, owner and date measured", () => {
    expect(MEASURES_TABLE.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(["value", "unit", "comparison", "target", "scope", "owner", "measuredOn"]),
    );
  });
});
