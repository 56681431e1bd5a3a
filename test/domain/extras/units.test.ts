// Đơn vị thi đua judged: registration after the deadline, the award standards as a checklist per unit, and proposals by kind.
import type { Campaign } from "../../../src/domain/campaign";
import type { Cell } from "../../../src/domain/cell";
import type { ExtraContext } from "../../../src/domain/extras/extra-sheet";
import { UNITS_SHEET, isPlaceholderRow, isPlanRow, unitsOf } from "../../../src/domain/extras/units";
import type { ModelRow, TaskRow } from "../../../src/domain/item-rows";
import { CAO_DIEM_KIEU_MAU_2023 } from "../../../src/domain/presets/cao-diem-kieu-mau-2023";
import { CHINH_TRANG_2026 } from "../../../src/domain/presets/chinh-trang-2026";
import { type SummarySection, compileSummary } from "../../../src/domain/summary";
import type { TabRows } from "../../../src/domain/village-tab";
import { gridOf } from "../../helpers";

const task = (name: string | null, owner: string | null, extra: Partial<TaskRow> = {}): TaskRow => ({
  name, owner, deadline: null, status: null, completedOn: null, note: null, ...extra,
});
const model = (name: string | null, owner: string | null): ModelRow => ({ name, field: null, owner, status: "Đăng ký", recognisedOn: null, note: null }) as ModelRow;
const tab = (tasks: TaskRow[] = [], models: ModelRow[] = []): TabRows => ({
  households: [], gardens: [], clustersRoads: [], criteria: [], problems: [],
  tasks: tasks.map((value, i) => ({ row: 5 + i, value })),
  models: models.map((value, i) => ({ row: 5 + i, value })),
});
const context = (today: string, villages: Array<[string, TabRows]>, communeWork: TabRows | null, campaign: Campaign = CHINH_TRANG_2026.campaign): ExtraContext => ({
  campaign, today, now: new Date(`${today}T05:00:00Z`), communeWork,
  villages: villages.map(([name, t], i) => ({ id: `T${i + 1}`, name, tab: t })),
});
const sheet = (tables: Record<string, Cell[][]>) => gridOf("Đơn vị thi đua", UNITS_SHEET.layout, tables);

