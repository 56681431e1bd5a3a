// This file is the "mark overdue work" use case: the Theo dõi hạn column of every task and criteria table, from Vietnam's date.
import type { CellInput } from "../domain/cell";
import { type IsoDate, vietnamDate } from "../domain/dates";
import { criterionTiming, taskFlag } from "../domain/deadlines";
import { communeWorkLayout, SHEET_KEYS, type TablePlacement, type TableSheetLayout, firstDataRow, placement, sheetColumn, tabIdentity, villageTabLayout } from "../domain/layout/sheets";
import { RESULT, TASK_FLAG } from "../domain/messages";
import { type SheetGrid, gridCell } from "../domain/tables";
import { readTab } from "../domain/village-tab";
import type { Campaign } from "../domain/campaign";
import type { SheetIdentity, Workbook } from "../workbook/workbook";
import { loadState, sheetNamed, villagesWithTabs } from "./campaign-state";
import { writeProblems } from "./problems-sheet";
import { readDutyTracking } from "./duty-tracking";
import { writeExtras } from "./extra-sheets";
import { refusal } from "./access";
import { type ActionResult, type Progress, silent } from "./result";

interface Marked {
  readonly overdue: number;
  readonly dueSoon: number;
  /** The flag columns' new blocks (tasks, then criteria), only where a label changed. */
  readonly writes: ReadonlyArray<{ readonly sheet: string; readonly row: number; readonly col: number; readonly values: CellInput[][] }>;
}

/** One table's labels: the block to write into its flag column, only when a label changed. */
function labelTable(grid: SheetGrid, layout: TableSheetLayout, place: TablePlacement, labels: ReadonlyMap<number, string>): Marked["writes"] {
  const flagCol = sheetColumn(place, "flag");
  // A sheet still in an older layout (generate moves it) has another column there: nothing is written into it.
  if (gridCell(grid, layout.headerRow, flagCol) !== place.table.columns.find((column) => column.key === "flag")?.header) return [];
  const first = firstDataRow(layout);
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
  return changed ? [{ sheet: grid.sheet, row: first, col: flagCol, values: block }] : [];
}

/**
 * One sheet's labels from its values: tasks, and criteria that name an owner and a deadline (tracked the same way);
 * at most one write per table.
 */
function labelSheet(grid: SheetGrid, layout: TableSheetLayout, campaign: Campaign, today: IsoDate): Marked {
  const tab = readTab(grid, layout, campaign);
  const tasks = new Map(tab.tasks.flatMap(({ row, value }) => (value.name === null ? [] : [[row, taskFlag(value, today)] as const])));
  const criteria = new Map(
    tab.criteria.flatMap(({ row, value }) => {
      const timing = value.name === null ? null : criterionTiming(value);
      return [[row, timing === null ? "" : taskFlag(timing, today)] as const];
    }),
  );
  const writes: Array<Marked["writes"][number]> = [];
  const taskPlace = placement(layout, "tasks");
  if (taskPlace) writes.push(...labelTable(grid, layout, taskPlace, tasks));
  const criteriaPlace = placement(layout, "criteria");
  if (criteriaPlace) writes.push(...labelTable(grid, layout, criteriaPlace, criteria));
  const values = [...tasks.values(), ...criteria.values()];
  return {
    overdue: values.filter((label) => label.startsWith(TASK_FLAG.overduePrefix)).length,
    dueSoon: values.filter((label) => label === TASK_FLAG.dueSoon).length,
    writes,
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
  const targets: Array<[string, TableSheetLayout, SheetIdentity | undefined]> = villagesWithTabs(state).flatMap(({ entry, sheet }) =>
    sheet === null ? [] : [[sheet, layout, tabIdentity(entry.id)] as [string, TableSheetLayout, SheetIdentity]],
  );
  const work = sheetNamed(state, SHEET_KEYS.communeWork);
  if (work !== null) targets.push([work, communeWorkLayout(state.campaign), undefined]);
  const dutyTracking = readDutyTracking(workbook, state, now);
  // Every sheet is read before the first label is written: Sheets then applies the writes in one go.
  const marked = targets.map(([sheet, sheetLayout, identity], i) => {
    progress(i + 1, targets.length, "trang tính");
    return labelSheet({ sheet, values: workbook.read(sheet, identity) }, sheetLayout, state.campaign, today);
  });
  for (const write of marked.flatMap((m) => m.writes)) workbook.write(write.sheet, write.row, write.col, write.values);
  writeExtras(workbook, dutyTracking);
  const overdue = marked.reduce((sum, m) => sum + m.overdue, 0);
  const dueSoon = marked.reduce((sum, m) => sum + m.dueSoon, 0);
  return { ok: true, message: RESULT.overdue(overdue, dueSoon), counts: { overdue, dueSoon, sheets: targets.length }, problems: [] };
}
