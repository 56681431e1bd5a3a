// Tests the calendar periods a recurring duty is counted in: weeks Monday–Sunday, months, quarters, years, and the
// times a period cut by the duty's first or last day needs.
import { periodOf } from "../../../src/domain/dates";
import { type DutyEvery, dutyPeriods, periodLabel } from "../../../src/domain/extras/duty-periods";

describe("the period a date falls in", () => {
  test.each<[DutyEvery, string, string, string]>([
    ["week", "2026-02-04", "2026-02-02", "2026-02-08"],
    ["week", "2026-02-02", "2026-02-02", "2026-02-08"],
    ["week", "2026-02-08", "2026-02-02", "2026-02-08"],
    ["week", "2026-01-01", "2025-12-29", "2026-01-04"],
    ["month", "2024-02-10", "2024-02-01", "2024-02-29"],
    ["quarter", "2023-08-15", "2023-07-01", "2023-09-30"],
    ["quarter", "2023-12-31", "2023-10-01", "2023-12-31"],
    ["year", "2027-06-01", "2027-01-01", "2027-12-31"],
  ])("a %s holding %s runs %s to %s", (every, date, start, end) => {
    expect(periodOf(date, every)).toEqual({ start, end });
  });
});

describe("the periods of a duty and the times each needs", () => {
  test("000's broadcasts, 3 a week from Monday 26/01 to Friday 13/02/2026: two full weeks, then 5 days that still need 3", () => {
    expect(dutyPeriods(3, "week", "2026-01-26", "2026-02-13")).toEqual([
      { start: "2026-01-26", end: "2026-02-01", required: 3 },
      { start: "2026-02-02", end: "2026-02-08", required: 3 },
      { start: "2026-02-09", end: "2026-02-13", required: 3 },
    ]);
  });

  test("a duty starting on a Saturday has a 2-day first week needing 1 of 3 (3 × 2/7 rounded up)", () => {
    expect(dutyPeriods(3, "week", "2026-01-31", "2026-02-08")[0]).toEqual({ start: "2026-01-31", end: "2026-02-01", required: 1 });
  });

  test("a campaign ending on a Tuesday needs 1 of 3 in its last week (3 × 2/7), and 1 of 1 in a 1-day week", () => {
    expect(dutyPeriods(3, "week", "2026-02-02", "2026-02-10").at(-1)).toEqual({ start: "2026-02-09", end: "2026-02-10", required: 1 });
    expect(dutyPeriods(1, "week", "2026-02-02", "2026-02-09").at(-1)).toEqual({ start: "2026-02-09", end: "2026-02-09", required: 1 });
  });

  test("002's monthly sanitation from 01/07 to 30/10/2023: four months, October cut by one day still needs 1", () => {
    expect(dutyPeriods(1, "month", "2023-07-01", "2023-10-30").map((p) => [p.start, p.end, p.required])).toEqual([
      ["2023-07-01", "2023-07-31", 1],
      ["2023-08-01", "2023-08-31", 1],
      ["2023-09-01", "2023-09-30", 1],
      ["2023-10-01", "2023-10-30", 1],
    ]);
  });

  test("a quarterly meeting from 01/03/2024 has a first quarter of one month; 2 a quarter there need 1 (2 × 31/91)", () => {
    expect(dutyPeriods(2, "quarter", "2024-03-01", "2024-10-31").map((p) => [p.start, p.end, p.required])).toEqual([
      ["2024-03-01", "2024-03-31", 1],
      ["2024-04-01", "2024-06-30", 2],
      ["2024-07-01", "2024-09-30", 2],
      ["2024-10-01", "2024-10-31", 1],
    ]);
  });

  test("004's yearly plan from 01/04/2026 to 31/12/2030 is one per year, the first year cut but still one", () => {
    expect(dutyPeriods(1, "year", "2026-04-01", "2030-12-31").map((p) => [p.start, p.required])).toEqual([
      ["2026-04-01", 1],
      ["2027-01-01", 1],
      ["2028-01-01", 1],
      ["2029-01-01", 1],
      ["2030-01-01", 1],
    ]);
  });

  test("no periods when the duty ends before it starts", () => {
    expect(dutyPeriods(1, "week", "2026-02-10", "2026-02-01")).toEqual([]);
  });
});

describe("a period's name in Vietnamese", () => {
  test.each<[DutyEvery, string, string, string]>([
    ["week", "2026-02-02", "2026-02-08", "tuần 02/02–08/02/2026"],
    ["week", "2026-02-09", "2026-02-13", "tuần 09/02–13/02/2026"],
    ["week", "2025-12-29", "2026-01-04", "tuần 29/12/2025–04/01/2026"],
    ["month", "2023-10-01", "2023-10-30", "tháng 10/2023"],
    ["quarter", "2024-10-01", "2024-12-31", "quý IV/2024"],
    ["year", "2026-04-01", "2026-12-31", "năm 2026"],
  ])("a %s from %s to %s is %s", (every, start, end, label) => {
    expect(periodLabel(every, { start, end })).toBe(label);
  });
});
