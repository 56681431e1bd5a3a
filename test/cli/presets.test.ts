// Builds a workbook from each seed plan's preset with the CLI and checks the compiled summary against the plan.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { SUMMARY } from "../../src/domain/layout/summary-sheet";
import { PRESETS, findPreset } from "../../src/domain/presets";
import { nameVillages, setCutoff } from "../helpers";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { compact } from "../workbook/contract";
import { run } from "./run";
import ExcelJS from "exceljs";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-presets-"));

/** The xóm an officer of xã Phú Thịnh writes in Danh sách thôn: plan 004 names none. */
const XOM = ["Xóm Đông", "Xóm Tây", "Xóm Nam", "Xóm Bắc"];

/**
 * `so-thi-dua init` from a preset; 001–004 state no cut-off, so the officer then sets one (here Friday 16:00) in the file
 * before the first compile, and names the thôn (xóm) the plan does not, making their tabs.
 */
async function init(file: string, preset: string, names: readonly string[] = []): Promise<void> {
  expect((await run("init", file, "--preset", preset)).code).toBe(0);
  if (findPreset(preset)?.campaign.reportTime === null || names.length > 0) {
    const workbook = await XlsxWorkbook.open(file);
    if (findPreset(preset)?.campaign.reportTime === null) setCutoff(workbook, "Thứ Sáu", "16:00");
    if (names.length > 0) nameVillages(workbook, names);
    await workbook.save(file);
  }
}

async function built(preset: string, today: string, names: readonly string[] = []): Promise<{ file: string; out: string; summary: unknown[][] }> {
  const file = path.join(dir, `${preset}-${today.replace(/\//g, "")}.xlsx`);
  await init(file, preset, names);
  const result = await run("summary", file, "--today", today);
  expect(result.code).toBe(0);
  return { file, out: result.out, summary: compact((await XlsxWorkbook.open(file)).read("Tổng hợp")) };
}

const rowOf = (summary: unknown[][], name: string) => summary.slice(SUMMARY.firstRow - 1).find((row) => row[2] === name);

test("`so-thi-dua presets` lists every seed plan, id first, one per line", async () => {
  const { out } = await run("presets");
  expect(out.split("\n")).toEqual(PRESETS.map((p) => `${p.id}\t${p.name}`));
  expect(out.split("\n").map((line) => line.split("\t")[0])).toEqual([
    "chinh-trang-2026",
    "ntm-nang-cao-2024",
    "cao-diem-kieu-mau-2023",
    "cao-diem-huyen-2021",
    "dan-van-kheo-2026",
    "trong",
  ]);
});

test("000: the weekly cut-offs are 30/01, 06/02 and 13/02/2026 at 14:00", async () => {
  const cutoffs = [];
  for (const today of ["27/01/2026", "02/02/2026", "10/02/2026"]) {
    const { summary } = await built("chinh-trang-2026", today);
    cutoffs.push(String(summary[SUMMARY.cutoffRow - 1]?.[0]).replace(/^.*; tuần này chốt lúc /, ""));
  }
  expect(cutoffs).toEqual(["14:00 thứ Sáu, 30/01/2026.", "14:00 thứ Sáu, 06/02/2026.", "14:00 thứ Sáu, 13/02/2026."]);
});

