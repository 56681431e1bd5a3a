// Tests that every preset gives a sensible weekly report in its own words: 000 before any tick says it has no data yet,
// 001 speaks of the commune's 11/19 criteria and the officers' deadlines, 002 of its targets as commune criteria, 003
// of residential areas at ≥ 7 criteria with the hard ones, 004 of models by field and status in its xóm. What a preset
// leaves for the officer to fill in is read from the workbook, not assumed here.
import { startFromPreset } from "../../src/actions/start-from-preset";
import { REPORT, villageUnitOf } from "../../src/domain/messages";
import type { Summary } from "../../src/domain/summary";
import { draftWeeklyReport } from "../../src/actions/weekly-report";
import { vietnamInstant } from "../../src/domain/dates";
import { firstDataRow, placement, sheetColumn, villageTabLayout } from "../../src/domain/layout/sheets";
import { PRESETS, findPreset } from "../../src/domain/presets";
import { MODEL_RESIDENTIAL_AREA } from "../../src/domain/presets/catalogues";
import type { ReportDocument } from "../../src/domain/report";
import type { Workbook } from "../../src/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { nameVillages, setCutoff } from "../helpers";

/** A Friday morning inside each plan's campaign. */
const DAYS: Record<string, string> = {
  "chinh-trang-2026": "2026-02-06",
  "ntm-nang-cao-2024": "2024-04-05",
  "cao-diem-kieu-mau-2023": "2023-08-04",
  "cao-diem-huyen-2021": "2021-03-19",
  "dan-van-kheo-2026": "2026-05-08",
};

function started(id: string, fill: (workbook: Workbook) => void = () => undefined, day = DAYS[id] as string): { doc: ReportDocument; text: string; summary: Summary } {
  const preset = findPreset(id);
  if (preset === undefined) throw new Error(`no preset ${id}`);
  const workbook = XlsxWorkbook.create();
  startFromPreset(workbook, preset);
  // 001–004 state no cut-off: the officer sets one (here Friday 16:00) before the first compile.
  if (preset.campaign.reportTime === null) setCutoff(workbook, "Thứ Sáu", "16:00");
  fill(workbook);
  const result = draftWeeklyReport(workbook, vietnamInstant(day, 9 * 60));
  if (result.report === undefined || result.summary === undefined) throw new Error(result.message);
  return { doc: result.report, text: result.report.body.map((p) => p.text).join("\n"), summary: result.summary };
}

/** The first two thôn tabs (by their ids T01, T02), as the workbook names them. */
function firstTabs(workbook: Workbook): [string, string] {
  const name = (key: string) => workbook.sheets().find((sheet) => sheet.key === key)?.name as string;
  return [name("T01"), name("T02")];
}

test.each(Object.keys(DAYS))("%s: a report in the decree's form, its sections numbered in order, nothing undefined or empty", (id) => {
  const { doc, text } = started(id);
  expect(doc.title).toBe("BÁO CÁO");
  // 004 reports by year (its reviews are yearly); every other plan by week.
  const period = id === "dan-van-kheo-2026" ? "năm" : "tuần";
  expect(doc.subject).toMatch(new RegExp(` ${period} \\d+, tính đến 1[46] giờ ngày \\d\\d/\\d\\d/20\\d\\d$`));
  const headings = doc.body.filter((p) => p.kind === "heading").map((p) => Number(p.text.split(".")[0]));
  expect(headings).toEqual(headings.map((_, i) => i + 1));
  expect(text).not.toMatch(/undefined|NaN|null|\(\)|(?<!\d)0\/0(?!\d)|: \.|: ;/);
});

test("004's report speaks of its year: subject, opening, next-period heading and closing", () => {
  const { doc, text } = started("dan-van-kheo-2026");
  expect(doc.subject).toBe("Kết quả thực hiện phong trào thi đua “Dân vận khéo” trên địa bàn xã Phú Thịnh giai đoạn 2026–2030 năm 1, tính đến 16 giờ ngày 31/12/2026");
  expect(text).toContain("báo cáo kết quả năm 1/5 (từ 01/04/2026 đến 31/12/2026)");
  expect(text).toMatch(/Trên đây là báo cáo kết quả thực hiện năm 1 của Ủy ban nhân dân xã Phú Thịnh\.\/\.$/);
  expect(text).not.toMatch(/tuần/);
});

