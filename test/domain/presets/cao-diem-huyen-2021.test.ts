// Tests preset 003 (issue 10) against the plan, fact by fact: nothing invented (no criterion status, no kind of area,
// Thạch Hội no thôn, no time of day, no household items of plan 000), nobody ranked, praised or reminded on day one, and
// what the plan states that was missing: the tour route, the priority criteria, the review in March, Hội Nông dân's
// gardens across the commune, each thôn's weekly registration and Friday report, and the NTM officer's weekly compile.
import { checkCampaign } from "../../../src/actions/check";
import { compileCampaignSummary } from "../../../src/actions/compile-summary";
import { markOverdue } from "../../../src/actions/mark-overdue";
import { startFromPreset } from "../../../src/actions/start-from-preset";
import { vietnamInstant } from "../../../src/domain/dates";
import { SETTINGS } from "../../../src/domain/layout/columns";
import { CONFIG_LAYOUT, firstDataRow, placement, sheetColumn, villageTabLayout } from "../../../src/domain/layout/sheets";
import { TO_FILL } from "../../../src/domain/messages";
import { CAO_DIEM_HUYEN_2021 as PRESET } from "../../../src/domain/presets/cao-diem-huyen-2021";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { compact } from "../../workbook/contract";
import { expectDayOneUnranked, setCutoff } from "../../helpers";

const THON = ["Nhân Hòa", "Yên Quý", "Đại Hòa", "Yên Thành", "Yên Mỹ", "Đông Hòa"];
const settingRow = (key: string) => firstDataRow(CONFIG_LAYOUT) + SETTINGS.findIndex((s) => s.key === key);

function built(): XlsxWorkbook {
  const wb = XlsxWorkbook.create();
  startFromPreset(wb, PRESET);
  return wb;
}

/** Công việc chung's tasks as [name, owner, leader, deadline]. */
const tasks = (wb: XlsxWorkbook) =>
  compact(wb.read("Công việc chung")).slice(4).filter((row) => typeof row[1] === "string").map((row) => [row[1], row[2], row[3] ?? null, row[4]]);

