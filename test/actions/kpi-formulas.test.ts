// Recalculates the thôn tabs' KPI formulas with a real formula engine (HyperFormula) and compares them with the summary.
import ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { fillSampleRegister, fillSampleTabs } from "../../src/actions/fill-sample-data";
import { generateTabs } from "../../src/actions/generate-tabs";
import { markOverdue } from "../../src/actions/mark-overdue";
import { setUpWorkbook } from "../../src/actions/set-up";
import { DEMO_NOW } from "../../src/cli/main";
import { TASKS_DONE_LABEL, TASKS_OVERDUE_LABEL } from "../../src/domain/layout/kpi";
import { VILLAGE_TAB } from "../../src/domain/layout/sheets";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import type { Summary } from "../../src/domain/summary";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function raw(value: ExcelJS.CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof value === "object") {
    if ("formula" in value) return `=${value.formula}`;
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("hyperlink" in value) return String(value.text);
    return null;
  }
  return value as RawCellContent;
}

/** Every sheet of the workbook, as values and formulas, in one HyperFormula instance. */
function engineFor(book: ExcelJS.Workbook): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: RawCellContent[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      const line: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        line[c - 1] = raw(cell.value);
      });
      rows[r - 1] = Array.from(line, (v) => v ?? null);
    });
    sheets[sheet.name] = Array.from(rows, (row) => row ?? []);
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}

let summary: Summary;
let hf: HyperFormula;

beforeAll(async () => {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, CHINH_TRANG_2026);
  fillSampleRegister(wb);
  generateTabs(wb);
  fillSampleTabs(wb);
  markOverdue(wb, DEMO_NOW);
  const result = compileCampaignSummary(wb, DEMO_NOW);
  if (!result.summary) throw new Error("compile failed");
  summary = result.summary;
  hf = engineFor(wb.book);
});

afterAll(() => hf.destroy());

function kpi(sheet: string, row: number, offset: number): unknown {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`no sheet ${sheet}`);
  return hf.getCellValue({ sheet: id, row: row - 1, col: VILLAGE_TAB.kpiFirstCol - 1 + offset });
}

test("every thôn tab's live KPIs give the same figures as the compiled summary", () => {
  expect(summary.rows).toHaveLength(22);
  for (const row of summary.rows) {
    row.indicators.forEach((result, i) => {
      const r = VILLAGE_TAB.kpiFirstRow + i;
      const figures = [kpi(row.sheet, r, 0), kpi(row.sheet, r, 1), kpi(row.sheet, r, 2), kpi(row.sheet, r, 6)];
      expect({ village: row.name, figures }).toEqual({
        village: row.name,
        figures: [result.indicator.name, result.done, result.total, result.verdict],
      });
      expect(kpi(row.sheet, r, 3)).toBeCloseTo(result.ratio as number, 9);
    });
    const tasksRow = VILLAGE_TAB.kpiFirstRow + row.indicators.length;
    expect([kpi(row.sheet, tasksRow, 0), kpi(row.sheet, tasksRow, 1), kpi(row.sheet, tasksRow, 2)]).toEqual([TASKS_DONE_LABEL, row.tasks.done, row.tasks.total]);
    expect([kpi(row.sheet, tasksRow + 1, 0), kpi(row.sheet, tasksRow + 1, 1)]).toEqual([TASKS_OVERDUE_LABEL, row.tasks.overdue]);
  }
});

test("the household formula follows the register: changing the registered count changes the live total and verdict", () => {
  const row = summary.rows.find((r) => r.name === "Thôn 4");
  if (!row) throw new Error("no Thôn 4");
  expect([kpi(row.sheet, 4, 1), kpi(row.sheet, 4, 2), kpi(row.sheet, 4, 6)]).toEqual([184, 300, "Chưa đạt"]);
  const register = hf.getSheetId("Danh sách thôn") as number;
  hf.setCellContents({ sheet: register, row: 3 + 3, col: 5 }, [[null]]);
  // Without a registered count, the 287 listed households are the count.
  expect([kpi(row.sheet, 4, 1), kpi(row.sheet, 4, 2)]).toEqual([184, 287]);
});

describe("criteria formulas (seed 003's rule: at least 7 achieved, the hard ones among them)", () => {
  test("8 achieved with one hard criterion missing is Chưa đạt live and in the summary; fixing it makes both Đạt", () => {
    const criteria = Array.from({ length: 10 }, (_, i) => ({ number: String(i + 1), name: `Tiêu chí ${i + 1}`, hard: i < 3 }));
    const preset = {
      ...CHINH_TRANG_2026,
      villages: [{ name: "Khu dân cư Trung Thành" }],
      campaign: {
        ...CHINH_TRANG_2026.campaign,
        criteria,
        indicators: [{ kind: "criteria" as const, id: "TC", name: "Tiêu chí khu dân cư kiểu mẫu", table: "criteria" as const, minimumAchieved: 7, hardRequired: true }],
      },
    };
    const wb = XlsxWorkbook.create();
    setUpWorkbook(wb, preset);
    generateTabs(wb);
    // Criteria table: number, name, hard, status (column D = 4th column of the table, which starts at A).
    const statuses = ["Chưa đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt", "Chưa đạt"];
    wb.write("Khu dân cư Trung Thành", 16, 4, statuses.map((s) => [s]));
    const first = compileCampaignSummary(wb, DEMO_NOW).summary?.rows[0]?.indicators[0];
    const engine = engineFor(wb.book);
    const sheet = engine.getSheetId("Khu dân cư Trung Thành") as number;
    const at = (col: number) => engine.getCellValue({ sheet, row: 3, col });
    expect([first?.done, first?.total, first?.verdict, first?.hardMissing]).toEqual([8, 10, "Chưa đạt", 1]);
    expect([at(2), at(3), at(7), at(8)]).toEqual([8, 10, "Chưa đạt", "Thiếu 1 tiêu chí cứng"]);
    engine.setCellContents({ sheet, row: 15, col: 3 }, [["Đạt"]]);
    expect([at(2), at(7), at(8)]).toEqual([9, "Đạt", ""]);
    engine.destroy();
    wb.write("Khu dân cư Trung Thành", 16, 4, [["Đạt"]]);
    expect(compileCampaignSummary(wb, DEMO_NOW).summary?.rows[0]?.indicators[0]?.verdict).toBe("Đạt");
  });
});
