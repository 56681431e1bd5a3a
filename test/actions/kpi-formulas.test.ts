// Recalculates the thôn tabs' KPI formulas with a real formula engine (HyperFormula) and compares them with the summary.
import type { HyperFormula } from "hyperformula";
import { engineFor } from "../formula-engine";
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
import type { Cell } from "../../src/domain/cell";
import { REGISTER_PLACE } from "../../src/domain/register";
import { type TablePlacement, placement, sheetColumn, villageTabLayout } from "../../src/domain/layout/sheets";
import { smallPreset } from "../helpers";

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

describe("the live figures agree with the compile on entries it rejects or reads its own way", () => {
  /** Thôn 2 (10 households registered) with four households and four gardens typed as the test says. */
  function commune(registered: number | string, households: Cell[][], gardens: Cell[][]): XlsxWorkbook {
    const wb = XlsxWorkbook.create();
    setUpWorkbook(wb, smallPreset());
    generateTabs(wb);
    const layout = villageTabLayout(smallPreset().campaign);
    wb.write("Danh sách thôn", 4, sheetColumn(REGISTER_PLACE, "households"), [[registered]]);
    wb.write("Thôn 2", 16, sheetColumn(placement(layout, "households") as TablePlacement, "name"), households);
    wb.write("Thôn 2", 16, sheetColumn(placement(layout, "gardens") as TablePlacement, "name"), gardens);
    return wb;
  }

  function liveAndCompiled(wb: XlsxWorkbook) {
    const result = compileCampaignSummary(wb, DEMO_NOW);
    const compiled = result.summary?.rows.find((r) => r.name === "Thôn 2")?.indicators.map((i) => [i.done, i.total, i.verdict]);
    const engine = engineFor(wb.book);
    const sheet = engine.getSheetId("Thôn 2") as number;
    const live = [0, 1].map((i) => [2, 3, 7].map((col) => engine.getCellValue({ sheet, row: VILLAGE_TAB.kpiFirstRow - 1 + i, col })));
    engine.destroy();
    return { compiled: compiled?.slice(0, 2), live, problems: result.problems.map((p) => `${p.cell} ${p.message}`) };
  }

  test("a register count of 45.5 is rejected by both: the four listed households are the total, live and compiled", () => {
    const households = [["Hộ A", true], ["Hộ B", false, true], ["Hộ C"], ["Hộ D"]];
    const { compiled, live, problems } = liveAndCompiled(commune(45.5, households, [["Vườn 1", true]]));
    expect(compiled?.[0]).toEqual([2, 4, "Chưa đạt"]);
    expect(live[0]).toEqual(compiled?.[0]);
    expect(problems.some((p) => p.startsWith("F4 ") && p.includes("45.5"))).toBe(true);
    // A whole number is taken, live and compiled alike.
    const fixed = liveAndCompiled(commune(3, households, [["Vườn 1", true]]));
    expect([fixed.live[0], fixed.compiled?.[0]]).toEqual([[2, 3, "Chưa đạt"], [2, 3, "Chưa đạt"]]);
  });

  test("a typed 1 in a tick column is a tick, live and compiled; an x is a problem and no tick in either", () => {
    const households = [["Hộ A", 1], ["Hộ B", true], ["Hộ C", "x"], ["Hộ D", 0]];
    const gardens = [["Vườn 1", 1], ["Vườn 2", true], ["Vườn 3", "x"], ["Vườn 4", false]];
    const { compiled, live, problems } = liveAndCompiled(commune(4, households, gardens));
    expect(compiled).toEqual([[2, 4, "Chưa đạt"], [2, 4, "Đạt"]]);
    expect(live).toEqual(compiled);
    expect(problems.filter((p) => p.includes('"x"')).map((p) => p.split(" ")[0])).toEqual(["C18", "O18"]);
  });
});

describe("a share with an empty minimum (the plan states none) is counted live as the compile counts it, not judged", () => {
  test("3 of 10 households is Chưa có mức chỉ tiêu live and compiled; the gardens beside it keep their 30% band; no rows is Chưa có số liệu", () => {
    const base = smallPreset([{ name: "Thôn 2", households: 10 }, { name: "Thôn 10" }]);
    const preset = {
      ...base,
      campaign: {
        ...base.campaign,
        indicators: base.campaign.indicators.map((indicator) => (indicator.kind === "share" && indicator.table === "households" ? { ...indicator, minimum: null, aim: null } : indicator)),
      },
    };
    const wb = XlsxWorkbook.create();
    setUpWorkbook(wb, preset);
    generateTabs(wb);
    const layout = villageTabLayout(preset.campaign);
    const households = sheetColumn(placement(layout, "households") as TablePlacement, "name");
    const gardens = sheetColumn(placement(layout, "gardens") as TablePlacement, "name");
    wb.write("Thôn 2", 16, households, [["Hộ A", true], ["Hộ B", true], ["Hộ C", true], ["Hộ D"]]);
    wb.write("Thôn 2", 16, gardens, [["Vườn 1", true], ["Vườn 2"]]);
    const result = compileCampaignSummary(wb, DEMO_NOW);
    const engine = engineFor(wb.book);
    const live = (sheet: string, i: number) =>
      [2, 3, 5, 7].map((col) => engine.getCellValue({ sheet: engine.getSheetId(sheet) as number, row: VILLAGE_TAB.kpiFirstRow - 1 + i, col }));
    const compiled = (name: string, i: number) => {
      const r = result.summary?.rows.find((row) => row.name === name)?.indicators[i];
      return [r?.done, r?.total, r?.indicator.kind === "share" ? r.indicator.minimum : null, r?.verdict];
    };
    expect(compiled("Thôn 2", 0)).toEqual([3, 10, null, "Chưa có mức chỉ tiêu"]);
    expect(live("Thôn 2", 0)).toEqual(compiled("Thôn 2", 0));
    expect(compiled("Thôn 2", 1)).toEqual([1, 2, 30, "Đạt"]);
    expect(live("Thôn 2", 1)).toEqual(compiled("Thôn 2", 1));
    // Thôn 10: no count in the register, no rows.
    expect(compiled("Thôn 10", 0)).toEqual([0, 0, null, "Chưa có số liệu"]);
    expect(live("Thôn 10", 0)).toEqual(compiled("Thôn 10", 0));
    // The commune row counts it too, without a verdict of met or below.
    expect(result.summary?.total.indicators[0]).toMatchObject({ done: 3, total: 10, verdict: "Chưa có mức chỉ tiêu" });
    engine.destroy();
  });
});
