// Tests drafting the weekly report on the demo (xã Mai Hoa at 10:00 Friday 06/02/2026): its sentences against the
// summary's figures, and the Báo cáo sheet it writes, in .xlsx (page setup) and in Google Sheets (the print hint).
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fillSampleRegister, fillSampleTabs } from "../../src/actions/fill-sample-data";
import { generateTabs } from "../../src/actions/generate-tabs";
import { markOverdue } from "../../src/actions/mark-overdue";
import { setUpWorkbook } from "../../src/actions/set-up";
import { draftWeeklyReport } from "../../src/actions/weekly-report";
import { DEMO_NOW } from "../../src/cli/main";
import { vietnamInstant } from "../../src/domain/dates";
import { PROTECTION, REPORT_SHEET_TEXT, VERDICT } from "../../src/domain/messages";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import type { ReportDocument } from "../../src/domain/report";
import { formatCount, formatPercent } from "../../src/domain/verdicts";
import { compareVietnamese } from "../../src/domain/vietnamese-order";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import type { Workbook } from "../../src/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import { smallPreset } from "../helpers";
import { compact } from "../workbook/contract";

/** The demo workbook as `so-thi-dua demo` makes it, before its compile. */
function demo(workbook: Workbook = XlsxWorkbook.create()): Workbook {
  setUpWorkbook(workbook, CHINH_TRANG_2026);
  fillSampleRegister(workbook);
  generateTabs(workbook);
  fillSampleTabs(workbook);
  markOverdue(workbook, DEMO_NOW);
  return workbook;
}

const body = (doc: ReportDocument) => doc.body.map((p) => p.text).join("\n");

