// Tests Đơn vị thi đua end to end on an .xlsx workbook: set-up seeds a plan's units and award standards, a thôn or an
// organisation with no registered work is listed after the registration deadline (Tổng hợp and the sidebar's data), and
// a unit's checklist of standards draws praise without ever going overdue.
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { overview } from "../../src/actions/overview";
import { setUpWorkbook } from "../../src/actions/set-up";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { vietnamInstant } from "../../src/domain/dates";
import { UNITS_LAYOUT } from "../../src/domain/extras/units";
import { firstDataRow, placement, sheetColumn, villageTabLayout } from "../../src/domain/layout/sheets";
import { CAO_DIEM_KIEU_MAU_2023 } from "../../src/domain/presets/cao-diem-kieu-mau-2023";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { CountingWorkbook } from "../../src/workbook/counting-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { compact } from "../workbook/contract";

const SHEET = "Đơn vị thi đua";
const FIRST = firstDataRow(UNITS_LAYOUT);
const at = (table: string, key: string) => sheetColumn(placement(UNITS_LAYOUT, table)!, key);

/** The rows of Tổng hợp's "Đơn vị thi đua" section, from its title to the blank row after it. */
function unitsSection(wb: XlsxWorkbook): unknown[][] {
  const rows = compact(wb.read("Tổng hợp"));
  const start = rows.findIndex((row) => row[0] === "Đơn vị thi đua");
  if (start < 0) return [];
  const end = rows.findIndex((row, i) => i > start && row.length === 0);
  return rows.slice(start, end < 0 ? undefined : end);
}

/** A row's filled cells, in order (a section's columns span several sheet columns). */
const filled = (row: readonly unknown[]) => row.filter((cell) => cell !== null && cell !== undefined && cell !== "");

describe("000: a thôn or organisation with no registered work is listed after 27/01/2026 (acceptance)", () => {
  const wb = XlsxWorkbook.create();
  const preset = {
    ...CHINH_TRANG_2026,
    villages: [{ name: "Thôn 1", households: 5 }, { name: "Thôn 2", households: 5 }],
    units: [
      { name: "Hội Phụ nữ xã", kind: "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", registers: true },
      { name: "Ủy ban MTTQ xã", kind: "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", registers: true },
    ],
    communeTasks: [{ name: "Xây dựng, củng cố CLB “Gia đình 5 có NTM kiểu mẫu” ở các chi hội", owner: "Hội Phụ nữ xã", deadline: "13/02/2026" }],
  };
  setUpWorkbook(wb, preset);
  generateTabs(wb);
  // Thôn 1 registers one work on its tab; Thôn 2 registers nothing.
  const tabs = villageTabLayout(CHINH_TRANG_2026.campaign);
  const tasks = placement(tabs, "tasks")!;
  wb.write("Thôn 1", firstDataRow(tabs), sheetColumn(tasks, "name"), [["Bê tông hóa ngõ xóm 3", "Ban phát triển thôn"]]);

  test("set-up made the sheet with the plan's organisations, each ticked as one that must register", () => {
    const units = wb.read(SHEET).slice(FIRST - 1, FIRST + 1).map((row) => row.slice(at("units", "name") - 1, at("units", "registers")));
    expect(units).toEqual([
      ["Hội Phụ nữ xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", true],
      ["Ủy ban MTTQ xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", true],
    ]);
    // The registration is no longer a task of every thôn and organisation.
    expect(compact(wb.read("Công việc chung")).some((row) => String(row[1]).startsWith("Đăng ký công trình"))).toBe(false);
    expect(compact(wb.read("Thôn 2")).some((row) => row.some((cell) => String(cell).startsWith("Đăng ký công trình")))).toBe(false);
  });

  test("on 26/01 nobody is listed, on Tổng hợp or in the sidebar", () => {
    const now = vietnamInstant("2026-01-26", 10 * 60);
    expect(compileCampaignSummary(wb, now).ok).toBe(true);
    expect(unitsSection(wb).flat().join(" ")).not.toContain("Chưa đăng ký");
    const data = overview(wb, now, null);
    expect(data.ok && data.notRegistered).toEqual([]);
  });

  test("on 28/01 Thôn 2 and Ủy ban MTTQ xã are listed on Tổng hợp and in the sidebar; Thôn 1 and Hội Phụ nữ xã are not", () => {
    const now = vietnamInstant("2026-01-28", 10 * 60);
    const result = compileCampaignSummary(wb, now);
    expect(result.ok).toBe(true);
    const section = unitsSection(wb);
    expect(section.slice(0, 3)).toEqual([
      ["Đơn vị thi đua"],
      ["Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Thôn 2, Ủy ban MTTQ xã."],
      ["Đề xuất nhắc nhở (Ủy ban MTTQ, các tổ chức đoàn thể cấp xã): Ủy ban MTTQ xã (chưa đăng ký)."],
    ]);
    // The table's columns span as many sheet columns as their text needs: its filled cells, in order.
    expect(section.slice(4).map(filled)).toEqual([
      ["Hội Phụ nữ xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", "Đã đăng ký", 0],
      ["Ủy ban MTTQ xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", "Chưa đăng ký", 0, "Nhắc nhở"],
    ]);
    const data = overview(wb, now, null);
    expect(data.ok && data.notRegistered).toEqual(["Thôn 2", "Ủy ban MTTQ xã"]);
    // The written report says it once, under the section's heading.
    const report = (result.report?.body ?? []).map((paragraph) => paragraph.text);
    const heading = report.findIndex((text) => /^\d+\. Đơn vị thi đua$/.test(text));
    expect(report[heading + 1]).toBe("- Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Thôn 2, Ủy ban MTTQ xã.");
    expect(report.filter((text) => text.includes("Chưa đăng ký"))).toHaveLength(1);
  });
});

