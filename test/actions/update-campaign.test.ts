// Tests the campaign form's save: the report cadence chosen in the sidebar lands in Cấu hình's "Kỳ báo cáo" row.
import { loadState } from "../../src/actions/campaign-state";
import { campaignForm } from "../../src/actions/overview";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { updateCampaign } from "../../src/actions/update-campaign";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { CampaignFormInputSchema } from "../../src/domain/sidebar-contract";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { compact } from "../workbook/contract";

function started(): XlsxWorkbook {
  const workbook = XlsxWorkbook.create();
  startFromPreset(workbook, CHINH_TRANG_2026);
  return workbook;
}

test("the form offers the campaign's cadence, weekly for 000", () => {
  expect(campaignForm(CHINH_TRANG_2026.campaign).cadence).toBe("weekly");
});

test("choosing “Hằng quý” in the form writes it under “Kỳ báo cáo”, and the campaign then reports by quarter", () => {
  const workbook = started();
  const form = { ...campaignForm(CHINH_TRANG_2026.campaign), cadence: "quarterly" };
  expect(updateCampaign(workbook, form)).toMatchObject({ ok: true });
  expect(compact(workbook.read("Cấu hình")).find((row) => row[0] === "Kỳ báo cáo")?.slice(0, 2)).toEqual(["Kỳ báo cáo", "Hằng quý"]);
  const loaded = loadState(workbook);
  expect(loaded.ok && loaded.state.campaign.cadence).toBe("quarterly");
});

test("a form without a cadence (an older sidebar) leaves the setting as it is; an unknown one is refused on its field", () => {
  const workbook = started();
  const { cadence: _unsent, ...older } = campaignForm(CHINH_TRANG_2026.campaign);
  expect(updateCampaign(workbook, older)).toMatchObject({ ok: true });
  const loaded = loadState(workbook);
  expect(loaded.ok && loaded.state.campaign.cadence).toBe("weekly");
  const refused = updateCampaign(workbook, { ...older, cadence: "daily" });
  expect(refused.ok).toBe(false);
  expect(Object.keys(refused.errors)).toEqual(["cadence"]);
});

test("in a workbook made before “Kỳ báo cáo” existed, saving a cadence adds the row under the last setting instead of dropping it", () => {
  const workbook = started();
  const rows = compact(workbook.read("Cấu hình"));
  const row = rows.findIndex((cells) => cells[0] === "Kỳ báo cáo") + 1;
  expect(row).toBe(rows.filter((cells, i) => i >= 4 && (cells[0] ?? null) !== null).length + 4);
  workbook.clear("Cấu hình", { row, col: 1, rows: 1, cols: 2 });
  expect(updateCampaign(workbook, { ...campaignForm(CHINH_TRANG_2026.campaign), cadence: "yearly" })).toMatchObject({ ok: true });
  expect(compact(workbook.read("Cấu hình"))[row - 1]?.slice(0, 2)).toEqual(["Kỳ báo cáo", "Hằng năm"]);
  const loaded = loadState(workbook);
  expect(loaded.ok && loaded.state.campaign.cadence).toBe("yearly");
});

test("a minimum left empty in the form is saved as (cần bổ sung) and read as no minimum; an aim without one is refused on the minimum", () => {
  const workbook = started();
  const typed = CampaignFormInputSchema.parse({
    startDate: "26/01/2026",
    endDate: "13/02/2026",
    reportWeekday: "5",
    reportTime: "14:00",
    indicators: [
      { id: "HO", name: "Hộ chỉnh trang", minimum: "70", aim: "80" },
      { id: "VM", name: "Vườn mẫu được nâng cấp", minimum: " ", aim: "" },
    ],
  });
  expect(typed.indicators[1]).toMatchObject({ minimum: null, aim: null });
  expect(updateCampaign(workbook, typed)).toMatchObject({ ok: true });
  const row = compact(workbook.read("Cấu hình")).find((cells) => cells[7] === "VM");
  expect(row?.slice(10, 12)).toEqual(["(cần bổ sung)", null]);
  const loaded = loadState(workbook);
  expect(loaded.ok && loaded.state.campaign.indicators[1]).toMatchObject({ id: "VM", minimum: null, aim: null });
  const refused = updateCampaign(workbook, { ...typed, indicators: [typed.indicators[0], { ...typed.indicators[1], aim: 50 }] });
  expect(refused).toMatchObject({ ok: false, errors: { "indicators.1.minimum": "Có mức phấn đấu nhưng chưa có mức tối thiểu." } });
});
