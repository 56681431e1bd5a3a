// This file is the "create/update thôn tabs" use case: ids for new thôn, one tab each, formulas and formats, data untouched.
import { type Campaign, kindNamed } from "../domain/campaign";
import type { CellInput } from "../domain/cell";
import { type SheetFormat, villageTabFormat } from "../domain/layout/format";
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
  tabIdentity,
  SHEET_KEYS,
  lastDataRow,
  lastColumn,
} from "../domain/layout/sheets";
import { headersChangedByHand, tableHeaderRows } from "./table-sheets";
import { PROTECTION, REMOVED_VILLAGE_MARK, RESULT, SUMMARY_TEXT } from "../domain/messages";
import { protectOfficerSheets } from "./protect-sheets";
import { type DataProblem } from "../domain/problems";
import { FIRST_NAME_CELL, REGISTER_PLACE, type RegisterEntry, assignIds, inVietnameseOrder } from "../domain/register";
import { safeSheetName } from "../domain/sheet-names";
import { tabsTakingNames } from "../domain/tab-names";
import { type SheetGrid, gridCell, lastFilledRow } from "../domain/tables";
import { registeredCount } from "../domain/village-status";
import type { Workbook } from "../workbook/workbook";
import { type CampaignState, loadState, sheetNamed } from "./campaign-state";
import { writeProblems } from "./problems-sheet";
import { sharingProblems } from "./read-villages";
import { refusal } from "./access";
import { type ActionResult, type Progress, silent } from "./result";
import { SETTINGS_TABLE, SETTINGS } from "../domain/layout/columns";
import { fingerprint } from "../domain/fingerprint";
import { summaryChart, summaryFormat, summaryRoom, summaryWidth } from "../domain/layout/summary-sheet";
import { historySheetFormat } from "./compile-summary";
import { EXTRA_SHEETS } from "../domain/extras/extra-sheet";
import { ensureExtraSheets } from "./extra-sheets";
import { upgradeTableSheet } from "./upgrade-sheet";
import { configSheetFormat } from "../domain/layout/format";
import { registerSheetFormat } from "../domain/layout/register-format";
import { type TableMove, applyMove, movedFormat, planMove, upgradeCommuneWork } from "./relayout-sheets";
import { PROTECTION as WHO, SHEET_NAMES } from "../domain/messages";

/** Empty numbered rows kept ready below the last filled one, so a head can type without asking for more. */
export const SPARE_ROWS = 10;
const REMOVED_TAB_COLOUR = "#999999";

export function tabTitle(campaign: Campaign, entry: Pick<RegisterEntry, "name">): string {
  return `${entry.name.toLocaleUpperCase("vi")}: ${campaign.title}`;
}

export function tabInfo(campaign: Campaign, entry: RegisterEntry & { id: string }): string {
  const head = entry.head === null ? "" : ` · Trưởng thôn: ${entry.head}`;
  return `${tabIdentity(entry.id).prefix}${head} · Xã ${campaign.commune} · Đánh dấu ✓ vào các ô khi hoàn thành; số liệu ở trên tự cập nhật.`;
}

/** Rows a table should have ready: the register's count or what is filled, whichever is more, plus spare rows. */
function rowsWanted(grid: SheetGrid, layout: TableSheetLayout, place: TablePlacement, entry: RegisterEntry): number {
  const id = place.table.id;
  const registered = id === "households" || id === "gardens" || id === "clustersRoads" ? registeredCount(entry, id) : null;
  const filled = Math.max(0, lastFilledRow(grid, layout, place) - firstDataRow(layout) + 1);
  return Math.max(filled, registered ?? 0) + SPARE_ROWS;
}

/** Lỗi dữ liệu as the KPI block names it; made by this run's end when it is missing. */
function problemsSheetOf(state: CampaignState): { name: string; exists: boolean } {
  const name = sheetNamed(state, SHEET_KEYS.problems);
  return name === null ? { name: SHEET_NAMES.problems, exists: false } : { name, exists: true };
}

function column(values: readonly CellInput[]): CellInput[][] {
  return values.map((value) => [value]);
}

interface Write {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly CellInput[])[];
  /** A first fill of an empty table (the campaign's criteria): not part of what the tab keeps the same every run. */
  readonly seed?: boolean;
}

