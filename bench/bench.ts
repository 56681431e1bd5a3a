// This file is `npm run bench`: workbook calls per action (they must not grow with households) and domain timings.
import { performance } from "node:perf_hooks";
import { compileCampaignSummary } from "../src/actions/compile-summary";
import { checkCampaign } from "../src/actions/check";
import { generateTabs } from "../src/actions/generate-tabs";
import { markOverdue } from "../src/actions/mark-overdue";
import { syntheticCommune } from "../src/actions/scenario";
import { vietnamInstant } from "../src/domain/dates";
import { villageTabLayout, firstDataRow, placement, sheetColumn, type TablePlacement } from "../src/domain/layout/sheets";
import { CHINH_TRANG_2026 } from "../src/domain/presets/chinh-trang-2026";
import type { RegisterEntry } from "../src/domain/register";
import { compileSummary } from "../src/domain/summary";
import type { Cell } from "../src/domain/cell";
import { villageStatus } from "../src/domain/village-status";
import { readTab } from "../src/domain/village-tab";
import { CountingWorkbook } from "../src/workbook/counting-workbook";
import { XlsxWorkbook } from "../src/workbook/xlsx-workbook";

const NOW = vietnamInstant("2026-02-06", 10 * 60);

function callCounts(villages: number, households: number): Record<string, number> {
  const counting = new CountingWorkbook(XlsxWorkbook.create());
  syntheticCommune(counting, villages, households);
  const counts: Record<string, number> = {};
  const actions: Array<[string, () => unknown]> = [
    ["generate", () => generateTabs(counting)],
    ["check", () => checkCampaign(counting, NOW)],
    ["overdue", () => markOverdue(counting, NOW)],
    ["summary", () => compileCampaignSummary(counting, NOW)],
  ];
  for (const [name, run] of actions) {
    counting.reset();
    run();
    counts[name] = counting.total();
  }
  return counts;
}

function domainTiming(villages: number, households: number): { ms: number; rows: number } {
  const campaign = CHINH_TRANG_2026.campaign;
  const layout = villageTabLayout(campaign);
  const place = placement(layout, "households") as TablePlacement;
  const nameCol = sheetColumn(place, "name");
  const values: Cell[][] = Array.from({ length: firstDataRow(layout) - 1 }, () => []);
  values[layout.headerRow - 1] = layout.tables.flatMap((p, i) => [...(i > 0 ? [null] : []), ...p.table.columns.map((c) => c.header)]);
  for (let h = 0; h < households; h++) {
    const row: Cell[] = new Array(nameCol + 8).fill(null);
    row[nameCol - 1] = `Hộ ${h + 1}`;
    row[nameCol] = h % 2 === 0;
    values.push(row);
  }
  const entry = (i: number): RegisterEntry & { id: string } => ({
    row: 4 + i, id: `T${i + 1}`, name: `Thôn ${i + 1}`, head: null, email: null, phone: null,
    households, gardens: 10, clusters: 3, roads: 4, bcd: null, recognised: true, note: null,
  });
  const start = performance.now();
  const statuses = Array.from({ length: villages }, (_, i) =>
    villageStatus(campaign, entry(i), `Thôn ${i + 1}`, layout, readTab({ sheet: `Thôn ${i + 1}`, values }, layout, campaign), "2026-02-06"),
  );
  compileSummary(campaign, { statuses, otherProblems: [] }, NOW);
  return { ms: performance.now() - start, rows: villages * households };
}

console.log("Workbook calls per action, 22 thôn (each call is one whole-range spreadsheet operation):");
const small = callCounts(22, 10);
const large = callCounts(22, 1000);
console.log(["action", "10 hộ/thôn", "1000 hộ/thôn"].map((h) => h.padEnd(14)).join(""));
for (const action of Object.keys(small)) {
  console.log([action, String(small[action]), String(large[action])].map((h) => h.padEnd(14)).join(""));
}
const same = Object.keys(small).every((action) => small[action] === large[action]);
console.log(same ? "→ calls do not grow with households." : "→ WARNING: calls grow with households.");
console.log("");
const timing = domainTiming(60, 1500);
console.log(`Domain (parse + judge + compile), 60 thôn × 1500 hộ = ${timing.rows} rows: ${timing.ms.toFixed(0)} ms`);
process.exitCode = same ? 0 : 1;