describe("the demo's report at 10:00 Friday 06/02/2026", () => {
  const workbook = demo();
  const result = draftWeeklyReport(workbook, DEMO_NOW);
  const summary = result.summary!;
  const doc = result.report!;
  const text = body(doc);

  test("is drafted with the compile, for week 2 of 3 to the 14:00 cut-off, dated that day", () => {
    expect(result.ok).toBe(true);
    expect(result.message).toBe(
      "Đã lập bảng tổng hợp 22 thôn (tuần 2/3), ghi vào Lịch sử, và lập báo cáo tuần 2 ở trang Báo cáo. Trang đó đã đặt sẵn khổ A4 dọc và lề theo Nghị định 30/2020/NĐ-CP; số văn bản và họ tên người ký để trống cho cán bộ ghi.",
    );
    expect(doc.subject).toMatch(/ tuần 2, tính đến 14 giờ ngày 06\/02\/2026$/);
    expect(doc.placeDate).toBe("Mai Hoa, ngày 06 tháng 02 năm 2026");
    expect(doc.body[0]?.text).toContain("báo cáo kết quả tuần 2/3 (từ 31/01/2026 đến 06/02/2026), số liệu tổng hợp lúc 10:00 thứ Sáu, 06/02/2026, như sau:");
  });

  test("states each indicator's commune figures as Tổng hợp has them, the Vietnamese way", () => {
    expect(text).toContain("Toàn xã có 2.627/3.746 hộ (70,1%) đã chỉnh trang, đạt chỉ tiêu tối thiểu 70%");
    const [households, gardens, roads] = summary.total.indicators;
    for (const [total, words] of [
      [households, "hộ"],
      [gardens, "vườn mẫu"],
      [roads, "cụm dân cư, tuyến đường"],
    ] as const) {
      expect(text).toContain(`Toàn xã có ${formatCount(total!.done)}/${formatCount(total!.total)} ${words} (${formatPercent(total!.ratio)})`);
    }
  });

  test("names the thôn below each target with their shares, those that met it, and those at the aim", () => {
    summary.total.indicators.forEach((_, i) => {
      const results = summary.rows.map((row) => ({ name: row.name, result: row.indicators[i]! }));
      const order = (a: (typeof results)[number], b: (typeof results)[number]) => (b.result.ratio ?? 0) - (a.result.ratio ?? 0) || compareVietnamese(a.name, b.name);
      const below = results.filter((r) => r.result.verdict === VERDICT.below).sort(order);
      expect(text).toContain(`${below.length} thôn chưa đạt: ${below.map((r) => `${r.name} (${formatPercent(r.result.ratio)})`).join(", ")}`);
      const met = results.filter((r) => r.result.verdict === VERDICT.met).sort(order).map((r) => r.name);
      const withAim = i === 0 ? " chỉ tiêu tối thiểu" : "";
      expect(text).toContain(`${met.length} thôn đạt${withAim}: ${met.join(", ")}`);
    });
    const aim = summary.rows.filter((row) => row.indicators[0]!.verdict === VERDICT.exceeded);
    expect(text).toContain(`${aim.length} thôn đạt mức phấn đấu 80% trở lên: `);
  });

  test("counts the overdue work as Tổng hợp does and names its owners, with the thôn whose tabs list it", () => {
    const overdue = summary.total.tasks.overdue + summary.communeTasks.overdue;
    expect(overdue).toBeGreaterThan(0);
    expect(text).toContain(`- Còn ${overdue} việc quá hạn:`);
    // Every sixth thôn or so left the clean-up of 30/01 undone (the demo's data): one line names them all.
    const late = summary.rows.filter((row) => row.tasks.overdue > 0).map((row) => row.name).sort(compareVietnamese);
    expect(late).toHaveLength(6);
    expect(text).toContain(`+ Chi đoàn thanh niên (${late.join(", ")}): Ra quân tổng vệ sinh, phát quang tuyến đường, hạn 30/01/2026, quá hạn 7 ngày.`);
    // The commune's own late work, by its owner.
    const communeLate = summary.work.filter((work) => work.village === null && work.overdueDays > 0);
    expect(communeLate).toHaveLength(summary.communeTasks.overdue);
    for (const work of communeLate) expect(text).toContain(`+ ${work.owner}: ${work.name}, hạn ${work.deadline?.split("-").reverse().join("/")}, quá hạn ${work.overdueDays} ngày.`);
  });

  test("proposes for praise and reminder the thôn Tổng hợp proposes, and counts its open data problems", () => {
    const named = (proposal: string) => summary.rows.filter((row) => row.proposal === proposal).map((row) => row.name).join(", ");
    expect(text).toContain(`- Đề nghị biểu dương: ${named("Biểu dương")} (`);
    expect(text).toContain(`- Đề nghị nhắc nhở: ${named("Nhắc nhở")} (`);
    expect(named("Biểu dương")).not.toBe("");
    expect(text).toContain(`- Còn ${summary.total.problems + summary.otherProblems.length} lỗi dữ liệu chưa sửa`);
  });

  test("lists the coming week's deadlines up to the next cut-off, and says nothing of what the demo lacks", () => {
    expect(text).toContain("- Việc đến hạn từ nay đến 13/02/2026, đề nghị các đơn vị, cá nhân phụ trách hoàn thành đúng hạn:");
    expect(text).toContain("+ Hội Phụ nữ xã: Xây dựng, củng cố CLB “Gia đình 5 có NTM kiểu mẫu” ở các chi hội, hạn 13/02/2026.");
    // Every thôn registered its works; Lịch sử holds no week before this one.
    expect(text).not.toMatch(/Chưa có công trình|So với tuần/);
  });

  test("writes the same report on Báo cáo: the heading blocks side by side, the body's lines in column A, then recipients and signers", () => {
    const rows = compact(workbook.read("Báo cáo"));
    expect(rows[0]).toEqual(["UBND XÃ MAI HOA", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(rows[1]).toEqual([null, null, "Độc lập - Tự do - Hạnh phúc"]);
    expect(rows[3]).toEqual(["Số: …/BC-UBND", null, "Mai Hoa, ngày 06 tháng 02 năm 2026"]);
    expect(rows[5]).toEqual([null, "BÁO CÁO"]);
    const recipients = rows.findIndex((row) => row[0] === "Nơi nhận:");
    expect(rows[recipients]).toEqual(["Nơi nhận:", null, "TM. ỦY BAN NHÂN DÂN"]);
    expect(rows.slice(recipients + 1, recipients + 3)).toEqual([
      ["- Thường trực Đảng ủy xã (b/c);", null, "KT. CHỦ TỊCH"],
      ["- Thường trực HĐND xã (b/c);", null, "PHÓ CHỦ TỊCH"],
    ]);
    // The body's paragraphs, read back from their lines, are the report's, word for word.
    const first = rows.findIndex((row) => typeof row[0] === "string" && row[0].trim().startsWith("Thực hiện kế hoạch"));
    const lines = rows.slice(first, recipients - 1).map((row) => String(row[0] ?? ""));
    const words = (s: string) => s.split(/\s+/).filter((w) => w !== "");
    expect(words(lines.join(" "))).toEqual(words(doc.body.map((p) => p.text).join(" ")));
  });
});

test("the change since last week is what Lịch sử recorded for the week before", () => {
  const workbook = XlsxWorkbook.create();
  setUpWorkbook(workbook, smallPreset([{ name: "Thôn 2", households: 10, gardens: 10, clusters: 1, roads: 1 }]));
  generateTabs(workbook);
  const households = (done: number) => Array.from({ length: 10 }, (_, i) => [`Hộ ${i + 1}`, i < done]);
  workbook.write("Thôn 2", 16, 2, households(5));
  draftWeeklyReport(workbook, vietnamInstant("2026-01-30", 9 * 60));
  workbook.write("Thôn 2", 16, 2, households(8));
  const week2 = draftWeeklyReport(workbook, vietnamInstant("2026-02-05", 9 * 60));
  expect(body(week2.report!)).toContain("So với tuần 1, tăng 3 hộ (từ 50,0% lên 80,0%); Thôn 2 đã đạt chỉ tiêu.");
  // Compiling week 2 again compares with week 1 still, not with itself.
  expect(body(draftWeeklyReport(workbook, vietnamInstant("2026-02-06", 9 * 60)).report!)).toContain("So với tuần 1, tăng 3 hộ");
});

describe("the Báo cáo sheet", () => {
  test("in .xlsx: A4 portrait, the decree's margins, printed to the signers, in Times New Roman; a shorter week leaves nothing behind", async () => {
    const workbook = demo() as XlsxWorkbook;
    draftWeeklyReport(workbook, DEMO_NOW);
    workbook.write("Báo cáo", 150, 1, [["một dòng còn sót của tuần trước"]]);
    draftWeeklyReport(workbook, DEMO_NOW);
    const rows = compact(workbook.read("Báo cáo"));
    expect(rows.flat()).not.toContain("một dòng còn sót của tuần trước");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "sotd-report-")), "demo.xlsx");
    await workbook.save(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("Báo cáo")!;
    const inches = (mm: number) => expect.closeTo(mm / 25.4, 5);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1, printArea: `A1:D${rows.length}` });
    expect(sheet.pageSetup.margins).toMatchObject({ top: inches(20), bottom: inches(20), left: inches(30), right: inches(15) });
    expect([sheet.getCell("A1").font?.name, sheet.getCell("A1").font?.bold, sheet.getCell("A30").font?.name]).toEqual(["Times New Roman", true, "Times New Roman"]);
    expect([sheet.getCell("C2").font?.underline, sheet.getCell("C4").font?.italic, sheet.getCell("B6").alignment?.horizontal]).toEqual([true, true, "center"]);
    // A4 less 30 mm and 15 mm of margins is 165 mm: the columns add up to that width (624 px at 96 px an inch).
    expect([1, 2, 3, 4].reduce((sum, col) => sum + (sheet.getColumn(col).width ?? 0) * 7, 0)).toBeCloseTo(624, -1);
  });

  test("in Google Sheets: its own protected sheet, Times New Roman, and below the page what to choose in the print dialog", () => {
    const owner = "canbo.kinhte@maihoa.gov.vn";
    const spreadsheet = new FakeSpreadsheet(new Calls(), owner);
    const workbook = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), owner);
    setUpWorkbook(workbook, smallPreset([{ name: "Thôn 2", households: 10, gardens: 10, clusters: 1, roads: 1 }]));
    generateTabs(workbook);
    const result = draftWeeklyReport(workbook, vietnamInstant("2026-02-05", 9 * 60));
    expect(result.message).toMatch(/ở trang Báo cáo\. In hoặc tải PDF theo dòng hướng dẫn ở cuối trang đó;/);
    const sheet = spreadsheet.sheet("Báo cáo");
    const rows = compact(workbook.read("Báo cáo"));
    const hint = rows.findIndex((row) => typeof row[0] === "string" && row[0].startsWith("Khi in hoặc tải PDF"));
    // The page ends with the recipients; a blank row, then the hint, which is not printed.
    const printRows = hint - 1;
    expect([rows[printRows - 1]?.[0], rows[printRows]]).toEqual(["- Lưu: VT.", []]);
    expect(rows.slice(hint).map((row) => row[0]).join(" ")).toBe(REPORT_SHEET_TEXT.printHint(printRows));
    expect(REPORT_SHEET_TEXT.printHint(printRows)).toContain(`chọn vùng A1:D${printRows}`);
    expect(sheet.styles.get("A1:D100|fontFamily")).toBe("Times New Roman");
    expect(sheet.protections[0]?.description).toBe(PROTECTION.report);
    // No column past D: a line of text has nowhere to run beyond the page.
    expect([sheet.maxCols, sheet.frozenRows]).toEqual([4, 0]);
  });
});
