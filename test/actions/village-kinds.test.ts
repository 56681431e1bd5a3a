// Kinds of thôn end to end: set up from the plan, the officer names each thôn's kind, generate, statuses typed, compile;
// each thôn is judged by its kind's rule, the live KPI formulas agree, and a workbook made before kinds still works.
import { checkCampaign } from "../../src/actions/check";
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { summaryTable } from "../../src/cli/summary-table";
import type { Campaign } from "../../src/domain/campaign";
import { WEEKDAY_NAMES, vietnamInstant } from "../../src/domain/dates";
import { SETTINGS } from "../../src/domain/layout/columns";
import { a1 } from "../../src/domain/layout/a1";
import { KIND_HEADER, SUMMARY } from "../../src/domain/layout/summary-sheet";
import {
  CONFIG_LAYOUT,
  REGISTER_LAYOUT,
  VILLAGE_TAB,
  type TablePlacement,
  firstDataRow,
  lastColumn,
  placement,
  sheetColumn,
  villageTabLayout,
} from "../../src/domain/layout/sheets";
import { CAO_DIEM_HUYEN_2021, KIND_NEW_MODEL_AREA, KIND_OTHER_AREA, KIND_RECOGNISED_AREA } from "../../src/domain/presets/cao-diem-huyen-2021";
import { MODEL_RESIDENTIAL_AREA } from "../../src/domain/presets/catalogues";
import { KIND_MODEL_VILLAGE, KIND_NTM_VILLAGE, NTM_NANG_CAO_2024 } from "../../src/domain/presets/ntm-nang-cao-2024";
import { REGISTER_PLACE } from "../../src/domain/register";
import type { Summary } from "../../src/domain/summary";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { engineFor } from "../formula-engine";
import { smallPreset } from "../helpers";
import { compact } from "../workbook/contract";

const kindCol = sheetColumn(REGISTER_PLACE, "kind");
const registerRow = (wb: XlsxWorkbook, name: string) => firstDataRow(REGISTER_LAYOUT) + compact(wb.read("Danh sách thôn")).slice(firstDataRow(REGISTER_LAYOUT) - 1).findIndex((row) => row[1] === name);

/** The live KPI row of a tab's first indicator (done, total, verdict), recalculated by HyperFormula. */
function liveCriteria(wb: XlsxWorkbook, sheet: string): unknown[] {
  const engine = engineFor(wb.book);
  const id = engine.getSheetId(sheet) as number;
  const at = (offset: number) => engine.getCellValue({ sheet: id, row: VILLAGE_TAB.kpiFirstRow - 1, col: VILLAGE_TAB.kpiFirstCol - 1 + offset });
  const values = [at(1), at(2), at(4), at(6)];
  engine.destroy();
  return values;
}

/** Seeds 001 and 003 name no cut-off: the officer sets Friday 16:00 on Cấu hình before compiling. */
function setCutoff(wb: XlsxWorkbook): void {
  const settings = placement(CONFIG_LAYOUT, "settings") as TablePlacement;
  const rowOf = (key: string) => firstDataRow(CONFIG_LAYOUT) + SETTINGS.findIndex((setting) => setting.key === key);
  wb.write("Cấu hình", rowOf("reportWeekday"), settings.firstCol + 1, [[WEEKDAY_NAMES[5] as string]]);
  wb.write("Cấu hình", rowOf("reportTime"), settings.firstCol + 1, [["16:00"]]);
}

const judged = (summary: Summary, name: string) => {
  const row = summary.rows.find((r) => r.name === name);
  return [row?.kind, row?.indicators[0]?.done, row?.indicators[0]?.total, row?.indicators[0]?.verdict];
};

