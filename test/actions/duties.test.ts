// Tests Việc định kỳ end to end on an .xlsx workbook: a preset seeds its duties, the officer enters the days each was
// done, and compiling writes the Theo dõi column, the Tổng hợp section, the Lịch sử rows and the problems.
import { checkCampaign } from "../../src/actions/check";
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { markOverdue } from "../../src/actions/mark-overdue";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { vietnamInstant } from "../../src/domain/dates";
import { PRESETS } from "../../src/domain/presets";
import { CAO_DIEM_KIEU_MAU_2023 } from "../../src/domain/presets/cao-diem-kieu-mau-2023";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import { smallPreset } from "../helpers";
import { compact } from "../workbook/contract";

const SHEET = "Việc định kỳ";
/** Đã thực hiện starts at column M (the duties table's 11 columns, then one empty); Theo dõi is J. */
const LOG_COL = 13;
const FLAG_COL = 10;
const FIRST_ROW = 4;
const BROADCASTS = "Biên tập tin, bài phản ánh kết quả ra quân trên hệ thống loa truyền thanh xã";

const cell = (wb: XlsxWorkbook, sheet: string, row: number, col: number) => wb.read(sheet)[row - 1]?.[col - 1] ?? null;

describe("000's broadcasts, 3 a week (acceptance: done twice in a week that needed three shows that week missing one)", () => {
  const wb = XlsxWorkbook.create();
  startFromPreset(wb, CHINH_TRANG_2026);
  const log = ["27/01/2026", "28/01/2026", "30/01/2026", "03/02/2026", "05/02/2026"].map((date, i) => [i + 1, BROADCASTS, date]);
  wb.write(SHEET, FIRST_ROW, LOG_COL, [...log, [6, "Phát thanh tin ra quân", "10/02/2026"]]);
  const result = compileCampaignSummary(wb, vietnamInstant("2026-02-13", 9 * 60));
  const tracking = "Quá hạn: tuần 02/02–08/02/2026 thiếu 1 lần. Tuần này: còn 3/3 lần";

  test("set-up seeded the plan's duty, and Công việc chung no longer holds it as a one-off task", () => {
    expect(wb.read(SHEET)[FIRST_ROW - 1]?.slice(0, 6)).toEqual([1, BROADCASTS, 3, "tuần", "Toàn xã", "Phòng Văn hoá - Xã hội"]);
    expect(compact(wb.read("Công việc chung")).some((row) => row.some((value) => String(value).includes("loa truyền thanh")))).toBe(false);
  });

  test("the Theo dõi cell names the short week and what this week still needs", () => {
    expect(result.ok).toBe(true);
    expect(cell(wb, SHEET, FIRST_ROW, FLAG_COL)).toBe(tracking);
  });

  test("Tổng hợp has the section: its title, the line counting the overdue duty, and the duty's row", () => {
    const rows = compact(wb.read("Tổng hợp"));
    const title = rows.findIndex((row) => row.includes("Việc định kỳ"));
    expect(title).toBeGreaterThan(0);
    // With V.1 / V.2's two weekly reports, none logged: each short in both closed weeks.
    expect(rows[title + 1]).toContain("3 việc định kỳ: 0 việc làm đủ số lần ở mọi kỳ đã qua; 3 việc quá hạn (thiếu ở 5 kỳ).");
    const header = rows.findIndex((row, i) => i > title && row.includes("Yêu cầu"));
    // The section's columns span the sheet columns their text needs: each row's filled cells, in order.
    const filled = (row: readonly unknown[] | undefined) => (row ?? []).filter((cell) => cell !== null);
    expect(filled(rows[header])).toEqual(["Việc", "Phạm vi", "Phụ trách", "Yêu cầu", "Kỳ này", "Theo dõi"]);
    expect(filled(rows[header + 1])).toEqual([BROADCASTS, "Toàn xã", "Phòng Văn hoá - Xã hội", "3 lần/tuần", "đã làm 0/3", tracking]);
  });

  test("Lịch sử records the duty for the week: done 0 of 3 this week, overdue in 1 period", () => {
    const row = compact(wb.read("Lịch sử")).find((line) => line.includes(`${BROADCASTS} (3 lần/tuần)`));
    expect(row?.slice(0, 1)).toEqual([3]);
    expect(row?.slice(2)).toEqual(["XA", "Toàn xã", `${BROADCASTS} (3 lần/tuần)`, 0, 3, 0, "Quá hạn 1 kỳ", 1]);
  });

  test("the written report names the short week", () => {
    expect(result.report?.body.map((p) => p.text)).toContain(`- ${BROADCASTS} (Phòng Văn hoá - Xã hội): tuần 02/02–08/02/2026 thiếu 1 lần.`);
  });

  test("a log row naming no duty is a problem naming the sheet and cell, in Lỗi dữ liệu", () => {
    const problem = result.problems.find((p) => p.sheet === SHEET);
    expect(problem).toMatchObject({ sheet: SHEET, cell: "N9", message: 'Việc "Phát thanh tin ra quân" không có trong bảng Việc định kỳ, nên lần thực hiện này chưa được tính.' });
    expect(compact(wb.read("Lỗi dữ liệu")).some((row) => row.includes("N9") && row.includes(SHEET))).toBe(true);
  });
});

