// Tests what set-up writes at the head of each sheet, and what Lịch sử and Bộ tiêu chí show once filled: no title twice,
// Tỷ lệ as a percentage, and each criteria catalogue named for the set and the decision it comes from.
import { compileCampaignSummary, historySheetFormat } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { vietnamInstant } from "../../src/domain/dates";
import { PERCENT_FORMAT } from "../../src/domain/layout/format";
import { HISTORY_LAYOUT, firstDataRow } from "../../src/domain/layout/sheets";
import { HISTORY_TABLE } from "../../src/domain/layout/columns";
import { COMMUNE_ADVANCED_2021_2025 } from "../../src/domain/presets/catalogues";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { smallPreset } from "../helpers";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkCampaign } from "../../src/actions/check";
import { compact } from "../workbook/contract";

function setUp(): XlsxWorkbook {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, smallPreset([{ name: "Thôn 2", households: 10 }]));
  return wb;
}

test("Danh sách thôn, Lịch sử and Lỗi dữ liệu have their title in A1 and, under it, a line on what the table is for", () => {
  const wb = setUp();
  const heads = Object.fromEntries(["Danh sách thôn", "Lịch sử", "Lỗi dữ liệu"].map((sheet) => [sheet, compact(wb.read(sheet)).slice(0, 2)]));
  expect(heads).toEqual({
    "Danh sách thôn": [
      ["DANH SÁCH THÔN"],
      ["Mỗi dòng một thôn; mã thôn do sổ tự cấp. Số hộ, vườn mẫu, cụm dân cư, tuyến đường ghi ở đây là tổng số để tính tỷ lệ của thôn."],
    ],
    "Lịch sử": [
      ["LỊCH SỬ TỔNG HỢP HẰNG TUẦN"],
      ["Mỗi lần lập bảng tổng hợp, sổ ghi số liệu của tuần vào đây; lập lại trong tuần thì thay số của tuần đó."],
    ],
    "Lỗi dữ liệu": [
      ["LỖI DỮ LIỆU CẦN SỬA"],
      ["Sổ ghi lại mỗi lần kiểm tra. Sửa ở đúng trang tính và ô được chỉ (thôn của lỗi ghi trong ngoặc), rồi kiểm tra lại."],
    ],
  });
});

test("Lịch sử shows Tỷ lệ as a percentage (55.6%, not 0.5555), whether set up now or before", () => {
  const wb = setUp();
  generateTabs(wb);
  wb.write("Thôn 2", 16, 2, Array.from({ length: 10 }, (_, i) => [`Hộ ${i + 1}`, i < 5]));
  compileCampaignSummary(wb, vietnamInstant("2026-02-06", 15 * 60));
  const ratioCol = HISTORY_TABLE.columns.findIndex((column) => column.key === "ratio") + 1;
  const first = firstDataRow(HISTORY_LAYOUT);
  const cell = wb.book.getWorksheet("Lịch sử")?.getCell(first, ratioCol);
  expect([cell?.value, cell?.numFmt]).toEqual([0.5, PERCENT_FORMAT]);
  // Generate and compile re-apply this format, so a Lịch sử made before Tỷ lệ had its format gets it too.
  expect(historySheetFormat(1).styles).toContainEqual({
    area: { row: first, col: ratioCol, rows: HISTORY_LAYOUT.maxRows, cols: 1 },
    numberFormat: PERCENT_FORMAT,
  });
});

test("Bộ tiêu chí names each catalogue's set and the decision it comes from", () => {
  const titles = compact(setUp().read("Bộ tiêu chí"))[1]?.filter((cell) => cell !== null);
  expect(titles).toEqual([
    "XÃ NTM 2026–2030 (QĐ 51/2025/QĐ-TTg)",
    "XÃ NTM NÂNG CAO 2021–2025 (QĐ 318/QĐ-TTg)",
    "KHU DÂN CƯ NTM KIỂU MẪU (bộ tiêu chí của tỉnh)",
  ]);
  // The nâng cao set, not the xã NTM one: seed 001 counts 11/19 by its numbers (14 Y tế, 18 Chất lượng môi trường sống).
  const name = (n: number) => COMMUNE_ADVANCED_2021_2025.find((c) => c.number === String(n))?.name;
  expect([COMMUNE_ADVANCED_2021_2025.length, name(5), name(14), name(15), name(18)]).toEqual([19, "Giáo dục", "Y tế", "Hành chính công", "Chất lượng môi trường sống"]);
});

test("Cấu hình's dates stay dates after generate applies its format again and the .xlsx is saved and opened", async () => {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, smallPreset([{ name: "Thôn 2", households: 10 }]));
  generateTabs(wb);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sotd-config-")), "so.xlsx");
  await wb.save(file);
  const again = await XlsxWorkbook.open(file);
  const values = compact(again.read("Cấu hình")).map((row) => row.slice(0, 2));
  expect(values.find((row) => row[0] === "Ngày bắt đầu")).toEqual(["Ngày bắt đầu", { date: "2026-01-26" }]);
  expect(values.find((row) => row[0] === "Giờ chốt số liệu (giờ:phút)")).toEqual(["Giờ chốt số liệu (giờ:phút)", "14:00"]);
  expect(checkCampaign(again, vietnamInstant("2026-01-28")).ok).toBe(true);
});
