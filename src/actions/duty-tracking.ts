// This file keeps Việc định kỳ's Theo dõi column up to date when overdue work is marked (every day on the schedule),
// not only when the summary is compiled: one read, and at most one write.
import { vietnamDate } from "../domain/dates";
import { readDutiesSheet } from "../domain/extras/duties";
import { SHEET_KEYS } from "../domain/layout/sheets";
import type { Workbook } from "../workbook/workbook";
import { type CampaignState, sheetNamed, villagesWithTabs } from "./campaign-state";
import type { ExtraWrite } from "./extra-sheets";

/** The sheet read and judged on `now`'s day: the blocks of its Theo dõi column to write after every other read. */
export function readDutyTracking(workbook: Workbook, state: CampaignState, now: Date): ExtraWrite[] {
  const sheet = sheetNamed(state, SHEET_KEYS.duties);
  if (sheet === null) return [];
  const villages = villagesWithTabs(state).flatMap(({ entry, sheet: tab }) => (tab === null ? [] : [{ id: entry.id, name: entry.name }]));
  const reading = readDutiesSheet({ sheet, values: workbook.read(sheet) }, { campaign: state.campaign, villages, today: vietnamDate(now) });
  return (reading.writes ?? []).map((block) => ({ sheet, ...block }));
}
