// This file moves a sheet's tables from an older placement to today's layout, as generate upgrades a workbook in place.
import type { Cell } from "../domain/cell";
import type { Area } from "../domain/layout/a1";
import { type SheetFormat, tableSheetFormat } from "../domain/layout/format";
import { type TableSheetLayout, SHEET_KEYS, communeWorkLayout, firstDataRow, lastColumn } from "../domain/layout/sheets";
import { type DataProblem, problemAt } from "../domain/problems";
import { a1 } from "../domain/layout/a1";
import { movedBlock, relayout } from "../domain/relayout";
import type { SheetGrid } from "../domain/tables";
import { type FrontEnd, PROBLEM, SHEET_TITLES } from "../domain/messages";
import type { Workbook } from "../workbook/workbook";
import { type CampaignState, sheetNamed } from "./campaign-state";
import { headerBlock, tableHeaderRows } from "./table-sheets";

/** What moving a sheet's tables writes: its data rows emptied, then written again in today's places. */
export interface TableMove {
  readonly clear: Area;
  readonly block: Cell[][];
  /** The old tables' last column: with today's width, how far the reset of validation and formats reaches. */
  readonly width: number;
}

/**
 * A sheet just read, looked at for an older placement of its tables: the grid as it will be once moved (so what is
 * planned next sees today's placement), the move, and the problems that kept a move from happening.
 */
export function planMove(grid: SheetGrid, layout: TableSheetLayout): { grid: SheetGrid; move: TableMove | null; problems: readonly DataProblem[] } {
  const plan = relayout(grid, layout);
  if (plan.kind === "blocked") return { grid, move: null, problems: plan.problems };
  if (plan.kind !== "moved") return { grid, move: null, problems: [] };
  const first = firstDataRow(layout);
  const block = movedBlock(grid, layout, plan);
  // The header rows as today's layout writes them (titles and headers: text only).
  const headers = tableHeaderRows(layout) as Cell[][];
  const values: Cell[][] = [...grid.values.slice(0, layout.tableTitleRow - 1).map((line) => [...line]), ...headers, ...block];
  // Numbering and formulas run past the last typed row: all of it is emptied, the add-on writes its own again.
  const rows = Math.max(grid.values.length, plan.lastRow) - first + 1;
  const clear = { row: first, col: 1, rows: Math.max(1, rows), cols: Math.max(plan.width, lastColumn(layout)) };
  return { grid: { sheet: grid.sheet, values }, move: { clear, block, width: plan.width }, problems: [] };
}

/** One clear and one write, whatever the number of rows and tables. */
export function applyMove(workbook: Workbook, sheet: string, layout: TableSheetLayout, move: TableMove): void {
  workbook.clear(sheet, move.clear);
  if (move.block.length > 0) workbook.write(sheet, firstDataRow(layout), 1, move.block);
}

/** The sheet's format, first taking off what the old columns had over the data rows. */
export function movedFormat(format: SheetFormat, layout: TableSheetLayout, move: TableMove): SheetFormat {
  return { ...format, reset: { row: firstDataRow(layout), col: 1, rows: layout.maxRows, cols: Math.max(move.width, lastColumn(layout)) } };
}

/**
 * Công việc chung, read once: when an older version placed its tables, they move to today's places and its headers and
 * format are written again (a clear, two writes and a format); otherwise it is left as it is.
 */
export function upgradeCommuneWork(workbook: Workbook, state: CampaignState, values: SheetGrid["values"] | undefined): readonly DataProblem[] {
  const sheet = sheetNamed(state, SHEET_KEYS.communeWork);
  if (sheet === null || values === undefined) return [];
  const layout = communeWorkLayout(state.campaign);
  const planned = planMove({ sheet, values }, layout);
  if (planned.move === null) return planned.problems;
  workbook.fit(sheet, layout.headerRow + layout.maxRows, lastColumn(layout));
  applyMove(workbook, sheet, layout, planned.move);
  workbook.write(sheet, layout.titleRow, 1, headerBlock(layout, SHEET_TITLES.communeWork));
  workbook.format(sheet, movedFormat(tableSheetFormat(layout), layout, planned.move), true);
  return [];
}

/**
 * A sheet as check and compile read it: one an older version laid out is read as generate will move it, so its figures
 * are whole before the upgrade; `problem` then says to run generate (its cells' own problems wait: they would name cells
 * of today's layout).
 */
export function asMoved(grid: SheetGrid, layout: TableSheetLayout, frontEnd: FrontEnd, village?: string): { grid: SheetGrid; problem: DataProblem | null } {
  const planned = planMove(grid, layout);
  if (planned.move === null) return { grid, problem: null };
  return { grid: planned.grid, problem: problemAt(grid.sheet, a1(layout.headerRow, 1), PROBLEM.olderLayout(frontEnd), village) };
}