test("001: the commune at 11/19, Mai Hạ at 10/12, and the plan's deadlines read (quý I/2024 passed by May)", async () => {
  const { summary, out } = await built("ntm-nang-cao-2024", "15/05/2024");
  expect(summary).toContainEqual(["Tiêu chí của xã: 11/19 tiêu chí đạt."]);
  // Each thôn's kind follows its name (Loại thôn), then its criteria against that kind's catalogue.
  expect(rowOf(summary, "Mai Hạ")?.slice(3, 8)).toEqual(["Thôn NTM", 10, 12, 10 / 12, "Chưa đạt"]);
  // Seven model-village criteria, 4 (nhà ở và vườn hộ) not among the unmet ones.
  expect(rowOf(summary, "Thắng Lợi")?.slice(3, 8)).toEqual(["Thôn NTM kiểu mẫu", 1, 7, 1 / 7, "Chưa đạt"]);
  // Its task and its criterion 2 (quý I/2024), tracked like a task since it names owner and deadline (issue 9.6).
  expect(out).toContain("Công chức Địa chính: 0/2 việc hoàn thành, 2 quá hạn (Nhắc nhở)");
  const problems = compact((await XlsxWorkbook.open(path.join(dir, "ntm-nang-cao-2024-15052024.xlsx"))).read("Lỗi dữ liệu")).slice(3);
  expect(problems.every((row) => String(row[2]).startsWith("Cần bổ sung"))).toBe(true);
});

test("002: Hà Sơn 01/07–30/10/2023, targets 1.1–1.4, the dossier due 30/9 and the award standards by kind of unit", async () => {
  const { summary, file } = await built("cao-diem-kieu-mau-2023", "02/10/2023");
  expect(summary).toContainEqual(["Tiêu chí của xã: 0/4 tiêu chí đạt."]);
  expect((await run("overdue", file, "--today", "02/10/2023")).code).toBe(0);
  const work = compact((await XlsxWorkbook.open(file)).read("Công việc chung"));
  const dossier = work.find((row) => row[1] === "Hoàn thành hồ sơ đề nghị công nhận xã đạt NTM kiểu mẫu");
  // owner, leader (the plan names none), deadline, status, completed on, tracking.
  expect(dossier?.slice(2, 8)).toEqual(["Cán bộ, công chức", null, "trước 30/9", null, null, "Quá hạn 2 ngày"]);
  // VI.1's standards are on Đơn vị thi đua, nine as the plan writes them (3 departments', 1 thôn's, 2 businesses', 3 households'), not tasks.
  expect(work.filter((row) => String(row[1]).startsWith("Tiêu chuẩn khen thưởng"))).toHaveLength(0);
  const standards = compact((await XlsxWorkbook.open(file)).read("Đơn vị thi đua")).slice(3).map((row) => row[5]);
  expect(standards).toEqual([...Array(3).fill("Cơ quan, ban, ngành, đoàn thể xã"), "Thôn", ...Array(2).fill("Doanh nghiệp, hợp tác xã"), ...Array(3).fill("Hộ gia đình, cá nhân")]);
  expect(work.slice(4, 8).map((row) => row[10])).toEqual(["1.1", "1.2", "1.3", "1.4"]);
  const config = compact((await XlsxWorkbook.open(file)).read("Cấu hình"));
  expect(config.slice(4, 9).map((row) => row[1])).toEqual(["Hà Sơn", expect.stringContaining("Hà Sơn"), "68/KH-UBND", { date: "2023-07-01" }, { date: "2023-10-30" }]);
});

test("003: an area with 8 criteria but a hard one missing does not meet the rule; 7 with every hard one does", async () => {
  const file = path.join(dir, "003-entered.xlsx");
  await init(file, "cao-diem-huyen-2021");
  const entry = await XlsxWorkbook.open(file);
  // The statuses a head enters (the plan states none): criteria table from column G, status in J, rows 16–25.
  const statuses = (s: string) => s.split("").map((c) => [c === "1" ? "Đạt" : "Chưa đạt"]);
  entry.write("Yên Mỹ", 16, 10, statuses("1110111110"));
  entry.write("Đông Hòa", 16, 10, statuses("0111011101"));
  await entry.save(file);
  expect((await run("summary", file, "--today", "20/04/2021")).code).toBe(0);
  const summary = compact((await XlsxWorkbook.open(file)).read("Tổng hợp"));
  // No kind written yet (the plan names none): the Loại thôn column is blank and the indicator's rule judges.
  expect(rowOf(summary, "Yên Mỹ")?.slice(4, 8)).toEqual([8, 10, 0.8, "Chưa đạt"]);
  expect(rowOf(summary, "Đông Hòa")?.slice(4, 8)).toEqual([7, 10, 0.7, "Đạt"]);
  // Seed 003's tabs: gardens from column A, criteria from column G (number, name, hard, status).
  const tab = compact((await XlsxWorkbook.open(file)).read("Yên Mỹ"));
  expect(tab.slice(15, 25).filter((row) => row[8] === true).map((row) => [row[7], row[9]])).toEqual([
    ["Vườn hộ và công trình chăn nuôi", "Đạt"],
    ["Hàng rào xanh", "Chưa đạt"],
    ["Vệ sinh môi trường", "Đạt"],
  ]);
  const gardens = compact((await XlsxWorkbook.open(file)).read("Đại Hòa")).slice(15, 17).map((row) => row.slice(0, 4));
  expect(gardens).toEqual([[1, "Hộ Trần Viết Bình", false, "Hội Nông dân"], [2, "Hộ Nguyễn Hữu Tỵ", false, "Hội Cựu chiến binh"]]);
});

