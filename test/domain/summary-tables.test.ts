// Tests how Tổng hợp lays out its tables below the thôn rows (the organisations, each section's table): the sheet
// columns each column spans, merged into one cell per row whose text wraps, and each row as tall as its text needs.
import { type Area, areaA1 } from "../../src/domain/layout/a1";
import { COLOURS } from "../../src/domain/layout/format";
import { SUMMARY, sectionSpans, summaryColumnWidths, summaryGrid, summaryLowerFormat, summaryTableCells, summaryWidth } from "../../src/domain/layout/summary-sheet";
import { breakLines } from "../../src/domain/layout/text-width";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { NTM_NANG_CAO_2024 } from "../../src/domain/presets/ntm-nang-cao-2024";
import { type SummarySection, compileSummary } from "../../src/domain/summary";

// 001's sheet: 13 columns, 756 pixels from A to M; sections start in C, the wide Thôn column.
const widths = summaryColumnWidths(NTM_NANG_CAO_2024.campaign);

describe("the sheet columns each column of a table spans", () => {
  test("a column whose longest word is wider than one 46-pixel column takes two: 'Thắng' is 29.8 pt at 10.5 pt Arial, a column holds 28.5", () => {
    expect(widths.slice(5, 7)).toEqual([46, 46]);
    expect(sectionSpans(widths, [["Phạm vi", "Thắng Lợi"]], 6)).toEqual([{ col: 6, span: 2 }]);
    expect(sectionSpans(widths, [["Xã", "Lợi"]], 6)).toEqual([{ col: 6, span: 1 }]);
  });

  test("short texts take one sheet column each: the table ends where they do", () => {
    expect(sectionSpans(widths, [["Tên", "An"], ["Số", "1", "12"]])).toEqual([
      { col: 3, span: 1 },
      { col: 4, span: 1 },
    ]);
  });

  test("texts longer than the table wrap inside it: the last column ends at the thôn table's right edge, no further", () => {
    const long = "Đồng chí Nguyễn Thị Lan – Khuyến nông xã (cơ quan thường trực), phụ trách các tiêu chí số 1, 2, 3, 4, 7, 8, 9";
    const spans = sectionSpans(widths, [["Việc", long], ["Phụ trách", long], ["Theo dõi", long]]);
    const last = spans[spans.length - 1] as { col: number; span: number };
    expect(last.col + last.span - 1).toBe(widths.length);
  });

  test("001's duties: the longest names get the two widest columns, and no cell runs to more lines than it must", () => {
    const duties = [
      ["Việc", "Họp rà soát tiến độ các tiêu chí số 1, 2, 3, 4, 7, 8, 9, 10, 13, 17, 18 hằng tháng", "Tổng vệ sinh ngày thứ 7 ở thôn Thắng Lợi"],
      ["Phạm vi", "Toàn xã", "Thắng Lợi"],
      ["Phụ trách", "Đồng chí Nguyễn Thị Lan – Khuyến nông xã (cơ quan thường trực)", "Cấp ủy, Ban lãnh đạo thôn Thắng Lợi"],
      ["Yêu cầu", "1 lần/tháng", "1 lần/tuần"],
      ["Kỳ này", "đã làm 0/1", "đã làm 0/1"],
      ["Theo dõi", "Tháng 03/2024: còn 1/1 lần", "Tuần này: còn 1/1 lần"],
    ];
    // C and D (216 px) for the name; "Thắng" needs two 46-pixel columns, "lần/tháng" too; 72 px for "03/2024:".
    expect(sectionSpans(widths, duties)).toEqual([
      { col: 3, span: 2 },
      { col: 5, span: 2 },
      { col: 7, span: 3 },
      { col: 10, span: 2 },
      { col: 12, span: 1 },
      { col: 13, span: 1 },
    ]);
  });
});

const campaign = CHINH_TRANG_2026.campaign;
const section: SummarySection = {
  id: "duties",
  title: "Việc định kỳ",
  lines: ["3 việc định kỳ."],
  table: {
    headers: ["Việc", "Phạm vi", "Phụ trách", "Yêu cầu", "Kỳ này", "Theo dõi"],
    rows: [
      ["Biên tập tin, bài phản ánh kết quả ra quân trên hệ thống loa truyền thanh xã", "Toàn xã", "Phòng Văn hoá - Xã hội", "3 lần/tuần", "đã làm 0/3", "Quá hạn: tuần 26/01–01/02/2026 thiếu 3 lần. Tuần này: còn 3/3 lần"],
      ["Giao ban", "Toàn xã", "Phòng Kinh tế", "1 lần/tuần", "đã làm 1/1", "Đạt"],
    ],
    verdictColumn: 5,
  },
  history: [],
  report: [],
};
const owners = [
  { owner: "Cán bộ chuyên môn phụ trách lĩnh vực văn hóa, thông tin và thể thao", total: 1, done: 0, overdue: 0 },
  { owner: "UBND xã", total: 2, done: 2, overdue: 0 },
];
const summary = compileSummary(campaign, { statuses: [], otherProblems: [], sections: [section], owners }, new Date("2026-02-05T02:00:00Z"));
const { rows, shape } = summaryGrid(campaign, summary);
const lower = summaryLowerFormat(campaign, shape);
const cells = summaryTableCells(shape);
const width = summaryWidth(campaign);
const table = shape.sections[0]?.table as NonNullable<(typeof shape.sections)[number]["table"]>;
const ownersTable = shape.owners as NonNullable<typeof shape.owners>;
const rowsOf = (area: Area) => Array.from({ length: area.rows }, (_, i) => area.row + i);

