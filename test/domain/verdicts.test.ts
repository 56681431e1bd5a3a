// Tests verdicts against target bands with exact fractions, and the criteria rules of seeds 001 and 003.
import { formatNumber } from "../../src/domain/numbers";
import { criteriaVerdict, formatCount, formatPercent, shareVerdict } from "../../src/domain/verdicts";

const households = { minimum: 70, aim: 80 };

describe("a share against its band", () => {
  test("a thôn with 7 of 10 households renovated meets the 70% minimum", () => {
    expect(shareVerdict(7, 10, households)).toBe("Đạt");
  });
  test("8 of 10 reaches the 80% aim", () => {
    expect(shareVerdict(8, 10, households)).toBe("Vượt");
  });
  test("6 of 10 is below", () => {
    expect(shareVerdict(6, 10, households)).toBe("Chưa đạt");
  });
  test("0 households is no data, not a division error", () => {
    expect(shareVerdict(0, 0, households)).toBe("Chưa có số liệu");
  });
  test("fractions compare exactly: 209 of 299 is just under 70%, 210 of 300 is exactly 70%", () => {
    expect(shareVerdict(209, 299, households)).toBe("Chưa đạt");
    expect(shareVerdict(210, 300, households)).toBe("Đạt");
    expect(shareVerdict(3, 10, { minimum: 30, aim: null })).toBe("Đạt");
  });
  test("without an aim, full marks are still Đạt", () => {
    expect(shareVerdict(10, 10, { minimum: 100, aim: null })).toBe("Đạt");
  });
  test("with no minimum (the plan states none) a share is counted, not judged: neither met nor below, whatever its share", () => {
    const none = { minimum: null, aim: null };
    expect([shareVerdict(0, 2, none), shareVerdict(1, 2, none), shareVerdict(2, 2, none)]).toEqual(Array(3).fill("Chưa có mức chỉ tiêu"));
    expect(shareVerdict(0, 0, none)).toBe("Chưa có số liệu");
  });
  test("one decimal is shown", () => {
    expect(formatPercent(2 / 3)).toBe("66,7%");
    expect(formatPercent(0.7)).toBe("70,0%");
    expect([formatCount(7), formatCount(2627), formatCount(1234567)]).toEqual(["7", "2.627", "1.234.567"]);
    expect(formatPercent(null)).toBe("—");
  });
  test("a measured number keeps its decimals after a comma", () => {
    expect([formatNumber(96.5), formatNumber(2627), formatNumber(12345.678), formatNumber(-3), formatNumber(0.25)]).toEqual(["96,5", "2.627", "12.345,68", "-3", "0,25"]);
  });
});

describe("criteria rules", () => {
  const seed003 = { minimumAchieved: 7, hardRequired: true };
  test("seed 003: 8 criteria achieved but one hard criterion missing does not meet the rule", () => {
    expect(criteriaVerdict({ achieved: 8, total: 10, hardMissing: 1 }, seed003)).toBe("Chưa đạt");
  });
  test("seed 003: 7 achieved with the 3 hard ones among them meets it", () => {
    expect(criteriaVerdict({ achieved: 7, total: 10, hardMissing: 0 }, seed003)).toBe("Đạt");
  });
  test("seed 001: Mai Hạ with 10 of 12 is not yet all achieved", () => {
    expect(criteriaVerdict({ achieved: 10, total: 12, hardMissing: 0 }, { minimumAchieved: null, hardRequired: false })).toBe("Chưa đạt");
    expect(criteriaVerdict({ achieved: 12, total: 12, hardMissing: 0 }, { minimumAchieved: null, hardRequired: false })).toBe("Đạt");
  });
  test("no criteria is no data", () => {
    expect(criteriaVerdict({ achieved: 0, total: 0, hardMissing: 0 }, seed003)).toBe("Chưa có số liệu");
  });
});
