// This file reads every thôn tab and Công việc chung once and judges them: what check and compile both start from.
import { a1 } from "../domain/layout/a1";
import { communeWorkLayout, SHEET_KEYS, sheetColumn, tabIdentity, villageTabLayout } from "../domain/layout/sheets";
import type { CriteriaCount } from "../domain/verdicts";
import { type OwnerCounts, countByOwner, countCriteria } from "../domain/commune-work";
import { PROBLEM, SHEET_NAMES } from "../domain/messages";
import { type DataProblem, problemAt } from "../domain/problems";
import { REGISTER_PLACE } from "../domain/register";
import { vietnamDate } from "../domain/dates";
import type { SummarySection } from "../domain/summary";
import { type ExtraWrite, readExtras } from "./extra-sheets";
import { leaderSection } from "../domain/leaders";
import { asMoved } from "./relayout-sheets";
import { type TaskCounts, type VillageStatus, countTasks, taskProblems, villageStatus } from "../domain/village-status";
import { readTab, type TabRows } from "../domain/village-tab";
import { type WorkItem, openWork } from "../domain/work-items";
import { type ModelFieldCount, tallyModels } from "../domain/model-tally";
import type { Workbook } from "../workbook/workbook";
import { canEditFile } from "../domain/access";
import { compareVietnamese } from "../domain/vietnamese-order";
import { toFillCells } from "../domain/to-fill";

function inVietnameseOrderOfNames(names: readonly string[]): string[] {
  return [...names].sort(compareVietnamese);
}
import { type CampaignState, sheetNamed, villagesWithTabs } from "./campaign-state";
import type { Progress } from "./result";

export interface CampaignReadout {
  readonly statuses: VillageStatus[];
  readonly communeTasks: TaskCounts;
  /** Công việc chung's criteria (seed 001: the commune's 11 of 19), null when it lists none. */
  readonly communeCriteria: CriteriaCount | null;
  /** Công việc chung's tasks counted per owner (department, officer or organisation). */
  readonly owners: OwnerCounts[];
  /** Problems outside the thôn tabs: register, config, Công việc chung, thôn without a tab. */
  readonly otherProblems: DataProblem[];
  /** Thôn in the register that have no tab yet, so no figures: named, not left out silently. */
  readonly withoutTab: string[];
  /** Open tasks and criteria of every tab and Công việc chung, with owner and deadline. */
  readonly work: WorkItem[];
  /** Models registered on the thôn tabs and Công việc chung, by field and status. */
  readonly models: ModelFieldCount[];
  /** The campaign's other sheets (measured targets, duties, units), each a section of the summary. */
  readonly sections: SummarySection[];
  /** Cells the other sheets' readings work out (Việc định kỳ's Theo dõi), for check to write after every read. */
  readonly extraWrites: ExtraWrite[];
  /** "Cần bổ sung": cells a preset left for the officer (the plan is silent), register first, then tabs, then Công việc chung. */
  readonly toFill: DataProblem[];
}

/**
 * Heads whose email can't edit the file: a protection lists them, but "This method does not automatically give the
 * user permission to edit the spreadsheet itself", and the add-on never shares the file (that needs Drive access).
 * https://developers.google.com/apps-script/reference/spreadsheet/protection#addEditors(String)
 */
export function sharingProblems(workbook: Workbook, state: CampaignState): DataProblem[] {
  const access = workbook.access();
  if (access === null) return [];
  const emailCol = sheetColumn(REGISTER_PLACE, "email");
  return state.register.entries.flatMap((entry) =>
    entry.email === null || canEditFile(access, entry.email)
      ? []
      : [problemAt(state.registerSheet, a1(entry.row, emailCol), PROBLEM.headCannotEdit(entry.email, entry.name), entry.name)],
  );
}

