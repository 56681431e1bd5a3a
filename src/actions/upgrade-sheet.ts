// This file brings an officer sheet made by an earlier version up to today's layout: its size, header rows and format.
import { isBlank } from "../domain/cell";
import type { SheetFormat } from "../domain/layout/format";
import { type TableSheetLayout, lastColumn, lastDataRow } from "../domain/layout/sheets";
import { type SheetGrid, gridCell } from "../domain/tables";
import type { Workbook } from "../workbook/workbook";
import { headersChangedByHand, tableHeaderRows } from "./table-sheets";

/**
 * Sizes the sheet for its layout, writes its table titles and headers where one is missing (a table or column added
 * since it was made), and applies its format; each is free when already so. `grid` is the sheet as read before any
 * write. Headers a person changed are left as they are (reading the sheet reports them), and data rows are never touched.
 */
export function upgradeTableSheet(workbook: Workbook, grid: SheetGrid, layout: TableSheetLayout, format: SheetFormat): void {
  workbook.fit(grid.sheet, lastDataRow(layout), lastColumn(layout));
  const wanted = tableHeaderRows(layout);
  const missing = wanted.some((row, r) => row.some((value, c) => value !== null && isBlank(gridCell(grid, layout.tableTitleRow + r, c + 1))));
  if (missing && headersChangedByHand(grid, layout).length === 0) workbook.write(grid.sheet, layout.tableTitleRow, 1, wanted);
  workbook.format(grid.sheet, format);
}
