// Tests the weekly report cut-offs: seed 000's three Fridays at 14:00, Vietnam time.
import { campaignWeeks, cutoffText, periodAt, periodText, weekAt } from "../../src/domain/campaign-weeks";
import { vietnamInstant } from "../../src/domain/dates";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";

const campaign = CHINH_TRANG_2026.campaign;

test("seed 000 (26/01–13/02/2026) has three weekly cut-offs: 30/01, 06/02, 13/02 at 14:00", () => {
  const weeks = campaignWeeks(campaign);
  expect(weeks.map((w) => w.cutoffDate)).toEqual(["2026-01-30", "2026-02-06", "2026-02-13"]);
  expect(weeks.map((w) => w.start)).toEqual(["2026-01-26", "2026-01-31", "2026-02-07"]);
  expect(weeks.every((w) => w.cutoffMinutes === 14 * 60)).toBe(true);
});

test("before 14:00 on Friday is still that week; after it is the next", () => {
  expect(weekAt(campaign, vietnamInstant("2026-02-06", 13 * 60 + 59)).index).toBe(2);
  expect(weekAt(campaign, vietnamInstant("2026-02-06", 14 * 60 + 1)).index).toBe(3);
});

test("the cut-off is in Vietnam time whatever the machine's zone: 06:59 UTC is 13:59 in Hà Nội", () => {
  expect(weekAt(campaign, new Date("2026-02-06T06:59:00Z")).index).toBe(2);
  expect(weekAt(campaign, new Date("2026-02-06T07:01:00Z")).index).toBe(3);
});

test("after the campaign it is the last week; before it, the first", () => {
  expect(weekAt(campaign, vietnamInstant("2026-03-01")).index).toBe(3);
  expect(weekAt(campaign, vietnamInstant("2026-01-01")).index).toBe(1);
});

test("the cut-off reads as the plan says it", () => {
  expect(cutoffText(weekAt(campaign, vietnamInstant("2026-02-03")))).toBe("14:00 thứ Sáu, 06/02/2026");
});

test("a campaign ending mid-week gets a last cut-off on the report day after its end (seed 002: 01/07–30/10/2023)", () => {
  const weeks = campaignWeeks({ startDate: "2023-07-01", endDate: "2023-10-30", reportWeekday: 5, reportTime: "14:00" });
  expect(weeks[0]?.cutoffDate).toBe("2023-07-07");
  expect(weeks[weeks.length - 1]?.cutoffDate).toBe("2023-11-03");
});

test("the period line says the moment the figures stand at and its week, or plainly that it is outside the campaign", () => {
  const line = (date: string, minutes: number) => {
    const now = vietnamInstant(date, minutes);
    return periodText(campaign, periodAt(campaign, now), now);
  };
  // A Wednesday compile does not claim Friday's cut-off as the figures' moment.
  expect(line("2026-02-04", 10 * 60)).toBe(
    "Số liệu lúc 10:00 thứ Tư, 04/02/2026, tuần 2/3 (31/01/2026 – 06/02/2026); tuần này chốt lúc 14:00 thứ Sáu, 06/02/2026.",
  );
  expect(line("2026-01-20", 8 * 60)).toBe("Số liệu lúc 08:00 thứ Ba, 20/01/2026, trước khi phong trào bắt đầu (26/01/2026); chưa đến tuần báo cáo nào.");
  expect(line("2026-02-13", 15 * 60)).toBe(
    "Số liệu lúc 15:00 thứ Sáu, 13/02/2026, sau khi phong trào kết thúc (13/02/2026); tuần cuối (3/3) đã chốt lúc 14:00 thứ Sáu, 13/02/2026.",
  );
  expect(periodAt(campaign, vietnamInstant("2026-01-26", 0)).kind).toBe("during");
});
