// This file splits a campaign into report periods by its cadence: weeks ending at the weekly cut-off (seed 000: Friday
// 14:00), or calendar months, quarters or years ending on their last day at the cut-off time (seed 004: yearly).
import { type Campaign, type Cadence, type WithCutoff, cadenceOf } from "./campaign";
import {
  type CalendarUnit,
  type IsoDate,
  WEEKDAY_NAMES,
  formatDate,
  formatTime,
  parseTime,
  periodOf,
  plusDays,
  vietnamDate,
  vietnamInstant,
  vietnamMinutes,
  weekdayOf,
} from "./dates";
import { PERIOD_UNIT } from "./messages";

export interface CampaignWeek {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
  readonly start: IsoDate;
  readonly cutoffDate: IsoDate;
  /** Minutes after midnight, Vietnam time. */
  readonly cutoffMinutes: number;
  /** The period's word, by the campaign's cadence: "tuần", "tháng", "quý", "năm". */
  readonly unit: string;
}

/** Periods are counted only once the cut-off is set (`hasCutoff`): actions check it first and say what is missing. */
type WeekInput = WithCutoff<Pick<Campaign, "startDate" | "endDate" | "reportWeekday" | "reportTime" | "cadence">>;

const CALENDAR_UNIT: Readonly<Record<Exclude<Cadence, "weekly">, CalendarUnit>> = { monthly: "month", quarterly: "quarter", yearly: "year" };

function nextWeekday(from: IsoDate, weekday: number): IsoDate {
  return plusDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/** Weekly cut-off days: the first report weekday on or after the start, then every seven days until one covers the end. */
function weeklyCutoffs(campaign: WeekInput): IsoDate[] {
  const cutoffs: IsoDate[] = [];
  // hasCutoff holds the weekday of a weekly campaign; its absence here is a caller's mistake, not a person's.
  if (campaign.reportWeekday === null) throw new Error("weekly periods need the report weekday (check hasCutoff first)");
  for (let cutoff = nextWeekday(campaign.startDate, campaign.reportWeekday); ; cutoff = plusDays(cutoff, 7)) {
    cutoffs.push(cutoff);
    if (cutoff >= campaign.endDate) break;
  }
  return cutoffs;
}

/** Calendar cut-off days: the last day of the month, quarter or year holding the start, and of each after it until one covers the end. */
function calendarCutoffs(campaign: WeekInput, unit: CalendarUnit): IsoDate[] {
  const cutoffs: IsoDate[] = [];
  for (let period = periodOf(campaign.startDate, unit); ; period = periodOf(plusDays(period.end, 1), unit)) {
    cutoffs.push(period.end);
    if (period.end >= campaign.endDate) break;
  }
  return cutoffs;
}

/** Every report period by the campaign's cadence: the first starts at the campaign's start; the last covers the end date. */
export function campaignWeeks(campaign: WeekInput): CampaignWeek[] {
  const minutes = parseTime(campaign.reportTime) ?? 0;
  const cadence = cadenceOf(campaign);
  const cutoffs = cadence === "weekly" ? weeklyCutoffs(campaign) : calendarCutoffs(campaign, CALENDAR_UNIT[cadence]);
  return cutoffs.map((cutoffDate, i) => ({
    index: i + 1,
    count: cutoffs.length,
    start: i === 0 ? campaign.startDate : plusDays(cutoffs[i - 1] as IsoDate, 1),
    cutoffDate,
    cutoffMinutes: minutes,
    unit: PERIOD_UNIT[cadence],
  }));
}

/**
 * Where an instant stands in the campaign: before its first day, in a report week (the first whose cut-off has not
 * passed), or after the last week's cut-off. `week` is that week, or the first or last one outside the campaign.
 */
export interface CampaignPeriod {
  readonly kind: "before" | "during" | "after";
  readonly week: CampaignWeek;
}

export function periodAt(campaign: WeekInput, now: Date): CampaignPeriod {
  const weeks = campaignWeeks(campaign);
  if (now.getTime() < vietnamInstant(campaign.startDate, 0).getTime()) return { kind: "before", week: weeks[0] as CampaignWeek };
  const found = weeks.find((week) => vietnamInstant(week.cutoffDate, week.cutoffMinutes).getTime() >= now.getTime());
  return found ? { kind: "during", week: found } : { kind: "after", week: weeks[weeks.length - 1] as CampaignWeek };
}

/** The report week an instant falls in; outside the campaign, the first or the last week (see `periodAt`). */
export function weekAt(campaign: WeekInput, now: Date): CampaignWeek {
  return periodAt(campaign, now).week;
}

/**
 * Whether the automatic schedule compiles on this day (before the cut-off): the report weekday for a weekly campaign,
 * otherwise a period's last day (31/12 for a yearly one), so each period is recorded once, on its closing day.
 */
export function isCompileDay(campaign: WeekInput, date: IsoDate): boolean {
  if (cadenceOf(campaign) === "weekly") return weekdayOf(date) === campaign.reportWeekday;
  return campaignWeeks(campaign).some((period) => period.cutoffDate === date);
}

/** "14:00 thứ Sáu, 06/02/2026" */
export function momentText(date: IsoDate, minutes: number): string {
  const day = (WEEKDAY_NAMES[weekdayOf(date)] as string).replace(/^Thứ/, "thứ");
  return `${formatTime(minutes)} ${day}, ${formatDate(date)}`;
}

/** The week's cut-off: "14:00 thứ Sáu, 06/02/2026" */
export function cutoffText(week: CampaignWeek): string {
  return momentText(week.cutoffDate, week.cutoffMinutes);
}

/** How the period line starts, in this version and the ones before ("Số liệu tính đến …"): how a sheet's is found. */
export const PERIOD_LINE_PREFIX = "Số liệu ";

/**
 * The one line that says which moment the figures stand at and which report week that is, or plainly that the moment
 * is outside the campaign: "Số liệu lúc 10:00 thứ Sáu, 06/02/2026, tuần 2/3 (31/01/2026 – 06/02/2026); tuần này chốt
 * lúc 14:00 thứ Sáu, 06/02/2026."
 */
export function periodText(campaign: Pick<Campaign, "startDate" | "endDate">, period: CampaignPeriod, now: Date): string {
  const at = `${PERIOD_LINE_PREFIX}lúc ${momentText(vietnamDate(now), vietnamMinutes(now))}`;
  const { week } = period;
  switch (period.kind) {
    case "before":
      return `${at}, trước khi phong trào bắt đầu (${formatDate(campaign.startDate)}); chưa đến ${week.unit} báo cáo nào.`;
    case "after":
      return `${at}, sau khi phong trào kết thúc (${formatDate(campaign.endDate)}); ${week.unit} cuối (${week.index}/${week.count}) đã chốt lúc ${cutoffText(week)}.`;
    case "during":
      return `${at}, ${week.unit} ${week.index}/${week.count} (${formatDate(week.start)} – ${formatDate(week.cutoffDate)}); ${week.unit} này chốt lúc ${cutoffText(week)}.`;
  }
}