test("004: Phú Thịnh 2026–2030 in two phases, with a models registry by xóm", async () => {
  const { summary, file } = await built("dan-van-kheo-2026", "01/06/2026", XOM);
  const wb = await XlsxWorkbook.open(file);
  const config = compact(wb.read("Cấu hình"));
  expect(config.slice(4, 6).map((row) => row.slice(3, 6))).toEqual([
    ["Giai đoạn 1 (2026–2028)", { date: "2026-04-01" }, { date: "2028-12-31" }],
    ["Giai đoạn II (2028–2030)", { date: "2028-01-01" }, { date: "2030-12-31" }],
  ]);
  expect(compact(wb.read("Xóm Đông"))[14]?.slice(0, 6)).toEqual(["STT", "Mô hình", "Lĩnh vực", "Xóm / tổ chức đăng ký", "Trạng thái", "Ngày công nhận"]);
  // Công việc chung: tasks (A–I), criteria (K–T), models from column V. The plan registers no model for anyone (IV.3:
  // MTTQ and the organisations guide the xóm's registration), so the registry starts empty: nothing filed under a field.
  const registry = compact(wb.read("Công việc chung")).slice(4).map((row) => row.slice(21, 26));
  expect(registry.filter((row) => row.some((cell) => cell !== null && cell !== undefined))).toEqual([]);
  expect(rowOf(summary, "Xóm Đông")?.slice(3, 7)).toEqual([0, 0, null, "Chưa có số liệu"]);
});

test("004 summarised by year: in 2027 the period is năm 2/5, and Lịch sử keeps one row set per year", async () => {
  const { summary, file, out } = await built("dan-van-kheo-2026", "15/06/2027");
  expect(out).toContain("(năm 2/5)");
  expect(summary[SUMMARY.cutoffRow - 1]?.[0]).toMatch(/, năm 2\/5 \(01\/01\/2027 – 31\/12\/2027\); năm này chốt lúc 16:00 thứ Sáu, 31\/12\/2027\.$/);
  const config = compact((await XlsxWorkbook.open(file)).read("Cấu hình"));
  expect(config.find((row) => row[0] === "Kỳ báo cáo")?.slice(0, 2)).toEqual(["Kỳ báo cáo", "Hằng năm"]);
  // A second compile the same year replaces that year; one in 2028 adds year 3.
  await run("summary", file, "--today", "20/11/2027");
  await run("summary", file, "--today", "10/03/2028");
  const history = compact((await XlsxWorkbook.open(file)).read("Lịch sử"));
  const rows = history.slice(3).filter((row) => row[2] === "XA");
  // Each year's set: the indicator, then the plan's two yearly duties (Việc định kỳ).
  const yearSet = (year: number, end: string) =>
    ["Mô hình “Dân vận khéo” được công nhận", "Tham mưu xây dựng kế hoạch thực hiện phong trào thi đua hằng năm (1 lần/năm)", "Bình xét thi đua, khen thưởng hằng năm (1 lần/năm)"].map(
      (name) => [year, { date: end }, "XA", "Toàn xã", name],
    );
  expect(rows.map((row) => row.slice(0, 5))).toEqual([...yearSet(2, "2027-12-31"), ...yearSet(3, "2028-12-31")]);
  expect(history[0]?.[11]).toBe("XU HƯỚNG THEO NĂM: Mô hình “Dân vận khéo” được công nhận");
  expect(history[2]?.[11]).toBe("Năm");
  expect(history.slice(3, 5).map((row) => row[11])).toEqual([2, 3]);
});

