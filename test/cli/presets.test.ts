// Builds a workbook from each seed plan's preset with the CLI and checks the compiled summary against the plan.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { SUMMARY } from "../../src/domain/layout/summary-sheet";
import { PRESETS } from "../../src/domain/presets";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { compact } from "../workbook/contract";
import { run } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-presets-"));

async function built(preset: string, today: string): Promise<{ file: string; out: string; summary: unknown[][] }> {
  const file = path.join(dir, `${preset}-${today.replace(/\//g, "")}.xlsx`);
  expect((await run("init", file, "--preset", preset)).code).toBe(0);
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
  expect(rowOf(summary, "Mai Hạ")?.slice(3, 7)).toEqual([10, 12, 10 / 12, "Chưa đạt"]);
  expect(rowOf(summary, "Thắng Lợi")?.slice(3, 7)).toEqual([0, 6, 0, "Chưa đạt"]);
  expect(out).toContain("Công chức Địa chính: 0/1 việc hoàn thành, 1 quá hạn (Nhắc nhở)");
  const problems = compact((await XlsxWorkbook.open(path.join(dir, "ntm-nang-cao-2024-15052024.xlsx"))).read("Lỗi dữ liệu")).slice(3);
  expect(problems).toEqual([]);
});

test("002: Hà Sơn 01/07–30/10/2023, targets 1.1–1.4, the dossier due 30/9 and the award checklist", async () => {
  const { summary, file } = await built("cao-diem-kieu-mau-2023", "02/10/2023");
  expect(summary).toContainEqual(["Tiêu chí của xã: 0/4 tiêu chí đạt."]);
  expect((await run("overdue", file, "--today", "02/10/2023")).code).toBe(0);
  const work = compact((await XlsxWorkbook.open(file)).read("Công việc chung"));
  const dossier = work.find((row) => row[1] === "Hoàn thành hồ sơ đề nghị công nhận xã đạt NTM kiểu mẫu");
  expect(dossier?.slice(2, 7)).toEqual(["Cán bộ, công chức", "trước 30/9", null, null, "Quá hạn 2 ngày"]);
  expect(work.filter((row) => String(row[1]).startsWith("Tiêu chuẩn khen thưởng"))).toHaveLength(4);
  expect(work.slice(4, 8).map((row) => row[9])).toEqual(["1.1", "1.2", "1.3", "1.4"]);
  const config = compact((await XlsxWorkbook.open(file)).read("Cấu hình"));
  expect(config.slice(4, 9).map((row) => row[1])).toEqual(["Hà Sơn", expect.stringContaining("Hà Sơn"), "68/KH-UBND", { date: "2023-07-01" }, { date: "2023-10-30" }]);
});

test("003: an area with 8 criteria but a hard one missing does not meet the rule; 7 with every hard one does", async () => {
  const { summary, file } = await built("cao-diem-huyen-2021", "20/04/2021");
  expect(rowOf(summary, "Yên Mỹ")?.slice(3, 7)).toEqual([8, 10, 0.8, "Chưa đạt"]);
  expect(rowOf(summary, "Đông Hòa")?.slice(3, 7)).toEqual([7, 10, 0.7, "Đạt"]);
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

test("004: Phú Thịnh 2026–2030 in two phases, with a models registry by xóm and organisation", async () => {
  const { summary, file } = await built("dan-van-kheo-2026", "01/06/2026");
  const wb = await XlsxWorkbook.open(file);
  const config = compact(wb.read("Cấu hình"));
  expect(config.slice(4, 6).map((row) => row.slice(3, 6))).toEqual([
    ["Giai đoạn 1 (2026–2028)", { date: "2026-04-01" }, { date: "2028-12-31" }],
    ["Giai đoạn II (2028–2030)", { date: "2028-01-01" }, { date: "2030-12-31" }],
  ]);
  expect(compact(wb.read("Xóm 1"))[14]?.slice(0, 6)).toEqual(["STT", "Mô hình", "Lĩnh vực", "Xóm / tổ chức đăng ký", "Trạng thái", "Ngày công nhận"]);
  // Công việc chung: tasks (A–H), criteria (J–Q), models from column S (serial, name, field, owner, status).
  const registry = compact(wb.read("Công việc chung")).slice(4).map((row) => row.slice(18, 23));
  expect(registry.map((row) => row[4])).toEqual(["Đăng ký", "Đăng ký", "Đăng ký", "Đăng ký", "Đăng ký"]);
  expect(registry.map((row) => row[3])).toEqual(["Ủy ban MTTQ xã", "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"]);
  expect(rowOf(summary, "Xóm 1")?.slice(3, 7)).toEqual([0, 0, null, "Chưa có số liệu"]);
});

test("a models registry counts recognised models against the band, live and in the summary", async () => {
  const file = path.join(dir, "models.xlsx");
  await run("init", file, "--preset", "dan-van-kheo-2026");
  const wb = await XlsxWorkbook.open(file);
  wb.write("Xóm 1", 16, 2, [
    ["Tổ tự quản an ninh", "Quốc phòng – an ninh", "Chi hội CCB xóm 1", "Được công nhận"],
    ["Đường hoa xóm", "Văn hóa – xã hội", "Chi hội Phụ nữ", "Đang thực hiện"],
  ]);
  await wb.save(file);
  const { code } = await run("summary", file, "--today", "01/06/2026");
  expect(code).toBe(0);
  const summary = compact((await XlsxWorkbook.open(file)).read("Tổng hợp"));
  expect(rowOf(summary, "Xóm 1")?.slice(3, 7)).toEqual([1, 2, 0.5, "Chưa đạt"]);
});

test("compiling in two different weeks gives two history weeks, twice in one week gives one; the trend follows", async () => {
  const file = path.join(dir, "history.xlsx");
  await run("init", file, "--preset", "cao-diem-huyen-2021");
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
  expect(history.slice(3, 5).map((row) => row.slice(11, 13))).toEqual([[6, 1 / 7], [7, 1 / 7]]);
});
