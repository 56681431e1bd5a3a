// Tests creating and updating thôn tabs: stable ids, safe names, formulas in place, and people's data never touched.
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { REGISTER_LAYOUT, villageTabLayout } from "../../src/domain/layout/sheets";
import { sheetByKey } from "../../src/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { smallPreset } from "../helpers";
import { compact } from "../workbook/contract";

function setUp(villages = smallPreset().villages) {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, smallPreset(villages));
  return wb;
}

const register = (wb: XlsxWorkbook) => compact(wb.read("Danh sách thôn")).slice(REGISTER_LAYOUT.headerRow);
const formulaAt = (wb: XlsxWorkbook, sheet: string, address: string) =>
  (wb.book.getWorksheet(sheet)?.getCell(address).value as { formula?: string } | null)?.formula;

test("each thôn gets an id, a tab, and a link from the register", () => {
  const wb = setUp();
  const result = generateTabs(wb);
  expect(result.counts).toMatchObject({ created: 2, updated: 0, idsAssigned: 2 });
  expect(result.message).toBe("Đã tạo 2 tab thôn, cập nhật 0 tab.");
  expect(register(wb).map((row) => [row[0], row[1], row[12]])).toEqual([
    ["T01", "Thôn 2", "Mở tab"],
    ["T02", "Thôn 10", "Mở tab"],
  ]);
  expect(sheetByKey(wb, "T01")).toBe("Thôn 2");
  expect(sheetByKey(wb, "T02")).toBe("Thôn 10");
  expect(wb.sheets().map((s) => s.name).slice(-2)).toEqual(["Thôn 2", "Thôn 10"]);
});

test("a tab has its title, id, KPI formulas, table headers, numbering and the derived household column", () => {
  const wb = setUp();
  generateTabs(wb);
  const values = wb.read("Thôn 2");
  expect(values[0]?.[0]).toMatch(/^THÔN 2: Phong trào thi đua chỉnh trang/);
  expect(values[1]?.[0]).toMatch(/^Mã thôn: T01/);
  expect(values[2]?.slice(1, 9)).toEqual(["Chỉ tiêu", "Đạt", "Tổng", "Tỷ lệ", "Tối thiểu (%)", "Phấn đấu (%)", "Đánh giá", "Ghi chú"]);
  expect(values[3]?.[1]).toBe("Hộ chỉnh trang");
  expect(formulaAt(wb, "Thôn 2", "C4")).toBe('COUNTIFS($J$16:$J$115,"✓",$B$16:$B$115,"<>")');
  expect(formulaAt(wb, "Thôn 2", "D4")).toContain("COUNTIFS('Danh sách thôn'!$A$4:$A$503,\"T01\",'Danh sách thôn'!$F$4:$F$503,\">=0\")");
  expect(values[14]?.slice(0, 4)).toEqual(["STT", "Chủ hộ", "Nhà ở và công trình phụ trợ", "Vườn"]);
  // 10 registered households + 10 spare rows are numbered and carry the derived formula.
  expect(values.slice(15, 35).map((row) => row[0])).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  expect(formulaAt(wb, "Thôn 2", "J16")).toBe('IF(LEN(B16)=0,"",IF(SUMPRODUCT(((C16:I16=TRUE())+(C16:I16=1)>0)*1)>=1,"✓",""))');
  expect(formulaAt(wb, "Thôn 2", "J35")).toBe('IF(LEN(B35)=0,"",IF(SUMPRODUCT(((C35:I35=TRUE())+(C35:I35=1)>0)*1)>=1,"✓",""))');
  expect(formulaAt(wb, "Thôn 2", "J36")).toBeUndefined();
  expect(wb.protection("Thôn 2")).toEqual([]);
});

test("hostile and awkward thôn names become safe, unique sheet names and stay text", () => {
  const wb = setUp([
    { name: "Thôn 1/2 [cũ]: *?" },
    { name: "=HYPERLINK(\"http://x\")" },
    { name: "Thôn Phúc Thịnh Hạ thuộc xã Mai Hoa huyện cũ" },
    { name: "Thôn An" },
    { name: "thôn an" },
  ]);
  const result = generateTabs(wb);
  expect(result.ok).toBe(true);
  const names = wb.sheets().filter((s) => /^T\d+$/.test(s.key ?? "")).map((s) => s.name);
  // Tabs are created in Vietnamese order: numbers first, then letters, then other symbols.
  expect(names).toEqual(["Thôn 1-2 -cũ-- --", "Thôn An", "thôn an (2)", "Thôn Phúc Thịnh Hạ thuộc xã Mai", "=HYPERLINK(\"http---x\")"]);
  expect(result.problems.map((p) => [p.cell, p.message])).toEqual([["B8", 'Tên thôn "thôn an" bị trùng với một thôn khác.']]);
  expect(wb.read("=HYPERLINK(\"http---x\")")[0]?.[0]).toBe('=HYPERLINK("HTTP://X"): Phong trào thi đua chỉnh trang các khu dân cư chào mừng Đại hội Đảng toàn quốc lần thứ XIV, mừng xuân Bính Ngọ');
  expect(register(wb)[1]?.[1]).toBe('=HYPERLINK("http://x")');
});