test("004 before its start and after its end speaks of years too", async () => {
  const file = path.join(dir, "004-outside.xlsx");
  await init(file, "dan-van-kheo-2026");
  expect((await run("summary", file, "--today", "15/03/2026")).all[0]).toBe(
    'Phong trào bắt đầu ngày 01/04/2026: chưa đến năm báo cáo nào nên chưa lập bảng tổng hợp. Chưa thay đổi gì; "Kiểm tra chỉ tiêu và dữ liệu" xem được số liệu ngay bây giờ.',
  );
  expect((await run("summary", file, "--today", "05/01/2031")).all).toContainEqual(
    expect.stringMatching(/, sau khi phong trào kết thúc \(31\/12\/2030\)\. Lịch sử giữ nguyên số liệu các năm đã chốt\.$/),
  );
});

test("004: the minimum target on a xóm tab is a number cell, not a date (the KPI sits in the models' date column); the plan sets none, so it is empty", async () => {
  const { file } = await built("dan-van-kheo-2026", "02/06/2026", XOM);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const cell = book.getWorksheet("Xóm Đông")?.getCell("F4");
  expect(cell?.value ?? null).toBe(null);
  expect(cell?.numFmt).toBe("0");
  expect(cell?.text).toBe("");
});

test("a models registry counts recognised models, live and in the summary; 004 sets no band, so none is judged", async () => {
  const file = path.join(dir, "models.xlsx");
  await init(file, "dan-van-kheo-2026", XOM);
  const wb = await XlsxWorkbook.open(file);
  wb.write("Xóm Đông", 16, 2, [
    ["Tổ tự quản an ninh", "Quốc phòng – an ninh", "Chi hội CCB xóm 1", "Được công nhận"],
    ["Đường hoa xóm", "Văn hóa – xã hội", "Chi hội Phụ nữ", "Đang thực hiện"],
  ]);
  await wb.save(file);
  const { code } = await run("summary", file, "--today", "01/06/2026");
  expect(code).toBe(0);
  const summary = compact((await XlsxWorkbook.open(file)).read("Tổng hợp"));
  expect(rowOf(summary, "Xóm Đông")?.slice(3, 7)).toEqual([1, 2, 0.5, "Chưa có mức chỉ tiêu"]);
});

test("compiling in two different weeks gives two history weeks, twice in one week gives one; the trend follows", async () => {
  const file = path.join(dir, "history.xlsx");
  await init(file, "cao-diem-huyen-2021");
  const entry = await XlsxWorkbook.open(file);
  entry.write("Đại Hòa", 16, 10, [["Đạt"]]);
  await entry.save(file);
  const weeks = async () => {
    const rows = compact((await XlsxWorkbook.open(file)).read("Lịch sử")).slice(3);
    return [...new Set(rows.map((row) => row[0]))];
  };
  await run("summary", file, "--today", "08/04/2021");
  await run("summary", file, "--today", "09/04/2021");
  expect(await weeks()).toEqual([6]);
  await run("summary", file, "--today", "15/04/2021");
  expect(await weeks()).toEqual([6, 7]);
  const history = compact((await XlsxWorkbook.open(file)).read("Lịch sử"));
  expect(history[0]?.[11]).toBe("XU HƯỚNG THEO TUẦN: Khu dân cư: ≥ 7 tiêu chí, đủ 3 tiêu chí cứng");
  expect(history[2]?.slice(11, 14)).toEqual(["Tuần", "Toàn xã", "Đại Hòa"]);
  expect(history.slice(3, 5).map((row) => row.slice(11, 13))).toEqual([[6, 0], [7, 0]]);
});