describe("seed 003: the area built to the full standard, the recognised areas and the rest, each by its own rule", () => {
  const wb = XlsxWorkbook.create();
  let summary: Summary;
  const hard = MODEL_RESIDENTIAL_AREA.filter((c) => c.hard).map((c) => c.number);
  const statuses = (missing: readonly string[]) => MODEL_RESIDENTIAL_AREA.map((c) => [missing.includes(c.number) ? "Chưa đạt" : "Đạt"]);

  beforeAll(() => {
    startFromPreset(wb, CAO_DIEM_HUYEN_2021);
    setCutoff(wb);
    // The plan names no area's kind: the officer writes them in Danh sách thôn (Đại Hòa and Nhân Hòa left as they are).
    for (const [name, kind] of [["Yên Thành", KIND_NEW_MODEL_AREA], ["Yên Quý", KIND_RECOGNISED_AREA], ["Yên Mỹ", KIND_OTHER_AREA], ["Đông Hòa", KIND_OTHER_AREA]]) {
      wb.write("Danh sách thôn", registerRow(wb, name as string), kindCol, [[kind as string]]);
    }
    generateTabs(wb);
    const layout = villageTabLayout(CAO_DIEM_HUYEN_2021.campaign);
    const status = sheetColumn(placement(layout, "criteria") as TablePlacement, "status");
    wb.write("Yên Mỹ", firstDataRow(layout), status, statuses(["1", "2", "5"]));
    wb.write("Đông Hòa", firstDataRow(layout), status, statuses([hard[1] as string, "10"]));
    wb.write("Yên Thành", firstDataRow(layout), status, statuses(["10"]));
    wb.write("Yên Quý", firstDataRow(layout), status, statuses([]));
    wb.write("Đại Hòa", firstDataRow(layout), status, statuses(["1", "2", "5"]));
    summary = compileCampaignSummary(wb, vietnamInstant("2021-04-20")).summary as Summary;
  });

  test("a rest area with 7 including the 3 hard ones is Đạt; with 8 but a hard one missing, Chưa đạt", () => {
    expect(judged(summary, "Yên Mỹ")).toEqual([KIND_OTHER_AREA, 7, 10, "Đạt"]);
    expect(judged(summary, "Đông Hòa")).toEqual([KIND_OTHER_AREA, 8, 10, "Chưa đạt"]);
  });

  test("the area built to the full standard with 9 of 10 is Chưa đạt; a recognised area with all 10 is Đạt", () => {
    expect(judged(summary, "Yên Thành")).toEqual([KIND_NEW_MODEL_AREA, 9, 10, "Chưa đạt"]);
    expect(judged(summary, "Yên Quý")).toEqual([KIND_RECOGNISED_AREA, 10, 10, "Đạt"]);
  });

  test("an area whose kind is still to fill keeps the indicator's rule, and its Loại thôn cell is listed to fill in", () => {
    expect(judged(summary, "Đại Hòa")).toEqual([null, 7, 10, "Đạt"]);
    const toFill = checkCampaign(wb, vietnamInstant("2021-04-20")).problems.filter((p) => p.sheet === "Danh sách thôn" && p.message.startsWith("Cần bổ sung"));
    expect(toFill.map((p) => p.cell)).toEqual([registerRow(wb, "Đại Hòa"), registerRow(wb, "Nhân Hòa")].sort((a, b) => a - b).map((row) => a1(row, kindCol)));
  });

  test("each tab's live KPI row shows the same figures and verdict as the summary, under its kind's rule", () => {
    expect(liveCriteria(wb, "Yên Mỹ")).toEqual([7, 10, "Đạt ít nhất 7 tiêu chí, gồm mọi tiêu chí cứng", "Đạt"]);
    expect(liveCriteria(wb, "Đông Hòa")).toEqual([8, 10, "Đạt ít nhất 7 tiêu chí, gồm mọi tiêu chí cứng", "Chưa đạt"]);
    expect(liveCriteria(wb, "Yên Thành")).toEqual([9, 10, "Đạt tất cả tiêu chí", "Chưa đạt"]);
    expect(liveCriteria(wb, "Yên Quý")).toEqual([10, 10, "Đạt tất cả tiêu chí", "Đạt"]);
  });

  test("Tổng hợp says each thôn's kind in a Loại thôn column after Thôn, and the CLI table too", () => {
    const sheet = compact(wb.read("Tổng hợp"));
    expect(sheet[SUMMARY.headerRow - 1]?.slice(0, 5)).toEqual(["Hạng", "Mã thôn", "Thôn", KIND_HEADER, "Đạt"]);
    const row = sheet.slice(SUMMARY.firstRow - 1).find((r) => r[2] === "Yên Thành");
    expect(row?.slice(3, 8)).toEqual([KIND_NEW_MODEL_AREA, 9, 10, 0.9, "Chưa đạt"]);
    expect(sheet.flat()).toContain("Loại thôn: mỗi thôn được đánh giá tiêu chí theo quy tắc và bộ tiêu chí của loại thôn mình (thôn chưa ghi loại theo quy tắc của chỉ tiêu); xếp hạng chung một bảng.");
    const table = summaryTable(CAO_DIEM_HUYEN_2021.campaign as Campaign, summary).split("\n");
    expect(table.find((line) => line.startsWith("Hạng"))).toMatch(/^Hạng\s+Thôn\s+Loại thôn\s+KDC/);
    expect(table.find((line) => line.includes("Yên Thành"))).toMatch(/Yên Thành\s+Xây dựng đạt chuẩn\s+9\/10 90,0% Chưa đạt/);
  });

  test("a kind not defined on Cấu hình is a problem on the thôn's Loại thôn cell", () => {
    wb.write("Danh sách thôn", registerRow(wb, "Nhân Hòa"), kindCol, [["Khu dân cư mẫu"]]);
    const problem = checkCampaign(wb, vietnamInstant("2021-04-20")).problems.find((p) => p.message.includes("Khu dân cư mẫu"));
    expect([problem?.sheet, problem?.village, problem?.message]).toEqual(["Danh sách thôn", "Nhân Hòa", 'Loại thôn "Khu dân cư mẫu" chưa có trong bảng Loại thôn (trang Cấu hình).']);
  });
});