describe("registration of works (seed 000: before 27/01/2026)", () => {
  const units: Cell[][] = [["Hội Nông dân xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", true, null], ["Hội Phụ nữ xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", true, null]];
  const villages: Array<[string, TabRows]> = [["Thôn 2", tab([task("Bê tông hóa ngõ xóm", "Ban phát triển thôn")])], ["Thôn 10", tab()]];
  const work = tab([task("Xây dựng CLB Gia đình 5 có", "Hội Phụ nữ xã", { deadline: "2026-02-13" })]);

  test("on 26/01 nothing is listed; on 28/01 the thôn and the organisation without a work are, in Vietnamese order", () => {
    const before = UNITS_SHEET.read(sheet({ units }), context("2026-01-26", villages, work));
    expect(before.section?.notRegistered ?? []).toEqual([]);
    expect(before.section?.lines.join(" ")).not.toContain("Chưa đăng ký");
    const after = UNITS_SHEET.read(sheet({ units }), context("2026-01-28", villages, work));
    expect(after.section?.notRegistered).toEqual(["Hội Nông dân xã", "Thôn 10"]);
    expect(after.section?.lines).toContain("Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Hội Nông dân xã, Thôn 10.");
    expect(after.section?.report).toContain("Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Hội Nông dân xã, Thôn 10.");
    expect(after.section?.table?.rows).toEqual([
      ["Hội Nông dân xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", null, "Chưa đăng ký", 0, "Nhắc nhở"],
      ["Hội Phụ nữ xã", "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", null, "Đã đăng ký", 0, null],
    ]);
    expect(after.section?.lines).toContain("Đề xuất nhắc nhở (Ủy ban MTTQ, các tổ chức đoàn thể cấp xã): Hội Nông dân xã (chưa đăng ký).");
    expect(after.problems).toEqual([]);
  });

  test("with no deadline set, nobody is listed", () => {
    const campaign = { ...CHINH_TRANG_2026.campaign, registrationDeadline: null };
    const reading = UNITS_SHEET.read(sheet({ units }), context("2026-02-10", villages, work, campaign));
    expect(reading.section?.notRegistered ?? []).toEqual([]);
  });

  test("a row owned by several units counts for each; a models row registers too; spacing and case do not matter", () => {
    const shared = tab([task("Ra quân vệ sinh", "hội  nông dân xã và Hội Phụ nữ xã")]);
    expect(UNITS_SHEET.read(sheet({ units }), context("2026-01-28", [], shared)).section?.notRegistered).toEqual([]);
    const models = tab([], [model("Mô hình hàng rào xanh", "Hội Nông dân xã"), model("Vườn mẫu", "Hội Phụ nữ xã")]);
    expect(UNITS_SHEET.read(sheet({ units }), context("2026-01-28", [["Thôn 1", tab([], [model("Ngõ hoa", null)])]], models)).section?.notRegistered).toEqual([]);
  });

  test("rows a preset wrote are no registration: a placeholder name, or the registration duty itself until it is marked done", () => {
    expect(isPlaceholderRow(task("(ghi tên mô hình đăng ký)", "Hội Phụ nữ xã"))).toBe(true);
    const duty = "Đăng ký công trình, phần việc, mô hình điển hình gắn với đợt thi đua, gửi UBND xã (qua Phòng Kinh tế)";
    expect(isPlaceholderRow(task(duty, "Chi ủy chi bộ, Ban phát triển thôn", { deadline: "2026-01-27" }))).toBe(true);
    expect(isPlaceholderRow(task(duty, "Chi ủy chi bộ, Ban phát triển thôn", { status: "Hoàn thành" }))).toBe(false);
    const reading = UNITS_SHEET.read(sheet({}), context("2026-01-28", [["Thôn 1", tab([task(duty, "Ban phát triển thôn")])], ["Thôn 3", tab([task(duty, "Ban phát triển thôn", { status: "Hoàn thành" })])]], null));
    expect(reading.section?.notRegistered).toEqual(["Thôn 1"]);
  });

  test("work the plan assigns (its words quoted in Ghi chú) is the unit's work, but no registration, even once done", () => {
    const assigned = (extra: Partial<TaskRow>) =>
      tab([task("Hướng dẫn hội viên chỉnh trang hàng rào xanh", "Hội Phụ nữ xã", { note: "Kế hoạch (II.2): “Hội Cựu chiến binh tư vấn, hỗ trợ…”", ...extra })]);
    expect(isPlanRow({ note: "Kế hoạch (II.2): “…”" })).toBe(true);
    expect(isPlanRow({ note: "Kế hoạch: “01 thôn thông minh”." })).toBe(true);
    expect(isPlanRow({ note: "Kế hoạchnhỏ" })).toBe(false);
    expect(isPlanRow({ note: "Hội tự đăng ký theo kế hoạch của hội" })).toBe(false);
    for (const extra of [{}, { status: "Hoàn thành" as const }]) {
      const reading = UNITS_SHEET.read(sheet({ units }), context("2026-01-28", [], assigned(extra)));
      expect(reading.section?.notRegistered).toEqual(["Hội Nông dân xã", "Hội Phụ nữ xã"]);
      expect(reading.section?.table?.rows.find((row) => row[0] === "Hội Phụ nữ xã")?.[3]).toBe("Chưa đăng ký");
    }
    // A work the organisation adds itself registers it.
    const own = tab([task("Ra quân làm đường hoa", "Hội Phụ nữ xã"), ...assigned({}).tasks.map(({ value }) => value)]);
    expect(UNITS_SHEET.read(sheet({ units }), context("2026-01-28", [], own)).section?.notRegistered).toEqual(["Hội Nông dân xã"]);
  });

  test("a unit that need not register is never listed", () => {
    const reading = UNITS_SHEET.read(sheet({ units: [["Phòng Kinh tế", "Phòng chuyên môn", false, null]] }), context("2026-01-28", [], null));
    expect(reading.section?.notRegistered).toEqual([]);
    expect(reading.section?.table?.rows[0]?.[3]).toBeNull();
  });
});

