// This file defines the values that cross the workbook boundary: what a cell holds and what an action may write.
import { TO_FILL } from "./messages";

/** A calendar date in a cell, as yyyy-MM-dd (no time, no zone): adapters convert native dates to and from it. */
export interface DateCell {
  readonly date: string;
}

/** What reading a cell gives. Strings are always plain text, never formulas. */
export type Cell = string | number | boolean | null | DateCell;

/** A native formula, in the common dialect of Sheets, Excel and LibreOffice (English names, comma separators). */
export interface FormulaInput {
  readonly formula: string;
}

/**
 * A link to a sheet of the same workbook, shown as `text`; to its `cell` when given (a table's title on the same tab),
 * else to the sheet. Each implementation writes it its own way (Sheets needs the sheet's id); reading gives `text`.
 */
export interface SheetLinkInput {
  readonly link: { readonly sheet: string; readonly text: string; readonly cell?: { readonly row: number; readonly col: number } };
}

/** What an action may write. A string is written as text even when it starts with `=`, `+`, `-` or `@`. */
export type CellInput = Cell | FormulaInput | SheetLinkInput;

export function isDateCell(value: unknown): value is DateCell {
  return typeof value === "object" && value !== null && typeof (value as DateCell).date === "string";
}

export function isFormula(value: unknown): value is FormulaInput {
  return typeof value === "object" && value !== null && typeof (value as FormulaInput).formula === "string";
}

export function isSheetLink(value: unknown): value is SheetLinkInput {
  return typeof value === "object" && value !== null && typeof (value as SheetLinkInput).link === "object";
}

/** True when a cell holds nothing a person typed (null, only spaces, or a preset's "(cần bổ sung)" marker). */
export function isBlank(value: Cell | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && (value.trim() === "" || value.trim() === TO_FILL.marker));
}

/** True when a cell still holds a preset's marker of something to fill in (alone, or after a placeholder name). */
export function isToFill(value: Cell | undefined): boolean {
  return typeof value === "string" && TO_FILL.pattern.test(value);
}

/** A cell as a person would read it, for messages. */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (isDateCell(value)) return value.date.split("-").reverse().join("/");
  return String(value);
}