test("004's report late in 2027 lists the work due by the next year's close (31/12/2028) under “Nhiệm vụ năm tới”", () => {
  // The plan names no one and no date for the reviews: the officer fills in phase 1's review (owner, deadline).
  const { text } = started("dan-van-kheo-2026", (workbook) => {
    const row = workbook.read("Công việc chung").findIndex((r) => String(r[1]).startsWith("Sơ kết")) + 1;
    workbook.write("Công việc chung", row, 3, [["Phòng Văn hóa - Xã hội", null, "31/12/2028"]]);
  }, "2027-12-20");
  expect(text).toContain("Nhiệm vụ năm tới\n- Việc đến hạn từ nay đến 31/12/2028, đề nghị các đơn vị, cá nhân phụ trách hoàn thành đúng hạn:");
  expect(text).toContain("Phòng Văn hóa - Xã hội: Sơ kết Phong trào thi đua giai đoạn 1 (2026–2028), hạn 31/12/2028.");
  expect(text).not.toContain("Tổng kết Phong trào thi đua giai đoạn 2026–2030");
});

test("every preset but the blank one is covered here", () => {
  expect(PRESETS.map((preset) => preset.id).filter((id) => DAYS[id] === undefined)).toEqual(["trong"]);
});

test("000 before any household is ticked: a short report saying no thôn has figures yet", () => {
  // On the first day: before the registration deadline (27/01/2026) and before any week of the broadcasts has closed.
  const { doc } = started("chinh-trang-2026", undefined, "2026-01-26");
  expect(doc.body).toHaveLength(3);
  expect(doc.body[1]?.text).toMatch(/^Đến 09:00 thứ Hai, 26\/01\/2026, chưa thôn nào cập nhật số liệu trên sổ theo dõi/);
});

test("000 with nothing entered after the registration deadline: the report names every thôn and organisation that registered nothing", () => {
  const { text } = started("chinh-trang-2026");
  // The plan names no thôn: until the officer writes their names, the report lists the marked placeholders.
  const thon = Array.from({ length: 22 }, (_, i) => `Thôn ${i + 1} (cần ghi tên)`).join(", ");
  // II.2's work is the plan's, not a registration: every organisation of V.4 is listed too.
  expect(text).toContain(`- Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Đoàn Thanh niên xã, Hội Cựu chiến binh xã, Hội Nông dân xã, Hội Phụ nữ xã, ${thon}, Ủy ban MTTQ xã.`);
});

test("001 speaks of the commune's 11/19 criteria with each gap's officer and deadline, the thôn's criteria, and the late work", () => {
  const { doc, text, summary } = started("ntm-nang-cao-2024");
  expect(doc.placeDate).toBe("Mai Đình, ngày 05 tháng 4 năm 2024");
  expect(summary.communeCriteria).toMatchObject({ achieved: 11, total: 19 });
  const traffic = summary.work.find((work) => work.kind === "criterion" && work.village === null && work.number === "2");
  expect(traffic?.deadline).toBe("2024-03-31");
  expect(text).toContain(`- Tiêu chí của xã: đạt 11/19 tiêu chí. Các tiêu chí chưa đạt: tiêu chí số 2 (Giao thông) – ${REPORT.ownerDeadline(traffic?.owner ?? null, "31/03/2024")}; tiêu chí số 6 (Văn hóa)`);
  for (const row of summary.rows.filter((r) => (r.indicators[0]?.total ?? 0) > 0)) {
    const result = row.indicators[0]!;
    expect(text).toContain(REPORT.criteriaOf(row.name, String(result.done), String(result.total), result.hardMissing > 0 ? String(result.hardMissing) : null, result.planBaseline === true));
  }
  expect(text).toContain("Mai Hạ (10/12 tiêu chí, theo hiện trạng kế hoạch)");
  // quý I/2024 has passed: the work due then is late by 5 days at 05/04/2024.
  const late = summary.total.tasks.overdue + summary.communeTasks.overdue;
  expect(late).toBeGreaterThan(0);
  expect(text).toContain(`- Còn ${late} việc quá hạn:`);
  expect(text).toContain("nâng cấp, cải tạo một số tuyến (tiêu chí 2), hạn 31/03/2024, quá hạn 5 ngày.");
});

