// Tests that no action's number of workbook calls grows with the number of households.
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { checkCampaign } from "../../src/actions/check";
import { generateTabs } from "../../src/actions/generate-tabs";
import { markOverdue } from "../../src/actions/mark-overdue";
import { syntheticCommune } from "../../src/actions/scenario";
import { vietnamInstant } from "../../src/domain/dates";
import { EXTRA_SHEETS } from "../../src/domain/extras/extra-sheet";
import { CountingWorkbook } from "../../src/workbook/counting-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const NOW = vietnamInstant("2026-02-06");

function counts(households: number) {
  const wb = new CountingWorkbook(XlsxWorkbook.create());
  syntheticCommune(wb, 3, households);
  const result: Record<string, number> = {};
  for (const [name, run] of [
    ["generate", () => generateTabs(wb)],
    ["check", () => checkCampaign(wb, NOW)],
    ["overdue", () => markOverdue(wb, NOW)],
    ["summary", () => compileCampaignSummary(wb, NOW)],
  ] as const) {
    wb.reset();
    run();
    result[name] = wb.total();
  }
  return result;
}

test("every action makes the same number of workbook calls for 10 and 1,000 households per thôn", () => {
  const small = counts(10);
  expect(counts(1000)).toEqual(small);
  // 3 thôn: check reads config, register, three tabs, Công việc chung, rewrites Lỗi dữ liệu, re-applies the seven
  // officers' protections (which Google Sheets skips when the officers are unchanged), and marks the problem cells of
  // the three tabs, Công việc chung and the register (which Google Sheets skips where the marks are unchanged). Each of
  // the other officer sheets (EXTRA_SHEETS: units, duties, measures) adds one read and its protection.
  expect(small.check).toBeLessThan(30 + 2 * EXTRA_SHEETS.length);
});
