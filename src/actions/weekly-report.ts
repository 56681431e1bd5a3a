// This file is the "draft the weekly report" use case: compile the summary (which writes Báo cáo from the same
// figures), and say where the report is and what the officer still fills in.
import { RESULT } from "../domain/messages";
import type { Workbook } from "../workbook/workbook";
import { compileCampaignSummary } from "./compile-summary";
import { type Progress, silent } from "./result";

/**
 * The report comes from a compile, never from older figures, so Báo cáo and Tổng hợp always agree; officers only,
 * refused before anything is written, as the compile is.
 */
export function draftWeeklyReport(workbook: Workbook, now: Date, progress: Progress = silent, scheduleNote: string | null = null): ReturnType<typeof compileCampaignSummary> {
  const result = compileCampaignSummary(workbook, now, progress, scheduleNote);
  if (!result.ok || result.summary === undefined) return result;
  const { week, period, rows } = result.summary;
  const message =
    period.kind === "during"
      ? RESULT.reported(rows.length, week.unit, week.index, week.count, workbook.frontEnd)
      : RESULT.reportedAfterEnd(rows.length, result.campaign?.endDate ?? "", workbook.frontEnd);
  return { ...result, message };
}
