// Tests compiling the summary: the Tổng hợp cells, the commune row, ranks and proposals, and Lịch sử once per week.
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { vietnamInstant } from "../../src/domain/dates";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { smallPreset } from "../helpers";
import { compact } from "../workbook/contract";

function workbook() {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, smallPreset([{ name: "Thôn 10", households: 10, gardens: 10, clusters: 1, roads: 1 }, { name: "Thôn 2", households: 10, gardens: 10, clusters: 1, roads: 1 }]));
  generateTabs(wb);
  const households = (done: number) => Array.from({ length: 10 }, (_, i) => [`Hộ ${i + 1}`, i < done]);
  const gardens = (done: number) => Array.from({ length: 10 }, (_, i) => [`Vườn ${i + 1}`, i < done]);
  wb.write("Thôn 2", 16, 2, households(7));
  wb.write("Thôn 10", 16, 2, households(8));
  wb.write("Thôn 2", 16, 14, gardens(3));
  wb.write("Thôn 10", 16, 14, gardens(2));
  wb.write("Thôn 2", 16, 20, [["Cụm 1", "Cụm dân cư", true], ["Đường 1", "Tuyến đường", true]]);
  wb.write("Thôn 10", 16, 20, [["Cụm 1", "Cụm dân cư", true], ["Đường 1", "Tuyến đường", false]]);
  return wb;
}

const summaryRows = (wb: XlsxWorkbook) => compact(wb.read("Tổng hợp"));

test("the summary has the cut-off, one row per thôn in Vietnamese order, and the commune row", () => {
  const wb = workbook();
  const result = compileCampaignSummary(wb, vietnamInstant("2026-02-05", 9 * 60));
  expect(result.message).toBe("Đã lập bảng tổng hợp 2 thôn (tuần 2/3) và ghi vào Lịch sử.");
  const rows = summaryRows(wb);
  expect(rows[2]?.[0]).toBe("Số liệu tính đến 14:00 thứ Sáu, 06/02/2026 (tuần 2/3); lập lúc 05/02/2026 09:00");
  expect(rows[4]?.slice(3, 8)).toEqual(["Hộ chỉnh trang", null, null, null, "Vườn mẫu được nâng cấp"]);
  expect(rows[5]?.slice(0, 7)).toEqual(["Hạng", "Mã thôn", "Thôn", "Đạt", "Tổng", "Tỷ lệ", "Đánh giá"]);
  // Thôn 2 (T02): households 7/10 Đạt, gardens 3/10 Đạt, clusters/roads 2/2 Đạt → all met, praised.
  expect(rows[6]).toEqual([1, "T02", "Thôn 2", 7, 10, 0.7, "Đạt", 3, 10, 0.3, "Đạt", 2, 2, 1, "Đạt", 0, 0, 0, 0, "Biểu dương"]);
  // Thôn 10 (T01): households 8/10 Vượt, gardens 2/10 below, roads 1/2 below → reminded.
  expect(rows[7]).toEqual([2, "T01", "Thôn 10", 8, 10, 0.8, "Vượt", 2, 10, 0.2, "Chưa đạt", 1, 2, 0.5, "Chưa đạt", 0, 0, 0, 0, "Nhắc nhở"]);
  expect(rows[8]?.slice(2, 15)).toEqual(["Toàn xã", 15, 20, 0.75, "Đạt", 5, 20, 0.25, "Chưa đạt", 3, 4, 0.75, "Chưa đạt"]);
  expect(rows[10]).toEqual(["Đề xuất biểu dương: Thôn 2"]);
  expect(rows[11]).toEqual(["Đề xuất nhắc nhở: Thôn 10"]);
  // The preset's first two commune tasks: registration due 27/01/2026 (passed), the other 13/02/2026.
  expect(rows[12]).toEqual(["Công việc chung của xã: 0/2 việc hoàn thành, 1 việc quá hạn."]);
  // Organisations ranked by their commune tasks: the one with the overdue registration is reminded.
  expect(rows.slice(13)).toEqual([
    [],
    [null, "Hạng", "Phòng, ban, đoàn thể (Công việc chung)", "Số việc", "Hoàn thành", "Quá hạn", "Đề xuất"],
    [null, 2, "Các thôn, đoàn thể", 1, 0, 1, "Nhắc nhở"],
    [null, 1, "Hội Phụ nữ xã", 1, 0, 0],
  ]);
});

test("compiling twice in a week keeps one week in Lịch sử; another week adds a second", () => {
  const wb = workbook();
  const weeks = () => new Set(compact(wb.read("Lịch sử")).slice(3).map((row) => row[0]));
  compileCampaignSummary(wb, vietnamInstant("2026-01-29"));
  compileCampaignSummary(wb, vietnamInstant("2026-01-30", 13 * 60));
  expect(weeks()).toEqual(new Set([1]));
  expect(compact(wb.read("Lịch sử")).slice(3)).toHaveLength(2 * 3 + 3);
  wb.write("Thôn 2", 24, 3, [[true]]);
  compileCampaignSummary(wb, vietnamInstant("2026-02-04"));
  expect(weeks()).toEqual(new Set([1, 2]));
  const history = compact(wb.read("Lịch sử")).slice(3);
  expect(history).toHaveLength(2 * 9);
  const thon2 = history.filter((row) => row[2] === "T02" && row[4] === "Hộ chỉnh trang").map((row) => [row[0], row[5], row[8]]);
  expect(thon2).toEqual([[1, 7, "Đạt"], [2, 8, "Vượt"]]);
  expect(history[0]?.[1]).toEqual({ date: "2026-01-30" });
});

test("a smaller summary clears the rows of a bigger one", () => {
  const wb = workbook();
  compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
  wb.clear("Danh sách thôn", { row: 5, col: 1, rows: 1, cols: 13 });
  compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
  const rows = summaryRows(wb);
  expect(rows.filter((row) => row[2] === "Thôn 10" || row[2] === "Thôn 2")).toHaveLength(1);
  expect(rows.length).toBe(16);
});

test("the commune row's look moves with it: the first thôn is not left highlighted from an earlier compile", async () => {
  const wb = workbook();
  compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
  const file = require("node:path").join(require("node:os").tmpdir(), `sotd-look-${process.pid}.xlsx`);
  await wb.save(file);
  const book = new (require("exceljs").Workbook)();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet("Tổng hợp");
  // Set-up formatted an empty summary (its total row at row 7); after compiling, row 7 is Thôn 2 and row 9 the total.
  expect([sheet.getCell("C7").value, Boolean(sheet.getCell("C7").font?.bold), sheet.getCell("C7").fill?.fgColor?.argb]).toEqual(["Thôn 2", false, "FFFFFFFF"]);
  expect([sheet.getCell("C9").value, sheet.getCell("C9").font?.bold]).toEqual(["Toàn xã", true]);
});

test("a thôn in the register without a tab yet is named on Tổng hợp, saying why it has no figures", () => {
  const wb = workbook();
  const register = compact(wb.read("Danh sách thôn"));
  wb.write("Danh sách thôn", register.length + 1, 2, [["Thôn Mới"]]);
  compileCampaignSummary(wb, vietnamInstant("2026-02-05", 9 * 60));
  const rows = summaryRows(wb);
  expect(rows.filter((row) => row[2] === "Thôn Mới")).toEqual([]);
  expect(rows).toContainEqual(['Chưa có trong bảng vì chưa có tab thôn: Thôn Mới (cán bộ chạy "Tạo/cập nhật tab thôn").']);
});