test("regenerating leaves what people typed exactly as it was, and twice changes nothing", () => {
  const wb = setUp();
  generateTabs(wb);
  const households = [["Nguyễn Văn An", true, false, "x"], ["=1+2", false, true, false]];
  const tasks = [["Trồng hàng rào", "Chi hội Phụ nữ", "quý I/2026", "Đang thực hiện"]];
  wb.write("Thôn 2", 16, 2, households);
  wb.write("Thôn 2", 16, 27, tasks);
  const result = generateTabs(wb);
  expect(result.counts).toMatchObject({ created: 0, updated: 2, idsAssigned: 0 });
  const after = wb.read("Thôn 2");
  expect(after.slice(15, 17).map((row) => row.slice(1, 5))).toEqual(households);
  expect(after[15]?.slice(26, 30)).toEqual(tasks[0]);
  generateTabs(wb);
  expect(wb.read("Thôn 2")).toEqual(after);
});

test("a tab renamed by hand is still found: no new tab, its data kept", () => {
  const wb = setUp();
  generateTabs(wb);
  wb.write("Thôn 2", 16, 2, [["Hộ ông Ba", true]]);
  wb.renameSheet("Thôn 2", "Thôn Hai (đội 2)");
  const result = generateTabs(wb);
  expect(result.counts.created).toBe(0);
  expect(wb.sheets().some((s) => s.name === "Thôn 2")).toBe(false);
  expect(wb.read("Thôn Hai (đội 2)")[15]?.slice(1, 3)).toEqual(["Hộ ông Ba", true]);
});

test("a thôn removed from the register keeps its tab, marked; its id is never reused", () => {
  const wb = setUp();
  generateTabs(wb);
  wb.write("Thôn 10", 16, 2, [["Hộ bà Tư", true]]);
  wb.clear("Danh sách thôn", { row: 5, col: 1, rows: 1, cols: 13 });
  const removed = generateTabs(wb);
  expect(removed.counts.removed).toBe(1);
  expect(wb.read("Thôn 10")[0]?.[0]).toMatch(/^\[Đã bỏ khỏi danh sách thôn\] THÔN 10/);
  expect(wb.read("Thôn 10")[15]?.slice(1, 3)).toEqual(["Hộ bà Tư", true]);
  wb.write("Danh sách thôn", 5, 2, [["Thôn Mới"]]);
  generateTabs(wb);
  expect(register(wb).map((row) => row[0])).toEqual(["T01", "T03"]);
  expect(wb.read("Thôn 10")[0]?.[0]).toMatch(/^\[Đã bỏ khỏi danh sách thôn\] THÔN 10/);
});

test("a header changed by hand is reported and that tab's tables are left alone", () => {
  const wb = setUp();
  generateTabs(wb);
  wb.write("Thôn 2", 15, 2, [["Tên hộ"]]);
  wb.write("Thôn 2", 16, 2, [["Hộ A", true]]);
  const before = wb.read("Thôn 2").slice(14);
  const result = generateTabs(wb);
  expect(result.problems.map((p) => [p.sheet, p.cell])).toEqual([["Thôn 2", "B15"]]);
  expect(result.problems[0]?.message).toBe('Tiêu đề cột đã bị đổi: cần "Chủ hộ", đang là "Tên hộ". Dữ liệu bảng này chưa được tính.');
  expect(wb.read("Thôn 2").slice(14)).toEqual(before);
});

test("a broken configuration stops generation with its problems listed in Lỗi dữ liệu", () => {
  const wb = setUp();
  wb.write("Cấu hình", 8, 2, [["31/02/2026"]]);
  const result = generateTabs(wb);
  expect(result.ok).toBe(false);
  expect(wb.sheets().some((s) => s.key === "T01")).toBe(false);
  expect(compact(wb.read("Lỗi dữ liệu"))[3]).toEqual(["Cấu hình", "B8", '"31/02/2026" không phải ngày hợp lệ.', "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/01/2026."]);
});

test("the layout puts the tables side by side in the order of the campaign", () => {
  const layout = villageTabLayout(smallPreset().campaign);
  expect(layout.tables.map((p) => [p.table.id, p.firstCol])).toEqual([
    ["households", 1],
    ["gardens", 13],
    ["clustersRoads", 19],
    ["tasks", 26],
  ]);
});

test("a run short of time stops between tabs, says so, and the next run finishes without redoing or doubling anything", () => {
  const villages = Array.from({ length: 5 }, (_, i) => ({ name: `Thôn ${i + 1}`, households: 10 }));
  const wb = setUp(villages);
  let tabsDone = 0;
  const first = generateTabs(wb, undefined, { outOfTime: () => tabsDone++ >= 2 });
  expect(first.message).toBe(
    'Đã tạo 2 tab thôn, cập nhật 0 tab; còn 3 thôn chưa làm vì lần chạy này sắp hết thời gian Google cho phép (6 phút). Hãy chạy lại "Tạo/cập nhật tab thôn" để làm tiếp: các tab đã làm được giữ nguyên.',
  );
  expect(wb.sheets().filter((s) => /^T\d+$/.test(s.key ?? "")).map((s) => s.name)).toEqual(["Thôn 1", "Thôn 2"]);
  // The two tabs made are whole: title, KPI block and numbered rows.
  expect(compact(wb.read("Thôn 2"))[1]?.[0]).toMatch(/^Mã thôn: T02/);
  const second = generateTabs(wb);
  expect(second.message).toBe("Đã tạo 3 tab thôn, cập nhật 2 tab.");
  expect(wb.sheets().filter((s) => /^T\d+$/.test(s.key ?? "")).map((s) => s.name)).toEqual(["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5"]);
  expect(register(wb).map((row) => row[12])).toEqual(["Mở tab", "Mở tab", "Mở tab", "Mở tab", "Mở tab"]);
});
