// This file keeps the one time-driven trigger an add-on may hold per user and document: daily overdue marking, the
// campaign's periodic compile, and a record of every run's outcome that the officer sees in the sidebar and on Tổng hợp.
import { compileCampaignSummary } from "../actions/compile-summary";
import { markOverdue } from "../actions/mark-overdue";
import { loadState } from "../actions/campaign-state";
import { refusal } from "../actions/access";
import type { ActionResult } from "../actions/result";
import { noteSchedule } from "../actions/summary-sheet";
import { cadenceOf, hasCutoff, missingCutoff } from "../domain/campaign";
import { isCompileDay } from "../domain/campaign-weeks";
import { WEEKDAY_NAMES, parseTime, vietnamDate } from "../domain/dates";
import { ADDON } from "../domain/messages";
import { type ScheduleRun, ScheduleRunSchema, scheduleNote } from "../domain/schedule-run";
import type { Workbook } from "../workbook/workbook";
import { platform } from "./platform";
import { recordCompile, withWorkbook } from "./run";

export const SCHEDULE_HANDLER = "scheduledRun";
const DEFAULT_HOUR = 13;

/** The hour the daily run starts: the hour before the weekly cut-off, so the compile lands ahead of it. */
export function scheduleHour(reportTime: string | null): number {
  const minutes = reportTime === null ? null : parseTime(reportTime);
  return minutes === null ? DEFAULT_HOUR : Math.max(0, Math.floor(minutes / 60) - 1);
}

/** Removes this user's schedule triggers in this document; returns how many there were. */
function removeTriggers(): number {
  const gas = platform();
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet === null) return 0;
  const mine = gas.ScriptApp.getUserTriggers(spreadsheet).filter((trigger) => trigger.getHandlerFunction() === SCHEDULE_HANDLER);
  for (const trigger of mine) gas.ScriptApp.deleteTrigger(trigger);
  return mine.length;
}

/** User property naming the document a trigger belongs to, so a run that finds no document can still say which. */
const triggerDocumentKey = (uid: string) => `sotd.schedule.${uid}`;
/** Where a run's outcome is kept: the document's properties (every officer sees it) and the installer's own. */
export const LAST_RUN_PROPERTY = "sotd.lastScheduledRun";
const userRunKey = (spreadsheetId: string) => `${LAST_RUN_PROPERTY}.${spreadsheetId}`;

/** Installs the daily trigger (replacing any earlier one, so installing twice leaves one). Officers only. */
export function installSchedule(workbook: Workbook): ActionResult {
  const loaded = loadState(workbook);
  const refused = refusal(workbook, loaded);
  if (refused) return refused;
  const campaign = loaded.ok ? loaded.state.campaign : null;
  if (loaded.ok && campaign !== null && !hasCutoff(campaign)) {
    const cells = missingCutoff(campaign).map((key) => loaded.state.settingCells[key] ?? "");
    return { ok: false, refused: true, message: ADDON.scheduleNeedsCutoff(loaded.state.configSheet, cells), counts: {}, problems: [] };
  }
  const hour = scheduleHour(campaign?.reportTime ?? null);
  removeTriggers();
  const gas = platform();
  const trigger = gas.ScriptApp.newTrigger(SCHEDULE_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone("Asia/Ho_Chi_Minh").create();
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet !== null) gas.PropertiesService.getUserProperties().setProperty(triggerDocumentKey(trigger.getUniqueId()), spreadsheet.getId());
  const day = ADDON.scheduleDay(campaign === null ? "weekly" : cadenceOf(campaign), WEEKDAY_NAMES[campaign?.reportWeekday ?? 5] as string);
  return { ok: true, message: ADDON.scheduleInstalled(hour, day), counts: { hour }, problems: [] };
}

/** Removes the user's own schedule: anyone may, a former officer too ("getUserTriggers" lists only their own). */
export function removeSchedule(): ActionResult {
  const removed = removeTriggers();
  return { ok: true, message: ADDON.scheduleRemoved(removed), counts: { removed }, problems: [] };
}

/** The trigger's work: mark overdue every day; on a compile day (the report weekday, or a period's last day), compile the summary and history too. */
export function scheduledWork(workbook: Workbook, now: Date): ActionResult {
  const marked = markOverdue(workbook, now);
  const loaded = loadState(workbook);
  if (!marked.ok || !loaded.ok) return marked;
  const campaign = loaded.state.campaign;
  // No cut-off yet: the daily marking goes on; compiling waits until the officer sets it (installing said so).
  if (!hasCutoff(campaign) || !isCompileDay(campaign, vietnamDate(now))) return marked;
  const message = `${marked.message} ${ADDON.scheduleCompiled}`;
  const compiled = compileCampaignSummary(workbook, now, undefined, scheduleNote({ at: now.toISOString(), ok: true, message }));
  if (compiled.ok) recordCompile(now);
  return { ...compiled, message: `${marked.message} ${compiled.message}` };
}

/**
 * Runs the schedule's work and records how it went: in the document's properties and on Tổng hợp when the run can
 * reach the document, and always in the installer's user properties, since add-on triggers send no failure email.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 */
export function runScheduled(now: Date, triggerUid: string | null): void {
  // Any top-level function can be called from the sidebar's google.script.run: only a run of a trigger this user
  // installed does the schedule's work and records it.
  const user = platform().PropertiesService.getUserProperties();
  const spreadsheetId = triggerUid === null ? null : user.getProperty(triggerDocumentKey(triggerUid));
  if (spreadsheetId === null) return;
  const outcome = withWorkbook((workbook) => {
    const result = scheduledWork(workbook, now);
    if (!result.ok && !result.refused) noteSchedule(workbook, scheduleNote({ at: now.toISOString(), ok: false, message: result.message }));
    return result;
  });
  const run: ScheduleRun = { at: now.toISOString(), ok: outcome.ok && outcome.result.ok, message: outcome.ok ? outcome.result.message : outcome.message };
  platform().PropertiesService.getDocumentProperties()?.setProperty(LAST_RUN_PROPERTY, JSON.stringify(run));
  user.setProperty(userRunKey(spreadsheetId), JSON.stringify(run));
}

/** The latest recorded run for the active document: the document's record, or the viewer's own if newer. */
export function lastScheduledRun(): ScheduleRun | null {
  const gas = platform();
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const records = [
    gas.PropertiesService.getDocumentProperties()?.getProperty(LAST_RUN_PROPERTY) ?? null,
    spreadsheet === null ? null : gas.PropertiesService.getUserProperties().getProperty(userRunKey(spreadsheet.getId())),
  ].flatMap((text) => {
    if (text === null) return [];
    const parsed = ScheduleRunSchema.safeParse(safeJson(text));
    return parsed.success ? [parsed.data] : [];
  });
  return records.sort((a, b) => b.at.localeCompare(a.at))[0] ?? null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
