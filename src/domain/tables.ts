// This file cuts a sheet's values into its tables and parses each row with its schema, turning bad cells into problems.
import type { z } from "zod";
import { type Cell, cellText, isBlank } from "./cell";
import { a1 } from "./layout/a1";
import { isAddonColumn } from "./layout/columns";
import { type TablePlacement, type TableSheetLayout, firstDataRow } from "./layout/sheets";
import { PROBLEM } from "./messages";
import { type DataProblem, problemAt, problemsFromIssues } from "./problems";

/** A sheet's values from A1, as the workbook returns them. */
export interface SheetGrid {
  readonly sheet: string;
  readonly values: readonly (readonly Cell[])[];
}

export function gridCell(grid: SheetGrid, row: number, col: number): Cell {
  return grid.values[row - 1]?.[col - 1] ?? null;
}

export interface ParsedRow<T> {
  /** The sheet row the values came from. */
  readonly row: number;
  readonly value: T;
}

export interface ParsedTable<T> {
  readonly rows: ReadonlyArray<ParsedRow<T>>;
  readonly problems: readonly DataProblem[];
  /** False when the header row was changed by hand: the rows were not read. */
  readonly readable: boolean;
}

/** Problems for header cells that differ from the layout (a column inserted or renamed by hand). */
export function headerProblems(grid: SheetGrid, layout: TableSheetLayout, place: TablePlacement): DataProblem[] {
  const problems: DataProblem[] = [];
  place.table.columns.forEach((column, i) => {
    const found = cellText(gridCell(grid, layout.headerRow, place.firstCol + i)).trim();
    const ours = found === column.header || (column.formerHeaders ?? []).includes(found);
    if (!ours && !(column.addedLater === true && found === "")) {
      problems.push(problemAt(grid.sheet, a1(layout.headerRow, place.firstCol + i), PROBLEM.headerChanged(column.header, found)));
    }
  });
  return problems;
}

/** Sheet columns of the table that hold what people type (not the add-on's own columns). */
function personColumns(place: TablePlacement): number[] {
  return place.table.columns.flatMap((column, i) => (isAddonColumn(column) ? [] : [place.firstCol + i]));
}

function rowIsEmpty(grid: SheetGrid, row: number, columns: readonly number[]): boolean {
  const line = grid.values[row - 1];
  return line === undefined || columns.every((col) => isBlank(line[col - 1]));
}

/** The last sheet row holding anything a person typed in this table (0 when none). */
export function lastFilledRow(grid: SheetGrid, layout: TableSheetLayout, place: TablePlacement): number {
  const columns = personColumns(place);
  for (let row = grid.values.length; row >= firstDataRow(layout); row--) {
    if (!rowIsEmpty(grid, row, columns)) return row;
  }
  return 0;
}

/**
 * Parses every non-empty row of a table. A bad cell becomes a problem naming its cell and is read as blank,
 * so one typo never hides the rest of the row or the table.
 */
export function parseTable<S extends z.ZodType>(
  grid: SheetGrid,
  layout: TableSheetLayout,
  place: TablePlacement,
  schema: S,
): ParsedTable<z.output<S>> {
  const header = headerProblems(grid, layout, place);
  if (header.length > 0) return { rows: [], problems: header, readable: false };
  const rows: Array<ParsedRow<z.output<S>>> = [];
  const problems: DataProblem[] = [];
  const last = lastFilledRow(grid, layout, place);
  const columns = personColumns(place);
  for (let row = firstDataRow(layout); row <= last; row++) {
    if (rowIsEmpty(grid, row, columns)) continue;
    const input: Record<string, Cell> = Object.fromEntries(
      place.table.columns.map((column, i) => [column.key, gridCell(grid, row, place.firstCol + i)]),
    );
    let result = schema.safeParse(input);
    if (!result.success) {
      const locate = (path: readonly PropertyKey[]) => {
        const index = place.table.columns.findIndex((column) => column.key === path[0]);
        return { sheet: grid.sheet, cell: a1(row, place.firstCol + Math.max(index, 0)) };
      };
      problems.push(...problemsFromIssues(result.error.issues, locate));
      for (const issue of result.error.issues) input[String(issue.path[0])] = null;
      result = schema.safeParse(input);
    }
    if (result.success) rows.push({ row, value: result.data });
  }
  return { rows, problems, readable: true };
}