describe("day one: every preset as built, nothing entered yet", () => {
  test.each(PRESETS.filter((p) => p.seed !== "").map((p) => [p.id, p.campaign.startDate] as const))(
    "%s: no thôn ranked, praised or reminded; every thôn 'Chưa có số liệu' or the plan's own figure",
    async (id, start) => {
      const { summary } = await built(id, start.split("-").reverse().join("/"));
      const rows = summary.slice(SUMMARY.firstRow - 1).filter((row) => typeof row[2] === "string" && row[2] !== "Toàn xã");
      const proposals = summary.flat().filter((cell) => cell === "Biểu dương" || cell === "Nhắc nhở");
      // 001's plan itself states Thắng Lợi 1/7 and Mai Hạ 10/12: shown as the plan's figures, still unranked.
      expect(proposals).toEqual([]);
      // No line proposes anyone either: thôn, organisations, units.
      const named = summary.flat().filter((cell) => /^Đề xuất (biểu dương|nhắc nhở)/.test(String(cell)) && !/: chưa có\.?$/.test(String(cell)));
      expect(named).toEqual([]);
      expect(rows.every((row) => row[0] === null || row[0] === undefined || row[0] === "")).toBe(true);
    },
  );
});

test("Cần bổ sung: the cells each plan leaves empty come first in Lỗi dữ liệu with their cell, and go as they are filled", async () => {
  const file = path.join(dir, "to-fill.xlsx");
  await init(file, "ntm-nang-cao-2024");
  expect((await run("check", file, "--today", "01/03/2024")).code).toBe(0);
  const listed = async () =>
    compact((await XlsxWorkbook.open(file)).read("Lỗi dữ liệu"))
      .slice(3)
      .filter((row) => String(row[2]).startsWith("Cần bổ sung"))
      .map((row) => `${row[0]}!${row[1]}`);
  const before = await listed();
  // Mai Hạ: criterion 6's date, 5.1's date, the Hội Phụ nữ / Đoàn task's date, the evidence file's officer, the Ban phát
  // triển's officer and date; Công việc chung: owners of the cultural house, the green space, 7, 14, 17 (criteria and
  // tasks), the THCS school's and IV.1's three works' officer and date, the resolution's and the appraisal dossiers' date.
  expect(before.filter((where) => where.startsWith("Mai Hạ!"))).toHaveLength(6);
  expect(before.filter((where) => where.startsWith("Công việc chung!"))).toHaveLength(18);
  const wb = await XlsxWorkbook.open(file);
  const [sheet, cell] = (before.find((where) => where.startsWith("Mai Hạ!")) as string).split("!") as [string, string];
  const col = (cell.match(/^[A-Z]+/)?.[0] ?? "A").charCodeAt(0) - 64;
  wb.write(sheet, Number(cell.replace(/^[A-Z]+/, "")), col, [["tháng 10/2024"]]);
  await wb.save(file);
  expect((await run("check", file, "--today", "01/03/2024")).code).toBe(0);
  expect(await listed()).toEqual(before.filter((where) => where !== `${sheet}!${cell}`));
});

