// This file declares the campaign's other officer sheets (measured targets, recurring duties, competing units): what
// each holds, what a preset puts in it, and how its values become a section of the summary. One list, read by set-up
// (which makes and seeds them), generate (which adds the missing ones to older workbooks) and check/compile.
import type { Campaign } from "../campaign";
import type { CellInput } from "../cell";
import type { IsoDate } from "../dates";
import type { TableSheetLayout } from "../layout/sheets";
import type { Preset } from "../presets/preset";
import type { DataProblem } from "../problems";
import type { SummarySection } from "../summary";
import type { SheetGrid } from "../tables";
import type { TabRows } from "../village-tab";
import { MEASURES_SHEET } from "./measures";
import { UNITS_SHEET } from "./units";
import { DUTIES_SHEET } from "./duties";

/** What a sheet's reading may look at besides its own values: the campaign, the day, and every tab already read. */
export interface ExtraContext {
  readonly campaign: Campaign;
  /** Vietnam's date at the compile's moment. */
  readonly today: IsoDate;
  /** The moment of the compile (periods and cut-offs are counted from it). */
  readonly now: Date;
  /** Every thôn with a tab, in register order, with its tab's parsed rows. */
  readonly villages: ReadonlyArray<{ readonly id: string; readonly name: string; readonly tab: TabRows }>;
  /** Công việc chung's parsed rows, or null when the sheet is missing. */
  readonly communeWork: TabRows | null;
}

export interface ExtraReading {
  /** Null when the sheet has nothing to say (no rows). */
  readonly section: SummarySection | null;
  /** Problems naming the sheet and cell (and the thôn, where one is concerned). */
  readonly problems: readonly DataProblem[];
  /**
   * Cells the add-on works out from the values read (a tracking column), as blocks by their top-left cell, written by
   * check and compile after every sheet is read; empty or absent when every such cell already says it.
   */
  readonly writes?: ReadonlyArray<{ readonly row: number; readonly col: number; readonly values: CellInput[][] }>;
}

export interface ExtraSheet {
  /** The stable key (SHEET_KEYS). */
  readonly key: string;
  readonly name: string;
  /** A1's title. */
  readonly title: string;
  readonly layout: TableSheetLayout;
  /** Protection description: who edits it. */
  readonly protection: string;
  /** Rows a preset fills in the sheet when set-up makes it, by table id, keys as the table's column keys. */
  readonly seed: (preset: Preset) => Readonly<Record<string, ReadonlyArray<object>>>;
  /**
   * The add-on's live cells (a verdict formula on each row the layout covers, blank while the row is), as blocks by
   * their top-left cell; set-up and generate write them, so they follow what a person types. Absent: none.
   */
  readonly derived?: () => ReadonlyArray<{ readonly row: number; readonly col: number; readonly values: readonly (readonly CellInput[])[] }>;
  /**
   * Rows generate appends below a table's last filled row, worked out from the sheet's values (a unit's checklist rows
   * for the standards of its kind); never a filled cell. Absent or empty: nothing to add.
   */
  readonly appended?: (grid: SheetGrid) => ReadonlyArray<{ readonly row: number; readonly col: number; readonly values: readonly (readonly CellInput[])[] }>;
  /** The sheet's values (as read from A1) judged: its summary section and its problems. */
  readonly read: (grid: SheetGrid, context: ExtraContext) => ExtraReading;
}

/** The sheets, in the order they are made and their sections follow on Tổng hợp. Each entry lives in its own file. */
export const EXTRA_SHEETS: readonly ExtraSheet[] = [UNITS_SHEET, DUTIES_SHEET, MEASURES_SHEET];
