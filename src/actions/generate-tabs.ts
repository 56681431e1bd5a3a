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
} from "../domain/layout/sheets";
import { headersChangedByHand, tableHeaderRows } from "./table-sheets";
import { REMOVED_VILLAGE_MARK, RESULT } from "../domain/messages";
import { type DataProblem } from "../domain/problems";
import { REGISTER_PLACE, type RegisterEntry, assignIds, inVietnameseOrder } from "../domain/register";
import { safeSheetName } from "../domain/sheet-names";
import { type SheetGrid, gridCell, lastFilledRow } from "../domain/tables";
import { registeredCount } from "../domain/village-status";
import type { Workbook } from "../workbook/workbook";
import { type CampaignState, loadState } from "./campaign-state";
import { writeProblems } from "./problems-sheet";
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
function rowsWanted(grid: SheetGrid, layout: TableSheetLayout, place: TablePlacement, registered: number | null): number {
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
function updateTab(work: TabWork, sheet: string, entry: RegisterEntry & { id: string }, isNew: boolean): void {
  const { workbook, state, layout } = work;
  const campaign = state.campaign;
  const grid: SheetGrid = { sheet, values: isNew ? [] : workbook.read(sheet) };

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
    const registered = id === "households" || id === "gardens" || id === "clustersRoads" ? registeredCount(entry, id) : null;
    const count = rowsWanted(grid, layout, place, registered);
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
  if (!loaded.ok) {
    writeProblems(workbook, loaded.problems);
    return { ok: false, message: loaded.problems[0]?.message ?? "", counts: {}, problems: loaded.problems };
  }
  const state = loaded.state;
  const campaign = state.campaign;
  const layout = villageTabLayout(campaign);
  const problems: DataProblem[] = [...state.register.problems];

  const ids = assignIds(state.register.entries, campaign.lastVillageNumber);
  if (ids.assigned > 0) {
    const idCol = sheetColumn(REGISTER_PLACE, "id");
    writeRegisterColumn(workbook, state, idCol, new Map(ids.entries.map((entry) => [entry.row, entry.id])));
    const settingsRow = firstDataRow(CONFIG_LAYOUT) + SETTINGS.findIndex((s) => s.key === "lastVillageNumber");
    const settingsPlace = placement(CONFIG_LAYOUT, SETTINGS_TABLE.id) as TablePlacement;
    workbook.write(state.configSheet, settingsRow, settingsPlace.firstCol + 1, [[ids.lastIssued]]);
  }

  const names = new Set(state.sheets.map((s) => s.name));
  const keyed = new Map(state.sheets.flatMap((s) => (s.key === null ? [] : [[s.key, s.name] as const])));
  const entries = inVietnameseOrder(ids.entries as Array<RegisterEntry & { id: string }>);
  const work: TabWork = { workbook, state, layout, problems };
  // Every thôn tab has the same format: build it once, not once per tab.
  const tabFormat = villageTabFormat(layout, { headerRow: VILLAGE_TAB.kpiHeaderRow, rows: VILLAGE_TAB.kpiRows, firstCol: VILLAGE_TAB.kpiFirstCol, cols: KPI_HEADERS.length });
  let created = 0;
  const links = new Map<number, CellInput>();
  entries.forEach((entry, i) => {
    progress(i + 1, entries.length, "tab thôn");
    let sheet = keyed.get(entry.id);
    const isNew = sheet === undefined;
    if (sheet === undefined) {
      sheet = safeSheetName(entry.name, names);
      workbook.addSheet(sheet, entry.id);
      names.add(sheet);
      created++;
    }
    updateTab(work, sheet, entry, isNew);
    workbook.format(sheet, tabFormat);
    workbook.protect(sheet, [...campaign.officers, ...(entry.email === null ? [] : [entry.email])], `Tab của ${entry.name}`);
    workbook.setTabColor(sheet, null);
    links.set(entry.row, { link: { sheet, text: "Mở tab" } });
  });

  if (links.size > 0) writeRegisterColumn(workbook, state, sheetColumn(REGISTER_PLACE, "tab"), links);

  const current = new Set(entries.map((entry) => entry.id));
  let removed = 0;
  for (const [key, sheet] of keyed) {
    if (!/^T\d+$/.test(key) || current.has(key)) continue;
    removed++;
    const title = workbook.read(sheet)[0]?.[0];
    const text = typeof title === "string" ? title : "";
    if (!text.startsWith(REMOVED_VILLAGE_MARK)) workbook.write(sheet, 1, 1, [[`${REMOVED_VILLAGE_MARK} ${text}`]]);
    workbook.setTabColor(sheet, REMOVED_TAB_COLOUR);
  }

  writeProblems(workbook, problems);
  const updated = entries.length - created;
  return {
    ok: true,
    message: RESULT.generated(created, updated, removed),
    counts: { created, updated, removed, idsAssigned: ids.assigned },
    problems,
  };
}
