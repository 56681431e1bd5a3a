// This file holds calendar dates as yyyy-MM-dd strings and the arithmetic on them, in Vietnam time (UTC+7, no DST).
import { UTCDate } from "@date-fns/utc";
import { addDays, differenceInCalendarDays, getDaysInMonth, isValid } from "date-fns";

/** A calendar date, yyyy-MM-dd. Strings cross every boundary (sheets, google.script.run) unchanged. */
export type IsoDate = string;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function toUtc(date: IsoDate): UTCDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new UTCDate(y, m - 1, d);
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The date with these parts, or null when it does not exist (31/02/2026). */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1900 || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const first = new UTCDate(year, month - 1, 1);
  if (!isValid(first) || day > getDaysInMonth(first)) return null;
  return fromUtc(new UTCDate(year, month - 1, day));
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return fromUtc(new UTCDate(year, month - 1, getDaysInMonth(new UTCDate(year, month - 1, 1))));
}

export function plusDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(addDays(toUtc(date), days));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay. */
export function weekdayOf(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

/** A calendar period: a week Monday–Sunday, a month, a quarter or a year. */
export type CalendarUnit = "week" | "month" | "quarter" | "year";

/** The whole calendar period holding `date`, first and last day. */
export function periodOf(date: IsoDate, unit: CalendarUnit): { readonly start: IsoDate; readonly end: IsoDate } {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const first = (m: number) => makeDate(year, m, 1) as IsoDate;
  switch (unit) {
    case "week": {
      const start = plusDays(date, -((weekdayOf(date) + 6) % 7));
      return { start, end: plusDays(start, 6) };
    }
    case "month":
      return { start: first(month), end: lastDayOfMonth(year, month) };
    case "quarter": {
      const firstMonth = month - ((month - 1) % 3);
      return { start: first(firstMonth), end: lastDayOfMonth(year, firstMonth + 2) };
    }
    case "year":
      return { start: first(1), end: lastDayOfMonth(year, 12) };
  }
}

/** The Vietnam calendar date of an instant, whatever zone the machine runs in. */
export function vietnamDate(instant: Date): IsoDate {
  return fromUtc(new Date(instant.getTime() + VIETNAM_OFFSET_MS));
}

/** Minutes since midnight, Vietnam time, of an instant. */
export function vietnamMinutes(instant: Date): number {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** The instant of a Vietnam date and time of day. */
export function vietnamInstant(date: IsoDate, minutes = 0): Date {
  return new Date(toUtc(date).getTime() + minutes * 60_000 - VIETNAM_OFFSET_MS);
}

export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Parses dd/MM/yyyy (one or two digits for day and month); null when malformed or impossible. */
export function parseDisplayDate(text: string): IsoDate | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(text);
  if (!match) return null;
  return makeDate(Number(match[3]), Number(match[2]), Number(match[1]));
}

/** Parses HH:mm into minutes since midnight; null when malformed. */
export function parseTime(text: string): number | null {
  const match = /^\s*(\d{1,2})\s*[:hH]\s*(\d{2})?\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

export const WEEKDAY_NAMES = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"] as const;

/** The second word of "Thứ …", with and without its marks, and as a number. */
const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  hai: 1, "2": 1, ba: 2, "3": 2, "tư": 3, tu: 3, "4": 3, "năm": 4, nam: 4, "5": 4, "sáu": 5, sau: 5, "6": 5, "bảy": 6, bay: 6, "7": 6,
};

/**
 * The weekday (0 Sunday … 6 Saturday) of "Thứ Sáu", "thứ 6", "T6", "Thu sau", "Chủ nhật", "CN"; null for anything
 * else. An explicit list, not Unicode folding: the Apps Script runtime's locale data is not to be relied on.
 */
export function parseWeekday(text: string): number | null {
  const words = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (["chủ nhật", "chu nhat", "chủ nhựt", "cn"].includes(words)) return 0;
  const match = /^(?:thứ|thu|t)\s*(\S+)$/.exec(words);
  return match ? (WEEKDAY_WORDS[match[1] as string] ?? null) : null;
}
