// This file is the "check targets and data" use case: judge every thôn and list every data problem in Lỗi dữ liệu.
import { RESULT, VERDICT } from "../domain/messages";
import type { Workbook } from "../workbook/workbook";
import { type CampaignState, loadState, sheetNamed } from "./campaign-state";
import { REGISTER_LAYOUT, SHEET_KEYS, type TableSheetLayout, communeWorkLayout, villageTabLayout } from "../domain/layout/sheets";
import type { DataProblem } from "../domain/problems";
import { problemCells } from "../domain/problem-marks";
import { writeProblems } from "./problems-sheet";
import { writeExtras } from "./extra-sheets";
import { allProblems, readVillages, type CampaignReadout } from "./read-villages";
import { refusal } from "./access";
import { protectOfficerSheets } from "./protect-sheets";
import { type ActionResult, type Progress, silent } from "./result";

/**
 * Colours each problem's cell where people type it, on the thôn tabs, Công việc chung and Danh sách thôn, and takes the
 * colour off the cells fixed since: a head sees on the tab itself what Lỗi dữ liệu lists ("sau Tết" as a deadline).
 */
function markProblemCells(workbook: Workbook, state: CampaignState, readout: CampaignReadout, problems: readonly DataProblem[]): void {
  const tabLayout = villageTabLayout(state.campaign);
  const sheets: Array<[string, TableSheetLayout]> = readout.statuses.map((status) => [status.sheet, tabLayout]);
  const work = sheetNamed(state, SHEET_KEYS.communeWork);
  if (work !== null) sheets.push([work, communeWorkLayout(state.campaign)]);
  sheets.push([state.registerSheet, REGISTER_LAYOUT]);
  for (const [sheet, layout] of sheets) workbook.markProblems(sheet, problemCells(problems, sheet, layout));
}

export function checkCampaign(
  workbook: Workbook,
  now: Date,
  progress: Progress = silent,
): ActionResult & { readout?: CampaignReadout; state?: CampaignState } {
  const loaded = loadState(workbook);
  const refused = refusal(workbook, loaded);
  if (refused) return refused;
  if (!loaded.ok) {
    writeProblems(workbook, loaded.problems);
    return { ok: false, message: loaded.problems[0]?.message ?? "", counts: {}, problems: loaded.problems };
  }
  const readout = readVillages(workbook, loaded.state, now, progress);
  // An officer removed from Cấu hình loses the officers' sheets at the next action (free when the list is unchanged).
  protectOfficerSheets(workbook, loaded.state.sheets, loaded.state.campaign.officers);
  const problems = allProblems(readout);
  writeProblems(workbook, problems);
  // After Lỗi dữ liệu, whose rewrite reads it first: the marks only write, so no read waits for them.
  markProblemCells(workbook, loaded.state, readout, problems);
  writeExtras(workbook, readout.extraWrites);
  const below = readout.statuses.filter((s) => s.indicators.some((r) => r.verdict === VERDICT.below)).length;
  return {
    ok: true,
    message: RESULT.checked(readout.statuses.length, below, problems.length),
    counts: { villages: readout.statuses.length, below, problems: problems.length },
    problems,
    readout,
    state: loaded.state,
  };
}
