// This file rewrites the Lỗi dữ liệu sheet (add-on owned) with the current problems: one row each, sheet and cell first.
import { SHEET_KEYS, PROBLEMS_LAYOUT, firstDataRow } from "../domain/layout/sheets";
import type { Cell } from "../domain/cell";
import { type DataProblem, problemSheetLabel } from "../domain/problems";
import type { Workbook } from "../workbook/workbook";
import { SHEET_NAMES, SHEET_TITLES } from "../domain/messages";
import { ensureTableSheet } from "./table-sheets";

/** Rewrites the problems; `known` is the sheet as the action read it before writing anything (else it is read here). */
export function writeProblems(workbook: Workbook, problems: readonly DataProblem[], known?: Cell[][]): void {
  const { sheet, values } = ensureTableSheet(workbook, SHEET_KEYS.problems, SHEET_NAMES.problems, PROBLEMS_LAYOUT, SHEET_TITLES.problems, undefined, known);
  const row = firstDataRow(PROBLEMS_LAYOUT);
  const old = values.length;
  if (old >= row) workbook.clear(sheet, { row, col: 1, rows: old - row + 1, cols: 4 });
  if (problems.length > 0) {
    workbook.write(sheet, row, 1, problems.map((p) => [problemSheetLabel(p), p.cell, p.message, p.fix]));
  }
}
