// This file places tables on each sheet: where titles, headers and data start. The same placement is read and written.
import { type Campaign, villageTables } from "../campaign";
import {
  CLUSTERS_ROADS_TABLE,
  CRITERIA_CATALOGUE_TABLE,
  CRITERIA_TABLE,
  GARDENS_TABLE,
  HISTORY_TABLE,
  historyTable,
  HOUSEHOLD_ITEMS_TABLE,
  INDICATORS_TABLE,
  KIND_CRITERIA_TABLE,
  MODELS_TABLE,
  PHASES_TABLE,
  PROBLEMS_TABLE,
  REGISTER_TABLE,
  SETTINGS_TABLE,
  TASKS_TABLE,
  VILLAGE_KINDS_TABLE,
  type TableSpec,
  householdsTable,
} from "./columns";

export interface TablePlacement {
  readonly table: TableSpec;
  readonly firstCol: number;
}

/** A sheet of side-by-side tables: a title row, each table's title and header rows, then data rows growing down. */
export interface TableSheetLayout {
  readonly titleRow: number;
  readonly tableTitleRow: number;
  readonly headerRow: number;
  /** Rows formulas, validations and formats cover below the header. */
  readonly maxRows: number;
  readonly tables: readonly TablePlacement[];
}

export function firstDataRow(layout: TableSheetLayout): number {
  return layout.headerRow + 1;
}

export function lastDataRow(layout: TableSheetLayout): number {
  return layout.headerRow + layout.maxRows;
}

export function placement(layout: TableSheetLayout, tableId: string): TablePlacement | undefined {
  return layout.tables.find((p) => p.table.id === tableId);
}

/** Sheet column of a table's column. */
export function sheetColumn(place: TablePlacement, key: string): number {
  const index = place.table.columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`Table ${place.table.id} has no column ${key}`);
  return place.firstCol + index;
}

export function lastColumn(layout: TableSheetLayout): number {
  const last = layout.tables[layout.tables.length - 1];
  return last ? last.firstCol + last.table.columns.length - 1 : 1;
}

/** Tables side by side, one empty column between them. */
function sideBySide(tables: readonly TableSpec[]): TablePlacement[] {
  const placed: TablePlacement[] = [];
  let col = 1;
  for (const table of tables) {
    placed.push({ table, firstCol: col });
    col += table.columns.length + 1;
  }
  return placed;
}

/** The thôn tab: title (row 1), stable id (row 2), the KPI block (rows 3–13), then the item tables. */
export const VILLAGE_TAB = {
  titleRow: 1,
  idRow: 2,
  kpiHeaderRow: 3,
  kpiFirstRow: 4,
  /** The block starts in column B, the wide name column, so labels stay readable. */
  kpiFirstCol: 2,
  /** Up to seven indicators, tasks done and overdue, data problems. */
  kpiRows: 10,
  tableTitleRow: 14,
  headerRow: 15,
  maxRows: 2000,
} as const;

/** What a thôn tab's id line starts with: it shows which thôn's tab a sheet is, whatever its name. */
export function tabIdentity(id: string): { readonly row: number; readonly col: number; readonly prefix: string } {
  return { row: VILLAGE_TAB.idRow, col: 1, prefix: `Mã thôn: ${id}` };
}

export function itemTableSpec(id: ReturnType<typeof villageTables>[number], campaign: Pick<Campaign, "householdItems">): TableSpec {
  switch (id) {
    case "households":
      return householdsTable(campaign.householdItems);
    case "gardens":
      return GARDENS_TABLE;
    case "clustersRoads":
      return CLUSTERS_ROADS_TABLE;
    case "models":
      return MODELS_TABLE;
    case "criteria":
      return CRITERIA_TABLE;
    case "tasks":
      return TASKS_TABLE;
  }
}

/** Rows each thôn tab is sized for: the tallest table any thôn needs, rounded up so it is not resized every week. */
export function tabCapacity(rowsNeeded: number): number {
  return Math.min(VILLAGE_TAB.maxRows, Math.max(TAB_CAPACITY_STEP, Math.ceil(rowsNeeded / TAB_CAPACITY_STEP) * TAB_CAPACITY_STEP));
}
const TAB_CAPACITY_STEP = 100;

