// This file holds the calendar periods a recurring duty is counted in (weeks Monday–Sunday, months, quarters, years)
// and the times a period needs when the duty's first or last day cuts it.
import { type CalendarUnit, type IsoDate, daysBetween, formatDate, periodOf, plusDays } from "../dates";

export const DUTY_EVERY = ["week", "month", "quarter", "year"] as const satisfies readonly CalendarUnit[];
export type DutyEvery = (typeof DUTY_EVERY)[number];

export interface Span {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** A period of a duty, cut to the days the duty runs, with the times it needs. */
export interface DutyPeriod extends Span {
  readonly required: number;
}

const parts = (date: IsoDate) => date.split("-").map(Number) as [number, number, number];

const days = (span: Span) => daysBetween(span.start, span.end) + 1;

/**
 * The periods from `from` to `to`, each cut to those days. A cut period needs its share of the times, rounded up:
 * ceil(times × days covered / days in the period), so a 2-day first week of "3 a week" needs 1, a 5-day one 3.
 */
export function dutyPeriods(times: number, every: DutyEvery, from: IsoDate, to: IsoDate): DutyPeriod[] {
  const periods: DutyPeriod[] = [];
  for (let whole = periodOf(from, every); whole.start <= to; whole = periodOf(plusDays(whole.end, 1), every)) {
    const cut = { start: whole.start < from ? from : whole.start, end: whole.end > to ? to : whole.end };
    periods.push({ ...cut, required: Math.ceil((times * days(cut)) / days(whole)) });
  }
  return periods;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** "tuần 02/02–08/02/2026" (the days counted), "tháng 10/2023", "quý IV/2024", "năm 2026". */
export function periodLabel(every: DutyEvery, span: Span): string {
  const [year, month] = parts(span.start);
  switch (every) {
    case "week": {
      const sameYear = span.start.slice(0, 4) === span.end.slice(0, 4);
      return `tuần ${sameYear ? formatDate(span.start).slice(0, 5) : formatDate(span.start)}–${formatDate(span.end)}`;
    }
    case "month":
      return `tháng ${String(month).padStart(2, "0")}/${year}`;
    case "quarter":
      return `quý ${ROMAN[Math.floor((month - 1) / 3)]}/${year}`;
    case "year":
      return `năm ${year}`;
  }
}
