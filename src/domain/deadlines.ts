// This file reads deadlines written the way the plans write them, and labels a task against its deadline.
import { type Cell, isDateCell } from "./cell";
import { type IsoDate, daysBetween, lastDayOfMonth, makeDate, plusDays } from "./dates";
import { CRITERION_STATUS, TASK_FLAG, TASK_STATUS, TO_FILL } from "./messages";

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Days before a deadline from which an open task is "Sắp đến hạn". */
export const DUE_SOON_DAYS = 3;

function normalise(phrase: string): string {
  return phrase
    .normalize("NFC")
    .toLowerCase()
    .replace(/[.;,]+\s*$/, "")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+năm\s+/g, "/")
    .replace(/\s+/g, " ")
    .trim();
}

function endOfQuarter(year: number, quarter: number): IsoDate {
  return lastDayOfMonth(year, quarter * 3);
}

function endOfMonthBefore(year: number, month: number): IsoDate | null {
  if (month < 1 || month > 12) return null;
  return month === 1 ? lastDayOfMonth(year - 1, 12) : lastDayOfMonth(year, month - 1);
}

function monthEnd(year: number, month: number): IsoDate | null {
  return month >= 1 && month <= 12 ? lastDayOfMonth(year, month) : null;
}

/**
 * The deadline a phrase means, or null when the phrase is not one the plans use.
 * `campaignYear` completes day/month phrases without a year ("trước 30/9").
 */
export function parseDeadline(value: Cell, campaignYear: number): IsoDate | null {
  if (isDateCell(value)) return value.date;
  if (typeof value !== "string") return null;
  const text = normalise(value);
  let m: RegExpExecArray | null;

  if ((m = /^(?:(trước|đến|hạn) )?(?:ngày )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text))) {
    const year = m[4] ? Number(m[4]) : campaignYear;
    return makeDate(year, Number(m[3]), Number(m[2]));
  }
  if ((m = /^trước (?:tháng )?(\d{1,2})\/(\d{4})$/.exec(text))) {
    return endOfMonthBefore(Number(m[2]), Number(m[1]));
  }
  if ((m = /^(?:(?:trong|hết|cuối|đến hết) )?tháng (\d{1,2})\/(\d{4})$/.exec(text))) {
    return monthEnd(Number(m[2]), Number(m[1]));
  }
  if ((m = /^(?:(?:trong|hết|cuối|đến hết) )?quý (iv|iii|ii|i|[1-4])\/(\d{4})$/.exec(text))) {
    return endOfQuarter(Number(m[2]), ROMAN_QUARTERS[m[1] as string] as number);
  }
  return null;
}

export type TaskStatus = (typeof TASK_STATUS)[keyof typeof TASK_STATUS];

export interface TaskTiming {
  readonly deadline: IsoDate | null;
  readonly status: TaskStatus | null;
  readonly completedOn: IsoDate | null;
}

/** Days a task is overdue on `today` (0 when it is not). */
export function overdueDays(task: TaskTiming, today: IsoDate): number {
  if (task.deadline === null || task.status === TASK_STATUS.done) return 0;
  return Math.max(0, daysBetween(task.deadline, today));
}

/** The tracking label of a task: "Quá hạn N ngày", "Sắp đến hạn", "Hoàn thành trễ hạn", or "" when none applies. */
export function taskFlag(task: TaskTiming, today: IsoDate): string {
  if (task.deadline === null) return "";
  if (task.status === TASK_STATUS.done) {
    return task.completedOn !== null && task.completedOn > task.deadline ? TASK_FLAG.doneLate : "";
  }
  const late = overdueDays(task, today);
  if (late > 0) return TASK_FLAG.overdue(late);
  return today >= plusDays(task.deadline, -DUE_SOON_DAYS) ? TASK_FLAG.dueSoon : "";
}

/**
 * A criterion tracked like a task: one that names who answers for it and by when. It is done when achieved (Đạt); it
 * has no completion date, so "Hoàn thành trễ hạn" never applies to it. Null for a criterion not tracked.
 */
export function criterionTiming(criterion: { readonly owner: string | null; readonly deadline: IsoDate | null; readonly status: string | null }): TaskTiming | null {
  // "(cần bổ sung)" is a plan silent on who: no one to hold to the date yet.
  if (criterion.owner === null || criterion.owner === TO_FILL.marker || criterion.deadline === null) return null;
  return { deadline: criterion.deadline, status: criterion.status === CRITERION_STATUS.met ? TASK_STATUS.done : null, completedOn: null };
}

/** The named criteria tracked like tasks, each with its owner and timing, for counting alongside tasks. */
export function trackedCriteria(
  rows: ReadonlyArray<{ readonly value: { readonly name: string | null; readonly owner: string | null; readonly deadline: IsoDate | null; readonly status: string | null } }>,
): Array<TaskTiming & { readonly name: string; readonly owner: string }> {
  return rows.flatMap(({ value }) => {
    const timing = value.name === null ? null : criterionTiming(value);
    return timing === null ? [] : [{ ...timing, name: value.name as string, owner: value.owner as string }];
  });
}
