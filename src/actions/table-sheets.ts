// This file makes sure an add-on sheet of side-by-side tables exists, with its title, table titles and headers.
import { type CellInput, isBlank } from "../domain/cell";
import { colOf } from "../domain/layout/a1";
import { tableSheetFormat, type SheetFormat } from "../domain/layout/format";
import { type TableSheetLayout, lastColumn, lastDataRow } from "../domain/layout/sheets";
import type { DataProblem } from "../domain/problems";
import { safeSheetName } from "../domain/sheet-names";
import { type SheetGrid, gridCell, headerProblems } from "../domain/tables";
import { sheetByKey, type Workbook } from "../workbook/workbook";

/** The table-title row and the header row (adjacent in every layout), as one block from A{tableTitleRow}. */
export function tableHeaderRows(layout: TableSheetLayout): CellInput[][] {
  const width = lastColumn(layout);
  const titles = new Array<CellInput>(width).fill(null);
  const headers = new Array<CellInput>(width).fill(null);
  for (const place of layout.tables) {
    titles[place.firstCol - 1] = place.table.title;
    place.table.columns.forEach((column, i) => {
      headers[place.firstCol - 1 + i] = column.header;
    });
  }
  return [titles, headers];
}

/** The title row down to the header row, as one block from A{titleRow}. */
export function headerBlock(layout: TableSheetLayout, title: string): CellInput[][] {
  const width = lastColumn(layout);
  const between = Array.from({ length: layout.tableTitleRow - layout.titleRow - 1 }, () => new Array<CellInput>(width).fill(null));
  const first = new Array<CellInput>(width).fill(null);
  first[0] = title;
  return [first, ...between, ...tableHeaderRows(layout)];
}

/** True when a person changed a header cell (blank header cells are the add-on's to fill). */
export function headersChangedByHand(grid: SheetGrid, layout: TableSheetLayout): DataProblem[] {
  return layout.tables.flatMap((place) =>
    headerProblems(grid, layout, place).filter((problem) => !isBlank(gridCell(grid, layout.headerRow, colOf(problem.cell)))),
  );
}

/**
 * Finds the sheet with this key, or adds it; (re)writes its add-on-owned header rows and format. Returns its name and
 * the values it read before writing: data rows are never touched here, so callers reuse them instead of reading again.
 */
export function ensureTableSheet(
  workbook: Workbook,
  key: string,
  name: string,
  layout: TableSheetLayout,
  title: string,
  format: SheetFormat = tableSheetFormat(layout),
  known?: SheetGrid["values"],
): SheetGrid {
  let sheet = sheetByKey(workbook, key);
  const isNew = sheet === null;
  if (sheet === null) {
    sheet = safeSheetName(name, workbook.sheets().map((s) => s.name));
    workbook.addSheet(sheet, key);
  }
  const grid = { sheet, values: isNew ? [] : (known ?? workbook.read(sheet)) };
  workbook.fit(sheet, lastDataRow(layout), lastColumn(layout));
  // A header a person changed stays as it is: reading reports it, and rewriting it would hide a shifted column.
  if (headersChangedByHand(grid, layout).length === 0) workbook.write(sheet, layout.titleRow, 1, headerBlock(layout, title));
  workbook.format(sheet, format);
  return grid;
}
