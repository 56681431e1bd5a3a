// This file finds where an older version placed a sheet's tables and says where each typed column goes in today's layout.
import { type Cell, isBlank } from "./cell";
import { a1 } from "./layout/a1";
import type { ColumnSpec } from "./layout/columns";
import { type TableSheetLayout, firstDataRow, lastColumn } from "./layout/sheets";
import { PROBLEM } from "./messages";
import { type DataProblem, problemAt } from "./problems";
import { type SheetGrid, gridCell } from "./tables";

/** A sheet column whose values go to another column, on the same rows. */
export interface ColumnMove {
  readonly from: number;
  readonly to: number;
}

export type Relayout =
  /** The tables are where the layout puts them (or the sheet holds none yet): nothing to move. */
  | { readonly kind: "same" }
  /** An older placement, recognised: `moves` for every column holding anything, `width` the old tables' last column. */
  | { readonly kind: "moved"; readonly moves: readonly ColumnMove[]; readonly width: number; readonly lastRow: number }
  /** Headers not recognised (a person inserted or renamed a column): nothing moves, the header check reports it. */
  | { readonly kind: "unknown" }
  /** Recognised, but a column holding data has no place in the layout: nothing moves, and this says where. */
  | { readonly kind: "blocked"; readonly problems: readonly DataProblem[] };

/** Columns of formulas the add-on writes again: never carried over (numbering is, Công việc chung's has no other source). */
const REWRITTEN: ReadonlySet<ColumnSpec["kind"]> = new Set(["derived"]);

function text(value: Cell): string {
  return typeof value === "string" ? value.trim() : "";
}

function names(column: ColumnSpec): string[] {
  return [column.header, ...(column.formerHeaders ?? [])];
}

/** Whether every header of the layout is in its place (blank where a column was added at a table's end). */
function inPlace(grid: SheetGrid, layout: TableSheetLayout): boolean {
  return layout.tables.every((place) =>
    place.table.columns.every((column, i) => {
      const found = text(gridCell(grid, layout.headerRow, place.firstCol + i));
      return names(column).includes(found) || (column.addedLater === true && found === "");
    }),
  );
}

function lastRowOf(grid: SheetGrid, layout: TableSheetLayout, col: number): number {
  for (let row = grid.values.length; row >= firstDataRow(layout); row--) if (!isBlank(gridCell(grid, row, col))) return row;
  return 0;
}

/**
 * Where an older version put the tables, found by each table's title in the table-title row and its headers in the
 * header row (an older table lacks some of today's columns, never has others): each old column holding anything goes
 * to its column in `layout`. Anything unclear moves nothing.
 */
export function relayout(grid: SheetGrid, layout: TableSheetLayout): Relayout {
  if (inPlace(grid, layout)) return { kind: "same" };
  const titles = grid.values[layout.tableTitleRow - 1] ?? [];
  const headers = grid.values[layout.headerRow - 1] ?? [];
  const moves: ColumnMove[] = [];
  const covered = new Set<number>();
  for (const place of layout.tables) {
    const at = titles.flatMap((value, i) => (text(value) === place.table.title ? [i + 1] : []));
    if (at.length > 1) return { kind: "unknown" };
    const start = at[0];
    if (start === undefined) continue;
    // The old table's headers: from its title's column to the first blank header.
    let next = 0;
    for (let col = start; !isBlank(headers[col - 1] ?? null); col++) {
      const found = text(headers[col - 1] ?? null);
      const index = place.table.columns.findIndex((column, i) => i >= next && names(column).includes(found));
      if (index < 0) return { kind: "unknown" };
      next = index + 1;
      covered.add(col);
      const column = place.table.columns[index] as ColumnSpec;
      if (!REWRITTEN.has(column.kind)) moves.push({ from: col, to: place.firstCol + index });
    }
    if (next === 0) return { kind: "unknown" };
  }
  if (moves.length === 0) return { kind: "unknown" };
  const width = Math.max(...covered);
  // A column of data outside every recognised table, where the moved tables would go: it has no place, so nothing moves.
  const reach = Math.max(width, lastColumn(layout));
  const stranded: DataProblem[] = [];
  for (let col = 1; col <= reach; col++) {
    if (covered.has(col)) continue;
    const row = lastRowOf(grid, layout, col);
    if (row > 0) stranded.push(problemAt(grid.sheet, a1(row, col), PROBLEM.columnWithoutPlace(text(headers[col - 1] ?? null))));
  }
  if (stranded.length > 0) return { kind: "blocked", problems: stranded };
  const filled = moves.filter((move) => lastRowOf(grid, layout, move.from) > 0);
  const lastRow = Math.max(0, ...filled.map((move) => lastRowOf(grid, layout, move.from)));
  return { kind: "moved", moves: filled, width, lastRow };
}

/**
 * The data rows as `layout` places them, from the first data row to the last filled one, columns 1 to the layout's
 * last: each moved value as it was read, every other cell blank (the add-on rewrites numbering and formulas after).
 */
export function movedBlock(grid: SheetGrid, layout: TableSheetLayout, plan: Extract<Relayout, { kind: "moved" }>): Cell[][] {
  const first = firstDataRow(layout);
  const width = lastColumn(layout);
  return Array.from({ length: Math.max(0, plan.lastRow - first + 1) }, (_, r) => {
    const line = new Array<Cell>(width).fill(null);
    for (const { from, to } of plan.moves) line[to - 1] = gridCell(grid, first + r, from);
    return line;
  });
}
