// This file is the "create/update thôn tabs" use case: ids for new thôn, one tab each, formulas and formats, data untouched.
import type { Campaign } from "../domain/campaign";
import type { CellInput } from "../domain/cell";
import { villageTabFormat } from "../domain/layout/format";
import { KPI_HEADERS, householdDoneFormula, kpiBlock } from "../domain/layout/kpi";
import {
  CONFIG_LAYOUT,
  REGISTER_LAYOUT,
  VILLAGE_TAB,
  type TablePlacement,
  type TableSheetLayout,
  firstDataRow,
  placement,
  sheetColumn,
  villageTabLayout,
  tabCapacity,
  lastDataRow,
  lastColumn,
} from "../domain/layout/sheets";
import { headersChangedByHand, tableHeaderRows } from "./table-sheets";
import { PROTECTION, REMOVED_VILLAGE_MARK, RESULT } from "../domain/messages";
import { protectOfficerSheets } from "./protect-sheets";
import { type DataProblem } from "../domain/problems";
import { REGISTER_PLACE, type RegisterEntry, assignIds, inVietnameseOrder } from "../domain/register";
import { safeSheetName } from "../domain/sheet-names";
import { type SheetGrid, gridCell, lastFilledRow } from "../domain/tables";
import { registeredCount } from "../domain/village-status";
import type { Workbook } from "../workbook/workbook";
import { type CampaignState, loadState } from "./campaign-state";
import { writeProblems } from "./problems-sheet";
import { sharingProblems } from "./read-villages";
import { refusal } from "./access";
import { type ActionResult, type Progress, silent } from "./result";
import { SETTINGS_TABLE, SETTINGS } from "../domain/layout/columns";

/** Empty numbered rows kept ready below the last filled one, so a head can type without asking for more. */
export const SPARE_ROWS = 10;
const REMOVED_TAB_COLOUR = "#999999";

export function tabTitle(campaign: Campaign, entry: Pick<RegisterEntry, "name">): string {
  return `${entry.name.toLocaleUpperCase("vi")}: ${campaign.title}`;
}

export function tabInfo(campaign: Campaign, entry: RegisterEntry & { id: string }): string {
  const head = entry.head === null ? "" : ` · Trưởng thôn: ${entry.head}`;
  return `Mã thôn: ${entry.id}${head} · Xã ${campaign.commune} · Đánh dấu ✓ vào các ô khi hoàn thành; số liệu ở trên tự cập nhật.`;
}

/** Rows a table should have ready: the register's count or what is filled, whichever is more, plus spare rows. */
function rowsWanted(grid: SheetGrid, layout: TableSheetLayout, place: TablePlacement, entry: RegisterEntry): number {
  const id = place.table.id;
  const registered = id === "households" || id === "gardens" || id === "clustersRoads" ? registeredCount(entry, id) : null;
  const filled = Math.max(0, lastFilledRow(grid, layout, place) - firstDataRow(layout) + 1);
  return Math.max(filled, registered ?? 0) + SPARE_ROWS;
}

function column(values: readonly CellInput[]): CellInput[][] {
  return values.map((value) => [value]);
}

interface TabWork {
  readonly workbook: Workbook;
  readonly state: CampaignState;
  readonly layout: TableSheetLayout;
  readonly problems: DataProblem[];
}

/** Writes the tab's add-on-owned cells; when a person changed a table header, only the title and KPI block. */
function updateTab(work: TabWork, grid: SheetGrid, entry: RegisterEntry & { id: string }): void {
  const { workbook, state, layout } = work;
  const campaign = state.campaign;
  const sheet = grid.sheet;

  workbook.write(sheet, VILLAGE_TAB.titleRow, 1, [[tabTitle(campaign, entry)], [tabInfo(campaign, entry)]]);
  workbook.write(sheet, VILLAGE_TAB.kpiHeaderRow, VILLAGE_TAB.kpiFirstCol, kpiBlock(campaign, layout, entry.id, state.registerSheet));

  const changed = headersChangedByHand(grid, layout);
  if (changed.length > 0) {
    work.problems.push(...changed);
    return;
  }
  workbook.write(sheet, layout.tableTitleRow, 1, tableHeaderRows(layout));

  for (const place of layout.tables) {
    const first = firstDataRow(layout);
    const id = place.table.id;
    if (id === "criteria") {
      if (lastFilledRow(grid, layout, place) === 0 && campaign.criteria.length > 0) {
        workbook.write(sheet, first, place.firstCol, campaign.criteria.map((c) => [c.number, c.name, c.hard]));
      }
      continue;
    }
    const count = rowsWanted(grid, layout, place, entry);
    workbook.write(sheet, first, place.firstCol, column(Array.from({ length: count }, (_, i) => i + 1)));
    if (id === "households") {
      const formulas = Array.from({ length: count }, (_, i) => householdDoneFormula(place, first + i, campaign.householdMinItems));
      workbook.write(sheet, first, sheetColumn(place, "done"), column(formulas));
    }
  }
}

