// Counts SpreadsheetApp calls per action on the fake and checks they do not grow with the number of households.
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { checkCampaign } from "../../src/actions/check";
import { generateTabs } from "../../src/actions/generate-tabs";
import { markOverdue } from "../../src/actions/mark-overdue";
import { syntheticCommune } from "../../src/actions/scenario";
import { vietnamInstant } from "../../src/domain/dates";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";

const NOW = vietnamInstant("2026-02-06", 10 * 60);
const VILLAGES = 22;

/** Service calls of each action on a fresh run (a new SheetsWorkbook, as each execution gets). */
function serviceCalls(households: number): Record<string, number> {
  const calls = new Calls();
  const spreadsheet = new FakeSpreadsheet(calls, "canbo@xa.vn");
  const app = fakeSpreadsheetApp(calls);
  const open = () => new SheetsWorkbook(spreadsheet, app, "canbo@xa.vn");
  syntheticCommune(open(), VILLAGES, households);
  const result: Record<string, number> = {};
  for (const [name, run] of [
    ["generate", () => generateTabs(open())],
    ["check", () => checkCampaign(open(), NOW)],
    ["overdue", () => markOverdue(open(), NOW)],
    ["summary", () => compileCampaignSummary(open(), NOW)],
  ] as const) {
    calls.reset();
    run();
    result[name] = calls.total();
  }
  return result;
}

/** Prints the counts as a table (the test helper the issue asks for). */
function printCalls(rows: Record<string, Record<string, number>>): void {
  const actions = Object.keys(Object.values(rows)[0] ?? {});
  const lines = [`SpreadsheetApp calls per action, ${VILLAGES} thôn:`, ["action", ...Object.keys(rows)].map((c) => c.padEnd(16)).join("")];
  for (const action of actions) lines.push([action, ...Object.values(rows).map((r) => String(r[action]))].map((c) => c.padEnd(16)).join(""));
  console.log(lines.join("\n"));
}

test("the same number of SpreadsheetApp calls for 10 and 1,000 households per thôn", () => {
  const small = serviceCalls(10);
  const large = serviceCalls(1000);
  printCalls({ "10 hộ/thôn": small, "1000 hộ/thôn": large });
  expect(large).toEqual(small);
  // Reading and judging 22 thôn takes a few calls per tab (finding it by key, reading it), not per row.
  expect(small.check).toBeLessThan(VILLAGES * 12);
});
