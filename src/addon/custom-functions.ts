// This file holds the custom functions' logic: a single value or a whole range in, a value or an array out, no services.
import { type Cell, isBlank } from "../domain/cell";
import type { IsoDate } from "../domain/dates";
import { parseDeadline, taskFlag, type TaskStatus } from "../domain/deadlines";
import { CUSTOM_FUNCTION, PROBLEM, TASK_STATUS } from "../domain/messages";

/**
 * The spreadsheet's calendar: a date cell reaches a custom function as the instant of its midnight in the
 * spreadsheet's time zone, which need not be Vietnam's ("If the spreadsheet and the script use different time zones
 * … the custom function needs to compensate"). https://developers.google.com/apps-script/guides/sheets/functions
 */
export interface Calendar {
  dayOf(date: Date): IsoDate;
  instantOf(day: IsoDate): Date;
}
import { shareRatio, shareVerdict } from "../domain/verdicts";

type Input = unknown;

function grid(value: Input): unknown[][] {
  return Array.isArray(value) ? (value as unknown[]).map((row) => (Array.isArray(row) ? row : [row])) : [[value]];
}

/** Cell `r` of an argument that is a range (row r, first column) or a single value (the same for every row). */
function at(value: Input, r: number): unknown {
  return Array.isArray(value) ? (grid(value)[r]?.[0] ?? "") : value;
}

function rowsOf(...values: Input[]): number {
  return Math.max(1, ...values.map((value) => (Array.isArray(value) ? grid(value).length : 1)));
}

function number(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function dateOf(value: unknown, year: number, calendar: Calendar): IsoDate | null {
  if (value instanceof Date) return calendar.dayOf(value);
  if (value === "" || value === null || value === undefined) return null;
  return parseDeadline(typeof value === "string" ? value : String(value), year);
}

/** [[ratio, verdict]] for each row; the ratio is blank where there are no items. */
export function ratioAndVerdict(done: Input, total: Input, minimum: Input, aim: Input): unknown[][] {
  return Array.from({ length: rowsOf(done, total) }, (_, r) => {
    const d = number(at(done, r)) ?? 0;
    const t = number(at(total, r)) ?? 0;
    // No minimum is no target: counted, not judged, as on the thôn tabs.
    const band = { minimum: number(at(minimum, r)), aim: number(at(aim, r)) };
    return [shareRatio(d, t) ?? "", shareVerdict(d, t, band)];
  });
}

/**
 * The tracking label for each row's deadline, status and completion date, on `today`: a date the formula passes, since
 * a custom function is recalculated only when its arguments change (with no date, a message says what to pass).
 */
export function deadlineLabels(deadline: Input, status: Input, completedOn: Input, today: Input, calendar: Calendar): unknown[][] {
  const rows = rowsOf(deadline, status, completedOn);
  if (!(today instanceof Date)) return Array.from({ length: rows }, () => [CUSTOM_FUNCTION.needToday]);
  const day = calendar.dayOf(today);
  const year = Number(day.slice(0, 4));
  const statuses = Object.values(TASK_STATUS) as string[];
  return Array.from({ length: rows }, (_, r) => {
    const raw = at(deadline, r);
    const due = dateOf(raw, year, calendar);
    if (due === null && !isBlank(raw as Cell)) return [PROBLEM.notDeadline(String(raw)).message];
    const text = String(at(status, r) ?? "");
    const task = {
      deadline: due,
      status: statuses.includes(text) ? (text as TaskStatus) : null,
      completedOn: dateOf(at(completedOn, r), year, calendar),
    };
    return [taskFlag(task, day)];
  });
}

/** The date each phrase means (a Date for Sheets to show), or the Vietnamese reason it is not understood. */
export function deadlineDates(phrase: Input, year: Input, now: Date, calendar: Calendar): unknown[][] {
  return Array.from({ length: rowsOf(phrase) }, (_, r) => {
    const raw = at(phrase, r);
    if (raw === "" || raw === null) return [""];
    const y = number(at(year, r)) ?? Number(calendar.dayOf(now).slice(0, 4));
    const date = dateOf(raw, y, calendar);
    return [date === null ? PROBLEM.notDeadline(String(raw)).message : calendar.instantOf(date)];
  });
}

/** A single cell gets a single value back; a range gets the whole array. */
export function shape(result: unknown[][], ...inputs: Input[]): unknown {
  return inputs.some(Array.isArray) ? result : result[0]?.length === 1 ? result[0][0] : result;
}