/**
 * What a tab's add-on-owned cells should hold: title, id line, KPI block, and, unless a person changed a table header
 * (then the problem is reported and the tables are left alone), table headers, numbering, derived formulas and the
 * campaign's criteria where that table is still empty.
 */
function tabPlan(state: CampaignState, layout: TableSheetLayout, grid: SheetGrid, entry: RegisterEntry & { id: string }): { writes: Write[]; problems: DataProblem[] } {
  const campaign = state.campaign;
  const kind = kindNamed(campaign, entry.kind);
  const writes: Write[] = [
    { row: VILLAGE_TAB.titleRow, col: 1, values: [[tabTitle(campaign, entry)], [tabInfo(campaign, entry)]] },
    { row: VILLAGE_TAB.kpiHeaderRow, col: VILLAGE_TAB.kpiFirstCol, values: kpiBlock(campaign, layout, { villageId: entry.id, registerSheet: state.registerSheet, sheet: grid.sheet, problemsSheet: problemsSheetOf(state), kind }) },
  ];
  const changed = headersChangedByHand(grid, layout);
  if (changed.length > 0) return { writes, problems: changed };
  writes.push({ row: layout.tableTitleRow, col: 1, values: tableHeaderRows(layout) });
  const first = firstDataRow(layout);
  for (const place of layout.tables) {
    if (place.table.id === "criteria") {
      // A thôn of a kind starts from its kind's catalogue, any other from the campaign's.
      const catalogue = kind?.criteria ?? campaign.criteria;
      if (lastFilledRow(grid, layout, place) === 0 && catalogue.length > 0) {
        writes.push({ row: first, col: place.firstCol, values: catalogue.map((c) => [c.number, c.name, c.hard]), seed: true });
      }
      continue;
    }
    const count = rowsWanted(grid, layout, place, entry);
    writes.push({ row: first, col: place.firstCol, values: column(Array.from({ length: count }, (_, i) => i + 1)) });
    if (place.table.id === "households") {
      const formulas = Array.from({ length: count }, (_, i) => householdDoneFormula(place, first + i, campaign.householdMinItems));
      writes.push({ row: first, col: sheetColumn(place, "done"), values: column(formulas) });
    }
  }
  return { writes, problems: [] };
}

/** The writes as one block from A1: for a new tab, whose every cell is the add-on's, one call instead of many. */
function asOneBlock(writes: readonly Write[]): CellInput[][] {
  const block: CellInput[][] = [];
  for (const { row, col, values } of writes) {
    values.forEach((line, r) => {
      const target = (block[row - 1 + r] ??= []);
      line.forEach((value, c) => {
        target[col - 1 + c] = value;
      });
    });
  }
  const width = Math.max(0, ...Array.from(block, (line) => line?.length ?? 0));
  return Array.from({ length: block.length }, (_, r) => Array.from({ length: width }, (_, c) => block[r]?.[c] ?? null));
}

/** Whether the tab still shows the title and id line the plan writes (a person may have typed over them). */
function titleIntact(grid: SheetGrid, writes: readonly Write[]): boolean {
  const title = writes[0]?.values ?? [];
  return gridCell(grid, VILLAGE_TAB.titleRow, 1) === title[0]?.[0] && gridCell(grid, VILLAGE_TAB.titleRow + 1, 1) === title[1]?.[0];
}

/**
 * The hidden tab new thôn tabs are copied from: sized, formatted and validated once, so a new tab costs a copy and one
 * write instead of every format call again. It is the officers' (protected), and rebuilt only when the layout changes.
 */
