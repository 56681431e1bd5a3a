// This file is the add-on's server entry: every function the platform calls, each a thin named export.
// The build turns each into a top-level function of the pushed file, keeping its parameters and this JSDoc.
import { checkCampaign } from "../actions/check";
import { compileCampaignSummary } from "../actions/compile-summary";
import { draftWeeklyReport } from "../actions/weekly-report";
import { generateTabs } from "../actions/generate-tabs";
import { markOverdue } from "../actions/mark-overdue";
import { startFromPreset } from "../actions/start-from-preset";
import { type ActionResult, silent } from "../actions/result";
import { campaignForm, overview } from "../actions/overview";
import { updateCampaign } from "../actions/update-campaign";
import { readConfig } from "../actions/campaign-state";
import { ADDON, SIDEBAR } from "../domain/messages";
import {
  type ActionName,
  ActionNameSchema,
  type CampaignFormResult,
  CampaignFormResultSchema,
  type Overview,
  OverviewSchema,
  type PresetList,
  PresetListSchema,
  type RunResult,
  RunResultSchema,
  type SaveResult,
  SaveResultSchema,
} from "../domain/sidebar-contract";
import type { Workbook } from "../workbook/workbook";
import { BLANK, PRESETS, findPreset } from "../domain/presets";
import { SHEET_KEYS } from "../domain/layout/sheets";
import { type Calendar, deadlineDates, deadlineLabels, ratioAndVerdict, shape } from "./custom-functions";
import { platform } from "./platform";
import { lastCompile, outcomeText, recordCompile, runFromMenu, withWorkbook } from "./run";
import { installSchedule, lastScheduledRun, removeSchedule, runScheduled } from "./schedule";
import { scheduleNote } from "../domain/schedule-run";
import type { IsoDate } from "../domain/dates";

export { onOpen, onInstall } from "./menu";

/**
 * Menu: sets up the workbook. A workbook not set up yet opens the sidebar, where the officer picks one of the plans
 * by its name; on one already set up, the sheets that are missing are made again (what exists is kept).
 */
export function menuSetUp(): void {
  const setUp = withWorkbook((workbook) => workbook.sheets().some((sheet) => sheet.key === SHEET_KEYS.config), { readOnly: true });
  // Not set up, or not readable yet (a new file is not in Vietnam time): the sidebar's picker sets it up.
  if (!setUp.ok || !setUp.result) {
    menuOpenSidebar();
    return;
  }
  runFromMenu(ADDON.menu.setUp, (workbook) => startFromPreset(workbook, BLANK), { setTimeZone: true });
}

/** Menu: creates the missing thôn tabs and refreshes every tab. */
export function menuGenerateTabs(): void {
  runFromMenu(ADDON.menu.generate, (workbook) => generateTabs(workbook, silent, { outOfTime: outOfTime(new Date()) }));
}

/** Menu: rewrites every tab's formats, protection and the add-on's cells, after people changed them by hand. */
export function menuRepairTabs(): void {
  runFromMenu(ADDON.menu.repair, (workbook) => generateTabs(workbook, silent, { outOfTime: outOfTime(new Date()), repair: true }));
}

/**
 * True once a run started at `start` has used 4½ of the 6 minutes Apps Script gives an execution, leaving time to
 * finish the tab in hand and save. https://developers.google.com/apps-script/guides/services/quotas
 */
function outOfTime(start: Date): () => boolean {
  return () => Date.now() - start.getTime() > RUN_BUDGET_MS;
}
const RUN_BUDGET_MS = 270_000;

/** Menu: checks targets and data, listing problems in Lỗi dữ liệu. */
export function menuCheck(): void {
  runFromMenu(ADDON.menu.check, (workbook) => checkCampaign(workbook, new Date()));
}

/** Menu: marks overdue, due-soon and late-done tasks. */
export function menuMarkOverdue(): void {
  runFromMenu(ADDON.menu.overdue, (workbook) => markOverdue(workbook, new Date()));
}

/** Menu: compiles Tổng hợp and records the week in Lịch sử. */
export function menuCompileSummary(): void {
  runFromMenu(ADDON.menu.compile, (workbook) => compiled(workbook, new Date()));
}

/** Menu: compiles the summary and drafts the week's written report on Báo cáo (every compile rewrites it). */
export function menuWeeklyReport(): void {
  runFromMenu(ADDON.menu.report, (workbook) => compiled(workbook, new Date(), true));
}