test("002 speaks of its targets 1.1–1.4 as the commune's criteria, with who answers for each and by when", () => {
  const { text, summary } = started("cao-diem-kieu-mau-2023");
  const criteria = summary.communeCriteria!;
  expect(criteria.total).toBe(4);
  expect(text).toContain(`- Tiêu chí của xã: đạt ${criteria.achieved}/4 tiêu chí. Các tiêu chí chưa đạt: tiêu chí số 1.1 (`);
  expect(text).toContain("hạn 30/10/2023");
});

test("003 speaks of residential areas at ≥ 7 criteria with the 3 hard ones, naming the area short of a hard one", () => {
  const hard = MODEL_RESIDENTIAL_AREA.filter((c) => c.hard).map((c) => c.number);
  const { text } = started("cao-diem-huyen-2021", (workbook) => {
    const layout = villageTabLayout(findPreset("cao-diem-huyen-2021")!.campaign);
    const place = placement(layout, "criteria")!;
    const statuses = (missing: readonly string[]) => MODEL_RESIDENTIAL_AREA.map((c) => [missing.includes(c.number) ? "Chưa đạt" : "Đạt"]);
    const [first, second] = firstTabs(workbook);
    // The first area: 8 achieved, the 3 hard ones among them; the second: 8 achieved, a hard one missing.
    workbook.write(first, firstDataRow(layout), sheetColumn(place, "status"), statuses(["1", "10"]));
    workbook.write(second, firstDataRow(layout), sheetColumn(place, "status"), statuses([hard[0] as string, "10"]));
  });
  expect(text).toMatch(/- Khu dân cư: ≥ 7 tiêu chí, đủ 3 tiêu chí cứng: \d+\/\d+ thôn đạt\. Đạt: [^;]*\(8\/10 tiêu chí\)[^;]*; chưa đạt: [^;]*\(8\/10 tiêu chí, thiếu 1 tiêu chí cứng\)/);
});

test("004 speaks of xóm, and of the models registered by field and status", () => {
  let first = "";
  const { text, summary } = started("dan-van-kheo-2026", (workbook) => {
    // The plan names no xóm: the officer writes the commune's four and makes their tabs.
    nameVillages(workbook, ["Xóm Đông", "Xóm Tây", "Xóm Nam", "Xóm Bắc"]);
    const layout = villageTabLayout(findPreset("dan-van-kheo-2026")!.campaign);
    const place = placement(layout, "models")!;
    [first] = firstTabs(workbook);
    workbook.write(first, firstDataRow(layout), sheetColumn(place, "name"), [
      ["Tổ tự quản đường hoa", "Văn hóa – xã hội", "Chi hội Phụ nữ", "Được công nhận"],
      ["Vườn cây ăn quả liên kết", "Kinh tế", "Chi hội Nông dân", "Đang thực hiện"],
    ]);
  });
  expect(villageUnitOf(summary.rows.map((row) => row.name))).toBe("xóm");
  const name = summary.rows.find((row) => row.sheet === first)?.name;
  // The plan sets no share of models: the count is said, not judged, and no xóm is reminded for it.
  expect(text).toContain(`- Toàn xã có 1/2 mô hình “Dân vận khéo” (50,0%) được công nhận (chưa có mức chỉ tiêu để đánh giá). Trong đó, 1 xóm có số liệu: ${name} (50,0%); 3 xóm chưa có số liệu: `);
  expect(text).not.toMatch(/chưa đạt|Nhắc nhở|nhắc nhở/);
  expect(text).toMatch(/- Mô hình đã đăng ký: \d+ mô hình; Kinh tế 1 \(1 đang thực hiện\); Văn hóa – xã hội 1 \(1 được công nhận\)/);
  expect(text).not.toMatch(/\bthôn\b/);
});
