// Tests compiling the summary: the Tổng hợp cells, the commune row, ranks and proposals, and Lịch sử once per week.
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { vietnamInstant } from "../../src/domain/dates";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { smallPreset } from "../helpers";
import { updateCampaign } from "../../src/actions/update-campaign";
import { campaignForm } from "../../src/actions/overview";
import { DAN_VAN_KHEO_2026 } from "../../src/domain/presets/dan-van-kheo-2026";
import { compact } from "../workbook/contract";
import { PRINT_HINT, SUMMARY } from "../../src/domain/layout/summary-sheet";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";

const OWNER = "canbo.kinhte@maihoa.gov.vn";

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

test("the summary has the official heading, the moment its figures stand at, the thôn in rank order, the rule, and signatures", () => {
  const wb = workbook();
  const result = compileCampaignSummary(wb, vietnamInstant("2026-02-05", 9 * 60));
  expect(result.message).toBe("Đã lập bảng tổng hợp 2 thôn (tuần 2/3) và ghi vào Lịch sử.");
  const rows = summaryRows(wb);
  const at = (row: number) => rows[row - 1] ?? [];
  expect(at(SUMMARY.agencyRow).filter((cell) => cell !== null)).toEqual(["UBND XÃ MAI HOA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  expect(at(SUMMARY.mottoRow).filter((cell) => cell !== null)).toEqual(["Độc lập - Tự do - Hạnh phúc"]);
  expect(at(SUMMARY.titleRow)).toContain("TỔNG HỢP KẾT QUẢ THI ĐUA");
  // A Thursday-morning compile says so, and that the week's cut-off is still to come.
  expect(at(SUMMARY.cutoffRow)[0]).toBe("Số liệu lúc 09:00 thứ Năm, 05/02/2026, tuần 2/3 (31/01/2026 – 06/02/2026); tuần này chốt lúc 14:00 thứ Sáu, 06/02/2026.");
  expect(at(SUMMARY.groupRow).slice(3, 8)).toEqual(["Hộ chỉnh trang", null, null, null, "Vườn mẫu được nâng cấp"]);
  expect(at(SUMMARY.headerRow).slice(0, 7)).toEqual(["Hạng", "Mã thôn", "Thôn", "Đạt", "Tổng", "Tỷ lệ", "Đánh giá"]);
  // Thôn 2 (T02): households 7/10 Đạt, gardens 3/10 Đạt, clusters/roads 2/2 Đạt → all met, praised.
  expect(at(SUMMARY.firstRow)).toEqual([1, "T02", "Thôn 2", 7, 10, 0.7, "Đạt", 3, 10, 0.3, "Đạt", 2, 2, 1, "Đạt", 0, 0, 0, 0, "Biểu dương"]);
  // Thôn 10 (T01): households 8/10 Vượt, gardens 2/10 below, roads 1/2 below → reminded.
  expect(at(SUMMARY.firstRow + 1)).toEqual([2, "T01", "Thôn 10", 8, 10, 0.8, "Vượt", 2, 10, 0.2, "Chưa đạt", 1, 2, 0.5, "Chưa đạt", 0, 0, 0, 0, "Nhắc nhở"]);
  expect(at(SUMMARY.firstRow + 2).slice(2, 15)).toEqual(["Toàn xã", 15, 20, 0.75, "Đạt", 5, 20, 0.25, "Chưa đạt", 3, 4, 0.75, "Chưa đạt"]);
  const below = rows.slice(SUMMARY.firstRow + 2);
  expect(below[0]?.[0]).toMatch(/^Cách xếp hạng: đạt nhiều chỉ tiêu hơn → vượt nhiều chỉ tiêu hơn → ít việc quá hạn hơn/);
  expect(below[1]).toEqual(["Biểu dương: thôn đạt mọi chỉ tiêu, không có việc quá hạn. Nhắc nhở: thôn có chỉ tiêu chưa đạt ở 1 vị trí cuối bảng (kể cả thôn đồng hạng)."]);
  expect(below[2]).toEqual(["Đề xuất biểu dương: Thôn 2"]);
  expect(below[3]).toEqual(["Đề xuất nhắc nhở: Thôn 10"]);
  // The preset's first two commune tasks, the Hội Phụ nữ's and the Hội Nông dân's, are due 13/02/2026.
  expect(below[4]).toEqual(["Công việc chung của xã: 0/2 việc hoàn thành, 0 việc quá hạn."]);
  // Both owners are organisations listed on Đơn vị thi đua: judged there, not ranked twice.
  expect(below.slice(6, 8)).toEqual([[expect.stringMatching(/^Xếp hạng phòng, ban, đoàn thể: ít việc quá hạn hơn/)], [expect.stringMatching(/^Biểu dương: xong mọi việc/)]]);
  // The rank in column B, the name from the wide Thôn column; each column spans the sheet columns its text needs.
  const filled = (row: readonly unknown[]) => row.flatMap((cell, i) => (cell === null ? [] : [[i + 1, cell]]));
  expect(filled(below[8] ?? [])).toEqual([[2, "Hạng"], [3, "Phòng, ban, đoàn thể"], ...filled(below[8] ?? []).slice(2)]);
  expect(filled(below[8] ?? []).map(([, cell]) => cell)).toEqual(["Hạng", "Phòng, ban, đoàn thể", "Số việc", "Hoàn thành", "Quá hạn", "Đề xuất"]);
  expect(below.slice(9, 11).map(filled)).toEqual(
    ["Hội Nông dân xã", "Hội Phụ nữ xã"].map((name) => [[3, name], ...[1, 0, 0, "Xét ở mục Đơn vị thi đua"].map((cell, i) => [filled(below[8] ?? [])[i + 2]?.[0], cell])]),
  );
  // After 27/01/2026, the thôn whose tab lists no work and the organisations with no work of their own on Công việc chung
  // (the Hội Phụ nữ's and Hội Nông dân's rows are the plan's II.2, quoted in Ghi chú: no registration).
  const units = below.findIndex((row) => row[0] === "Đơn vị thi đua");
  expect(below.slice(units + 1, units + 3)).toEqual([
    ["Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Đoàn Thanh niên xã, Hội Cựu chiến binh xã, Hội Nông dân xã, Hội Phụ nữ xã, Thôn 2, Thôn 10, Ủy ban MTTQ xã."],
    [expect.stringMatching(/^Đề xuất nhắc nhở \(Ủy ban MTTQ, các tổ chức đoàn thể cấp xã\): Đoàn Thanh niên xã \(chưa đăng ký\)/)],
  ]);
  // The section's columns span the sheet columns their text needs, from the Thôn column: the filled cells, in order.
  expect(below[units + 6]?.[2]).toBe("Hội Nông dân xã");
  expect(below[units + 6]?.filter((cell) => cell !== null)).toEqual(["Hội Nông dân xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", "Chưa đăng ký", 0, "Nhắc nhở"]);
  const signature = below.slice(-3).map((row) => row.filter((cell) => cell !== null));
  expect(signature).toEqual([["Mai Hoa, ngày 05 tháng 02 năm 2026"], ["NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN XÃ"], ["(Ký, ghi rõ họ tên)", "(Ký, đóng dấu, ghi rõ họ tên)"]]);
});

test("a compile before the campaign starts is refused and writes nothing; after its end it says so and keeps Lịch sử", () => {
  const wb = workbook();
  const before = compact(wb.read("Tổng hợp"));
  const early = compileCampaignSummary(wb, vietnamInstant("2026-01-20", 8 * 60));
  expect(early.ok).toBe(false);
  expect(early.message).toBe(
    'Phong trào bắt đầu ngày 26/01/2026: chưa đến tuần báo cáo nào nên chưa lập bảng tổng hợp. Chưa thay đổi gì; "Kiểm tra chỉ tiêu và dữ liệu" xem được số liệu ngay bây giờ.',
  );
  expect(compact(wb.read("Tổng hợp"))).toEqual(before);
  compileCampaignSummary(wb, vietnamInstant("2026-02-13", 9 * 60));
  const history = compact(wb.read("Lịch sử"));
  const late = compileCampaignSummary(wb, vietnamInstant("2026-03-02", 8 * 60));
  expect(late.message).toBe("Đã lập bảng tổng hợp 2 thôn, sau khi phong trào kết thúc (13/02/2026). Lịch sử giữ nguyên số liệu các tuần đã chốt.");
  expect(summaryRows(wb)[SUMMARY.cutoffRow - 1]?.[0]).toBe(
    "Số liệu lúc 08:00 thứ Hai, 02/03/2026, sau khi phong trào kết thúc (13/02/2026); tuần cuối (3/3) đã chốt lúc 14:00 thứ Sáu, 13/02/2026.",
  );
  expect(compact(wb.read("Lịch sử"))).toEqual(history);
});

test("compiling twice in a week keeps one week in Lịch sử; another week adds a second", () => {
  const wb = workbook();
  const weeks = () => new Set(compact(wb.read("Lịch sử")).slice(3).map((row) => row[0]));
  compileCampaignSummary(wb, vietnamInstant("2026-01-29"));
  compileCampaignSummary(wb, vietnamInstant("2026-01-30", 13 * 60));
  expect(weeks()).toEqual(new Set([1]));
  // Each week: 2 thôn × 3 indicators, the commune's 3, and the preset's three recurring duties and three measured targets.
  expect(compact(wb.read("Lịch sử")).slice(3)).toHaveLength(2 * 3 + 3 + 3 + 3);
  wb.write("Thôn 2", 24, 3, [[true]]);
  compileCampaignSummary(wb, vietnamInstant("2026-02-04"));
  expect(weeks()).toEqual(new Set([1, 2]));
  const history = compact(wb.read("Lịch sử")).slice(3);
  expect(history).toHaveLength(2 * 15);
  const thon2 = history.filter((row) => row[2] === "T02" && row[4] === "Hộ chỉnh trang").map((row) => [row[0], row[5], row[8]]);
  expect(thon2).toEqual([[1, 7, "Đạt"], [2, 8, "Vượt"]]);
  expect(history[0]?.[1]).toEqual({ date: "2026-01-30" });
});

test("Lịch sử names the campaign's period: a yearly campaign's rows are by Năm, and a cadence changed later relabels the column", () => {
  const wb = workbook();
  const history = () => compact(wb.read("Lịch sử"));
  expect(history()[0]).toEqual(["LỊCH SỬ TỔNG HỢP HẰNG TUẦN"]);
  expect(history()[2]?.[0]).toBe("Tuần");
  updateCampaign(wb, { ...campaignForm(smallPreset().campaign), cadence: "monthly" });
  compileCampaignSummary(wb, vietnamInstant("2026-01-29"));
  expect(history()[0]?.[0]).toBe("LỊCH SỬ TỔNG HỢP HẰNG THÁNG");
  expect(history()[1]?.[0]).toBe("Mỗi lần lập bảng tổng hợp, sổ ghi số liệu của tháng vào đây; lập lại trong tháng thì thay số của tháng đó.");
  expect(history()[2]?.[0]).toBe("Tháng");
  expect(history()[3]?.slice(0, 2)).toEqual([1, { date: "2026-01-31" }]);

  const yearly = XlsxWorkbook.create();
  setUpWorkbook(yearly, DAN_VAN_KHEO_2026);
  expect(compact(yearly.read("Lịch sử")).slice(0, 3).map((row) => row[0])).toEqual(["LỊCH SỬ TỔNG HỢP HẰNG NĂM", "Mỗi lần lập bảng tổng hợp, sổ ghi số liệu của năm vào đây; lập lại trong năm thì thay số của năm đó.", "Năm"]);
});

test("a smaller summary clears the rows of a bigger one", () => {
  const wb = workbook();
  compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
  wb.clear("Danh sách thôn", { row: 5, col: 1, rows: 1, cols: 13 });
  compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
  const rows = summaryRows(wb);
  expect(rows.filter((row) => row[2] === "Thôn 10" || row[2] === "Thôn 2")).toHaveLength(1);
  expect(rows.filter((row) => row.includes("NGƯỜI LẬP BIỂU"))).toHaveLength(1);
  expect(rows[rows.length - 1]).toContain("(Ký, ghi rõ họ tên)");
});

test("the commune row's look moves with it: the first thôn is not left highlighted from an earlier compile", async () => {
  const wb = workbook();
  compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
  const file = require("node:path").join(require("node:os").tmpdir(), `sotd-look-${process.pid}.xlsx`);
  await wb.save(file);
  const book = new (require("exceljs").Workbook)();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet("Tổng hợp");
  // Set-up formatted an empty summary (its total row at row 10); after compiling, row 10 is Thôn 2 and row 12 the total.
  expect([sheet.getCell("C10").value, Boolean(sheet.getCell("C10").font?.bold), sheet.getCell("C10").fill?.fgColor?.argb]).toEqual(["Thôn 2", false, "FFFFFFFF"]);
  expect([sheet.getCell("C12").value, sheet.getCell("C12").font?.bold]).toEqual(["Toàn xã", true]);
});

test("a thôn in the register without a tab yet is named on Tổng hợp, saying why it has no figures", () => {
  const wb = workbook();
  const register = compact(wb.read("Danh sách thôn"));
  wb.write("Danh sách thôn", register.length + 1, 2, [["Thôn Mới"]]);
  compileCampaignSummary(wb, vietnamInstant("2026-02-05", 9 * 60));
  const rows = summaryRows(wb);
  expect(rows.filter((row) => row[2] === "Thôn Mới")).toEqual([]);
  expect(rows).toContainEqual(["Chưa có trong bảng vì chưa có tab thôn: Thôn Mới. Cán bộ làm tab: chạy lệnh so-thi-dua generate TỆP (TỆP là tên tệp sổ này)."]);
});

test("every sheet prints on A4 fit to width; Tổng hợp in landscape with its headers repeated, its area, borders and page numbers", async () => {
  const wb = workbook();
  compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
  const rows = summaryRows(wb).length;
  const file = require("node:path").join(require("node:os").tmpdir(), `sotd-print-${process.pid}.xlsx`);
  await wb.save(file);
  const book = new (require("exceljs").Workbook)();
  await book.xlsx.readFile(file);
  const visible = book.worksheets.filter((sheet: { state: string }) => sheet.state === "visible");
  const setups = visible.map((sheet: { name: string; pageSetup: Record<string, unknown> }) => [sheet.name, sheet.pageSetup.paperSize, sheet.pageSetup.fitToWidth, sheet.pageSetup.fitToHeight]);
  // A page wide per table side by side (Cấu hình has five, a thôn tab four); Tổng hợp is also shrunk to its pages'
  // count (one here); the others run as many pages tall as they need. Cấu hình has seven tables (the kinds of thôn and
  // their criteria are the last two).
  const wide: Record<string, number> = { "Cấu hình": 7, "Công việc chung": 2, "Thôn 2": 4, "Thôn 10": 4, "Bộ tiêu chí": 3, "Việc định kỳ": 2, "Đơn vị thi đua": 3 };
  expect(setups).toEqual(visible.map((sheet: { name: string }) => [sheet.name, 9, wide[sheet.name] ?? 1, sheet.name === "Tổng hợp" ? 1 : 0]));
  const summary = book.getWorksheet("Tổng hợp");
  // Two thôn fit on a page: no header rows repeated (they would head the sections on a second page).
  expect(summary.pageSetup).toMatchObject({ orientation: "landscape", printArea: `A1:T${rows}` });
  expect(summary.pageSetup.printTitlesRow).toBeUndefined();
  expect(summary.headerFooter.oddFooter).toBe("&CTrang &P/&N");
  // The table is ruled; the heading above it is not.
  expect(summary.getCell(`C${SUMMARY.firstRow}`).border?.left?.style).toBe("thin");
  expect(summary.getCell("B1").border?.left).toBeUndefined();
  // Ranks and ids are centred, so "19" and "T01" don't run together.
  expect(summary.getCell(`A${SUMMARY.firstRow}`).alignment?.horizontal).toBe("center");
  expect(book.getWorksheet("Danh sách thôn").pageSetup.printTitlesRow).toBe("2:3");
});

test("in Google Sheets, whose API has no page setup, Tổng hợp says what to choose in the print dialog", () => {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OWNER);
  const wb = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OWNER);
  setUpWorkbook(wb, smallPreset([{ name: "Thôn 2", households: 10, gardens: 10, clusters: 1, roads: 1 }]));
  generateTabs(wb);
  compileCampaignSummary(wb, vietnamInstant("2026-02-05"));
  const last = compact(wb.read("Tổng hợp")).filter((row) => row.length > 0).pop();
  expect(last).toEqual([PRINT_HINT]);
  // Under the one thôn and Toàn xã, the lower part's reset takes lines away but leaves its top edge, the table's
  // bottom line, alone; the table itself is ruled on every side.
  const borders = new Map([...spreadsheet.sheet("Tổng hợp").styles].filter(([key]) => key.endsWith("|border")));
  expect(borders.get(`A${SUMMARY.firstRow + 2}:T${SUMMARY.firstRow + 61}|border`)).toBe(",false,false,false,false,false");
  expect(borders.get(`A${SUMMARY.groupRow}:T${SUMMARY.firstRow + 1}|border`)).toBe("true,true,true,true,true,true");
  expect(PRINT_HINT).toContain("Khổ giấy A4, Hướng Ngang, Tỷ lệ Vừa với chiều rộng");
});

test("before any thôn is ranked, the rule says how many last places are reminded without saying “0 vị trí”", () => {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, smallPreset([{ name: "Thôn 2", households: 10, gardens: 10, clusters: 1, roads: 1 }]));
  generateTabs(wb);
  compileCampaignSummary(wb, vietnamInstant("2026-02-05", 9 * 60));
  const rule = summaryRows(wb).flat().find((cell) => String(cell).startsWith("Biểu dương: thôn đạt mọi chỉ tiêu"));
  expect(rule).toBe(
    "Biểu dương: thôn đạt mọi chỉ tiêu, không có việc quá hạn. Nhắc nhở: thôn có chỉ tiêu chưa đạt ở 1/5 số vị trí cuối bảng, ít nhất 1 (kể cả thôn đồng hạng); kỳ này chưa thôn nào được xếp hạng.",
  );
});
