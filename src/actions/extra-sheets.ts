// This file makes the campaign's other officer sheets when missing (seeded from a preset at set-up) and reads them
// with the thôn tabs, each into its summary section.
import type { CellInput } from "../domain/cell";
import { EXTRA_SHEETS, type ExtraContext } from "../domain/extras/extra-sheet";
import { type TablePlacement, firstDataRow } from "../domain/layout/sheets";
import type { Preset } from "../domain/presets/preset";
import type { DataProblem } from "../domain/problems";
import type { SummarySection } from "../domain/summary";
import { toFillCells } from "../domain/to-fill";
import { sheetByKey, type SheetRef, type Workbook } from "../workbook/workbook";
import { ensureTableSheet, headersChangedByHand } from "./table-sheets";

/** Rows of a table from its first column, keys in the table's column order (missing keys blank). */
export function tableRows(place: TablePlacement, rows: ReadonlyArray<object>): CellInput[][] {
  return rows.map((row) => place.table.columns.map((column) => (row as Record<string, CellInput | undefined>)[column.key] ?? null));
}

/**
 * Makes each sheet that is missing, filled from `preset` when one is given (set-up); a sheet already there keeps its
 * rows, and gets its header rows and format (free when unchanged). `known` holds values already read, by key.
 */
export function ensureExtraSheets(workbook: Workbook, preset: Preset | null, known: ReadonlyMap<string, ReturnType<Workbook["read"]>> = new Map()): void {
  for (const extra of EXTRA_SHEETS) {
    const isNew = sheetByKey(workbook, extra.key) === null;
    const grid = ensureTableSheet(workbook, extra.key, extra.name, extra.layout, extra.title, undefined, known.get(extra.key));
    const sheet = grid.sheet;
    // Under headers a person changed the columns may have moved: the formulas wait, as the check reports the header.
    if (headersChangedByHand(grid, extra.layout).length === 0) {
      for (const block of extra.derived?.() ?? []) workbook.write(sheet, block.row, block.col, block.values);
      for (const block of extra.appended?.(grid) ?? []) workbook.write(sheet, block.row, block.col, block.values);
    }
    if (!isNew || preset === null) continue;
    const seeded = extra.seed(preset);
    for (const place of extra.layout.tables) {
      const rows = seeded[place.table.id] ?? [];
      if (rows.length > 0) workbook.write(sheet, firstDataRow(extra.layout), place.firstCol, tableRows(place, rows));
    }
  }
}

/** The officer-only sheets among them, with who edits them, for protectOfficerSheets. */
export function extraProtections(): ReadonlyArray<[string, string]> {
  return EXTRA_SHEETS.map((extra) => [extra.key, extra.protection]);
}

/** Reads each sheet there is (one read each) and judges it; a sheet not made yet is skipped (generate makes it). */
export function readExtras(
  workbook: Workbook,
  sheets: readonly SheetRef[],
  context: ExtraContext,
): { sections: SummarySection[]; problems: DataProblem[]; toFill: DataProblem[]; writes: ExtraWrite[] } {
  const sections: SummarySection[] = [];
  const problems: DataProblem[] = [];
  const toFill: DataProblem[] = [];
  const writes: ExtraWrite[] = [];
  for (const extra of EXTRA_SHEETS) {
    const sheet = sheets.find((s) => s.key === extra.key)?.name;
    if (sheet === undefined) continue;
    const grid = { sheet, values: workbook.read(sheet) };
    const reading = extra.read(grid, context);
    if (reading.section !== null) sections.push(reading.section);
    problems.push(...reading.problems);
    toFill.push(...toFillCells(grid));
    writes.push(...(reading.writes ?? []).map((block) => ({ sheet, ...block })));
  }
  return { sections, problems, toFill, writes };
}

/** A block of cells a sheet's reading works out (its tracking column), on its sheet. */
export interface ExtraWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly values: CellInput[][];
}

/** Writes what the readings worked out: one call per changed block, after every read of the action. */
export function writeExtras(workbook: Workbook, writes: readonly ExtraWrite[]): void {
  for (const { sheet, row, col, values } of writes) workbook.write(sheet, row, col, values);
}

