// This file holds the tests' shared helpers: sheet grids from tables, workbooks from presets, snapshots of every cell.
import ExcelJS from "exceljs";
import type { Cell, CellInput } from "../src/domain/cell";
import { campaignTables } from "../src/domain/config-sheet";
import type { Campaign } from "../src/domain/campaign";
import { CONFIG_LAYOUT, REGISTER_LAYOUT, SHEET_KEYS, type TableSheetLayout, firstDataRow, sheetColumn } from "../src/domain/layout/sheets";
import { SETTINGS } from "../src/domain/layout/columns";
import type { Workbook } from "../src/workbook/workbook";
import { CHINH_TRANG_2026 } from "../src/domain/presets/chinh-trang-2026";
import type { Preset } from "../src/domain/presets";
import type { SheetGrid } from "../src/domain/tables";
import { headerBlock } from "../src/actions/table-sheets";
import { officerName } from "../src/actions/fill-sample-data";
import { generateTabs } from "../src/actions/generate-tabs";
import { REGISTER_PLACE } from "../src/domain/register";
import { compileCampaignSummary } from "../src/actions/compile-summary";
import { vietnamInstant } from "../src/domain/dates";
import type { Summary } from "../src/domain/summary";

/** A grid with the layout's header block and these data rows for each table (by table id). */
export function gridOf(sheet: string, layout: TableSheetLayout, tables: Record<string, Cell[][]>): SheetGrid {
  const values: Cell[][] = headerBlock(layout, "title").map((row) => row.map((cell) => cell as Cell));
  for (const place of layout.tables) {
    (tables[place.table.id] ?? []).forEach((row, i) => {
      const r = firstDataRow(layout) - 1 + i;
      while (values.length <= r) values.push([]);
      row.forEach((value, j) => {
        const line = values[r] as Cell[];
        while (line.length < place.firstCol + j) line.push(null);
        line[place.firstCol - 1 + j] = value;
      });
    });
  }
  return { sheet, values };
}

export function configGrid(campaign: Campaign, change: (tables: Record<string, Cell[][]>) => void = () => undefined): SheetGrid {
  const tables = campaignTables(campaign);
  change(tables);
  return gridOf("Cấu hình", CONFIG_LAYOUT, tables);
}

/**
 * The preset with its placeholder thôn named as an officer names them before making the tabs, "Thôn 3 (cần ghi tên)"
 * becoming "Thôn 3", as the demo does (fillSampleRegister): for tests about something other than the preset as shipped.
 */
export function withVillagesNamed(preset: Preset): Preset {
  return { ...preset, villages: preset.villages.map((village) => ({ ...village, name: officerName(village.name) })) };
}

/** A preset with a few thôn, for fast tests. */
export function smallPreset(villages: Preset["villages"] = [{ name: "Thôn 2", households: 10 }, { name: "Thôn 10", households: 4 }]): Preset {
  return { ...CHINH_TRANG_2026, villages, communeTasks: CHINH_TRANG_2026.communeTasks.slice(0, 2) };
}

/** Every cell of every sheet of a saved file, formulas as their text, for "nothing changed" comparisons. */
export async function snapshotFile(file: string): Promise<Record<string, Record<string, string>>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const result: Record<string, Record<string, string>> = {};
  for (const sheet of book.worksheets) {
    const cells: Record<string, string> = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = JSON.stringify(cell.value);
      });
    });
    result[sheet.name] = cells;
  }
  return result;
}

export function rowsOf(values: readonly (readonly CellInput[])[]): CellInput[][] {
  return values.map((row) => [...row]);
}

/**
 * Sets the report day and cut-off time on Cấu hình, as an officer does for a plan that states none (001–004): the rows
 * are found by their labels, wherever they are.
 */
export function setCutoff(workbook: Workbook, weekday: string, time: string): void {
  const config = workbook.sheets().find((sheet) => sheet.key === SHEET_KEYS.config)?.name;
  if (config === undefined) throw new Error("no Cấu hình");
  const values = workbook.read(config);
  const rowOf = (key: string) => values.findIndex((row) => row[0] === SETTINGS.find((s) => s.key === key)?.label) + 1;
  workbook.write(config, rowOf("reportWeekday"), 2, [[weekday]]);
  workbook.write(config, rowOf("reportTime"), 2, [[time]]);
}

/**
 * What an officer does with a plan that names none of its thôn (preset 004's xóm): types their names into Danh sách
 * thôn, one a row from the first (B4, over the preset's "(cần bổ sung)"), then makes their tabs (generateTabs).
 */
export function nameVillages(workbook: Workbook, names: readonly string[]): void {
  const register = workbook.sheets().find((sheet) => sheet.key === SHEET_KEYS.register)?.name;
  if (register === undefined) throw new Error("no Danh sách thôn");
  workbook.write(register, firstDataRow(REGISTER_LAYOUT), sheetColumn(REGISTER_PLACE, "name"), names.map((name) => [name]));
  const generated = generateTabs(workbook);
  if (!generated.ok) throw new Error(generated.message);
}

/**
 * Day one, with nothing entered: compiles at `day` 09:00 and checks that no thôn in `thon` has a rank or a proposal, no
 * organisation is proposed, and Tổng hợp holds no "Biểu dương" / "Nhắc nhở" and no rank in column A. Returns the summary.
 */
export function expectDayOneUnranked(wb: Workbook, day: string, thon: readonly string[]): Summary {
  const result = compileCampaignSummary(wb, vietnamInstant(day, 9 * 60));
  expect(result.ok).toBe(true);
  const summary = result.summary;
  if (summary === undefined) throw new Error(result.message);
  expect(summary.rows.map((row) => [row.rank, row.proposal])).toEqual(thon.map(() => [null, ""]));
  expect(summary.owners.filter((owner) => owner.proposal !== "").map((owner) => owner.owner)).toEqual([]);
  const sheet = wb.read("Tổng hợp").map((row) => row.map((cell) => cell ?? null));
  expect(sheet.flat().filter((cell) => cell === "Biểu dương" || cell === "Nhắc nhở")).toEqual([]);
  // The rank column (A) stays empty for every thôn: none is first or last.
  expect(thon.map((name) => sheet.find((row) => row[2] === name)?.[0] ?? null)).toEqual(thon.map(() => null));
  return summary;
}
