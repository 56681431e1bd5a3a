// This file is the "set up the workbook" use case: the add-on's sheets from a preset, keeping whatever is already there.
import { CRITERIA_TABLE, MODELS_TABLE, TASKS_TABLE } from "../domain/layout/columns";
import { campaignTables } from "../domain/config-sheet";
import { configSheetFormat, tableSheetFormat } from "../domain/layout/format";
import {
  communeWorkLayout,
  cataloguesLayout,
  CONFIG_LAYOUT,
  historyLayout,
  PROBLEMS_LAYOUT,
  REGISTER_LAYOUT,
  SHEET_KEYS,
  firstDataRow,
  placement,
  type TablePlacement,
} from "../domain/layout/sheets";
import { HISTORY_WORDS, PERIOD_UNIT, RESULT, SHEET_NAMES, SHEET_TITLES } from "../domain/messages";
import { cadenceOf } from "../domain/campaign";
import type { Preset } from "../domain/presets";
import { CATALOGUES } from "../domain/presets/catalogues";
import { REGISTER_PLACE } from "../domain/register";
import { sheetByKey, type Workbook } from "../workbook/workbook";
import type { ActionResult } from "./result";
import { refusal } from "./access";
import { protectOfficerSheets } from "./protect-sheets";
import { loadState } from "./campaign-state";
import { officersWith } from "../domain/access";
import { ensureSummarySheet } from "./summary-sheet";
import { ensureTableSheet } from "./table-sheets";
import { ensureExtraSheets, tableRows } from "./extra-sheets";
import { registerSheetFormat } from "../domain/layout/register-format";


/**
 * Creates the sheets that are missing and fills only those from the preset; existing sheets keep their data.
 * Re-running it is safe.
 */
export function setUpWorkbook(workbook: Workbook, chosen: Preset): ActionResult {
  const refused = refusal(workbook, loadState(workbook));
  if (refused) return refused;
  // Whoever sets a workbook up is its first officer: protections then keep them an editor of every sheet.
  const officers = officersWith(chosen.campaign.officers, workbook.access()?.user ?? "");
  const preset: Preset = { ...chosen, campaign: { ...chosen.campaign, officers } };
  const before = workbook.sheets().length;
  const isNew = (key: string) => sheetByKey(workbook, key) === null;

  const configNew = isNew(SHEET_KEYS.config);
  const { sheet: config } = ensureTableSheet(workbook, SHEET_KEYS.config, SHEET_NAMES.config, CONFIG_LAYOUT, SHEET_TITLES.config, configSheetFormat());
  if (configNew) {
    const tables = campaignTables(preset.campaign);
    for (const place of CONFIG_LAYOUT.tables) {
      const rows = tables[place.table.id] ?? [];
      if (rows.length > 0) workbook.write(config, firstDataRow(CONFIG_LAYOUT), place.firstCol, rows);
    }
  }

  const registerNew = isNew(SHEET_KEYS.register);
  const { sheet: register } = ensureTableSheet(workbook, SHEET_KEYS.register, SHEET_NAMES.register, REGISTER_LAYOUT, SHEET_TITLES.register, registerSheetFormat(preset.campaign));
  if (registerNew && preset.villages.length > 0) {
    workbook.write(register, firstDataRow(REGISTER_LAYOUT), REGISTER_PLACE.firstCol, tableRows(REGISTER_PLACE, preset.villages));
  }

  const workNew = isNew(SHEET_KEYS.communeWork);
  const workLayout = communeWorkLayout(preset.campaign);
  const { sheet: work } = ensureTableSheet(workbook, SHEET_KEYS.communeWork, SHEET_NAMES.communeWork, workLayout, SHEET_TITLES.communeWork);
  if (workNew) {
    const seeded: Array<[string, ReadonlyArray<object>]> = [
      [TASKS_TABLE.id, preset.communeTasks.map((task, i) => ({ ...task, serial: i + 1 }))],
      [CRITERIA_TABLE.id, preset.communeCriteria ?? []],
      [MODELS_TABLE.id, (preset.communeModels ?? []).map((model, i) => ({ ...model, serial: i + 1 }))],
    ];
    for (const [id, rows] of seeded) {
      const place = placement(workLayout, id);
      if (place && rows.length > 0) workbook.write(work, firstDataRow(workLayout), place.firstCol, tableRows(place, rows));
    }
  }

  ensureSummarySheet(workbook, preset.campaign, officers);
  const unit = PERIOD_UNIT[cadenceOf(preset.campaign)];
  ensureTableSheet(workbook, SHEET_KEYS.history, SHEET_NAMES.history, historyLayout(unit), HISTORY_WORDS.title(unit), {
    ...tableSheetFormat(historyLayout(unit)),
    validations: [],
  });
  ensureTableSheet(workbook, SHEET_KEYS.problems, SHEET_NAMES.problems, PROBLEMS_LAYOUT, SHEET_TITLES.problems);

  const cataloguesNew = isNew(SHEET_KEYS.catalogues);
  const cataloguesLayoutOf = cataloguesLayout(CATALOGUES);
  const { sheet: catalogues } = ensureTableSheet(workbook, SHEET_KEYS.catalogues, SHEET_NAMES.catalogues, cataloguesLayoutOf, SHEET_TITLES.catalogues);
  if (cataloguesNew) {
    for (const catalogue of CATALOGUES) {
      const place = placement(cataloguesLayoutOf, catalogue.id) as TablePlacement;
      workbook.write(catalogues, firstDataRow(cataloguesLayoutOf), place.firstCol, tableRows(place, catalogue.rows));
    }
  }

  ensureExtraSheets(workbook, preset);

  protectOfficerSheets(workbook, workbook.sheets(), officers);
  const created = workbook.sheets().length - before;
  return { ok: true, message: RESULT.setUp(created), counts: { created }, problems: [] };
}