describe("Tổng hợp's tables below the thôn rows", () => {
  test("each column spanning several sheet columns is one merged cell per row, header to last row; the cells it covers are left empty", () => {
    const expected = [ownersTable, table].flatMap((t) => t.spans.filter(({ span }) => span > 1).map(({ col, span }) => ({ row: t.headerRow, col, rows: t.rows + 1, cols: span })));
    expect(cells.merges).toEqual(expected);
    expect(cells.merges?.length).toBeGreaterThan(3);
    for (const area of cells.merges ?? []) {
      for (const row of rowsOf(area)) expect((rows[row - 1] ?? []).slice(area.col, area.col + area.cols - 1).every((cell) => cell === null)).toBe(true);
    }
    // Each row's text stays in the first cell of its merge: the long duty is whole in one cell.
    expect(rows[table.headerRow]?.[2]).toBe(section.table?.rows[0]?.[0]);
  });

  test("a compile first breaks apart every merge from the first thôn row down, so none from an earlier layout overlaps or lingers", () => {
    expect(cells.mergesFrom).toBe(SUMMARY.firstRow);
  });

  test("nothing runs past the thôn table's right edge: every table ends at its last column, every text wraps and the tables are ruled", () => {
    for (const t of [ownersTable, table]) {
      const last = t.spans[t.spans.length - 1] as { col: number; span: number };
      expect(last.col + last.span - 1).toBeLessThanOrEqual(width);
      const first = t.spans[0]?.col as number;
      const area = { row: t.headerRow, col: first, rows: t.rows + 1, cols: last.col + last.span - first };
      const styled = (key: "wrap" | "border") => lower.styles.filter((s) => s[key] === true && areaA1(s.area) === areaA1(area));
      expect([styled("wrap").length, styled("border").length]).toEqual([1, 1]);
    }
  });

  test("each row of a table is as tall as its longest wrapped text: 21 pixels for one line, 16 more for each further line", () => {
    const heights = new Map((cells.rowHeights ?? []).map(({ row, height }) => [row, height]));
    const tableRows = [ownersTable, table].flatMap((t) => rowsOf({ row: t.headerRow, col: 1, rows: t.rows + 1, cols: 1 }));
    expect([...heights.keys()].sort((a, b) => a - b)).toEqual(tableRows);
    // The short duty's row is one line; the long one wraps.
    expect(heights.get(table.headerRow + 2)).toBe(21);
    const long = heights.get(table.headerRow + 1) as number;
    expect(long).toBeGreaterThanOrEqual(21 + 16);
    expect((long - 21) % 16).toBe(0);
    // Enough for the text as Arial at 10.5 points would break it in its cell, padding taken off.
    const name = table.spans[0] as { col: number; span: number };
    const room = (summaryColumnWidths(campaign).slice(name.col - 1, name.col - 1 + name.span).reduce((a, b) => a + b, 0) - 8) * 0.75;
    const lines = breakLines(String(section.table?.rows[0]?.[0]), 10.5, room, { family: "Arial" }).length;
    expect(long).toBeGreaterThanOrEqual(21 + (lines - 1) * 16);
  });

  test("the organisations' rank stays in column B and the name starts in the Thôn column; its long name and Đề xuất wrap", () => {
    expect(ownersTable.spans.slice(0, 2).map(({ col }) => col)).toEqual([2, 3]);
    const header = rows[ownersTable.headerRow - 1] ?? [];
    expect(header.filter((cell) => cell !== null)).toEqual(["Hạng", "Phòng, ban, đoàn thể", "Số việc", "Hoàn thành", "Quá hạn", "Đề xuất"]);
    expect(header[1]).toBe("Hạng");
    expect(header[2]).toBe("Phòng, ban, đoàn thể");
    expect(lower.styles.some((s) => s.fill === COLOURS.headerFill && s.area.row === ownersTable.headerRow && s.area.col === 2)).toBe(true);
  });

  test("the text below the thôn table is set in Arial at 10 points, the font its rows are measured for", () => {
    const below = SUMMARY.firstRow + shape.villages + 1;
    expect(lower.styles[0]).toMatchObject({ area: { row: below, col: 1 }, fontFamily: "Arial", fontSize: 10 });
  });
});