function ensureTemplate(workbook: Workbook, state: CampaignState, names: Set<string>, layout: TableSheetLayout, format: SheetFormat): string {
  let sheet = sheetNamed(state, SHEET_KEYS.template);
  const existed = sheet !== null;
  if (sheet === null) {
    sheet = safeSheetName(SHEET_NAMES.template, names);
    names.add(sheet);
    workbook.addSheet(sheet, SHEET_KEYS.template);
  }
  workbook.fit(sheet, lastDataRow(layout), lastColumn(layout));
  const headers: Write[] = [
    { row: VILLAGE_TAB.kpiHeaderRow, col: VILLAGE_TAB.kpiFirstCol, values: [[...KPI_HEADERS]] },
    { row: layout.tableTitleRow, col: 1, values: tableHeaderRows(layout) },
  ];
  const print = fingerprint(headers);
  const rebuilt = workbook.stamp(sheet, "content") !== print;
  if (rebuilt) for (const { row, col, values } of headers) workbook.write(sheet, row, col, values);
  workbook.setStamp(sheet, "content", print);
  // A template of an older layout has its old columns' validation and formats taken off first.
  const reset = { row: firstDataRow(layout), col: 1, rows: layout.maxRows, cols: lastColumn(layout) };
  workbook.format(sheet, rebuilt && existed ? { ...format, reset } : format);
  workbook.protect(sheet, state.campaign.officers, WHO.template);
  // Shown while tabs are copied from it (a copy of a hidden sheet might be hidden too), hidden again after.
  workbook.hide(sheet, false);
  return sheet;
}

/**
 * Tổng hợp's and Lịch sử's formats for this many thôn, set here once so a compile, which runs every week, finds them
 * done (each is skipped when unchanged). The look of what follows Tổng hợp's table moves with what a compile finds, so
 * the compile draws that.
 */
function prepareSummarySheets(workbook: Workbook, state: CampaignState, villages: number): void {
  const summary = sheetNamed(state, SHEET_KEYS.summary);
  if (summary !== null) {
    const room = summaryRoom(villages);
    workbook.fit(summary, room.rows, summaryWidth(state.campaign));
    workbook.format(summary, summaryFormat(state.campaign, villages));
    workbook.chart(summary, summaryChart(state.campaign, villages, room.chartRow));
  }
  const history = sheetNamed(state, SHEET_KEYS.history);
  if (history !== null) workbook.format(history, historySheetFormat(villages));
}

/** Writes one add-on column of the register in one block: the given rows' new values, every other row as it was read. */
function writeRegisterColumn(workbook: Workbook, state: CampaignState, col: number, values: ReadonlyMap<number, CellInput>): void {
  const first = firstDataRow(REGISTER_LAYOUT);
  const last = Math.max(...values.keys());
  const block = Array.from({ length: last - first + 1 }, (_, i) => [values.get(first + i) ?? gridCell(state.registerGrid, first + i, col)]);
  workbook.write(state.registerSheet, first, col, block);
}

/**
 * Gives new thôn an id, creates the tabs that are missing, gives a tab still named for a placeholder its thôn's new name,
 * refreshes every tab's titles, KPI formulas, numbering and formats, links the register to the tabs, and marks tabs
 * whose thôn left the register. Never deletes or overwrites data.
 */
export interface GenerateOptions {
  /** True once the run should stop before the next tab (it nears the platform's time limit). */
  readonly outOfTime?: () => boolean;
  /** Rewrite every tab's formats, protection and add-on cells even where nothing changed (after people changed them). */
  readonly repair?: boolean;
}

