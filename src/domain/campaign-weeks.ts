// This file splits a campaign into report weeks, each ending at the weekly cut-off (seed 000: Friday 14:00).
import type { Campaign } from "./campaign";
import { type IsoDate, WEEKDAY_NAMES, formatDate, parseTime, plusDays, vietnamInstant, weekdayOf } from "./dates";

export interface CampaignWeek {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
  readonly start: IsoDate;
  readonly cutoffDate: IsoDate;
  /** Minutes after midnight, Vietnam time. */
  readonly cutoffMinutes: number;
}

type WeekInput = Pick<Campaign, "startDate" | "endDate" | "reportWeekday" | "reportTime">;

function nextWeekday(from: IsoDate, weekday: number): IsoDate {
  return plusDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/** Every report week: the first ends on the first report weekday on or after the start; the last covers the end date. */
export function campaignWeeks(campaign: WeekInput): CampaignWeek[] {
  const minutes = parseTime(campaign.reportTime) ?? 0;
  const cutoffs: IsoDate[] = [];
  for (let cutoff = nextWeekday(campaign.startDate, campaign.reportWeekday); ; cutoff = plusDays(cutoff, 7)) {
    cutoffs.push(cutoff);
    if (cutoff >= campaign.endDate) break;
  }
  return cutoffs.map((cutoffDate, i) => ({
    index: i + 1,
    count: cutoffs.length,
    start: i === 0 ? campaign.startDate : plusDays(cutoffs[i - 1] as IsoDate, 1),
    cutoffDate,
    cutoffMinutes: minutes,
  }));
}

/** The report week an instant falls in: the first whose cut-off has not passed (the last week after the campaign). */
export function weekAt(campaign: WeekInput, now: Date): CampaignWeek {
  const weeks = campaignWeeks(campaign);
  const found = weeks.find((week) => vietnamInstant(week.cutoffDate, week.cutoffMinutes).getTime() >= now.getTime());
  return found ?? (weeks[weeks.length - 1] as CampaignWeek);
}

/** "14:00 thứ Sáu, 06/02/2026" */
export function cutoffText(week: CampaignWeek): string {
  const hours = `${String(Math.floor(week.cutoffMinutes / 60)).padStart(2, "0")}:${String(week.cutoffMinutes % 60).padStart(2, "0")}`;
  const day = (WEEKDAY_NAMES[weekdayOf(week.cutoffDate)] as string).replace(/^Thứ/, "thứ");
  return `${hours} ${day}, ${formatDate(week.cutoffDate)}`;
}
