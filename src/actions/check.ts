// This file is the "check targets and data" use case: judge every thôn and list every data problem in Lỗi dữ liệu.
import { vietnamDate } from "../domain/dates";
import { RESULT, VERDICT } from "../domain/messages";
import type { Workbook } from "../workbook/workbook";
import { type CampaignState, loadState } from "./campaign-state";
import { writeProblems } from "./problems-sheet";
import { allProblems, readVillages, type CampaignReadout } from "./read-villages";
import { refusal } from "./access";
import { protectOfficerSheets } from "./protect-sheets";
import { type ActionResult, type Progress, silent } from "./result";

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
  const readout = readVillages(workbook, loaded.state, vietnamDate(now), progress);
  // An officer removed from Cấu hình loses the officers' sheets at the next action (free when the list is unchanged).
  protectOfficerSheets(workbook, loaded.state.sheets, loaded.state.campaign.officers);
  const problems = allProblems(readout);
  writeProblems(workbook, problems);
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