// Checked, not compiled: 002 names no report day, so its compile waits for the officer to set one.
describe("002's monthly sanitation, at least once a month", () => {
  const wb = XlsxWorkbook.create();
  startFromPreset(wb, CAO_DIEM_KIEU_MAU_2023);
  wb.write(SHEET, FIRST_ROW, LOG_COL, [[1, "Vệ sinh môi trường ngõ xóm", "15/07/2023"]]);

  test("in August, July is done and August still needs its one time; the owner the plan leaves blank is to fill in", () => {
    const result = checkCampaign(wb, vietnamInstant("2023-08-04", 9 * 60));
    expect(cell(wb, SHEET, FIRST_ROW, FLAG_COL)).toBe("Tháng 08/2023: còn 1/1 lần");
    expect(cell(wb, SHEET, FIRST_ROW, 6)).toBe("(cần bổ sung)");
    expect(result.problems.filter((p) => p.sheet === SHEET).map((p) => [p.cell, p.message])).toEqual([["F4", "Cần bổ sung: kế hoạch không ghi nội dung này, sổ để trống."]]);
  });

  test("in September with nothing in August, August is overdue by one", () => {
    checkCampaign(wb, vietnamInstant("2023-09-08", 9 * 60));
    expect(cell(wb, SHEET, FIRST_ROW, FLAG_COL)).toBe("Quá hạn: tháng 08/2023 thiếu 1 lần. Tháng 09/2023: còn 1/1 lần");
  });
});