describe("seed 001: Thắng Lợi, Mai Hạ and the commune, each against its own catalogue", () => {
  test("Thắng Lợi 1/7 (model village), Mai Hạ 10/12 (NTM village), the commune 11/19, as the plan states", () => {
    const wb = XlsxWorkbook.create();
    startFromPreset(wb, NTM_NANG_CAO_2024);
    setCutoff(wb);
    const summary = compileCampaignSummary(wb, vietnamInstant("2024-05-15")).summary as Summary;
    expect(judged(summary, "Thắng Lợi")).toEqual([KIND_MODEL_VILLAGE, 1, 7, "Chưa đạt"]);
    expect(judged(summary, "Mai Hạ")).toEqual([KIND_NTM_VILLAGE, 10, 12, "Chưa đạt"]);
    expect([summary.communeCriteria?.achieved, summary.communeCriteria?.total]).toEqual([11, 19]);
    // The kind's catalogue came first; the plan's owners and deadlines were added to its rows (criterion 3, one piece of
    // work with one officer and date; criterion 1's parts each have their own, so its row names neither).
    const layout = villageTabLayout(NTM_NANG_CAO_2024.campaign);
    const place = placement(layout, "criteria") as TablePlacement;
    const row = (i: number) => compact(wb.read("Thắng Lợi"))[firstDataRow(layout) - 1 + i] ?? [];
    const cells = (r: unknown[]) => [r[place.firstCol], r[sheetColumn(place, "status") - 1], r[sheetColumn(place, "owner") - 1] ?? null, r[sheetColumn(place, "deadline") - 1] ?? null];
    expect(cells(row(2))).toEqual(["Phát triển sản xuất", "Chưa đạt", "Đồng chí Nguyễn Thị Lan – khuyến nông", "tháng 8/ 2024"]);
    expect(cells(row(0))).toEqual(["Giao thông", "Chưa đạt", null, null]);
    expect(liveCriteria(wb, "Thắng Lợi")).toEqual([1, 7, "Đạt tất cả tiêu chí", "Chưa đạt"]);

    wb.write("Thắng Lợi", firstDataRow(layout), sheetColumn(place, "status"), Array.from({ length: 7 }, () => ["Đạt"]));
    const after = compileCampaignSummary(wb, vietnamInstant("2024-05-15")).summary as Summary;
    expect(judged(after, "Thắng Lợi")).toEqual([KIND_MODEL_VILLAGE, 7, 7, "Đạt"]);
    expect(liveCriteria(wb, "Thắng Lợi")).toEqual([7, 7, "Đạt tất cả tiêu chí", "Đạt"]);
  });
});

