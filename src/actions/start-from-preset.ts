// This file is "start a campaign from a preset": set up the sheets and, where the plan names its thôn, their tabs and rows.
import type { Preset } from "../domain/presets";
import type { Workbook } from "../workbook/workbook";
import { generateTabs } from "./generate-tabs";
import type { ActionResult, Progress } from "./result";
import { silent } from "./result";
import { seedPresetRows } from "./seed-preset-rows";
import { setUpWorkbook } from "./set-up";

export function startFromPreset(workbook: Workbook, preset: Preset, progress: Progress = silent): ActionResult {
  const setUp = setUpWorkbook(workbook, preset);
  if (preset.villages.length === 0) return setUp;
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
