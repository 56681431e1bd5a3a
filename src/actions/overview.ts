// This file is the sidebar's "commune at a glance": every thôn's progress against its targets, in one read of each tab.
import { type Campaign, cadenceOf, hasCutoff, missingCutoff } from "../domain/campaign";
import { cutoffText, periodAt, periodText } from "../domain/campaign-weeks";
import { rankVillages, remindCount } from "../domain/summary";
import { SIDEBAR, SUMMARY_TEXT } from "../domain/messages";
import { type CampaignForm, type Overview } from "../domain/sidebar-contract";
import { SHEET_KEYS } from "../domain/layout/sheets";
import { FIRST_NAME_CELL } from "../domain/register";
import { compareVietnamese } from "../domain/vietnamese-order";
import type { Workbook } from "../workbook/workbook";
import { loadState } from "./campaign-state";
import { readVillages, sharingProblems } from "./read-villages";
import type { ScheduleRun } from "../domain/schedule-run";
import { silent } from "./result";

export function overview(workbook: Workbook, now: Date, lastCompile: string | null, schedule: ScheduleRun | null = null): Overview {
  const loaded = loadState(workbook);
  if (!loaded.ok) return { ok: false, message: SIDEBAR.notReady(loaded.problems[0]?.message ?? "") };
  const { campaign } = loaded.state;
  const readout = readVillages(workbook, loaded.state, now, silent);
  // Without a cut-off there is no report period yet: the sidebar says which cells to fill, and shows the figures all the same.
  const period = hasCutoff(campaign) ? periodAt(campaign, now) : null;
  const missing = missingCutoff(campaign).map((key) => loaded.state.settingCells[key] ?? "");
  const ranked = rankVillages(readout.statuses);
  const villages = [...ranked]
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((status) => ({
      id: status.id,
      name: status.name,
      overdue: status.tasks.overdue,
      problems: status.problems.length,
      rank: status.rank,
      indicators: status.indicators.map((result) => ({
        id: result.indicator.id,
        name: result.indicator.name,
        done: result.done,
        total: result.total,
        ratio: result.ratio,
        verdict: result.verdict,
        minimum: result.indicator.kind === "share" ? result.indicator.minimum : null,
        aim: result.indicator.kind === "share" ? result.indicator.aim : null,
      })),
    }));
  return {
    ok: true,
    title: campaign.title,
    commune: campaign.commune,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    week: period?.week.index ?? 0,
    weeks: period?.week.count ?? 0,
    cutoff: period === null ? "" : cutoffText(period.week),
    period: period === null ? SIDEBAR.noCutoff(loaded.state.configSheet, missing) : periodText(campaign, period, now),
    rankRule: SUMMARY_TEXT.rankRule(remindCount(ranked.filter((row) => row.rank !== null).length)).join(" "),
    lastCompile,
    schedule,
    warnings: [
      ...(readout.toFill.length === 0 ? [] : [SIDEBAR.toFill(readout.toFill)]),
      ...sharingProblems(workbook, loaded.state).map((problem) => problem.message),
      ...(readout.withoutTab.length === 0 ? [] : [SUMMARY_TEXT.withoutTab(readout.withoutTab, workbook.frontEnd)]),
      ...(loaded.state.register.entries.length === 0 ? [SUMMARY_TEXT.noVillages(loaded.state.registerSheet, FIRST_NAME_CELL, workbook.frontEnd)] : []),
    ],
    notRegistered: [...(readout.sections.find((section) => section.id === SHEET_KEYS.units)?.notRegistered ?? [])],
    villages,
  };
}

/** The campaign fields the sidebar form edits. */
export function campaignForm(campaign: Campaign): CampaignForm {
  return {
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    reportWeekday: campaign.reportWeekday,
    reportTime: campaign.reportTime,
    cadence: cadenceOf(campaign),
    indicators: campaign.indicators.flatMap((indicator) =>
      indicator.kind === "share" ? [{ id: indicator.id, name: indicator.name, minimum: indicator.minimum, aim: indicator.aim }] : [],
    ),
  };
}