describe("a workbook made before kinds of thôn", () => {
  /** Set up and generated today, then Cấu hình's kinds tables and the register's Loại thôn header taken away. */
  function older(): XlsxWorkbook {
    const wb = XlsxWorkbook.create();
    setUpWorkbook(wb, smallPreset());
    generateTabs(wb);
    const kinds = placement(CONFIG_LAYOUT, "villageKinds") as TablePlacement;
    wb.clear("Cấu hình", { row: CONFIG_LAYOUT.tableTitleRow, col: kinds.firstCol, rows: 2, cols: lastColumn(CONFIG_LAYOUT) - kinds.firstCol + 1 });
    wb.clear("Danh sách thôn", { row: REGISTER_LAYOUT.headerRow, col: kindCol, rows: 1, cols: 1 });
    return wb;
  }

  test("still checks and compiles, with no kinds", () => {
    const wb = older();
    const result = compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.sheet === "Cấu hình" || p.sheet === "Danh sách thôn")).toEqual([]);
    expect(result.campaign?.kinds).toBeUndefined();
    expect(compact(wb.read("Tổng hợp"))[SUMMARY.headerRow - 1]?.slice(0, 4)).toEqual(["Hạng", "Mã thôn", "Thôn", "Đạt"]);
  });

  test("generate writes the new headers and nothing typed is lost", () => {
    const wb = older();
    const kinds = placement(CONFIG_LAYOUT, "villageKinds") as TablePlacement;
    wb.write("Danh sách thôn", firstDataRow(REGISTER_LAYOUT), sheetColumn(REGISTER_PLACE, "head"), [["Nguyễn Văn A"]]);
    const before = { config: compact(wb.read("Cấu hình")), register: compact(wb.read("Danh sách thôn")) };
    generateTabs(wb);
    const config = compact(wb.read("Cấu hình"));
    expect(config[CONFIG_LAYOUT.tableTitleRow - 1]?.[kinds.firstCol - 1]).toBe("LOẠI THÔN");
    expect(config[CONFIG_LAYOUT.headerRow - 1]?.slice(kinds.firstCol - 1)).toEqual(["Loại thôn", "Số tiêu chí phải đạt (trống = tất cả)", "Phải đạt đủ tiêu chí cứng", null, "Loại thôn", "Số", "Tiêu chí", "Tiêu chí cứng"]);
    expect(compact(wb.read("Danh sách thôn"))[REGISTER_LAYOUT.headerRow - 1]?.[kindCol - 1]).toBe("Loại thôn");
    // Every data cell is as it was.
    expect(config.slice(CONFIG_LAYOUT.headerRow)).toEqual(before.config.slice(CONFIG_LAYOUT.headerRow));
    expect(compact(wb.read("Danh sách thôn")).slice(REGISTER_LAYOUT.headerRow)).toEqual(before.register.slice(REGISTER_LAYOUT.headerRow));
    expect(compileCampaignSummary(wb, vietnamInstant("2026-02-05")).problems.filter((p) => p.sheet === "Cấu hình" || p.sheet === "Danh sách thôn")).toEqual([]);
  });
});