describe("002: the award standards are a checklist per unit, not tasks", () => {
  const wb = XlsxWorkbook.create();
  // The plan states no cut-off; the officer's choice here lets the summary be compiled.
  startFromPreset(wb, { ...CAO_DIEM_KIEU_MAU_2023, campaign: { ...CAO_DIEM_KIEU_MAU_2023.campaign, reportWeekday: 5, reportTime: "16:00" } });
  const standards = (CAO_DIEM_KIEU_MAU_2023.standards ?? []).filter((s) => s.kind === "Doanh nghiệp, hợp tác xã").map((s) => s.standard);
  // The officer lists a cooperative and ticks both standards of its kind.
  wb.write(SHEET, FIRST, at("units", "name"), [["HTX Chí Phúc", "Doanh nghiệp, hợp tác xã", false]]);
  wb.write(SHEET, FIRST, at("results", "unit"), standards.map((standard) => ["HTX Chí Phúc", standard, true]));

  test("set-up wrote each standard as the plan words it, by kind of unit, and none on Công việc chung", () => {
    const rows = compact(wb.read(SHEET)).slice(FIRST - 1).map((row) => row.slice(at("standards", "kind") - 1, at("standards", "standard")));
    expect(rows.map((row) => row[0])).toEqual([
      ...Array(3).fill("Cơ quan, ban, ngành, đoàn thể xã"),
      "Thôn",
      ...Array(2).fill("Doanh nghiệp, hợp tác xã"),
      ...Array(3).fill("Hộ gia đình, cá nhân"),
    ]);
    expect(rows[3]?.[1]).toBe("Tiêu biểu, nổi bật trong thực hiện phong trào thi đua nâng cao chất lượng xây dựng thôn nông thôn mới kiểu mẫu, thôn thông minh.");
    expect(compact(wb.read("Công việc chung")).some((row) => String(row[1]).startsWith("Tiêu chuẩn khen thưởng"))).toBe(false);
  });

  test("after the review date the cooperative meeting both standards is proposed for praise, and no standard is overdue", () => {
    expect(compileCampaignSummary(wb, vietnamInstant("2023-10-31", 17 * 60)).ok).toBe(true);
    const section = unitsSection(wb);
    expect(section[1]).toEqual(["Đề xuất biểu dương (Doanh nghiệp, hợp tác xã): HTX Chí Phúc."]);
    expect(filled(section.at(-1) ?? [])).toEqual(["HTX Chí Phúc", "Doanh nghiệp, hợp tác xã", "2/2", 0, "Biểu dương"]);
  });
});

describe("generate prefills the checklist of a unit the officer adds, appending only", () => {
  const wb = new CountingWorkbook(XlsxWorkbook.create());
  setUpWorkbook(wb, { ...CAO_DIEM_KIEU_MAU_2023, campaign: { ...CAO_DIEM_KIEU_MAU_2023.campaign, reportWeekday: 5, reportTime: "16:00" } });
  generateTabs(wb);
  const [first, second] = (CAO_DIEM_KIEU_MAU_2023.standards ?? []).filter((s) => s.kind === "Doanh nghiệp, hợp tác xã").map((s) => s.standard);
  wb.write(SHEET, FIRST, at("units", "name"), [["HTX Chí Phúc", "Doanh nghiệp, hợp tác xã", false], ["Công ty Hà Sơn", "doanh nghiệp,  hợp tác xã", false]]);
  // One row already ticked by hand, with a note, for the cooperative's second standard.
  wb.write(SHEET, FIRST, at("results", "unit"), [["HTX Chí Phúc", second ?? "", true, "Ủng hộ 50 triệu đồng"]]);
  const results = () => compact(wb.read(SHEET)).slice(FIRST - 1).map((row) => row.slice(at("results", "unit") - 1, at("results", "note"))).filter((row) => row.length > 0);

  test("the missing unit × standard rows are added below the filled one, which keeps its tick and note", () => {
    wb.reset();
    generateTabs(wb);
    const writes = wb.calls.write;
    expect(results()).toEqual([
      ["HTX Chí Phúc", second, true, "Ủng hộ 50 triệu đồng"],
      ["HTX Chí Phúc", first],
      ["Công ty Hà Sơn", first],
      ["Công ty Hà Sơn", second],
    ]);
    // A second generate finds nothing missing: one write fewer, and the rows stay as they are.
    wb.reset();
    generateTabs(wb);
    expect(wb.calls.write).toBe(writes - 1);
    expect(results()).toHaveLength(4);
  });
});
