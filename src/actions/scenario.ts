// This file builds a synthetic commune of any size (thôn × households) for the benchmark and the call-count tests.
import { CHINH_TRANG_2026 } from "../domain/presets/chinh-trang-2026";
import { firstDataRow, placement, sheetColumn, villageTabLayout, type TablePlacement, type TableSheetLayout } from "../domain/layout/sheets";
import type { Workbook } from "../workbook/workbook";
import { loadState, villagesWithTabs } from "./campaign-state";
import { generateTabs } from "./generate-tabs";
import { setUpWorkbook } from "./set-up";

/** Sets up seed 000's campaign with `villages` thôn of `households` households each in the register; no tabs yet. */
export function syntheticRegister(workbook: Workbook, villages: number, households: number): void {
  setUpWorkbook(workbook, {
    ...CHINH_TRANG_2026,
    villages: Array.from({ length: villages }, (_, i) => ({ name: `Thôn ${i + 1}`, households, gardens: 10, clusters: 3, roads: 4 })),
  });
}

/** The thôn tabs' layout and each tab's name, from the workbook's own configuration. */
function syntheticTabs(workbook: Workbook): { layout: TableSheetLayout; sheets: string[] } {
  const loaded = loadState(workbook);
  if (!loaded.ok) throw new Error("synthetic commune has a broken configuration");
  const sheets = villagesWithTabs(loaded.state).flatMap(({ sheet }) => (sheet === null ? [] : [sheet]));
  return { layout: villageTabLayout(loaded.state.campaign), sheets };
}

/** Fills every thôn tab with `households` rows (every other one renovated) and two tasks, one of them late. */
export function fillSyntheticTabs(workbook: Workbook, households: number): void {
  const { layout, sheets } = syntheticTabs(workbook);
  const place = placement(layout, "households") as TablePlacement;
  const tasks = placement(layout, "tasks") as TablePlacement;
  for (const sheet of sheets) {
    const rows = Array.from({ length: households }, (_, h) => [`Hộ ${h + 1}`, h % 2 === 0, false, h % 3 === 0]);
    workbook.write(sheet, firstDataRow(layout), sheetColumn(place, "name"), rows);
    workbook.write(sheet, firstDataRow(layout), sheetColumn(tasks, "name"), [
      ["Đăng ký", "Thôn", null, "27/01/2026", "Hoàn thành", null],
      ["Ra quân", "Chi đoàn", null, "30/01/2026", "Đang thực hiện", null],
    ]);
  }
}

/** Types an "x" into one tick cell of every thôn tab, in household row `row` (1-based), ticking that row's cell again
 * first where an earlier call put an x: a check then finds one problem per tab, somewhere else each time. */
export function typeBadTicks(workbook: Workbook, row: number, previous: number | null = null): void {
  const { layout, sheets } = syntheticTabs(workbook);
  const tick = sheetColumn(placement(layout, "households") as TablePlacement, "name") + 1;
  for (const sheet of sheets) {
    if (previous !== null) workbook.write(sheet, firstDataRow(layout) + previous - 1, tick, [[true]]);
    workbook.write(sheet, firstDataRow(layout) + row - 1, tick, [["x"]]);
  }
}

/** The register, the tabs, and their data. */
export function syntheticCommune(workbook: Workbook, villages: number, households: number): void {
  syntheticRegister(workbook, villages, households);
  generateTabs(workbook);
  fillSyntheticTabs(workbook, households);
}
