// This file holds the tests' shared helpers: sheet grids from tables, workbooks from presets, snapshots of every cell.
import ExcelJS from "exceljs";
import type { Cell, CellInput } from "../src/domain/cell";
import { campaignTables } from "../src/domain/config-sheet";
import type { Campaign } from "../src/domain/campaign";
import { CONFIG_LAYOUT, type TableSheetLayout, firstDataRow } from "../src/domain/layout/sheets";
import { CHINH_TRANG_2026 } from "../src/domain/presets/chinh-trang-2026";
import type { Preset } from "../src/domain/presets";
import type { SheetGrid } from "../src/domain/tables";
import { headerBlock } from "../src/actions/table-sheets";

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
