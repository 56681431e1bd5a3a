// This file loads what every action starts from: the campaign, the register, and where each thôn's tab is.
import { type Campaign } from "../domain/campaign";
import { type CampaignReading, readCampaign } from "../domain/config-sheet";
import { PROBLEM, SHEET_NAMES } from "../domain/messages";
import { type DataProblem, problemAt } from "../domain/problems";
import { toFillCells } from "../domain/to-fill";
import { type Register, type RegisterEntry, readRegister, unknownKindProblems } from "../domain/register";
import type { SheetGrid } from "../domain/tables";
import { type SheetRef, type Workbook } from "../workbook/workbook";
import { SHEET_KEYS } from "../domain/layout/sheets";

export interface CampaignState {
  readonly campaign: Campaign;
  readonly configSheet: string;
  /** Cấu hình's values as read, so generate can bring an older sheet's headers up to date without reading it again. */
  readonly configGrid: SheetGrid;
  /** Each setting's value cell (A1) on Cấu hình, by setting key. */
  readonly settingCells: Readonly<Record<string, string>>;
  readonly registerSheet: string;
  readonly register: Register;
  /** The register's values as read, so writes into its add-on columns keep every other cell as it is. */
  readonly registerGrid: SheetGrid;
  /** Every sheet, once, so actions look keys up without more calls. */
  readonly sheets: readonly SheetRef[];
}

export type StateReading =
  | { ok: true; state: CampaignState }
  | { ok: false; problems: DataProblem[]; officers?: readonly string[]; configSheet?: string | null };

function named(sheets: readonly SheetRef[], key: string): string | null {
  return sheets.find((sheet) => sheet.key === key)?.name ?? null;
}

export function readConfig(workbook: Workbook, sheets: readonly SheetRef[]): CampaignReading & { sheet: string | null; values?: SheetGrid["values"] } {
  const sheet = named(sheets, SHEET_KEYS.config);
  if (sheet === null) return { ok: false, problems: [problemAt(SHEET_NAMES.config, "", PROBLEM.sheetMissing(SHEET_NAMES.config, workbook.frontEnd))], sheet };
  const values = workbook.read(sheet);
  const reading = readCampaign({ sheet, values });
  if (reading.ok) return { ...reading, sheet, values };
  // A configuration that can't be used yet (the blank preset) still lists the cells a preset left for the officer.
  const said = new Set(reading.problems.map((p) => p.cell));
  return { ...reading, problems: [...toFillCells({ sheet, values }).filter((p) => !said.has(p.cell)), ...reading.problems], sheet, values };
}

/**
 * Reads config and register (two reads). Fails with problems when the config cannot be used. `currentNames` asks for
 * the tabs' names as they are now, not as last recorded (see Workbook.sheets).
 */
export function loadState(workbook: Workbook, currentNames = false): StateReading {
  const sheets = workbook.sheets(currentNames);
  const config = readConfig(workbook, sheets);
  if (!config.ok) return { ...config, configSheet: config.sheet };
  const registerSheet = named(sheets, SHEET_KEYS.register);
  if (registerSheet === null) {
    const problems = [problemAt(SHEET_NAMES.register, "", PROBLEM.sheetMissing(SHEET_NAMES.register, workbook.frontEnd))];
    return { ok: false, problems, officers: config.campaign.officers, configSheet: config.sheet };
  }
  const registerGrid = { sheet: registerSheet, values: workbook.read(registerSheet) };
  const read = readRegister(registerGrid);
  const register = { ...read, problems: [...read.problems, ...unknownKindProblems(read, config.campaign, registerSheet)] };
  return { ok: true, state: { campaign: config.campaign, configSheet: config.sheet as string, settingCells: config.cells, configGrid: { sheet: config.sheet as string, values: config.values ?? [] }, registerSheet, register, registerGrid, sheets } };
}

/** Register entries that have an id, with the current name of their tab (null when it has none yet). */
export function villagesWithTabs(state: CampaignState): Array<{ entry: RegisterEntry & { id: string }; sheet: string | null }> {
  return state.register.entries.flatMap((entry) =>
    entry.id === null ? [] : [{ entry: entry as RegisterEntry & { id: string }, sheet: named(state.sheets, entry.id) }],
  );
}

export function sheetNamed(state: Pick<CampaignState, "sheets">, key: string): string | null {
  return named(state.sheets, key);
}
