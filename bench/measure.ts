// This file measures each action on the strict SpreadsheetApp fake: service calls, the flushes reads force, the
// workbook's cell count, and a run time estimated from a cost model whose figures name their sources.
import { checkCampaign } from "../src/actions/check";
import { compileCampaignSummary } from "../src/actions/compile-summary";
import { generateTabs } from "../src/actions/generate-tabs";
import { markOverdue } from "../src/actions/mark-overdue";
import { overview } from "../src/actions/overview";
import { fillSyntheticTabs, syntheticRegister, typeBadTicks } from "../src/actions/scenario";
import { vietnamInstant } from "../src/domain/dates";
import { SheetsWorkbook } from "../src/workbook/sheets-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../test/fakes/spreadsheet-app";

const OFFICER = "canbo@gmail.com";
const NOW = vietnamInstant("2026-02-06", 10 * 60);
const NEXT_WEEK = vietnamInstant("2026-02-13", 10 * 60);

/**
 * Seconds per call, from published figures:
 * - a queued call (a write, or a getter on a handle) costs a few milliseconds of round trip to the Apps Script
 *   runtime: Google's best-practices page times 10,000 single-cell calls at about 70 s, 7 ms each
 *   (https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations);
 * - a read that must first apply queued writes (a flush) costs 30–600 ms: "Every time you do a read, we must first
 *   empty (commit) the write cache" (Google Apps Script blog, "Optimizing Spreadsheet Operations", 2010); community
 *   benchmarks put a flush of a few thousand cells near 600 ms (Stack Overflow, "SpreadsheetApp.flush" timings).
 * The estimate takes the slow end of each: 7 ms a call, 600 ms a flush.
 */
export const COST = { perCall: 0.007, perFlush: 0.6 } as const;

export interface Measured {
  readonly calls: number;
  readonly flushes: number;
  readonly seconds: number;
  readonly byMethod: ReadonlyMap<string, number>;
  /** The read that forced each flush. */
  readonly flushedBy: readonly string[];
}

export interface Measurement {
  readonly villages: number;
  readonly households: number;
  readonly actions: Readonly<Record<string, Measured>>;
  /** Rows × columns of every sheet's grid: Sheets caps a file at 10,000,000 cells. */
  readonly cells: number;
}

export const ACTIONS = [
  "generate, first run",
  "generate, after typing",
  "generate, re-run",
  "check",
  "overdue",
  "summary, first compile",
  "summary, weekly",
  "sidebar overview",
  "check, a mark on every tab",
  "check, every tab's mark moves",
] as const;

/** The budgets of the issue "60 thôn inside Apps Script's six minutes", as calls and flushes for `villages` thôn. */
export const BUDGETS: Readonly<Record<(typeof ACTIONS)[number], { calls: (villages: number) => number; flushes: number } | null>> = {
  "generate, first run": { calls: (v) => 12 * v + 200, flushes: 3 },
  "generate, after typing": null,
  "generate, re-run": { calls: (v) => 4 * v + 60, flushes: 3 },
  check: { calls: (v) => 3 * v + 40, flushes: 3 },
  overdue: { calls: (v) => 3 * v + 40, flushes: 3 },
  // Tổng hợp's tables below the thôn rows (the organisations, and seed 000's units, duties and measured targets) are
  // merged column by column: two calls a merged column (getRange, mergeAcross: Sheets has no range-list merge, 23 for
  // 000), one per run of equal row heights and three to break the last layout's merges apart: 213 → 274 at 60 thôn.
  // A weekly compile merges again only when the tables moved.
  "summary, first compile": { calls: (v) => 3 * v + 100, flushes: 3 },
  "summary, weekly": { calls: (v) => 3 * v + 40, flushes: 3 },
  // Each of the campaign's other sheets (Đơn vị thi đua, Việc định kỳ, Chỉ tiêu đo lường) is one more read of two calls.
  "sidebar overview": { calls: (v) => v + 26, flushes: 1 },
  "check, a mark on every tab": { calls: (v) => 3 * v + 40, flushes: 3 },
  // Four calls a tab (two range lists, two colours): over check's budget at 60 thôn; measured and shown, not hidden.
  "check, every tab's mark moves": null,
};

/** Sets up a commune of `villages` thôn with `households` each on the fake, and measures each action as its own run. */
export function measure(villages: number, households: number): Measurement {
  const calls = new Calls();
  const spreadsheet = new FakeSpreadsheet(calls, OFFICER);
  const app = fakeSpreadsheetApp(calls);
  // Each action is a new execution: a new workbook object, nothing cached from the run before.
  const open = () => new SheetsWorkbook(spreadsheet, app, OFFICER);
  const setUp = open();
  syntheticRegister(setUp, villages, households);
  setUp.finish();
  const actions: Record<string, Measured> = {};
  const run = (name: string, action: (workbook: SheetsWorkbook) => unknown) => {
    calls.reset();
    const workbook = open();
    action(workbook);
    workbook.finish();
    const total = calls.total();
    actions[name] = { calls: total, flushes: calls.flushes, seconds: total * COST.perCall + calls.flushes * COST.perFlush, byMethod: new Map(calls.byMethod), flushedBy: [...calls.flushedBy] };
  };
  run("generate, first run", (workbook) => generateTabs(workbook));
  fillSyntheticTabs(open(), households);
  run("generate, after typing", (workbook) => generateTabs(workbook));
  run("generate, re-run", (workbook) => generateTabs(workbook));
  run("check", (workbook) => checkCampaign(workbook, NOW));
  run("overdue", (workbook) => markOverdue(workbook, NOW));
  run("summary, first compile", (workbook) => compileCampaignSummary(workbook, NOW));
  run("summary, weekly", (workbook) => compileCampaignSummary(workbook, NEXT_WEEK));
  run("sidebar overview", (workbook) => overview(workbook, NOW, null));
  // A check colours the cells it found problems in: one range list per tab whose marks change. Measured where every
  // tab gets a mark, and where every tab's mark moves (the old one taken off, a new one put on).
  typeBadTicks(open(), 1);
  run("check, a mark on every tab", (workbook) => checkCampaign(workbook, NOW));
  typeBadTicks(open(), 2, 1);
  run("check, every tab's mark moves", (workbook) => checkCampaign(workbook, NOW));
  return { villages, households, actions, cells: spreadsheet.cellCount() };
}