/** A thôn tab's layout; `capacity` is how many data rows its formats, validation and KPI formulas cover. */
export function villageTabLayout(campaign: Pick<Campaign, "indicators" | "householdItems">, capacity: number = VILLAGE_TAB.maxRows): TableSheetLayout {
  return {
    titleRow: VILLAGE_TAB.titleRow,
    tableTitleRow: VILLAGE_TAB.tableTitleRow,
    headerRow: VILLAGE_TAB.headerRow,
    maxRows: capacity,
    tables: sideBySide(villageTables(campaign).map((id) => itemTableSpec(id, campaign))),
  };
}

export const COMMUNE_WORK_LAYOUT: TableSheetLayout = {
  titleRow: 1,
  tableTitleRow: 3,
  headerRow: 4,
  maxRows: 1000,
  tables: sideBySide([TASKS_TABLE, CRITERIA_TABLE]),
};

/** Công việc chung with the models registry added where the campaign counts models (organisations register them too). */
export function communeWorkLayout(campaign: Pick<Campaign, "indicators">): TableSheetLayout {
  if (!campaign.indicators.some((indicator) => indicator.table === "models")) return COMMUNE_WORK_LAYOUT;
  return { ...COMMUNE_WORK_LAYOUT, tables: sideBySide([TASKS_TABLE, CRITERIA_TABLE, MODELS_TABLE]) };
}

export const CONFIG_LAYOUT: TableSheetLayout = {
  titleRow: 1,
  tableTitleRow: 3,
  headerRow: 4,
  maxRows: 200,
  // Tables added after workbooks were made go last, so every table before keeps its columns.
  tables: sideBySide([SETTINGS_TABLE, PHASES_TABLE, INDICATORS_TABLE, HOUSEHOLD_ITEMS_TABLE, CRITERIA_CATALOGUE_TABLE, VILLAGE_KINDS_TABLE, KIND_CRITERIA_TABLE]),
};

/** A sheet holding one table: title (row 1), the table's title (row 2), headers (row 3). */
function singleTableLayout(table: TableSpec, maxRows: number): TableSheetLayout {
  return { titleRow: 1, tableTitleRow: 2, headerRow: 3, maxRows, tables: sideBySide([table]) };
}

export const REGISTER_LAYOUT = singleTableLayout(REGISTER_TABLE, 500);
export const PROBLEMS_LAYOUT = singleTableLayout(PROBLEMS_TABLE, 5000);
/** Formats cover a year and more of weekly rows for 60 thôn; the grid grows past that as weeks are added. */
export const HISTORY_LAYOUT = singleTableLayout(HISTORY_TABLE, 5000);

/** Lịch sử for a campaign reporting by `unit` ("tuần", "tháng", "quý", "năm"). */
export function historyLayout(unit: string): TableSheetLayout {
  return singleTableLayout(historyTable(unit), 5000);
}

/** Bộ tiêu chí: the shipped criteria catalogues side by side, editable by officers. */
export function cataloguesLayout(catalogues: ReadonlyArray<{ id: string; title: string }>): TableSheetLayout {
  return {
    titleRow: 1,
    tableTitleRow: 2,
    headerRow: 3,
    maxRows: 100,
    tables: sideBySide(catalogues.map(({ id, title }) => ({ ...CRITERIA_CATALOGUE_TABLE, id, title }))),
  };
}

/** Stable keys of the add-on's own sheets; thôn tabs are keyed by their thôn id. */
export const SHEET_KEYS = {
  config: "config",
  register: "register",
  communeWork: "communeWork",
  summary: "summary",
  history: "history",
  problems: "problems",
  catalogues: "catalogues",
  /** The week's written report (Báo cáo), rewritten by each compile. */
  report: "report",
  /** The hidden tab each new thôn tab is copied from. */
  template: "tabTemplate",
  /** Việc định kỳ: recurring duties and the dates each was done. */
  duties: "duties",
  /** Chỉ tiêu đo lường: targets measured as a number (BHYT 100%, income ≥ 10% above a level). */
  measures: "measures",
  /** Đơn vị thi đua: units that compete besides thôn, their award standards and the checklist per unit. */
  units: "units",
} as const;