export function generateTabs(workbook: Workbook, progress: Progress = silent, options: GenerateOptions = {}): ActionResult {
  const outOfTime = options.outOfTime ?? (() => false);
  const repair = options.repair === true;
  // Tab names are read afresh here, so a tab a person renamed shows its new name from this run on.
  const loaded = loadState(workbook, true);
  const refused = refusal(workbook, loaded);
  if (refused) return refused;
  if (!loaded.ok) {
    writeProblems(workbook, loaded.problems);
    return { ok: false, message: loaded.problems[0]?.message ?? "", counts: {}, problems: loaded.problems };
  }
  const campaign = loaded.state.campaign;
  const ids = assignIds(loaded.state.register.entries, campaign.lastVillageNumber);
  const entries = inVietnameseOrder(ids.entries as Array<RegisterEntry & { id: string }>);
  // A tab still named for a placeholder takes the name the officer has since typed in the register: the rest of the run
  // knows it by that name (it is renamed once every read is done, before anything is written to it).
  const following = tabsTakingNames(entries, loaded.state.sheets, loaded.state.registerSheet, workbook.frontEnd);
  const state: CampaignState = { ...loaded.state, sheets: following.sheets };
  const renamedFrom = new Map(following.renames.map(({ id, from }) => [id, from]));
  const problems: DataProblem[] = [...state.register.problems, ...sharingProblems(workbook, state), ...following.problems];

  const names = new Set(state.sheets.map((s) => s.name));
  const keyed = new Map(state.sheets.flatMap((s) => (s.key === null ? [] : [[s.key, s.name] as const])));

  // Every read comes before the first write, so Sheets applies the writes in one go at the end.
  const grids = new Map<string, SheetGrid>(entries.flatMap((entry) => {
    const sheet = keyed.get(entry.id);
    if (sheet === undefined) return [];
    return [[entry.id, { sheet, values: workbook.read(renamedFrom.get(entry.id) ?? sheet, tabIdentity(entry.id)) }] as const];
  }));
  // Tabs an older version laid out: their tables move to today's places, and the rest of the run sees them moved.
  const moves = new Map<string, TableMove>();
  // Tabs whose move waits on a column with no place: that problem is said, not its headers' being elsewhere.
  const blocked = new Set<string>();
  for (const [id, grid] of [...grids]) {
    const planned = planMove(grid, villageTabLayout(campaign));
    problems.push(...planned.problems);
    if (planned.problems.length > 0) blocked.add(id);
    if (planned.move === null) continue;
    grids.set(id, planned.grid);
    moves.set(id, planned.move);
  }
  const current = new Set(entries.map((entry) => entry.id));
  const problemsSheet = keyed.get(SHEET_KEYS.problems);
  const problemsBefore = problemsSheet === undefined ? undefined : workbook.read(problemsSheet);
  // The campaign's other sheets, read now so that adding or refreshing them later writes without waiting for a read.
  const extrasBefore = new Map(EXTRA_SHEETS.flatMap((extra) => {
    const sheet = keyed.get(extra.key);
    return sheet === undefined ? [] : [[extra.key, workbook.read(sheet)] as const];
  }));
  const communeWorkSheet = keyed.get(SHEET_KEYS.communeWork);
  const communeWorkBefore = communeWorkSheet === undefined ? undefined : workbook.read(communeWorkSheet);
  const leftTabs = [...keyed].filter(([key]) => /^T\d+$/.test(key) && !current.has(key)).map(([, sheet]) => ({ sheet, title: workbook.read(sheet)[0]?.[0] }));

  // Every tab has the same size and format, for the biggest table any thôn needs.
  const base = villageTabLayout(campaign);
  const needed = entries.flatMap((entry) =>
    base.tables.map((place) => rowsWanted(grids.get(entry.id) ?? { sheet: "", values: [] }, base, place, entry)),
  );
  const layout = villageTabLayout(campaign, tabCapacity(Math.max(0, ...needed)));
  const tabFormat = villageTabFormat(layout, { headerRow: VILLAGE_TAB.kpiHeaderRow, rows: VILLAGE_TAB.kpiRows, firstCol: VILLAGE_TAB.kpiFirstCol, cols: KPI_HEADERS.length });

  // Formats first: what they read (sizes, colour rules, charts) comes before any value is written.
  prepareSummarySheets(workbook, state, entries.length);
  // A workbook made before these sheets existed gets them here, empty: upgrading never needs set-up again.
  ensureExtraSheets(workbook, null, extrasBefore);
  // Likewise the tables and columns added to Cấu hình and Danh sách thôn since (kinds of thôn): their headers, formats.
  upgradeTableSheet(workbook, state.configGrid, CONFIG_LAYOUT, configSheetFormat());
  upgradeTableSheet(workbook, state.registerGrid, REGISTER_LAYOUT, registerSheetFormat(campaign));
  problems.push(...upgradeCommuneWork(workbook, state, communeWorkBefore));
  const template = entries.some((entry) => !grids.has(entry.id)) ? ensureTemplate(workbook, state, names, layout, tabFormat) : null;
  if (ids.assigned > 0) {
    const idCol = sheetColumn(REGISTER_PLACE, "id");
    writeRegisterColumn(workbook, state, idCol, new Map(ids.entries.map((entry) => [entry.row, entry.id])));
    const settingsRow = firstDataRow(CONFIG_LAYOUT) + SETTINGS.findIndex((s) => s.key === "lastVillageNumber");
    const settingsPlace = placement(CONFIG_LAYOUT, SETTINGS_TABLE.id) as TablePlacement;
    workbook.write(state.configSheet, settingsRow, settingsPlace.firstCol + 1, [[ids.lastIssued]]);
  }

  for (const { from, to } of following.renames) workbook.renameSheet(from, to);

  let created = 0;
  const links = new Map<number, CellInput>();
  // Tab by tab, each left whole: when time runs short, the rest waits for the next run, which picks up where this one
  // stopped (what is done is then found done).
  let done = 0;
  for (const [i, entry] of entries.entries()) {
    if (outOfTime()) break;
    done++;
    progress(i + 1, entries.length, "tab thôn");
    const existing = grids.get(entry.id);
    const sheet = existing?.sheet ?? safeSheetName(entry.name, names);
    const plan = tabPlan(state, layout, existing ?? { sheet, values: [] }, entry);
    if (!blocked.has(entry.id)) problems.push(...plan.problems);
    // A fingerprint per write: a re-run redoes only the writes whose content changed (more households, a new head's
    // name, new indicators…), and the title when a person typed over it.
    const prints = plan.writes.map((write) => (write.seed ? "" : fingerprint(write)));
    if (existing === undefined) {
      workbook.addSheet(sheet, entry.id, template ?? undefined);
      names.add(sheet);
      created++;
    }
    workbook.fit(sheet, lastDataRow(layout), lastColumn(layout));
    const move = moves.get(entry.id);
    if (move) applyMove(workbook, sheet, layout, move);
    if (existing === undefined) workbook.write(sheet, 1, 1, asOneBlock(plan.writes));
    else {
      const before = repair || move ? [] : (workbook.stamp(sheet, "content") ?? "").split(".");
      const retitle = !titleIntact(existing, plan.writes);
      plan.writes.forEach(({ row, col, values }, w) => {
        if (prints[w] === "" || prints[w] !== before[w] || (w === 0 && retitle)) workbook.write(sheet, row, col, values);
      });
    }
    workbook.setStamp(sheet, "content", prints.join("."));
    workbook.format(sheet, move ? movedFormat(tabFormat, layout, move) : tabFormat, repair || move !== undefined);
    workbook.protect(sheet, [...campaign.officers, ...(entry.email === null ? [] : [entry.email])], PROTECTION.village(entry.name), repair);
    workbook.setTabColor(sheet, null);
    links.set(entry.row, { link: { sheet, text: "Mở tab" } });
  }

  // Hidden whenever it exists, also after an earlier run stopped while it was shown (free when already hidden).
  const templateSheet = template ?? sheetNamed(state, SHEET_KEYS.template);
  if (templateSheet !== null) workbook.hide(templateSheet);
  protectOfficerSheets(workbook, workbook.sheets(), campaign.officers);
  const linksPrint = fingerprint([...links]);
  if (links.size > 0 && workbook.stamp(state.registerSheet, "links") !== linksPrint) {
    writeRegisterColumn(workbook, state, sheetColumn(REGISTER_PLACE, "tab"), links);
    workbook.setStamp(state.registerSheet, "links", linksPrint);
  }

  for (const { sheet, title } of leftTabs) {
    const text = typeof title === "string" ? title : "";
    if (!text.startsWith(REMOVED_VILLAGE_MARK)) workbook.write(sheet, 1, 1, [[`${REMOVED_VILLAGE_MARK} ${text}`]]);
    workbook.setTabColor(sheet, REMOVED_TAB_COLOUR);
  }
  const removed = leftTabs.length;

  writeProblems(workbook, problems, problemsBefore);
  const updated = done - created;
  const remaining = entries.length - done;
  // Nothing to make yet: say where the thôn go rather than only "0 tab".
  const none = entries.length === 0 ? ` ${SUMMARY_TEXT.noVillages(state.registerSheet, FIRST_NAME_CELL, workbook.frontEnd)}` : "";
  return {
    ok: true,
    message: remaining > 0 ? RESULT.generatedPart(created, updated, remaining) : `${RESULT.generated(created, updated, removed)}${none}`,
    counts: { created, updated, removed, remaining, idsAssigned: ids.assigned },
    problems,
  };
}