test("000: 22 numbered thôn marked “(cần ghi tên)”, no invented names; registration is tracked per thôn and organisation, the broadcasts are a duty of 3 a week", async () => {
  const { file, summary } = await built("chinh-trang-2026", "28/01/2026");
  const wb = await XlsxWorkbook.open(file);
  const register = compact(wb.read("Danh sách thôn")).slice(3).map((row) => row[1]);
  expect(register).toEqual(Array.from({ length: 22 }, (_, i) => `Thôn ${i + 1} (cần ghi tên)`));
  const work = compact(wb.read("Công việc chung"));
  // No registration row is seeded: V.2 and V.4's organisations are listed on Đơn vị thi đua as units that must register.
  expect(work.some((row) => String(row[1]).startsWith("Đăng ký công trình"))).toBe(false);
  expect(compact(wb.read("Thôn 1 (cần ghi tên)")).some((row) => row.some((cell) => String(cell).startsWith("Đăng ký công trình")))).toBe(false);
  const units = compact(wb.read("Đơn vị thi đua")).slice(3).map((row) => row.slice(0, 3));
  expect(units).toEqual(["Ủy ban MTTQ xã", "Hội Phụ nữ xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"].map((name) => [name, "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", true]));
  // On 28/01 nobody has registered a work yet: the work II.2 assigns the organisations is the plan's, not theirs (V.4).
  const thon = Array.from({ length: 22 }, (_, i) => `Thôn ${i + 1} (cần ghi tên)`).join(", ");
  expect(summary).toContainEqual([
    `Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Đoàn Thanh niên xã, Hội Cựu chiến binh xã, Hội Nông dân xã, Hội Phụ nữ xã, ${thon}, Ủy ban MTTQ xã.`,
  ]);
  expect(work.some((row) => String(row[1]).includes("loa truyền thanh"))).toBe(false);
  const broadcasts = compact(wb.read("Việc định kỳ")).find((row) => String(row[1]).includes("loa truyền thanh"));
  expect(broadcasts?.slice(2, 6)).toEqual([3, "tuần", "Toàn xã", "Phòng Văn hoá - Xã hội"]);
  expect(String(broadcasts?.[10])).toContain("mỗi tuần 3 lần");
});

test("002: the award standards are no tasks, so on 31/10/2023 none is overdue or reminded", async () => {
  const { file, out } = await built("cao-diem-kieu-mau-2023", "31/10/2023");
  expect((await run("overdue", file, "--today", "31/10/2023")).code).toBe(0);
  const work = compact((await XlsxWorkbook.open(file)).read("Công việc chung"));
  expect(work.some((row) => String(row[1]).startsWith("Tiêu chuẩn khen thưởng"))).toBe(false);
  // Văn phòng - Thống kê keeps only its own task (the guidance and reviews), not four standards going overdue.
  expect(out).toContain("Công chức Văn phòng - Thống kê: 0/1 việc hoàn thành, 1 quá hạn");
  // 1.1–1.4: the plan names no owner.
  expect(work.slice(4, 8).map((row) => row[14])).toEqual(Array(4).fill("(cần bổ sung)"));
});

test("001: Mai Hạ 5.2 (đ/c Quyên) holds tháng 9/2024, 5.1 (đ/c Cao) none; Thắng Lợi 7's date is on the evidence file", async () => {
  const { file } = await built("ntm-nang-cao-2024", "02/03/2024");
  const wb = await XlsxWorkbook.open(file);
  // Each task reads name|owner|leader in charge (the plan names none for them: null)|deadline.
  const maiHa = compact(wb.read("Mai Hạ")).flat().map(String);
  expect(maiHa.join("|")).toContain("5.2. Khu thể thao thôn: hướng dẫn thực hiện, hoàn thiện hồ sơ|Đồng chí Quyên – Công chức VHXH|null|tháng 9/2024");
  expect(maiHa.join("|")).toContain("5.1. Rà soát quỹ đất, chuẩn bị hồ sơ và GPMB xây dựng nhà văn hóa thôn|Đồng chí Cao – Địa chính, xây dựng|null|(cần bổ sung)");
  const thangLoi = compact(wb.read("Thắng Lợi")).flat().map(String).join("|");
  expect(thangLoi).toContain("Hoàn thiện hồ sơ minh chứng tiêu chí 7|Cấp ủy, ban lãnh đạo thôn phối hợp công an xã|null|trước tháng 9 năm 2024");
  expect(thangLoi).not.toContain("Trưởng công an xã|null|trước tháng 9");
});