export function readVillages(workbook: Workbook, state: CampaignState, now: Date, progress: Progress): CampaignReadout {
  const today = vietnamDate(now);
  const layout = villageTabLayout(state.campaign);
  const villages = villagesWithTabs(state);
  const otherProblems: DataProblem[] = [...state.register.problems, ...sharingProblems(workbook, state)];
  const statuses: VillageStatus[] = [];
  const withoutTab: string[] = [];
  const openItems: WorkItem[] = [];
  const models: Array<TabRows["models"]> = [];
  const tabs: Array<{ id: string; name: string; tab: TabRows }> = [];
  const toFill: DataProblem[] = [...toFillCells(state.configGrid), ...toFillCells(state.registerGrid)];
  villages.forEach(({ entry, sheet }, i) => {
    progress(i + 1, villages.length, "thôn");
    if (sheet === null) {
      otherProblems.push(problemAt(state.registerSheet, a1(entry.row, sheetColumn(REGISTER_PLACE, "name")), PROBLEM.villageWithoutTab(entry.name, workbook.frontEnd), entry.name));
      withoutTab.push(entry.name);
      return;
    }
    const grid = { sheet, values: workbook.read(sheet, tabIdentity(entry.id)) };
    // A tab in an older layout is read as generate will move it; its own cells' problems wait for the move.
    const moved = asMoved(grid, layout, workbook.frontEnd, entry.name);
    const tab = readTab(moved.grid, layout, state.campaign);
    toFill.push(...toFillCells(grid, entry.name));
    const status = villageStatus(state.campaign, entry, sheet, layout, tab, today);
    statuses.push(moved.problem === null ? status : { ...status, problems: [moved.problem, ...status.problems.filter((problem) => problem.sheet !== sheet)] });
    tabs.push({ id: entry.id, name: entry.name, tab });
    openItems.push(...openWork(tab, entry.name, today));
    models.push(tab.models);
  });
  for (const entry of state.register.entries) {
    if (entry.id === null) {
      otherProblems.push(problemAt(state.registerSheet, a1(entry.row, sheetColumn(REGISTER_PLACE, "id")), PROBLEM.villageWithoutTab(entry.name, workbook.frontEnd), entry.name));
      withoutTab.push(entry.name);
    }
  }
  const work = sheetNamed(state, SHEET_KEYS.communeWork);
  let communeTasks: TaskCounts = { total: 0, done: 0, overdue: 0, dueSoon: 0 };
  let communeCriteria: CriteriaCount | null = null;
  let owners: OwnerCounts[] = [];
  let communeWork: TabRows | null = null;
  if (work === null) {
    otherProblems.push(problemAt(SHEET_NAMES.communeWork, "", PROBLEM.sheetMissing(SHEET_NAMES.communeWork, workbook.frontEnd)));
  } else {
    const workLayout = communeWorkLayout(state.campaign);
    const grid = { sheet: work, values: workbook.read(work) };
    const moved = asMoved(grid, workLayout, workbook.frontEnd);
    const tab = readTab(moved.grid, workLayout, state.campaign);
    toFill.push(...toFillCells(grid));
    otherProblems.push(...(moved.problem === null ? [...tab.problems, ...taskProblems(tab.tasks, work, workLayout)] : [moved.problem]));
    communeTasks = countTasks(tab.tasks, today, tab.criteria);
    communeCriteria = countCriteria(tab.criteria);
    owners = countByOwner(tab.tasks, today, tab.criteria);
    openItems.push(...openWork(tab, null, today));
    models.push(tab.models);
    communeWork = tab;
  }
  const extras = readExtras(workbook, state.sheets, { campaign: state.campaign, today, now, villages: tabs, communeWork });
  otherProblems.push(...extras.problems);
  toFill.push(...extras.toFill);
  return {
    sections: [...extras.sections, ...leaderSections(communeWork, tabs, today)], extraWrites: extras.writes, statuses, communeTasks, communeCriteria, owners, otherProblems, withoutTab: inVietnameseOrderOfNames(withoutTab), work: openItems, models: tallyModels(models), toFill };
}

/** The per-leader section, from Công việc chung's and every thôn tab's criteria and tasks; none when no row names a leader. */
function leaderSections(communeWork: TabRows | null, tabs: ReadonlyArray<{ tab: TabRows }>, today: string): SummarySection[] {
  const section = leaderSection([...(communeWork === null ? [] : [communeWork]), ...tabs.map(({ tab }) => tab)], today);
  return section === null ? [] : [section];
}

/** Every problem: first what the officer must fill in (Cần bổ sung), then thôn tabs in Vietnamese order, then the rest. */
export function allProblems(readout: CampaignReadout): DataProblem[] {
  return [...readout.toFill, ...readout.statuses.flatMap((status) => status.problems), ...readout.otherProblems];
}
