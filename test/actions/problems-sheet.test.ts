// Tests the Lỗi dữ liệu sheet as each front end writes it: every problem names its thôn, fixes name the step in the
// words of the front end the workbook is run from, and the sheet's title stays above the line that explains it.
import { checkCampaign } from "../../src/actions/check";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { vietnamInstant } from "../../src/domain/dates";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import type { Workbook } from "../../src/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import { smallPreset } from "../helpers";
import { compact } from "../workbook/contract";

const NOW = vietnamInstant("2026-02-06");
const OWNER = "canbo.kinhte@maihoa.gov.vn";

/** Thôn 2 lists 7 of its 10 households; Thôn 10's tab is renamed and has an "x" in a tick; Mai Hạ and Xóm Đông have no tab. */
function troubled(workbook: Workbook, rename: (from: string, to: string) => void): string[][] {
  setUpWorkbook(workbook, smallPreset([{ name: "Thôn 2", households: 10 }, { name: "Thôn 10", households: 1 }]));
  generateTabs(workbook);
  workbook.write("Thôn 2", 16, 2, Array.from({ length: 7 }, (_, i) => [`Hộ ${i + 1}`]));
  workbook.write("Thôn 10", 16, 2, [["Hộ Lê Văn A", "x"]]);
  rename("Thôn 10", "Thôn Mười");
  workbook.write("Danh sách thôn", 6, 2, [["Mai Hạ"], ["Xóm Đông"]]);
  checkCampaign(workbook, NOW);
  return compact(workbook.read("Lỗi dữ liệu")) as string[][];
}

test("in an .xlsx book each problem names its thôn beside the sheet, and a thôn without a tab is told the command", () => {
  const wb = XlsxWorkbook.create();
  const rows = troubled(wb, (from, to) => wb.renameSheet(from, to)).slice(3);
  expect(rows).toContainEqual([
    "Danh sách thôn (Thôn 2)",
    "F4",
    "Tab thôn có 7 hộ, Danh sách thôn ghi 10 hộ.",
    "Bổ sung hoặc bỏ bớt dòng trên tab thôn cho đủ, hoặc sửa số hộ trong Danh sách thôn.",
  ]);
  // A renamed tab is still its thôn's: the thôn is named, since the sheet's name no longer says it.
  expect(rows).toContainEqual(["Thôn Mười (Thôn 10)", "C16", '"x" không phải ô đánh dấu.', expect.any(String)]);
  // No "Thôn thôn", no "thôn Thôn": a name that says what it is stands alone; one that doesn't gets "Thôn".
  expect(rows).toContainEqual(["Danh sách thôn (Mai Hạ)", "A6", "Thôn Mai Hạ chưa có tab.", "Chạy lệnh so-thi-dua generate TỆP (TỆP là tên tệp sổ này)."]);
  expect(rows).toContainEqual(["Danh sách thôn (Xóm Đông)", "A7", "Xóm Đông chưa có tab.", "Chạy lệnh so-thi-dua generate TỆP (TỆP là tên tệp sổ này)."]);
  expect(rows.flat().join(" ")).not.toMatch(/Tạo\/cập nhật tab thôn|Tiện ích mở rộng/);
});

test("in Google Sheets the same problems name the menu item, not the command", () => {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OWNER);
  const wb = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OWNER);
  const rows = troubled(wb, (from, to) => spreadsheet.sheet(from).renameByHand(to)).slice(3);
  expect(rows).toContainEqual(["Danh sách thôn (Xóm Đông)", "A7", "Xóm Đông chưa có tab.", "Chọn Tiện ích mở rộng ▸ Sổ Thi Đua ▸ Tạo/cập nhật tab thôn."]);
  expect(rows.flat().join(" ")).not.toContain("so-thi-dua");
});

test("Lỗi dữ liệu keeps its title in A1 after a check, with the line that explains the table under it", () => {
  const wb = XlsxWorkbook.create();
  const rows = troubled(wb, (from, to) => wb.renameSheet(from, to));
  expect(rows[0]).toEqual(["LỖI DỮ LIỆU CẦN SỬA"]);
  expect(rows[1]?.[0]).toBe("Sổ ghi lại mỗi lần kiểm tra. Sửa ở đúng trang tính và ô được chỉ (thôn của lỗi ghi trong ngoặc), rồi kiểm tra lại.");
  expect(rows[2]).toEqual(["Trang tính", "Ô", "Vấn đề", "Cách sửa"]);
});