describe("never invent", () => {
  test("no thôn carries a criterion status: the plan states none (Yên Mỹ 8/10 and Đông Hòa 7/10 were invented)", () => {
    const wb = built();
    const layout = villageTabLayout(PRESET.campaign);
    const place = placement(layout, "criteria");
    if (place === undefined) throw new Error("no criteria table");
    const column = sheetColumn(place, "status");
    for (const thon of THON) {
      const statuses = wb.read(thon).slice(firstDataRow(layout) - 1, firstDataRow(layout) + 9).map((row) => row[column - 1] ?? null);
      expect([thon, statuses]).toEqual([thon, Array(10).fill(null)]);
    }
    expect(PRESET.villages.every((v) => v.criteriaStatus === undefined && v.criteria === undefined)).toBe(true);
  });

  test("which area is built to the standard and which three are upgraded is the officer's: every kind says (cần bổ sung), listed with its cell", () => {
    const wb = built();
    const register = compact(wb.read("Danh sách thôn")).slice(3);
    expect(register.map((row) => [row[1], row[13]])).toEqual(THON.map((thon) => [thon, TO_FILL.marker]));
    const checked = checkCampaign(wb, vietnamInstant("2021-03-01", 9 * 60));
    const cells = checked.problems.filter((p) => p.sheet === "Danh sách thôn" && p.message.startsWith("Cần bổ sung")).map((p) => p.cell);
    expect(cells).toEqual(THON.map((_, i) => `N${4 + i}`));
  });

  test("Thạch Hội is the end of two roads, not a thôn; the thôn are the six the plan names", () => {
    const wb = built();
    expect(compact(wb.read("Danh sách thôn")).slice(3).map((row) => row[1])).toEqual(THON);
    expect(wb.sheets().some((sheet) => sheet.name === "Thạch Hội")).toBe(false);
    expect(tasks(wb).filter((row) => String(row[0]).includes("Thạch Hội")).map((row) => row[1])).toEqual(["Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh"]);
  });

  test("the week closes on Friday as IV.1 says (“Hàng tuần, vào thứ 6”); the time of day is the officer's, and compiling asks for that cell only", () => {
    const wb = built();
    const config = wb.read("Cấu hình");
    expect([config[settingRow("reportWeekday") - 1]?.[1], config[settingRow("reportTime") - 1]?.[1]]).toEqual(["Thứ Sáu", TO_FILL.marker]);
    const now = vietnamInstant("2021-03-01", 9 * 60);
    const cells = checkCampaign(wb, now).problems.filter((p) => p.sheet === "Cấu hình").map((p) => p.cell);
    expect(cells).toEqual([`B${settingRow("reportTime")}`]);
    const before = [wb.read("Tổng hợp"), wb.read("Lịch sử")];
    const refused = compileCampaignSummary(wb, now);
    expect(refused).toMatchObject({ ok: false, refused: true });
    expect(refused.message).toContain(`trang Cấu hình, ô B${settingRow("reportTime")}`);
    expect(refused.message).not.toContain(`B${settingRow("reportWeekday")}`);
    expect([wb.read("Tổng hợp"), wb.read("Lịch sử")]).toEqual(before);
  });

  test("nothing of plan 000 carries over: no household items, no registration deadline, the plan's own dates", () => {
    expect(PRESET.campaign.householdItems).toEqual([]);
    expect(PRESET.campaign.registrationDeadline).toBeNull();
    expect([PRESET.campaign.startDate, PRESET.campaign.endDate]).toEqual(["2021-03-01", "2021-04-30"]);
    const config = compact(built().read("Cấu hình")).slice(4);
    const items = placement(CONFIG_LAYOUT, "householdItems");
    if (items === undefined) throw new Error("no household items table");
    expect(config.map((row) => row[items.firstCol - 1] ?? null).filter((cell) => cell !== null)).toEqual([]);
  });

  test("the HTX Hà Trung model's upgrade names no one in the plan: its owner is to fill, listed with its cell", () => {
    const wb = built();
    const row = tasks(wb).findIndex((task) => String(task[0]).includes("HTX Hà Trung"));
    expect(tasks(wb)[row]?.slice(1)).toEqual([TO_FILL.marker, null, "trước ngày 30/4/2021"]);
    const checked = checkCampaign(wb, vietnamInstant("2021-03-01", 9 * 60));
    expect(checked.problems.filter((p) => p.sheet === "Công việc chung" && p.message.startsWith("Cần bổ sung")).map((p) => p.cell)).toEqual([`C${5 + row}`]);
  });
});

test("day one (01/03/2021, nothing entered): no thôn or organisation ranked, praised or reminded; every thôn no rank", () => {
  const wb = built();
  setCutoff(wb, "Thứ Sáu", "16:00");
  const summary = expectDayOneUnranked(wb, "2021-03-01", THON);
  expect(summary.rows.map((row) => row.name).sort()).toEqual([...THON].sort());
});