describe("every plan's duties, as its preset writes them", () => {
  const expected: Record<string, string[]> = {
    "chinh-trang-2026": [
      `${BROADCASTS}|3|tuần|Toàn xã`,
      "Tổng hợp kết quả của từng đơn vị, báo cáo Thường trực Đảng ủy, Ban chỉ đạo NTM xã, UBND xã|1|tuần|Toàn xã",
      "Tổng hợp, báo cáo bằng văn bản về UBND xã (qua phòng Kinh tế xã) vào thứ 6|1|tuần|Toàn xã",
    ],
    "ntm-nang-cao-2024": [
      "Tổng vệ sinh ngày thứ 7 ở thôn Thắng Lợi|1|tuần|Thắng Lợi",
      "Duy trì ngày “Chủ nhật xanh”|1|tuần|Toàn xã",
      "Giao ban Ban chỉ đạo xây dựng NTM xã hằng tháng|1|tháng|Toàn xã",
      "Giao ban Ban chỉ đạo xây dựng NTM xã hằng quý|1|quý|Toàn xã",
      "Tổng hợp báo cáo hằng tuần với BCĐ xã về xây dựng NTM|1|tuần|Toàn xã",
      "Tổng hợp báo cáo hằng tháng với BCĐ xã về xây dựng NTM|1|tháng|Toàn xã",
      "Tổng hợp báo cáo hằng quý với BCĐ xã về xây dựng NTM|1|quý|Toàn xã",
      "Kiểm điểm tiến độ, báo cáo kết quả về Đảng ủy, HĐND, UBND xã|1|tuần|Toàn xã",
      "Họp rà soát tiến độ các tiêu chí số 5, 6, 11, 12, 14, 15, 16, 18 hằng tháng|1|tháng|Toàn xã",
      "Họp rà soát tiến độ các tiêu chí số 5, 6, 11, 12, 14, 15, 16, 18 hằng quý|1|quý|Toàn xã",
      "Họp rà soát tiến độ các tiêu chí số 1, 2, 3, 4, 7, 8, 9, 10, 13, 17, 18 hằng tháng|1|tháng|Toàn xã",
      "Họp rà soát tiến độ các tiêu chí số 1, 2, 3, 4, 7, 8, 9, 10, 13, 17, 18 hằng quý|1|quý|Toàn xã",
    ],
    "cao-diem-kieu-mau-2023": ["Vệ sinh môi trường ngõ xóm|1|tháng|Toàn xã"],
    "cao-diem-huyen-2021": [
      ...["Nhân Hòa", "Yên Quý", "Đại Hòa", "Yên Thành", "Yên Mỹ", "Đông Hòa"].map((thon) => `Đăng ký công việc của tuần; thứ 6 tổng hợp, đánh giá, báo cáo kết quả về Ban chỉ đạo xã (thôn ${thon})|1|tuần|${thon}`),
      "Tổng hợp, báo cáo kết quả thực hiện đợt cao điểm hằng tuần|1|tuần|Toàn xã",
    ],
    "dan-van-kheo-2026": [
      "Tham mưu xây dựng kế hoạch thực hiện phong trào thi đua hằng năm|1|năm|Toàn xã",
      "Bình xét thi đua, khen thưởng hằng năm|1|năm|Toàn xã",
    ],
  };

  test.each(Object.keys(expected))("%s: its duties read back with no problem but what the plan leaves to fill in", (id) => {
    const preset = PRESETS.find((p) => p.id === id);
    if (preset === undefined) throw new Error(`no preset ${id}`);
    const wb = XlsxWorkbook.create();
    startFromPreset(wb, preset);
    const rows = compact(wb.read(SHEET)).slice(FIRST_ROW - 1).filter((row) => row[1] !== null && row[1] !== undefined);
    expect(rows.map((row) => row.slice(1, 5).join("|"))).toEqual(expected[id]);
    const result = checkCampaign(wb, vietnamInstant(preset.campaign.startDate, 9 * 60));
    expect(result.problems.filter((p) => p.sheet === SHEET && !p.message.startsWith("Cần bổ sung"))).toEqual([]);
  });

  test("004's yearly plan is no longer a one-off task for 2026 in Công việc chung", () => {
    const wb = XlsxWorkbook.create();
    startFromPreset(wb, PRESETS.find((p) => p.id === "dan-van-kheo-2026") as (typeof PRESETS)[number]);
    expect(compact(wb.read("Công việc chung")).some((row) => row.includes("Xây dựng kế hoạch thực hiện phong trào thi đua năm 2026"))).toBe(false);
  });
});

describe("marking overdue work (every day on the schedule) keeps Theo dõi up to date between compiles", () => {
  test("on Monday 09/02 the week 02/02–08/02 with two broadcasts turns overdue; on Tuesday, with nothing new to say, Theo dõi is not written", () => {
    const wb = XlsxWorkbook.create();
    startFromPreset(wb, CHINH_TRANG_2026);
    wb.write(SHEET, FIRST_ROW, LOG_COL, [[1, BROADCASTS, "03/02/2026"], [2, BROADCASTS, "05/02/2026"]]);
    markOverdue(wb, vietnamInstant("2026-02-06", 9 * 60));
    expect(cell(wb, SHEET, FIRST_ROW, FLAG_COL)).toBe("Quá hạn: tuần 26/01–01/02/2026 thiếu 3 lần. Tuần này: còn 1/3 lần");
    markOverdue(wb, vietnamInstant("2026-02-09", 9 * 60));
    expect(cell(wb, SHEET, FIRST_ROW, FLAG_COL)).toBe("Quá hạn: tuần 26/01–01/02/2026 thiếu 3 lần; tuần 02/02–08/02/2026 thiếu 1 lần. Tuần này: còn 3/3 lần");
    const write = jest.spyOn(wb, "write");
    markOverdue(wb, vietnamInstant("2026-02-10", 9 * 60));
    expect(write.mock.calls.filter(([sheet]) => sheet === SHEET)).toEqual([]);
  });
});

