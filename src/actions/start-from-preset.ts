// This file is "start a campaign from a preset": set up the sheets and, where the plan names its thôn, their tabs and rows.
import { isBlank } from "../domain/cell";
import { SHEET_NAMES, SUMMARY_TEXT } from "../domain/messages";
import type { Preset } from "../domain/presets";
import { FIRST_NAME_CELL } from "../domain/register";
import type { Workbook } from "../workbook/workbook";
import { generateTabs } from "./generate-tabs";
import type { ActionResult, Progress } from "./result";
import { silent } from "./result";
import { seedPresetRows } from "./seed-preset-rows";
import { setUpWorkbook } from "./set-up";

export function startFromPreset(workbook: Workbook, preset: Preset, progress: Progress = silent): ActionResult {
  const setUp = setUpWorkbook(workbook, preset);
  // A plan that names no thôn (a blank campaign; 004's register holds only "(cần bổ sung)"): no tab to make yet.
  if (preset.villages.every((village) => isBlank(village.name))) {
    return setUp.ok ? { ...setUp, message: `${setUp.message} ${SUMMARY_TEXT.noVillages(SHEET_NAMES.register, FIRST_NAME_CELL, workbook.frontEnd)}` } : setUp;
  }
  const generated = generateTabs(workbook, progress);
  if (!generated.ok) return { ...generated, message: `${setUp.message} ${generated.message}` };
  const seeded = seedPresetRows(workbook, preset);
  return {
    ok: true,
    message: `${setUp.message} ${generated.message}`,
    counts: { ...setUp.counts, ...generated.counts, seededTables: seeded },
    problems: generated.problems,
  };
}
