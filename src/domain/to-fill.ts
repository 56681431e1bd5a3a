// This file finds what a preset left for the officer to fill in: cells still holding its "(cần bổ sung)" marker.
import { isToFill } from "./cell";
import { a1 } from "./layout/a1";
import { TO_FILL } from "./messages";
import { type DataProblem, problemAt } from "./problems";
import type { SheetGrid } from "./tables";

/** One "Cần bổ sung" entry per marked cell of the grid, row by row; a filled cell is no longer listed. */
export function toFillCells(grid: SheetGrid, village?: string): DataProblem[] {
  return grid.values.flatMap((line, r) =>
    line.flatMap((value, c) => (isToFill(value) ? [problemAt(grid.sheet, a1(r + 1, c + 1), TO_FILL.problem(), village)] : [])),
  );
}
