// Tests the wording rules every message follows: a thôn is named once ("Thôn 4", never "thôn Thôn 4"), a value that
// is not there is not quoted as "", and a fix names the step in the words of the front end in use.
import { ADDON, PROBLEM, PROTECTION, RESULT, RUN_STEP, placeDate, villageCalled } from "../../src/domain/messages";
import { CampaignFormSchema } from "../../src/domain/sidebar-contract";

test("a name that already says thôn, xóm, bản, ấp or tổ stands alone; any other gets 'thôn' before it", () => {
  expect(["Thôn Mới", "thôn  đông", "XÓM 3", "Bản Lác", "Ấp Tân Hòa", "Tổ 5", "Mai Hạ", "Thônbuôn"].map(villageCalled)).toEqual([
    "Thôn Mới",
    "thôn  đông",
    "XÓM 3",
    "Bản Lác",
    "Ấp Tân Hòa",
    "Tổ 5",
    "thôn Mai Hạ",
    "thôn Thônbuôn",
  ]);
});

test("messages about a thôn never double the word", () => {
  expect(PROBLEM.villageWithoutTab("Thôn Mới", "xlsx").message).toBe("Thôn Mới chưa có tab.");
  expect(PROBLEM.villageWithoutTab("Mai Hạ", "xlsx").message).toBe("Thôn Mai Hạ chưa có tab.");
  expect(PROBLEM.headCannotEdit("a@gmail.com", "Thôn 2").message).toMatch(/^Email a@gmail\.com của trưởng Thôn 2 chưa được chia sẻ/);
  expect(PROBLEM.headCannotEdit("b@gmail.com", "Mai Hạ").message).toMatch(/^Email b@gmail\.com của trưởng thôn Mai Hạ chưa/);
  expect(PROBLEM.headCannotEdit("c@gmail.com", "Xóm Đông").message).toMatch(/của trưởng Xóm Đông chưa/);
  expect([PROTECTION.village("Thôn 1"), PROTECTION.village("Mai Hạ")]).toEqual(["Tab của Thôn 1", "Tab của thôn Mai Hạ"]);
});

test("a fix names the menu item in Google Sheets and the command for an .xlsx book", () => {
  expect(PROBLEM.villageWithoutTab("Thôn 4", "sheets").fix).toBe("Chọn Tiện ích mở rộng ▸ Sổ Thi Đua ▸ Tạo/cập nhật tab thôn.");
  expect(PROBLEM.villageWithoutTab("Thôn 4", "xlsx").fix).toBe("Chạy lệnh so-thi-dua generate TỆP (TỆP là tên tệp sổ này).");
  expect(PROBLEM.sheetMissing("Danh sách thôn", "sheets").fix).toBe(
    "Chọn Tiện ích mở rộng ▸ Sổ Thi Đua ▸ Thiết lập sổ… để tạo lại trang tính này (các trang đã có được giữ nguyên).",
  );
  // The command line can't add a sheet to a book it already made, so the .xlsx fix says what can be done.
  expect(PROBLEM.sheetMissing("Danh sách thôn", "xlsx").fix).toMatch(/^Trang tính này đã bị xoá khỏi tệp: lấy lại từ một bản sao trước đó/);
  for (const words of Object.values(RUN_STEP.xlsx)) expect(words).not.toMatch(/Tiện ích mở rộng|Thiết lập sổ|Tạo\/cập nhật/);
});

test("a sidebar field out of range is told plainly, not quoted as an empty \"\"", () => {
  const form = { startDate: "2026-01-26", endDate: "2026-02-13", reportWeekday: 5, reportTime: "14:00" };
  const parsed = CampaignFormSchema.safeParse({ ...form, indicators: [{ id: "HO", name: "Hộ", minimum: 170, aim: null }] });
  expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)).toEqual(["Giá trị này không phải tỷ lệ phần trăm hợp lệ."]);
  expect(PROBLEM.notPercent("7o").message).toBe('"7o" không phải tỷ lệ phần trăm hợp lệ.');
});

test("counts a message composes are written the Vietnamese way (1.500, not 1500)", () => {
  expect(PROBLEM.countMismatch("hộ", 1487, 1500).message).toBe("Tab thôn có 1.487 hộ, Danh sách thôn ghi 1.500 hộ.");
  expect(RESULT.overdue(1204, 3)).toBe("Đánh dấu xong: 1.204 việc quá hạn, 3 việc sắp đến hạn.");
  expect(ADDON.problemsFound(2627)).toBe('Có 2.627 lỗi dữ liệu: xem trang "Lỗi dữ liệu".');
});

test("a signed page dates itself as the decree writes it: a leading 0 on a day below 10 and on months 1 and 2 only", () => {
  expect(placeDate("Mai Hoa", "2026-02-06")).toBe("Mai Hoa, ngày 06 tháng 02 năm 2026");
  expect(placeDate("Mai Hoa", "2026-03-06")).toBe("Mai Hoa, ngày 06 tháng 3 năm 2026");
  expect(placeDate("Mai Hoa", "2026-11-23")).toBe("Mai Hoa, ngày 23 tháng 11 năm 2026");
});
