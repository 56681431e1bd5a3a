// This file is the "mark overdue work" use case: the Theo dõi hạn column of every task table, from Vietnam's date.
import type { CellInput } from "../domain/cell";
import { type IsoDate, vietnamDate } from "../domain/dates";
import { taskFlag } from "../domain/deadlines";
import { communeWorkLayout, SHEET_KEYS, type TablePlacement, type TableSheetLayout, firstDataRow, placement, sheetColumn, villageTabLayout } from "../domain/layout/sheets";
import { RESULT, TASK_FLAG } from "../domain/messages";
import { type SheetGrid, gridCell } from "../domain/tables";
import { readTab } from "../domain/village-tab";
import type { Campaign } from "../domain/campaign";
import type { Workbook } from "../workbook/workbook";
import { loadState, sheetNamed, villagesWithTabs } from "./campaign-state";
import { writeProblems } from "./problems-sheet";
import { refusal } from "./access";
import { type ActionResult, type Progress, silent } from "./result";

interface Marked {
  readonly overdue: number;
  readonly dueSoon: number;
}

/** Rewrites one sheet's flag column in one block, and only when a label changed. */
function markSheet(workbook: Workbook, sheet: string, layout: TableSheetLayout, campaign: Campaign, today: IsoDate): Marked {
  const place = placement(layout, "tasks") as TablePlacement | undefined;
  if (!place) return { overdue: 0, dueSoon: 0 };
  const grid: SheetGrid = { sheet, values: workbook.read(sheet) };
  const tab = readTab(grid, layout, campaign);
  const flagCol = sheetColumn(place, "flag");
  const first = firstDataRow(layout);
  const labels = new Map<number, string>();
  for (const { row, value } of tab.tasks) if (value.name !== null) labels.set(row, taskFlag(value, today));
  let last = Math.max(first - 1, ...labels.keys());
  for (let row = grid.values.length; row > last; row--) {
    if (gridCell(grid, row, flagCol) !== null) {
      last = row;
      break;
    }
  }
  const block: CellInput[][] = [];
  let changed = false;
  for (let row = first; row <= last; row++) {
    const label = labels.get(row) ?? "";
    const old = gridCell(grid, row, flagCol) ?? "";
    if (old !== label) changed = true;
    block.push([label === "" ? null : label]);
  }
  if (changed) workbook.write(sheet, first, flagCol, block);
  const values = Array.from(labels.values());
  return {
    overdue: values.filter((label) => label.startsWith(TASK_FLAG.overduePrefix)).length,
    dueSoon: values.filter((label) => label === TASK_FLAG.dueSoon).length,
  };
}

export function markOverdue(workbook: Workbook, now: Date, progress: Progress = silent): ActionResult {
  const loaded = loadState(workbook);
  const refused = refusal(workbook, loaded);
  if (refused) return refused;
  if (!loaded.ok) {
    writeProblems(workbook, loaded.problems);
    return { ok: false, message: loaded.problems[0]?.message ?? "", counts: {}, problems: loaded.problems };
  }
  const { state } = loaded;
  const today = vietnamDate(now);
  const layout = villageTabLayout(state.campaign);
  const targets: Array<[string, TableSheetLayout]> = villagesWithTabs(state).flatMap(({ sheet }) =>
    sheet === null ? [] : [[sheet, layout] as [string, TableSheetLayout]],
  );
  const work = sheetNamed(state, SHEET_KEYS.communeWork);
  if (work !== null) targets.push([work, communeWorkLayout(state.campaign)]);
  let overdue = 0;
  let dueSoon = 0;
  targets.forEach(([sheet, sheetLayout], i) => {
    progress(i + 1, targets.length, "trang tính");
    const marked = markSheet(workbook, sheet, sheetLayout, state.campaign, today);
    overdue += marked.overdue;
    dueSoon += marked.dueSoon;
  });
  return { ok: true, message: RESULT.overdue(overdue, dueSoon), counts: { overdue, dueSoon, sheets: targets.length }, problems: [] };
}
