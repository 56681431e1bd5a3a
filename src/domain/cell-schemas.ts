// This file holds one zod schema per kind of cell: each turns what a person typed into a typed value or a Vietnamese problem.
import * as z from "zod";
import { type Cell, cellText, isBlank, isDateCell } from "./cell";
import { type IsoDate, WEEKDAY_NAMES, parseDisplayDate, parseTime, parseWeekday, formatTime } from "./dates";
import { WEEKDAYS_FOR_CHOICE } from "./layout/words";
import { parseDeadline } from "./deadlines";
import { MEASURE_WORDS, PROBLEM } from "./messages";
import { addProblem } from "./problems";

const anyCell = z.custom<Cell>(() => true);

export const textCell = anyCell.transform((value): string | null => (isBlank(value) ? null : cellText(value).trim()));

/**
 * A tick: TRUE, or a typed 1 (0 for no tick). LibreOffice keeps a tick as the number 1 and counts a typed 1 as ticked,
 * so the sheet's live figures can agree with the compile only if 1 is a tick everywhere. Anything else ("x") is a problem.
 */
export const checkboxCell = anyCell.transform((value, ctx): boolean => {
  if (value === true || value === 1) return true;
  if (value === false || value === 0 || isBlank(value)) return false;
  addProblem(ctx, PROBLEM.notCheckbox(cellText(value)));
  return z.NEVER;
});

export const countCell = anyCell.transform((value, ctx): number | null => {
  if (isBlank(value)) return null;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  addProblem(ctx, PROBLEM.notCount(cellText(value)));
  return z.NEVER;
});

export const percentCell = anyCell.transform((value, ctx): number | null => {
  if (isBlank(value)) return null;
  const number = typeof value === "string" ? Number(value.replace("%", "").replace(",", ".").trim()) : value;
  if (typeof number === "number" && Number.isFinite(number) && number >= 0 && number <= 100) return number;
  addProblem(ctx, PROBLEM.notPercent(cellText(value)));
  return z.NEVER;
});

/**
 * Any real number, as the spreadsheet holds it. Text is a problem, not a guess: "96%" typed as text may mean 96 or
 * 0,96, "2.627" may be 2627 (Vietnamese) or 2,627; the live formulas can't read text the same way in every locale,
 * and the sheet's validation already turns away text where a person types, so what arrives as text is told plainly.
 */
export const numberCell = anyCell.transform((value, ctx): number | null => {
  if (isBlank(value)) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  addProblem(ctx, MEASURE_WORDS.notNumber(cellText(value)));
  return z.NEVER;
});

export const dateCell = anyCell.transform((value, ctx): IsoDate | null => {
  if (isBlank(value)) return null;
  if (isDateCell(value)) return value.date;
  const parsed = typeof value === "string" ? parseDisplayDate(value) : null;
  if (parsed !== null) return parsed;
  addProblem(ctx, PROBLEM.notDate(cellText(value)));
  return z.NEVER;
});

export const timeCell = anyCell.transform((value, ctx): string | null => {
  if (isBlank(value)) return null;
  const minutes = typeof value === "string" ? parseTime(value) : null;
  if (minutes !== null) return formatTime(minutes);
  addProblem(ctx, PROBLEM.notTime(cellText(value)));
  return z.NEVER;
});

export const emailCell = anyCell.transform((value, ctx): string | null => {
  if (isBlank(value)) return null;
  const text = cellText(value).trim();
  if (z.email().safeParse(text).success) return text;
  addProblem(ctx, PROBLEM.notEmail(text));
  return z.NEVER;
});

export function choiceCell<T extends string>(choices: readonly T[]) {
  return anyCell.transform((value, ctx): T | null => {
    if (isBlank(value)) return null;
    const text = cellText(value).trim();
    const found = choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
    if (found !== undefined) return found;
    addProblem(ctx, PROBLEM.notChoice(text, choices));
    return z.NEVER;
  });
}

/**
 * A weekday the way people write it: "Thứ Sáu", "thứ 6", "T6", "Thu sau", "Chủ nhật", "CN"; read as its name in
 * the dropdown's words ("Thứ Sáu").
 */
export const weekdayCell = anyCell.transform((value, ctx): string | null => {
  if (isBlank(value)) return null;
  const text = cellText(value).trim();
  const day = parseWeekday(text);
  if (day !== null) return WEEKDAY_NAMES[day] as string;
  addProblem(ctx, PROBLEM.notChoice(text, WEEKDAYS_FOR_CHOICE));
  return z.NEVER;
});

/** A deadline as the plans write it; day/month phrases take the campaign's year. */
export function deadlineCell(campaignYear: number) {
  return anyCell.transform((value, ctx): IsoDate | null => {
    if (isBlank(value)) return null;
    const parsed = parseDeadline(typeof value === "string" ? value : value, campaignYear);
    if (parsed !== null) return parsed;
    addProblem(ctx, isDateCell(value) ? PROBLEM.notDate(cellText(value)) : PROBLEM.notDeadline(cellText(value)));
    return z.NEVER;
  });
}