describe("generate upgrades a book made before Việc định kỳ existed, and keeps what is typed there", () => {
  test("the sheet comes with its headers and no preset rows; a duty and its dates typed later survive generate and are judged", () => {
    const wb = XlsxWorkbook.create();
    startFromPreset(wb, CHINH_TRANG_2026);
    wb.book.removeWorksheet((wb.book.getWorksheet(SHEET) as { id: number }).id);
    expect(wb.sheets().some((s) => s.key === "duties")).toBe(false);
    generateTabs(wb);
    expect(wb.sheets().find((s) => s.key === "duties")?.name).toBe(SHEET);
    const rows = compact(wb.read(SHEET));
    expect(rows[FIRST_ROW - 2]?.slice(0, 11)).toEqual(["STT", "Việc", "Số lần", "Mỗi", "Phạm vi", "Người / đơn vị phụ trách", "Lãnh đạo phụ trách", "Từ ngày", "Đến ngày", "Theo dõi", "Ghi chú"]);
    expect(rows.slice(FIRST_ROW - 1).every((row) => row.every((value) => value === null))).toBe(true);
    wb.write(SHEET, FIRST_ROW, 1, [[1, "Giao ban Ban phát triển thôn", 1, "tháng", "Thôn 3", "Trưởng thôn"]]);
    wb.write(SHEET, FIRST_ROW, LOG_COL, [[1, "giao ban ban phát triển thôn", "29/01/2026"]]);
    generateTabs(wb);
    expect(compact(wb.read(SHEET))[FIRST_ROW - 1]?.slice(0, 6)).toEqual([1, "Giao ban Ban phát triển thôn", 1, "tháng", "Thôn 3", "Trưởng thôn"]);
    checkCampaign(wb, vietnamInstant("2026-02-04", 9 * 60));
    expect(cell(wb, SHEET, FIRST_ROW, FLAG_COL)).toBe("Tháng 02/2026: còn 1/1 lần");
  });
});

describe("in Google Sheets (the strict fake)", () => {
  test("check writes Theo dõi in one call, and not at all when it already says it", () => {
    const spreadsheet = new FakeSpreadsheet(new Calls(), "canbo@maihoa.gov.vn");
    const wb = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), "canbo@maihoa.gov.vn");
    setUpWorkbook(wb, smallPreset());
    generateTabs(wb);
    wb.write(SHEET, FIRST_ROW, LOG_COL, [[1, BROADCASTS, "03/02/2026"], [2, BROADCASTS, "05/02/2026"]]);
    const write = jest.spyOn(wb, "write");
    checkCampaign(wb, vietnamInstant("2026-02-10", 9 * 60));
    expect(write.mock.calls.filter(([sheet]) => sheet === SHEET).map(([, row, col]) => [row, col])).toEqual([[FIRST_ROW, FLAG_COL]]);
    expect(spreadsheet.sheet(SHEET).cell(FIRST_ROW, FLAG_COL)?.value).toBe("Quá hạn: tuần 26/01–01/02/2026 thiếu 3 lần; tuần 02/02–08/02/2026 thiếu 1 lần. Tuần này: còn 3/3 lần");
    write.mockClear();
    checkCampaign(wb, vietnamInstant("2026-02-10", 10 * 60));
    expect(write.mock.calls.filter(([sheet]) => sheet === SHEET)).toEqual([]);
  });
});
