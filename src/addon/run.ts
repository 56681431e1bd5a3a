// This file runs a use case from an entry point: under the document lock, on the active spreadsheet, as the person
// running (who must be an officer: the actions check), with a message after.
import type { ActionResult } from "../actions/result";
import { refusal } from "../actions/access";
import { loadState } from "../actions/campaign-state";
import { ADDON } from "../domain/messages";
import { SheetsMoved, SheetsWorkbook, UTC_PLUS_7_ZONES } from "../workbook/sheets-workbook";
import type { Workbook } from "../workbook/workbook";
import { platform } from "./platform";

/** How long an action waits for someone else's run to finish before saying so. */
export const LOCK_WAIT_MS = 30_000;

export type Outcome<T = ActionResult> = { ok: true; result: T } | { ok: false; message: string };

export interface RunOptions {
  /** Set the spreadsheet to Vietnam time first (set-up only). */
  readonly setTimeZone?: boolean;
  /** Read-only work skips the document lock, so a long compile does not block a glance at the sidebar. */
  readonly readOnly?: boolean;
}

/**
 * Runs `action` on the active spreadsheet under the document lock; never throws. When the run finds that a person
 * renamed or moved tabs since the last one (after it had read their names, before it wrote), it runs once more.
 */
export function withWorkbook<T = ActionResult>(action: (workbook: Workbook) => T, options: RunOptions = {}): Outcome<T> {
  const first = runOnce(action, options);
  if (first.ok || first.message !== MOVED) return first;
  const second = runOnce(action, options);
  return second.ok || second.message !== MOVED ? second : { ok: false, message: ADDON.failed(new SheetsMoved().message) };
}

const MOVED = "moved";

function runOnce<T>(action: (workbook: Workbook) => T, options: RunOptions): Outcome<T> {
  const gas = platform();
  // A time-driven trigger may run with no document: then there is nothing to lock or write.
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet === null) return { ok: false, message: ADDON.noDocument };
  const lock = options.readOnly ? null : gas.LockService.getDocumentLock();
  if (!options.readOnly && lock === null) return { ok: false, message: ADDON.noDocument };
  if (lock !== null && !lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: ADDON.busy };
  let workbook: SheetsWorkbook | null = null;
  try {
    workbook = new SheetsWorkbook(spreadsheet, gas.SpreadsheetApp, gas.Session.getEffectiveUser().getEmail());
    if (options.setTimeZone && !UTC_PLUS_7_ZONES.includes(spreadsheet.getSpreadsheetTimeZone())) {
      // Only someone who may set the workbook up changes its time zone, and before any date is written.
      const refused = refusal(workbook, loadState(workbook));
      if (refused) return { ok: false, message: refused.message };
      spreadsheet.setSpreadsheetTimeZone("Asia/Ho_Chi_Minh");
    }
    const zone = spreadsheet.getSpreadsheetTimeZone();
    if (!UTC_PLUS_7_ZONES.includes(zone)) return { ok: false, message: ADDON.wrongTimeZone(zone) };
    return { ok: true, result: action(workbook) };
  } catch (error) {
    if (error instanceof SheetsMoved) return { ok: false, message: MOVED };
    return { ok: false, message: ADDON.failed(error instanceof Error ? error.message : String(error)) };
  } finally {
    // The index records what this run did, also when it stopped halfway; a run without the lock leaves it to those
    // that hold it, so it never overwrites a newer one.
    if (!options.readOnly) saveIndex(workbook);
    lock?.releaseLock();
  }
}

function saveIndex(workbook: SheetsWorkbook | null): void {
  try {
    workbook?.finish();
  } catch {
    // The index is a shortcut: without it the next run reads each sheet's own key, at the cost of a few calls.
  }
}

/** The text shown after an action: its result line, and where to look when there are data problems. */
export function outcomeText(outcome: Outcome): string {
  if (!outcome.ok) return outcome.message;
  const { result } = outcome;
  return result.problems.length > 0 ? `${result.message}\n${ADDON.problemsFound(result.problems.length)}` : result.message;
}

/** Runs an action from a menu item and tells the user what happened. */
export function runFromMenu(title: string, action: (workbook: Workbook) => ActionResult, options: RunOptions = {}): void {
  const ui = platform().SpreadsheetApp.getUi();
  ui.alert(title, outcomeText(withWorkbook(action, options)), ui.ButtonSet.OK);
}

/** Document property holding the ISO instant of the last compile, shown in the sidebar. */
export const LAST_COMPILE_PROPERTY = "sotd.lastCompile";

export function recordCompile(now: Date): void {
  platform().PropertiesService.getDocumentProperties()?.setProperty(LAST_COMPILE_PROPERTY, now.toISOString());
}

export function lastCompile(): string | null {
  return platform().PropertiesService.getDocumentProperties()?.getProperty(LAST_COMPILE_PROPERTY) ?? null;
}
