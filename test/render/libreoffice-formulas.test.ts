// Recalculates a thôn tab's KPI formulas in LibreOffice (a round trip through soffice, which computes every formula
// the file leaves uncomputed) and compares them with the compile, on the entries LibreOffice reads its own way.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { DEMO_NOW } from "../../src/cli/main";
import type { Cell } from "../../src/domain/cell";
import { type TablePlacement, VILLAGE_TAB, placement, sheetColumn, villageTabLayout } from "../../src/domain/layout/sheets";
import { REGISTER_PLACE } from "../../src/domain/register";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { smallPreset } from "../helpers";
import { convert } from "./libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-lo-kpi-"));

/** The KPI block's done, total and verdict for each indicator, as LibreOffice computed them. */
async function recalculated(file: string, sheet: string, indicators: number): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(convert(file, "xlsx"));
  const tab = book.getWorksheet(sheet) as ExcelJS.Worksheet;
  const result = (row: number, col: number) => (tab.getCell(row, col).value as ExcelJS.CellFormulaValue | null)?.result ?? null;
  return Array.from({ length: indicators }, (_, i) => [3, 4, 8].map((col) => result(VILLAGE_TAB.kpiFirstRow + i, col)));
}

test("LibreOffice's live figures agree with the compile on a register count of 45.5, a typed 1 and an x", async () => {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, smallPreset());
  generateTabs(wb);
  const layout = villageTabLayout(smallPreset().campaign);
  const households: Cell[][] = [["Hộ A", 1], ["Hộ B", true], ["Hộ C", "x"], ["Hộ D", 0]];
  const gardens: Cell[][] = [["Vườn 1", 1], ["Vườn 2", true], ["Vườn 3", "x"], ["Vườn 4", false]];
  wb.write("Danh sách thôn", 4, sheetColumn(REGISTER_PLACE, "households"), [[45.5]]);
  wb.write("Danh sách thôn", 4, sheetColumn(REGISTER_PLACE, "gardens"), [[4]]);
  wb.write("Thôn 2", 16, sheetColumn(placement(layout, "households") as TablePlacement, "name"), households);
  wb.write("Thôn 2", 16, sheetColumn(placement(layout, "gardens") as TablePlacement, "name"), gardens);
  const file = path.join(dir, "ticks.xlsx");
  await wb.save(file);
  const compiled = compileCampaignSummary(await XlsxWorkbook.open(file), DEMO_NOW).summary?.rows.find((row) => row.name === "Thôn 2");
  const expected = compiled?.indicators.slice(0, 2).map((result) => [result.done, result.total, result.verdict]);
  expect(expected).toEqual([[2, 4, "Chưa đạt"], [2, 4, "Đạt"]]);
  expect(await recalculated(file, "Thôn 2", 2)).toEqual(expected);
});
