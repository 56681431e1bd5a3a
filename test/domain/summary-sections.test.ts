import { COMMUNE_ID, historyRows } from "../../src/domain/history";
import { COLOURS } from "../../src/domain/layout/format";
import { summaryGrid, summaryLowerFormat } from "../../src/domain/layout/summary-sheet";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { composeReport } from "../../src/domain/report";
import { type SummarySection, compileSummary } from "../../src/domain/summary";

const campaign = CHINH_TRANG_2026.campaign;
const section: SummarySection = {
  id: "measures",
  title: "Chỉ tiêu đo lường",
  lines: ["1/2 chỉ tiêu đạt."],
  table: {
    headers: ["Chỉ tiêu", "Kết quả", "Mục tiêu", "Đánh giá"],
    rows: [
      ["Tỷ lệ tham gia BHYT", 96, 100, "Chưa đạt"],
      ["Làng thông minh", 1, 1, "Đạt"],
    ],
    verdictColumn: 3,
  },
  history: [[COMMUNE_ID, "Toàn xã", "Tỷ lệ tham gia BHYT", 96, 100, 0.96, "Chưa đạt", null]],
  report: ["Tỷ lệ tham gia BHYT: 96% (mục tiêu 100%), chưa đạt."],
};
const summary = compileSummary(campaign, { statuses: [], otherProblems: [], sections: [section] }, new Date("2026-02-05T02:00:00Z"));

describe("a section of the summary (a sheet beyond the thôn tabs)", () => {
  const { rows, shape } = summaryGrid(campaign, summary);
  const at = (text: string) => rows.findIndex((row) => row.includes(text)) + 1;

  test("Tổng hợp shows its title, lines and table above the signatures, the table from the wide Thôn column", () => {
    expect(at("Chỉ tiêu đo lường")).toBeGreaterThan(0);
    expect(at("1/2 chỉ tiêu đạt.")).toBe(at("Chỉ tiêu đo lường") + 1);
    const header = at("Kết quả");
    const filled = (row: number) => (rows[row - 1] ?? []).flatMap((cell, i) => (cell === null ? [] : [[i + 1, cell]]));
    expect(filled(header).map(([, cell]) => cell)).toEqual(["Chỉ tiêu", "Kết quả", "Mục tiêu", "Đánh giá"]);
    expect(filled(header)[0]?.[0]).toBe(3);
    // Each value sits under its header; the name's column spans as many sheet columns as "Tỷ lệ tham gia BHYT" needs.
    expect(filled(header + 1)).toEqual(filled(header).map(([col], i) => [col, ["Tỷ lệ tham gia BHYT", 96, 100, "Chưa đạt"][i]]));
    expect((filled(header)[1]?.[0] as number) - 3).toBeGreaterThan(1);
    expect(shape.signatureRow).toBeGreaterThan(header + 2);
    expect(shape.sections[0]).toMatchObject({ titleRow: at("Chỉ tiêu đo lường"), table: { headerRow: header, rows: 2, verdictCol: filled(header)[3]?.[0] } });
  });

  test("its verdicts take the verdict colours, its header the header fill", () => {
    const styles = summaryLowerFormat(campaign, shape).styles;
    const header = at("Kết quả");
    const verdictCol = shape.sections[0]?.table?.verdictCol as number;
    const fillAt = (row: number, col: number) =>
      styles.filter((s) => s.fill !== undefined && s.area.row <= row && row < s.area.row + s.area.rows && s.area.col <= col && col < s.area.col + s.area.cols).at(-1)?.fill;
    expect(fillAt(header, 3)).toBe(COLOURS.headerFill);
    expect(fillAt(header + 1, verdictCol)).toBe(COLOURS.below.fill);
    expect(fillAt(header + 2, verdictCol)).toBe(COLOURS.met.fill);
  });

  test("Lịch sử records its rows under the period, and the written report says its sentences under its title", () => {
    const history = historyRows(summary);
    expect(history.at(-1)).toEqual([summary.week.index, { date: summary.week.cutoffDate }, COMMUNE_ID, "Toàn xã", "Tỷ lệ tham gia BHYT", 96, 100, 0.96, "Chưa đạt", null]);
    const report = composeReport(campaign, { ...summary, rows: [] }, null);
    const texts = report.body.map((p) => p.text);
    const heading = texts.findIndex((text) => /^\d+\. Chỉ tiêu đo lường$/.test(text));
    expect(heading).toBeGreaterThan(0);
    expect(texts[heading + 1]).toBe("- Tỷ lệ tham gia BHYT: 96% (mục tiêu 100%), chưa đạt.");
  });
});

test("the thôn table's headers repeat on every printed page only when the table itself runs past one page", () => {
  const shape = summaryGrid(campaign, summary).shape;
  expect(summaryLowerFormat(campaign, { ...shape, villages: 22 }).print?.repeatRows).toBeUndefined();
  expect(summaryLowerFormat(campaign, { ...shape, villages: 60 }).print?.repeatRows).toEqual({ from: 8, to: 9 });
});
