// This file writes the rows a preset's plan states (criteria, tasks, gardens, models) into thôn tabs that are still empty.
import type { CellInput } from "../domain/cell";
import { CRITERIA_TABLE } from "../domain/layout/columns";
import { type TablePlacement, firstDataRow, placement, sheetColumn, villageTabLayout } from "../domain/layout/sheets";
import { PLAN_BASELINE } from "../domain/messages";
import type { Preset, PresetCriterion, PresetVillage } from "../domain/presets";
import { type SheetGrid, gridCell, lastFilledRow } from "../domain/tables";
import type { Workbook } from "../workbook/workbook";
import { loadState, villagesWithTabs } from "./campaign-state";

function rowsFor(place: TablePlacement, rows: ReadonlyArray<object>): CellInput[][] {
  return rows.map((row, i) =>
    place.table.columns.map((column) => (column.kind === "serial" ? i + 1 : ((row as Record<string, CellInput | undefined>)[column.key] ?? null))),
  );
}

/**
 * The plan's criteria for a thôn by number (its own rows, and statuses for the catalogue's rows), each status it gives
 * recorded in the row's note as the plan's starting point (PLAN_BASELINE): the summary shows those figures but ranks,
 * praises or reminds no one until a status changes.
 */
function planCriteria(village: PresetVillage): Map<string, PresetCriterion> {
  const byNumber = new Map<string, PresetCriterion>((village.criteria ?? []).map((c) => [c.number, c]));
  for (const [number, status] of Object.entries(village.criteriaStatus ?? {})) byNumber.set(number, { number, name: "", ...byNumber.get(number), status });
  for (const [number, criterion] of byNumber) {
    const status = criterion.status;
    if (status !== undefined) byNumber.set(number, { ...criterion, note: criterion.note ?? PLAN_BASELINE.note(village.criteriaAsOf ?? null, status) });
  }
  return byNumber;
}

/** Returns how many tables received rows. Tables already holding data are left alone. */
export function seedPresetRows(workbook: Workbook, preset: Preset): number {
  const loaded = loadState(workbook);
  if (!loaded.ok) return 0;
  const layout = villageTabLayout(loaded.state.campaign);
  const byName = new Map(preset.villages.map((village) => [village.name, village]));
  let seeded = 0;
  for (const { entry, sheet } of villagesWithTabs(loaded.state)) {
    const village: PresetVillage | undefined = byName.get(entry.name);
    if (!village || sheet === null) continue;
    const grid: SheetGrid = { sheet, values: workbook.read(sheet) };
    const planned = planCriteria(village);
    const tables: Array<[string, ReadonlyArray<object> | undefined]> = [
      ["criteria", village.criteria && village.criteria.map((c) => planned.get(c.number) as PresetCriterion)],
      ["tasks", village.tasks],
      ["gardens", village.gardenRows],
      ["models", village.models],
    ];
    for (const [id, rows] of tables) {
      const place = placement(layout, id);
      if (!place || !rows || rows.length === 0 || lastFilledRow(grid, layout, place) > 0) continue;
      workbook.write(sheet, firstDataRow(layout), place.firstCol, rowsFor(place, rows));
      seeded++;
    }
    const criteria = placement(layout, CRITERIA_TABLE.id);
    if (criteria && (village.criteriaStatus || village.criteria)) {
      // The tab already lists a catalogue (the campaign's or its kind's): the plan's statuses, owners and deadlines go
      // on the rows of the same number, into cells still empty.
      const last = lastFilledRow(grid, layout, criteria);
      const statusCol = sheetColumn(criteria, "status");
      const filled = criteria.table.columns.slice(statusCol - criteria.firstCol);
      const first = firstDataRow(layout);
      const block = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => {
        const number = String(gridCell(grid, first + i, criteria.firstCol) ?? "");
        const row = (planned.get(number) ?? {}) as Record<string, CellInput | undefined>;
        return filled.map((column, c) => gridCell(grid, first + i, statusCol + c) ?? row[column.key] ?? null);
      });
      if (block.length > 0) {
        workbook.write(sheet, first, statusCol, block);
        seeded++;
      }
    }
  }
  return seeded;
}