/** A compile, said as the compile or (`report`) as the week's report drafted from it. */
function compiled(workbook: Workbook, now: Date, report = false): ActionResult {
  const schedule = lastScheduledRun();
  const note = schedule === null ? null : scheduleNote(schedule);
  const result = report ? draftWeeklyReport(workbook, now, undefined, note) : compileCampaignSummary(workbook, now, undefined, note);
  if (result.ok) recordCompile(now);
  return result;
}

const SIDEBAR_ACTIONS: Record<ActionName, (workbook: Workbook, now: Date) => ActionResult> = {
  generate: (workbook, now) => generateTabs(workbook, silent, { outOfTime: outOfTime(now) }),
  check: (workbook, now) => checkCampaign(workbook, now),
  overdue: (workbook, now) => markOverdue(workbook, now),
  compile: (workbook, now) => compiled(workbook, now),
  report: (workbook, now) => compiled(workbook, now, true),
};

/** Sidebar: the commune at a glance, in one call. */
export function sidebarOverview(): Overview {
  const outcome = withWorkbook((workbook) => overview(workbook, new Date(), lastCompile(), lastScheduledRun()), { readOnly: true });
  return OverviewSchema.parse(outcome.ok ? outcome.result : { ok: false, message: outcome.message });
}

/**
 * Sidebar: runs one action by name and says what it did.
 * @param {string} name generate, check, overdue, compile or report
 */
export function sidebarRun(name: string): RunResult {
  const action = ActionNameSchema.safeParse(name);
  if (!action.success) return RunResultSchema.parse({ ok: false, message: ADDON.failed(String(name)) });
  const outcome = withWorkbook((workbook) => SIDEBAR_ACTIONS[action.data](workbook, new Date()));
  return RunResultSchema.parse({ ok: outcome.ok && outcome.result.ok, message: outcomeText(outcome) });
}

/** Sidebar: the campaign form's current values. */
export function sidebarCampaignForm(): CampaignFormResult {
  const outcome = withWorkbook((workbook) => readConfig(workbook, workbook.sheets()), { readOnly: true });
  if (!outcome.ok) return CampaignFormResultSchema.parse({ ok: false, message: outcome.message });
  const config = outcome.result;
  return CampaignFormResultSchema.parse(
    config.ok ? { ok: true, form: campaignForm(config.campaign) } : { ok: false, message: SIDEBAR.notReady(config.problems[0]?.message ?? "") },
  );
}

/** Sidebar: the presets an officer can start from (id and Vietnamese name). */
export function sidebarPresets(): PresetList {
  return PresetListSchema.parse(PRESETS.map((preset) => ({ id: preset.id, name: preset.name })));
}

/**
 * Sidebar: starts the campaign from a preset (sheets, and the plan's thôn with their rows); existing data is kept.
 * @param {string} id the preset's id
 */
export function sidebarStart(id: string): RunResult {
  const preset = findPreset(String(id));
  if (!preset) return RunResultSchema.parse({ ok: false, message: ADDON.unknownPreset(String(id)) });
  const outcome = withWorkbook((workbook) => startFromPreset(workbook, preset), { setTimeZone: true });
  return RunResultSchema.parse({ ok: outcome.ok && outcome.result.ok, message: outcomeText(outcome) });
}

/**
 * Sidebar: validates the form again and saves it into Cấu hình.
 * @param {Object} form the campaign form (ISO dates)
 */
export function sidebarSaveCampaign(form: unknown): SaveResult {
  const outcome = withWorkbook((workbook) => updateCampaign(workbook, form));
  return SaveResultSchema.parse(outcome.ok ? outcome.result : { ok: false, message: outcome.message, errors: {} });
}

/** Menu: opens the sidebar. */
export function menuOpenSidebar(): void {
  const gas = platform();
  gas.SpreadsheetApp.getUi().showSidebar(gas.HtmlService.createHtmlOutputFromFile("sidebar").setTitle(ADDON.title));
}

/** Menu: installs the daily schedule (one trigger; installing again replaces it). */
export function menuInstallSchedule(): void {
  runFromMenu(ADDON.menu.installSchedule, (workbook) => installSchedule(workbook));
}

/** Menu: removes the schedule. */
export function menuRemoveSchedule(): void {
  runFromMenu(ADDON.menu.removeSchedule, () => removeSchedule());
}

