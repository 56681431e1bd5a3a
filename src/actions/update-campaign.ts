// This file is the "save the campaign form" use case: validate again, then write only the form's cells of Cấu hình.
import type { CellInput } from "../domain/cell";
import { minimumCell } from "../domain/config-sheet";
import { WEEKDAY_NAMES } from "../domain/dates";
import { SETTINGS, SETTINGS_TABLE, INDICATORS_TABLE } from "../domain/layout/columns";
import { CONFIG_LAYOUT, type TablePlacement, firstDataRow, placement, sheetColumn } from "../domain/layout/sheets";
import { CADENCE_LABEL, SIDEBAR } from "../domain/messages";
import { type SaveResult, CampaignFormSchema, fieldErrors } from "../domain/sidebar-contract";
import { gridCell } from "../domain/tables";
import type { Workbook } from "../workbook/workbook";
import { loadState, readConfig } from "./campaign-state";
import { refusal } from "./access";

export function updateCampaign(workbook: Workbook, input: unknown): SaveResult {
  const parsed = CampaignFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: SIDEBAR.fixFields, errors: fieldErrors(parsed.error.issues) };
  const form = parsed.data;
  const refused = refusal(workbook, loadState(workbook));
  if (refused) return { ok: false, message: refused.message, errors: {} };
  const sheets = workbook.sheets();
  const config = readConfig(workbook, sheets);
  if (config.sheet === null) return { ok: false, message: config.ok ? "" : (config.problems[0]?.message ?? ""), errors: {} };
  const grid = { sheet: config.sheet, values: workbook.read(config.sheet) };

  const settings = placement(CONFIG_LAYOUT, SETTINGS_TABLE.id) as TablePlacement;
  const rowOf = (label: string) => {
    for (let row = firstDataRow(CONFIG_LAYOUT); row <= grid.values.length; row++) {
      if (gridCell(grid, row, settings.firstCol) === label) return row;
    }
    return null;
  };
  const values: Record<string, CellInput> = {
    startDate: { date: form.startDate },
    endDate: { date: form.endDate },
    ...(form.reportWeekday === null ? {} : { reportWeekday: WEEKDAY_NAMES[form.reportWeekday] as string }),
    ...(form.reportTime === null ? {} : { reportTime: form.reportTime }),
    ...(form.cadence === undefined ? {} : { cadence: CADENCE_LABEL[form.cadence] }),
  };
  const indicators = placement(CONFIG_LAYOUT, INDICATORS_TABLE.id) as TablePlacement;
  const indicatorRows = new Map<string, number>();
  for (let row = firstDataRow(CONFIG_LAYOUT); row <= grid.values.length; row++) {
    const id = gridCell(grid, row, indicators.firstCol);
    if (typeof id === "string") indicatorRows.set(id.trim(), row);
  }
  const missing = form.indicators.find((indicator) => !indicatorRows.has(indicator.id));
  if (missing) return { ok: false, message: SIDEBAR.unknownIndicator(missing.id), errors: {} };

  // A workbook made before a setting existed lacks its row: the form's choice goes in a new row under the last one
  // (where nothing is written), label and value, rather than being dropped.
  let lastSetting = firstDataRow(CONFIG_LAYOUT) - 1;
  for (let row = firstDataRow(CONFIG_LAYOUT); row <= grid.values.length; row++) {
    if (gridCell(grid, row, settings.firstCol) !== null || gridCell(grid, row, settings.firstCol + 1) !== null) lastSetting = row;
  }
  for (const setting of SETTINGS) {
    if (!(setting.key in values)) continue;
    const row = rowOf(setting.label);
    if (row !== null) workbook.write(grid.sheet, row, settings.firstCol + 1, [[values[setting.key] as CellInput]]);
    else workbook.write(grid.sheet, ++lastSetting, settings.firstCol, [[setting.label, values[setting.key] as CellInput]]);
  }
  for (const indicator of form.indicators) {
    const row = indicatorRows.get(indicator.id) as number;
    workbook.write(grid.sheet, row, sheetColumn(indicators, "minimum"), [[minimumCell(indicator.minimum), indicator.aim]]);
  }
  return { ok: true, message: SIDEBAR.saved, errors: {} };
}
