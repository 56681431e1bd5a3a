// This file picks the cells a check colours on a sheet: where a problem is, in a table's rows that people type into.
import { colOf } from "./layout/a1";
import { isAddonColumn } from "./layout/columns";
import { type TableSheetLayout, firstDataRow, lastDataRow } from "./layout/sheets";
import type { DataProblem } from "./problems";

/**
 * The A1 cells of `sheet` to colour for these problems: those in the data rows of a column people type into. Headers,
 * titles and the add-on's own columns keep their look (a problem there is listed in Lỗi dữ liệu only).
 */
export function problemCells(problems: readonly DataProblem[], sheet: string, layout: TableSheetLayout): string[] {
  const typed = new Set(layout.tables.flatMap((place) => place.table.columns.flatMap((column, i) => (isAddonColumn(column) ? [] : [place.firstCol + i]))));
  const cells = problems.flatMap((problem) => {
    if (problem.sheet !== sheet || problem.cell === "") return [];
    const row = Number(/\d+$/.exec(problem.cell)?.[0] ?? 0);
    return row >= firstDataRow(layout) && row <= lastDataRow(layout) && typed.has(colOf(problem.cell)) ? [problem.cell] : [];
  });
  return [...new Set(cells)];
}