describe("what the plan states, now held", () => {
  test("III.1 / I.1: the district tour route, due “trong quý I năm 2021”, under the comrades IV.4 assigns; overdue in April", () => {
    const wb = built();
    const route = tasks(wb).find((task) => String(task[0]).startsWith("Hoàn thiện tua tuyến điểm nhấn huyện NTM"));
    expect(route?.slice(1)).toEqual(["Các đồng chí được BTV Đảng ủy phân công chỉ đạo cơ sở, thành viên Ban chỉ đạo", null, "trong quý I/2021"]);
    expect(markOverdue(wb, vietnamInstant("2021-04-05", 9 * 60)).ok).toBe(true);
    const row = compact(wb.read("Công việc chung")).find((r) => r[1] === route?.[0]);
    expect(row?.[7]).toBe("Quá hạn 5 ngày");
  });

  test("III.3: the review of every criterion “trong tháng 3/2021”, and the four priority criteria in the plan's order", () => {
    const wb = built();
    expect(tasks(wb).find((task) => String(task[0]).startsWith("Rà soát, củng cố"))?.slice(1)).toEqual([
      "Các đồng chí được BTV Đảng ủy phân công chỉ đạo cơ sở, thành viên Ban chỉ đạo",
      null,
      "trong tháng 3/2021",
    ]);
    const criteria = compact(wb.read("Công việc chung")).slice(4).filter((row) => row[10] !== undefined && row[10] !== null).map((row) => [row[10], row[11], row[13] ?? null, row[14] ?? null, row[16] ?? null]);
    expect(criteria).toEqual([
      ["1", "Môi trường (tiêu chí ưu tiên)", null, null, null],
      ["2", "Cơ sở vật chất văn hóa (tiêu chí ưu tiên)", null, null, null],
      ["3", "Giao thông (tiêu chí ưu tiên)", null, null, null],
      ["4", "Khu dân cư NTM kiểu mẫu, vườn mẫu (tiêu chí ưu tiên)", null, null, null],
    ]);
  });

  test("IV.2: Hội Nông dân's gardens across the commune, and each organisation's work with its owner; the five gardens “trước ngày 30/4/2021”", () => {
    const wb = built();
    const all = tasks(wb);
    expect(all.find((task) => task[0] === "Chỉ đạo chỉnh trang vườn hộ trên toàn xã")?.slice(1)).toEqual(["Hội Nông dân", null, "đến ngày 30/4/2021"]);
    expect(all.filter((task) => String(task[0]).startsWith("Hướng dẫn hộ")).map((task) => [task[1], task[3]])).toEqual([
      ["Hội Liên hiệp Phụ nữ", "trước ngày 30/4/2021"],
      ["Đoàn xã", "trước ngày 30/4/2021"],
      ["Hội Nông dân", "trước ngày 30/4/2021"],
      ["Hội Cựu chiến binh", "trước ngày 30/4/2021"],
      ["Hội Người cao tuổi", "trước ngày 30/4/2021"],
    ]);
    expect(all.find((task) => String(task[0]).startsWith("Tuyên truyền, vận động"))?.[1]).toBe("Mặt trận Tổ quốc và các đoàn thể");
    expect(all.find((task) => String(task[0]).startsWith("Giải phóng hành lang"))?.[1]).toBe("Ban chỉ huy quân sự, Công an xã");
    // Every deadline reads as a date: none is a problem.
    const checked = checkCampaign(wb, vietnamInstant("2021-03-01", 9 * 60));
    expect(checked.problems.filter((p) => p.sheet === "Công việc chung" && !p.message.startsWith("Cần bổ sung"))).toEqual([]);
  });

  test("IV.1 and the closing line: each thôn registers its week's work and reports on Friday; the NTM officer compiles weekly", () => {
    const wb = built();
    const duties = compact(wb.read("Việc định kỳ")).slice(3).filter((row) => typeof row[1] === "string").map((row) => row.slice(1, 6));
    expect(duties).toEqual([
      ...THON.map((thon) => [`Đăng ký công việc của tuần; thứ 6 tổng hợp, đánh giá, báo cáo kết quả về Ban chỉ đạo xã (thôn ${thon})`, 1, "tuần", thon, `Cấp ủy thôn ${thon}`]),
      ["Tổng hợp, báo cáo kết quả thực hiện đợt cao điểm hằng tuần", 1, "tuần", "Toàn xã", "Cán bộ chuyên trách nông thôn mới"],
    ]);
    // Each row its own name, so the dates done count for it: no problem on the sheet.
    expect(checkCampaign(wb, vietnamInstant("2021-03-01", 9 * 60)).problems.filter((p) => p.sheet === "Việc định kỳ")).toEqual([]);
  });
});
