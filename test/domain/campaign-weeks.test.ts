// Tests the weekly report cut-offs: seed 000's three Fridays at 14:00, Vietnam time.
import { campaignWeeks, cutoffText, isCompileDay, periodAt, periodText, weekAt } from "../../src/domain/campaign-weeks";
import { vietnamInstant } from "../../src/domain/dates";
import { ADDON } from "../../src/domain/messages";
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

describe("a campaign reports by its cadence", () => {
  const longDrive = { startDate: "2026-04-01", endDate: "2030-12-31", reportWeekday: 5, reportTime: "16:00" };

  test("a campaign that says no cadence is weekly, as before cadences existed", () => {
    const { cadence: _weekly, ...unsaid } = campaign;
    expect(campaignWeeks(unsaid)).toEqual(campaignWeeks({ ...campaign, cadence: "weekly" }));
    expect(campaignWeeks(unsaid)[0]?.unit).toBe("tuần");
  });

  test("seed 004 (01/04/2026–31/12/2030) by year: five years, the first from the start, each closing 31/12 at 16:00", () => {
    const years = campaignWeeks({ ...longDrive, cadence: "yearly" });
    expect(years.map((y) => [y.start, y.cutoffDate])).toEqual([
      ["2026-04-01", "2026-12-31"],
      ["2027-01-01", "2027-12-31"],
      ["2028-01-01", "2028-12-31"],
      ["2029-01-01", "2029-12-31"],
      ["2030-01-01", "2030-12-31"],
    ]);
    expect(years.every((y) => y.unit === "năm" && y.count === 5 && y.cutoffMinutes === 16 * 60)).toBe(true);
  });

  test("by quarter: calendar quarters, the first from the start (quý 1/19 is Q2 2026), the last covering the end", () => {
    const quarters = campaignWeeks({ ...longDrive, cadence: "quarterly" });
    expect(quarters.length).toBe(19);
    expect(quarters.slice(0, 3).map((q) => [q.start, q.cutoffDate])).toEqual([
      ["2026-04-01", "2026-06-30"],
      ["2026-07-01", "2026-09-30"],
      ["2026-10-01", "2026-12-31"],
    ]);
    expect(quarters[18]?.cutoffDate).toBe("2030-12-31");
    expect(quarters[0]?.unit).toBe("quý");
  });

  test("by month: each month ends on its own last day (28/02/2027), and one ending mid-month still closes that month", () => {
    const months = campaignWeeks({ ...longDrive, endDate: "2027-03-15", cadence: "monthly" });
    expect(months.length).toBe(12);
    expect(months[10]).toEqual({ index: 11, count: 12, start: "2027-02-01", cutoffDate: "2027-02-28", cutoffMinutes: 16 * 60, unit: "tháng" });
    expect(months[11]?.cutoffDate).toBe("2027-03-31");
  });

  test("the year's cut-off is 16:00 on 31/12: before it is that year, after it the next", () => {
    const yearly = { ...longDrive, cadence: "yearly" as const };
    expect(weekAt(yearly, vietnamInstant("2026-12-31", 15 * 60 + 59)).index).toBe(1);
    expect(weekAt(yearly, vietnamInstant("2026-12-31", 16 * 60 + 1)).index).toBe(2);
  });

  test("the period line of a yearly campaign speaks of years: năm 2/5", () => {
    const yearly = { ...longDrive, cadence: "yearly" as const };
    const now = vietnamInstant("2027-06-15", 9 * 60);
    expect(periodText(yearly, periodAt(yearly, now), now)).toBe(
      "Số liệu lúc 09:00 thứ Ba, 15/06/2027, năm 2/5 (01/01/2027 – 31/12/2027); năm này chốt lúc 16:00 thứ Sáu, 31/12/2027.",
    );
    const late = vietnamInstant("2031-01-06", 8 * 60);
    expect(periodText(yearly, periodAt(yearly, late), late)).toBe(
      "Số liệu lúc 08:00 thứ Hai, 06/01/2031, sau khi phong trào kết thúc (31/12/2030); năm cuối (5/5) đã chốt lúc 16:00 thứ Ba, 31/12/2030.",
    );
  });
});

describe("the automatic schedule compiles on the cadence's day", () => {
  const yearly = { startDate: "2026-04-01", endDate: "2030-12-31", reportWeekday: 5, reportTime: "16:00", cadence: "yearly" as const };

  test("weekly (seed 000): every Friday, and no other day", () => {
    expect(["2026-02-05", "2026-02-06", "2026-02-07"].map((day) => isCompileDay(campaign, day))).toEqual([false, true, false]);
  });

  test("yearly (seed 004): on 31/12 of each year only, not on its Fridays", () => {
    expect(["2027-12-31", "2027-12-30", "2027-06-18", "2030-12-31"].map((day) => isCompileDay(yearly, day))).toEqual([true, false, false, true]);
  });

  test("monthly and quarterly: the last day of the month (28/02/2027) or of the quarter (30/06/2027)", () => {
    expect(["2027-02-28", "2027-02-27", "2027-03-31"].map((day) => isCompileDay({ ...yearly, cadence: "monthly" }, day))).toEqual([true, false, true]);
    expect(["2027-06-30", "2027-05-31"].map((day) => isCompileDay({ ...yearly, cadence: "quarterly" }, day))).toEqual([true, false]);
  });

  test("the schedule says when it compiles, in the cadence's words", () => {
    expect(ADDON.scheduleInstalled(15, ADDON.scheduleDay("yearly", "Thứ Sáu"))).toBe(
      "Đã bật lịch tự động: mỗi ngày khoảng 15:00 sổ đánh dấu việc quá hạn; ngày cuối mỗi năm sổ lập bảng tổng hợp trước giờ chốt. (Chỉ có một lịch cho mỗi người trên mỗi bảng tính.)",
    );
    expect(ADDON.scheduleDay("weekly", "Thứ Sáu")).toBe("Thứ Sáu hằng tuần");
  });
});