describe("award standards as a checklist per unit (seed 002)", () => {
  const standards: Cell[][] = (CAO_DIEM_KIEU_MAU_2023.standards ?? []).map((s) => [s.kind, s.standard]);
  const business = "Doanh nghiệp, hợp tác xã";
  const ofBusiness = (CAO_DIEM_KIEU_MAU_2023.standards ?? []).filter((s) => s.kind === business).map((s) => s.standard);
  const [first, second] = [ofBusiness[0] ?? null, ofBusiness[1] ?? null];
  const units: Cell[][] = [["HTX Chí Phúc", business, false, null], ["Công ty Hà Sơn", business, false, null], ["Hộ ông Nam", "Hộ gia đình, cá nhân", false, null]];
  const campaign = CAO_DIEM_KIEU_MAU_2023.campaign;

  test("a unit meeting every standard of its kind is proposed for praise; one meeting half is not; a unit with nothing entered gets nothing", () => {
    const results: Cell[][] = [["HTX Chí Phúc", first, true, null], ["HTX Chí Phúc", second, true, null], ["Công ty Hà Sơn", first, true, null], ["Công ty Hà Sơn", second, false, null]];
    const reading = UNITS_SHEET.read(sheet({ units, standards, results }), context("2023-10-31", [], null, campaign));
    expect(reading.problems).toEqual([]);
    expect(reading.section?.lines).toEqual([`Đề xuất biểu dương (${business}): HTX Chí Phúc.`]);
    expect(reading.section?.table?.rows).toEqual([
      ["Công ty Hà Sơn", business, "1/2", null, 0, null],
      ["HTX Chí Phúc", business, "2/2", null, 0, "Biểu dương"],
      ["Hộ ông Nam", "Hộ gia đình, cá nhân", "0/3", null, 0, null],
    ]);
  });

  test("a standard never falls overdue: long after the campaign's end no unit is reminded for one", () => {
    const reading = UNITS_SHEET.read(sheet({ units, standards }), context("2024-06-01", [], null, campaign));
    expect(reading.section?.table?.rows.map((row) => [row[4], row[5]])).toEqual([[0, null], [0, null], [0, null]]);
    expect(reading.section?.lines).toEqual([]);
  });

  test("overdue Công việc chung work keeps a unit from praise, and the most overdue of its kind is reminded", () => {
    const results: Cell[][] = [["HTX Chí Phúc", first, true, null], ["HTX Chí Phúc", second, true, null]];
    const work = tab([task("Liên kết tiêu thụ", "HTX Chí Phúc", { deadline: "2023-09-30" })]);
    const reading = UNITS_SHEET.read(sheet({ units, standards, results }), context("2023-10-05", [], work, campaign));
    expect(reading.section?.lines).toEqual([`Đề xuất nhắc nhở (${business}): HTX Chí Phúc (1 việc quá hạn).`]);
  });

  test("bad rows are problems naming the cell: a unit without a name or kind, a result for an unknown unit or standard", () => {
    const reading = UNITS_SHEET.read(
      sheet({ units: [[null, business, false, "ghi chú"], ["Hộ bà Lan", null, false, null]], standards, results: [["Ai đó", first, true, null], ["HTX Chí Phúc", "Tiêu chuẩn khác", true, null]] }),
      context("2023-10-05", [], null, campaign),
    );
    const at = reading.problems.map((p) => `${p.cell}: ${p.message}`);
    expect(at).toEqual([
      "A4: Dòng đơn vị thi đua chưa có tên đơn vị.",
      'B5: Đơn vị "Hộ bà Lan" chưa ghi loại đơn vị, nên chưa xét được theo tiêu chuẩn khen thưởng.',
      'I4: "Ai đó" không có trong bảng Đơn vị thi đua.',
      'I5: "HTX Chí Phúc" không có trong bảng Đơn vị thi đua.',
    ]);
  });
});

test("unitsOf splits an owner naming several units, and leaves one unit whole", () => {
  expect(unitsOf("Hội Nông dân và Hội Phụ nữ")).toEqual(["hội nông dân", "hội phụ nữ"]);
  expect(unitsOf("Ủy ban  MTTQ xã")).toEqual(["ủy ban mttq xã"]);
});

test("an owner listed on Đơn vị thi đua is judged there, not ranked again among Công việc chung's owners", () => {
  const units: SummarySection = { id: "units", title: "Đơn vị thi đua", lines: [], table: null, history: [], report: [], units: ["Hội Nông dân xã"] };
  const owners = [{ owner: "Hội nông dân xã", total: 2, done: 1, overdue: 1 }, { owner: "Phòng Kinh tế", total: 1, done: 0, overdue: 1 }];
  const summary = compileSummary(CHINH_TRANG_2026.campaign, { statuses: [], otherProblems: [], owners, sections: [units] }, new Date("2026-02-05T02:00:00Z"));
  expect(summary.owners.map((o) => [o.owner, o.rank, o.proposal, o.unranked])).toEqual([
    ["Phòng Kinh tế", 1, "Nhắc nhở", null],
    ["Hội nông dân xã", null, "", "Xét ở mục Đơn vị thi đua"],
  ]);
});
