// Tests reading the campaign from the Cấu hình sheet: a faithful round trip, and Vietnamese problems on the right cells.
import { type Campaign, cadenceOf } from "../../src/domain/campaign";
import { campaignTables, readCampaign } from "../../src/domain/config-sheet";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { configGrid } from "../helpers";

const campaign: Campaign = CHINH_TRANG_2026.campaign;
const configGridSettings = (c: typeof campaign) => campaignTables(c).settings as unknown[][];

test("the campaign written to the config sheet reads back the same", () => {
  const reading = readCampaign(configGrid(campaign));
  expect(reading).toMatchObject({ ok: true, campaign });
  expect(reading.ok && reading.campaign).toEqual(campaign);
});

test("an impossible date (31/02/2026) is a problem on its cell, in Vietnamese", () => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[4][1] = "31/02/2026")));
  expect(reading.ok).toBe(false);
  if (reading.ok) return;
  expect(reading.problems).toEqual([
    {
      sheet: "Cấu hình",
      cell: "B9",
      message: '"31/02/2026" không phải ngày hợp lệ.',
      fix: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/01/2026.",
    },
  ]);
});

test("a date typed as text (dd/MM/yyyy) is accepted", () => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[4][1] = "13/2/2026")));
  expect(reading.ok && reading.campaign.endDate).toBe("2026-02-13");
});

test("text in a percent cell, and an aim below the minimum, are problems on their cells", () => {
  const reading = readCampaign(
    configGrid(campaign, (t) => {
      (t.indicators as any)[0][3] = "bảy mươi";
      (t.indicators as any)[1][4] = 10;
    }),
  );
  expect(reading.ok).toBe(false);
  if (reading.ok) return;
  // Both at once: the unreadable minimum is no reason to hold back the other row's problem.
  expect(reading.problems.map((p) => [p.cell, p.message])).toEqual([
    ["K5", '"bảy mươi" không phải tỷ lệ phần trăm hợp lệ.'],
    ["L6", "Mức phấn đấu thấp hơn mức tối thiểu."],
  ]);
  const fixed = readCampaign(configGrid(campaign, (t) => ((t.indicators as any)[1][4] = 10)));
  expect(!fixed.ok && fixed.problems.map((p) => [p.cell, p.message])).toEqual([["L6", "Mức phấn đấu thấp hơn mức tối thiểu."]]);
});

describe("a share's minimum the plan does not state", () => {
  const open = { ...campaign, indicators: campaign.indicators.map((indicator, i) => (i === 1 && indicator.kind === "share" ? { ...indicator, minimum: null } : indicator)) };

  test("is written as (cần bổ sung) and reads back as no minimum", () => {
    expect((campaignTables(open).indicators as unknown[][])[1]?.slice(3, 5)).toEqual(["(cần bổ sung)", null]);
    expect(readCampaign(configGrid(open))).toMatchObject({ ok: true, campaign: open });
  });

  test("an empty cell typed by the officer is no minimum too, not a problem", () => {
    const reading = readCampaign(configGrid(campaign, (t) => ((t.indicators as any)[1][3] = null)));
    expect(reading.ok && reading.campaign.indicators[1]).toMatchObject({ kind: "share", minimum: null, aim: null });
  });

  test("an aim without a minimum is a problem on the minimum's cell", () => {
    const reading = readCampaign(configGrid(campaign, (t) => ((t.indicators as any)[0][3] = null)));
    expect(!reading.ok && reading.problems.map((p) => [p.cell, p.message])).toEqual([["K5", "Có mức phấn đấu nhưng chưa có mức tối thiểu."]]);
  });
});

test("an end date before the start is named on the end date's cell", () => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[4][1] = { date: "2026-01-01" })));
  expect(!reading.ok && reading.problems.map((p) => [p.cell, p.message])).toEqual([["B9", "Ngày kết thúc sớm hơn ngày bắt đầu."]]);
});

test("a missing commune name says what is missing", () => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[0][1] = null)));
  expect(!reading.ok && reading.problems.map((p) => [p.cell, p.message])).toEqual([["B5", "Thiếu xã."]]);
});

test("an unknown weekday and a bad time are problems", () => {
  const reading = readCampaign(
    configGrid(campaign, (t) => {
      (t.settings as any)[6][1] = "Thứ Tám";
      (t.settings as any)[7][1] = "25:00";
    }),
  );
  expect(!reading.ok && reading.problems.map((p) => p.cell)).toEqual(["B11", "B12"]);
});

test("two indicators with the same id are a problem", () => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.indicators as any)[1][0] = "HO")));
  expect(!reading.ok && reading.problems.map((p) => [p.cell, p.message])).toEqual([["H6", 'Mã chỉ tiêu "HO" bị trùng.']]);
});

test.each([
  ["Thứ Sáu", 5],
  ["thứ 6", 5],
  ["Thứ 6", 5],
  ["T6", 5],
  ["thu sau", 5],
  ["Chủ nhật", 0],
  ["CN", 0],
  ["Thứ bảy", 6],
])("the report weekday written as %p is read as day %p", (text, day) => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[6][1] = text)));
  expect(reading.ok && reading.campaign.reportWeekday).toBe(day);
});

test("a weekday nobody writes is a problem on its cell that lists the choices", () => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[6][1] = "Thứ 8")));
  expect(reading.ok ? [] : reading.problems.map((p) => [p.cell, p.message])).toEqual([["B11", '"Thứ 8" không nằm trong danh sách cho phép.']]);
});

test("a workbook that still says “Cụm dân cư, tuyến đường” reads it as the clusters and roads table", () => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.indicators as any)[2][2] = "Cụm dân cư, tuyến đường")));
  expect(reading.ok && reading.campaign.indicators[2]).toMatchObject({ kind: "share", table: "clustersRoads" });
});

test("a yearly cadence is written as “Hằng năm” under “Kỳ báo cáo” and reads back", () => {
  const yearly = { ...campaign, cadence: "yearly" as const };
  expect(configGridSettings(yearly).at(-1)).toEqual(["Kỳ báo cáo", "Hằng năm"]);
  const read = readCampaign(configGrid(yearly));
  expect(read.ok && read.campaign).toEqual(yearly);
  const typed = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[11][1] = "hằng quý")));
  expect(typed.ok && typed.campaign.cadence).toBe("quarterly");
});

test("a workbook made before cadences, with no “Kỳ báo cáo” row, or a blank one, reports weekly", () => {
  const withoutRow = readCampaign(configGrid(campaign, (t) => (t.settings as any[]).pop()));
  expect(withoutRow.ok && cadenceOf(withoutRow.campaign)).toBe("weekly");
  const blank = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[11][1] = null)));
  expect(blank.ok && cadenceOf(blank.campaign)).toBe("weekly");
});

test("a cadence nobody offers is a problem on its cell", () => {
  const reading = readCampaign(configGrid(campaign, (t) => ((t.settings as any)[11][1] = "Hằng ngày")));
  expect(reading.ok ? [] : reading.problems.map((p) => [p.cell, p.message])).toEqual([["B16", '"Hằng ngày" không nằm trong danh sách cho phép.']]);
});
