// This file keeps the one time-driven trigger an add-on may hold per user and document: daily overdue marking, weekly compile.
import { compileCampaignSummary } from "../actions/compile-summary";
import { markOverdue } from "../actions/mark-overdue";
import { loadState } from "../actions/campaign-state";
import type { ActionResult } from "../actions/result";
import { WEEKDAY_NAMES, parseTime, vietnamDate, weekdayOf } from "../domain/dates";
import { ADDON } from "../domain/messages";
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
  const mine = gas.ScriptApp.getUserTriggers(gas.SpreadsheetApp.getActiveSpreadsheet()).filter(
    (trigger) => trigger.getHandlerFunction() === SCHEDULE_HANDLER,
  );
  for (const trigger of mine) gas.ScriptApp.deleteTrigger(trigger);
  return mine.length;
}

/** Installs the daily trigger (replacing any earlier one, so installing twice leaves one). */
export function installSchedule(workbook: Workbook): ActionResult {
  const loaded = loadState(workbook);
  const campaign = loaded.ok ? loaded.state.campaign : null;
  const hour = scheduleHour(campaign?.reportTime ?? null);
  removeTriggers();
  platform().ScriptApp.newTrigger(SCHEDULE_HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone("Asia/Ho_Chi_Minh").create();
  const weekday = WEEKDAY_NAMES[campaign?.reportWeekday ?? 5] as string;
  return { ok: true, message: ADDON.scheduleInstalled(hour, weekday), counts: { hour }, problems: [] };
}

export function removeSchedule(): ActionResult {
  const removed = removeTriggers();
  return { ok: true, message: ADDON.scheduleRemoved(removed), counts: { removed }, problems: [] };
}

/** The trigger's work: mark overdue every day; on the report weekday, compile the summary and history too. */
export function scheduledWork(workbook: Workbook, now: Date): ActionResult {
  const marked = markOverdue(workbook, now);
  const loaded = loadState(workbook);
  if (!marked.ok || !loaded.ok) return marked;
  if (weekdayOf(vietnamDate(now)) !== loaded.state.campaign.reportWeekday) return marked;
  const compiled = compileCampaignSummary(workbook, now);
  if (compiled.ok) recordCompile(now);
  return { ...compiled, message: `${marked.message} ${compiled.message}` };
}

/** Last scheduled run, kept for the sidebar. */
export const LAST_RUN_PROPERTY = "sotd.lastScheduledRun";

export function runScheduled(now: Date): void {
  const outcome = withWorkbook((workbook) => scheduledWork(workbook, now));
  const text = outcome.ok ? outcome.result.message : outcome.message;
  platform().PropertiesService.getDocumentProperties()?.setProperty(LAST_RUN_PROPERTY, `${now.toISOString()} ${text}`);
}