/** Writes one add-on column of the register in one block: the given rows' new values, every other row as it was read. */
function writeRegisterColumn(workbook: Workbook, state: CampaignState, col: number, values: ReadonlyMap<number, CellInput>): void {
  const first = firstDataRow(REGISTER_LAYOUT);
  const last = Math.max(...values.keys());
  const block = Array.from({ length: last - first + 1 }, (_, i) => [values.get(first + i) ?? gridCell(state.registerGrid, first + i, col)]);
  workbook.write(state.registerSheet, first, col, block);
}

/**
 * Gives new thôn an id, creates the tabs that are missing, refreshes every tab's titles, KPI formulas, numbering and
 * formats, links the register to the tabs, and marks tabs whose thôn left the register. Never deletes or overwrites data.
 */
export function generateTabs(workbook: Workbook, progress: Progress = silent): ActionResult {
  const loaded = loadState(workbook);
  const refused = refusal(workbook, loaded);
  if (refused) return refused;
  if (!loaded.ok) {
    writeProblems(workbook, loaded.problems);
    return { ok: false, message: loaded.problems[0]?.message ?? "", counts: {}, problems: loaded.problems };
  }
  const state = loaded.state;
  const campaign = state.campaign;
  const problems: DataProblem[] = [...state.register.problems, ...sharingProblems(workbook, state)];

  const ids = assignIds(state.register.entries, campaign.lastVillageNumber);

  const names = new Set(state.sheets.map((s) => s.name));
  const keyed = new Map(state.sheets.flatMap((s) => (s.key === null ? [] : [[s.key, s.name] as const])));
  const entries = inVietnameseOrder(ids.entries as Array<RegisterEntry & { id: string }>);

  // Every read comes before the first write, so Sheets applies the writes in one go at the end.
  const grids = new Map(entries.flatMap((entry) => {
    const sheet = keyed.get(entry.id);
    return sheet === undefined ? [] : [[entry.id, { sheet, values: workbook.read(sheet) }] as const];
  }));
  const current = new Set(entries.map((entry) => entry.id));
  const leftTabs = [...keyed].filter(([key]) => /^T\d+$/.test(key) && !current.has(key)).map(([, sheet]) => ({ sheet, title: workbook.read(sheet)[0]?.[0] }));

  // Every tab has the same size and format, for the biggest table any thôn needs.
  const base = villageTabLayout(campaign);
  const needed = entries.flatMap((entry) =>
    base.tables.map((place) => rowsWanted(grids.get(entry.id) ?? { sheet: "", values: [] }, base, place, entry)),
  );
  const layout = villageTabLayout(campaign, tabCapacity(Math.max(0, ...needed)));
  const work: TabWork = { workbook, state, layout, problems };
  const tabFormat = villageTabFormat(layout, { headerRow: VILLAGE_TAB.kpiHeaderRow, rows: VILLAGE_TAB.kpiRows, firstCol: VILLAGE_TAB.kpiFirstCol, cols: KPI_HEADERS.length });

  if (ids.assigned > 0) {
    const idCol = sheetColumn(REGISTER_PLACE, "id");
    writeRegisterColumn(workbook, state, idCol, new Map(ids.entries.map((entry) => [entry.row, entry.id])));
    const settingsRow = firstDataRow(CONFIG_LAYOUT) + SETTINGS.findIndex((s) => s.key === "lastVillageNumber");
    const settingsPlace = placement(CONFIG_LAYOUT, SETTINGS_TABLE.id) as TablePlacement;
    workbook.write(state.configSheet, settingsRow, settingsPlace.firstCol + 1, [[ids.lastIssued]]);
  }

  let created = 0;
  const links = new Map<number, CellInput>();
  entries.forEach((entry, i) => {
    progress(i + 1, entries.length, "tab thôn");
    let grid = grids.get(entry.id);
    if (grid === undefined) {
      const sheet = safeSheetName(entry.name, names);
      workbook.addSheet(sheet, entry.id);
      names.add(sheet);
      created++;
      grid = { sheet, values: [] };
    }
    workbook.fit(grid.sheet, lastDataRow(layout), lastColumn(layout));
    updateTab(work, grid, entry);
    workbook.format(grid.sheet, tabFormat);
    workbook.protect(grid.sheet, [...campaign.officers, ...(entry.email === null ? [] : [entry.email])], PROTECTION.village(entry.name));
    workbook.setTabColor(grid.sheet, null);
    links.set(entry.row, { link: { sheet: grid.sheet, text: "Mở tab" } });
  });

  protectOfficerSheets(workbook, state.sheets, campaign.officers);
  if (links.size > 0) writeRegisterColumn(workbook, state, sheetColumn(REGISTER_PLACE, "tab"), links);

  for (const { sheet, title } of leftTabs) {
    const text = typeof title === "string" ? title : "";
    if (!text.startsWith(REMOVED_VILLAGE_MARK)) workbook.write(sheet, 1, 1, [[`${REMOVED_VILLAGE_MARK} ${text}`]]);
    workbook.setTabColor(sheet, REMOVED_TAB_COLOUR);
  }
  const removed = leftTabs.length;

  writeProblems(workbook, problems);
  const updated = entries.length - created;
  return {
    ok: true,
    message: RESULT.generated(created, updated, removed),
    counts: { created, updated, removed, idsAssigned: ids.assigned },
    problems,
  };
}
