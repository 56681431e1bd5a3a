// This file is `npm run bench`: for 22 and 60 thôn of 1,500 households, the SpreadsheetApp calls and flushes of each
// action on the strict fake, the time they would take by the cost model in measure.ts, the workbook's cell count, and
// how long the rules themselves take.
import { performance } from "node:perf_hooks";
import { vietnamInstant } from "../src/domain/dates";
import { villageTabLayout, firstDataRow, placement, sheetColumn, type TablePlacement } from "../src/domain/layout/sheets";
import { CHINH_TRANG_2026 } from "../src/domain/presets/chinh-trang-2026";
import type { RegisterEntry } from "../src/domain/register";
import { compileSummary } from "../src/domain/summary";
import type { Cell } from "../src/domain/cell";
import { villageStatus } from "../src/domain/village-status";
import { readTab } from "../src/domain/village-tab";
import { ACTIONS, BUDGETS, COST, measure } from "./measure";

const HOUSEHOLDS = 1500;
const BUDGETED_VILLAGES = 60;
const CELL_LIMIT = 10_000_000;
const TIME_LIMIT_S = 90;

function table(villages: number): boolean {
  const m = measure(villages, HOUSEHOLDS);
  console.log(`\n${villages} thôn × ${HOUSEHOLDS} hộ: SpreadsheetApp calls, flushes, estimated time (${COST.perCall * 1000} ms a call, ${COST.perFlush * 1000} ms a flush)`);
  console.log(["action", "calls", "budget", "flushes", "budget", "est. s"].map((h, i) => (i === 0 ? h.padEnd(32) : h.padStart(8))).join(""));
  let ok = true;
  for (const action of ACTIONS) {
    const measured = m.actions[action];
    if (!measured) continue;
    // The budgets are set for 60 thôn (the spec's largest commune); smaller ones are shown for their figures alone.
    const budget = villages === BUDGETED_VILLAGES ? BUDGETS[action] : null;
    const callsBudget = budget?.calls(villages);
    const over = (budget !== null && (measured.calls > (callsBudget as number) || measured.flushes > budget.flushes)) || measured.seconds > TIME_LIMIT_S;
    if (over) ok = false;
    const cells = [measured.calls, callsBudget ?? "—", measured.flushes, budget?.flushes ?? "—", measured.seconds.toFixed(1)];
    console.log(`${action.padEnd(32)}${cells.map((c) => String(c).padStart(8)).join("")}${over ? "  ← over budget" : ""}`);
  }
  const share = ((m.cells / CELL_LIMIT) * 100).toFixed(1);
  console.log(`cells in the workbook: ${m.cells.toLocaleString("en")} (${share}% of Sheets' ${CELL_LIMIT.toLocaleString("en")})`);
  return ok;
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
  compileSummary(campaign, { statuses, otherProblems: [] }, vietnamInstant("2026-02-06", 10 * 60));
  return { ms: performance.now() - start, rows: villages * households };
}

const fits = [22, 60].map(table).every(Boolean);
console.log("");
const timing = domainTiming(60, HOUSEHOLDS);
console.log(`Rules (parse + judge + compile), 60 thôn × ${HOUSEHOLDS} hộ = ${timing.rows} rows: ${timing.ms.toFixed(0)} ms`);
console.log(fits ? "→ every action within its budget." : "→ some action is over its budget (marked above).");