/** Menu: how to use the add-on. */
export function menuHelp(): void {
  const ui = platform().SpreadsheetApp.getUi();
  ui.alert(ADDON.menu.help, ADDON.help, ui.ButtonSet.OK);
}

/**
 * The daily time-driven trigger: marks overdue work, and on the report weekday compiles the summary.
 * @param {GoogleAppsScript.Events.TimeDriven} e the trigger event
 */
export function scheduledRun(e?: GoogleAppsScript.Events.TimeDriven): void {
  runScheduled(new Date(), e?.triggerUid ?? null);
}

/**
 * Tỷ lệ đạt và đánh giá so với chỉ tiêu (Chưa đạt / Đạt / Vượt / Chưa có số liệu / Chưa có mức chỉ tiêu). Nhận một ô hoặc cả cột.
 * @param {number|Array<Array<number>>} da_dat Số đã đạt, ví dụ số hộ đã chỉnh trang (một ô hoặc một cột).
 * @param {number|Array<Array<number>>} tong Tổng số, ví dụ số hộ của thôn.
 * @param {number} toi_thieu Mức tối thiểu, phần trăm (ví dụ 70); để trống nếu kế hoạch không đặt.
 * @param {number} phan_dau Mức phấn đấu, phần trăm (ví dụ 80); để trống nếu kế hoạch không đặt.
 * @return Tỷ lệ và đánh giá, mỗi dòng hai ô.
 * @customfunction
 */
export function DANH_GIA_CHI_TIEU(da_dat: unknown, tong: unknown, toi_thieu: unknown, phan_dau?: unknown): unknown {
  return shape(ratioAndVerdict(da_dat, tong, toi_thieu, phan_dau ?? null), da_dat, tong);
}

/**
 * Nhãn theo dõi hạn: Quá hạn N ngày / Sắp đến hạn / Hoàn thành trễ hạn. Nhận một ô hoặc cả cột.
 * @param {string|Date|Array<Array<string|Date>>} thoi_han Thời hạn, ghi như trong kế hoạch (30/4/2021, quý I/2024, tháng 8/2024…).
 * @param {string|Array<Array<string>>} trang_thai Trạng thái: Chưa thực hiện / Đang thực hiện / Hoàn thành.
 * @param {Date|Array<Array<Date>>} ngay_hoan_thanh Ngày hoàn thành (nếu có).
 * @param {Date} hom_nay Ô chứa ngày hôm nay, ví dụ ô có =TODAY() (không đặt thẳng TODAY() vào đây: Google không nhận hàm biến động làm đối số).
 * @return Nhãn theo dõi hạn cho mỗi dòng.
 * @customfunction
 */
export function NHAN_HAN(thoi_han: unknown, trang_thai: unknown, ngay_hoan_thanh?: unknown, hom_nay?: unknown): unknown {
  return shape(deadlineLabels(thoi_han, trang_thai, ngay_hoan_thanh ?? "", hom_nay ?? null, spreadsheetCalendar()), thoi_han, trang_thai);
}

/**
 * Ngày của một thời hạn ghi bằng lời (tháng 8/2024 → 31/08/2024; quý I/2024 → 31/03/2024; trước tháng 6/2024 → 31/05/2024).
 * @param {string|Array<Array<string>>} cum_tu Cụm từ thời hạn (một ô hoặc một cột).
 * @param {number} nam Năm của phong trào, cho các cụm không ghi năm (trước 30/9).
 * @return Ngày hết hạn, hoặc lý do không hiểu cụm từ.
 * @customfunction
 */
export function NGAY_HAN(cum_tu: unknown, nam?: unknown): unknown {
  return shape(deadlineDates(cum_tu, nam ?? null, new Date(), spreadsheetCalendar()), cum_tu);
}

/** Dates in the spreadsheet's own time zone (custom functions may read it and use Utilities, nothing that needs authorising). */
function spreadsheetCalendar(): Calendar {
  const gas = platform();
  const zone = gas.SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? "Asia/Ho_Chi_Minh";
  return {
    dayOf: (date) => gas.Utilities.formatDate(date, zone, "yyyy-MM-dd") as IsoDate,
    instantOf: (day) => gas.Utilities.parseDate(day, zone, "yyyy-MM-dd"),
  };
}
