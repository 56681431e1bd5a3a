// This file is the one interface the actions use to reach a workbook: whole ranges in and out, sheets found by stable key.
import type { Cell, CellInput } from "../domain/cell";
import type { Area } from "../domain/layout/a1";
import type { ChartSpec, SheetFormat } from "../domain/layout/format";
import type { FileAccess } from "../domain/access";
import type { FrontEnd } from "../domain/messages";

/** What shows a sheet is the one expected: the text a cell starts with (a thôn tab's "Mã thôn: T01"). */
export interface SheetIdentity {
  readonly row: number;
  readonly col: number;
  /** The cell holds exactly this, or this followed by a space and more. */
  readonly prefix: string;
}

export interface SheetRef {
  readonly name: string;
  /** The add-on's stable key (a thôn id, or "config", "summary", …); null for sheets the add-on did not make. */
  readonly key: string | null;
}

/**
 * A workbook as the actions see it. Every method is one whole-range operation, so the number of calls an action makes
 * never grows with the number of rows. Rows and columns are 1-based.
 */
export interface Workbook {
  /** Where people run the product on this workbook (the add-on's menu, or the command line), so fix texts name their step. */
  readonly frontEnd: FrontEnd;
  /**
   * Every sheet, in tab order, with its stable key. A sheet renamed by a person keeps its key; its new name may show
   * only with `current` (which may cost a call per sheet), but the old name still reaches it in this run.
   */
  sheets(current?: boolean): SheetRef[];
  /** Adds a sheet at the end, tagged with a stable key; a copy of `template` (its cells, formats and size) when given. */
  addSheet(name: string, key: string | null, template?: string): void;
  /**
   * Renames a sheet: one call. It keeps its key, cells, formats, protection and what was stamped on it, and is known by
   * `to` from then on. `to` must be a valid sheet name no other sheet has (compared case-insensitively): otherwise it
   * throws, as the spreadsheet programs refuse such a name.
   */
  renameSheet(from: string, to: string): void;
  /** Hides a sheet people need not see (the template), or shows it again (`hidden` false). */
  hide(sheet: string, hidden?: boolean): void;
  /**
   * Values from A1 to the last used cell; formula cells give their last computed value (or null), never their text.
   * `identity`, when the caller knows what the sheet shows, spares an implementation a check that it is that sheet.
   */
  read(sheet: string, identity?: SheetIdentity): Cell[][];
  /** Writes a block whose top-left cell is (row, col). Strings are always written as text. */
  write(sheet: string, row: number, col: number, values: readonly (readonly CellInput[])[]): void;
  /** Empties the values of an area (formats and validation stay). */
  clear(sheet: string, area: Area): void;
  /**
   * Applies a declared format; applying the same format twice leaves the sheet as after once. An implementation may
   * skip a format it applied last time; `force` applies it again (a repair after people changed formats by hand).
   */
  format(sheet: string, format: SheetFormat, force?: boolean): void;
  /**
   * Limits editing of a sheet to these emails, besides the file's owner and the person running (who can't be
   * removed); an empty list means those two only.
   */
  protect(sheet: string, editors: readonly string[], description: string, force?: boolean): void;
  /** The editors a sheet is limited to, or null when it is not protected. */
  protection(sheet: string): readonly string[] | null;
  /**
   * Sizes a sheet's grid to hold `rows` × `cols`: it grows when smaller; when more than twice as tall, the empty rows
   * below `rows` are deleted. Rows holding anything are never deleted.
   */
  fit(sheet: string, rows: number, cols: number): void;
  /** Who runs and who may edit, on a shared file; null for a local file (whoever runs the command owns it). */
  access(): FileAccess | null;
  /** Whether the person running may write to this sheet (its protection allows them). */
  canEdit(sheet: string): boolean;
  /**
   * What an action recorded on a sheet last time (a fingerprint of what it wrote), or null; an implementation that
   * keeps nothing between runs returns null, and the action simply does its work again.
   */
  stamp(sheet: string, kind: string): string | null;
  setStamp(sheet: string, kind: string, value: string): void;
  /** Saves what the implementation keeps between runs (called once, after the action). */
  finish(): void;
  /**
   * Whether a format's `print` setup reaches the file (.xlsx holds paper, orientation, scaling, repeated rows and page
   * numbers); false in Google Sheets, whose API has none of them, so the sheet must say what to pick when printing.
   */
  holdsPageSetup(): boolean;
  /**
   * Colours the cells (A1 addresses) where a check found a problem, and takes the colour off the cells it coloured on
   * this sheet last time that are not listed; values are never touched. A few calls per sheet whose marks changed.
   */
  markProblems(sheet: string, cells: readonly string[]): void;
  /** Colours a sheet's tab; null removes the colour. */
  setTabColor(sheet: string, colour: string | null): void;
  /**
   * Replaces the add-on's chart on a sheet (null removes it). Returns false where the format cannot hold a chart
   * written by this implementation (.xlsx through ExcelJS): the chart's data is on the sheet all the same.
   */
  chart(sheet: string, chart: ChartSpec | null): boolean;
}

/** Finds a sheet's current name by its stable key. */
export function sheetByKey(workbook: Workbook, key: string): string | null {
  return workbook.sheets().find((sheet) => sheet.key === key)?.name ?? null;
}
