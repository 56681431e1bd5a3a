// Tests the so-thi-dua command: the demo file, every command run twice changing nothing, and bad files left as they were.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkCampaign } from "../../src/actions/check";
import { DEMO_NOW } from "../../src/cli/main";
import { compileSummary } from "../../src/domain/summary";
import { SUMMARY, summaryGrid } from "../../src/domain/layout/summary-sheet";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { snapshotFile } from "../helpers";
import { compact } from "../workbook/contract";
import { run } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-cli-"));
const demoFile = path.join(dir, "demo.xlsx");

beforeAll(async () => {
  const result = await run("demo", "--out", demoFile);
  expect(result.code).toBe(0);
});

test("the demo writes the file and prints the summary table of 22 thôn", async () => {
  expect(existsSync(demoFile)).toBe(true);
  const { out } = await run("demo", "--out", path.join(dir, "again.xlsx"));
  expect(out).toContain("Số liệu lúc 10:00 thứ Sáu, 06/02/2026, tuần 2/3 (31/01/2026 – 06/02/2026); tuần này chốt lúc 14:00 thứ Sáu, 06/02/2026.");
  expect(out.split("\n").filter((line) => /^\d+\s+Thôn /.test(line))).toHaveLength(22);
  expect(out).toMatch(/Toàn xã\s+\d{1,3}(\.\d{3})*\/\d{1,3}(\.\d{3})* \d+,\d% (Đạt|Chưa đạt|Vượt)/);
});

test("the demo puts thôn below, inside and above the 70–80% band, gardens on both sides of 30%, and late work", async () => {
  const wb = await XlsxWorkbook.open(demoFile);
  const rows = compact(wb.read("Tổng hợp")).slice(SUMMARY.firstRow - 1, SUMMARY.firstRow - 1 + 22);
  const verdicts = (col: number) => new Set(rows.map((row) => row[col]));
  expect(verdicts(6)).toEqual(new Set(["Chưa đạt", "Đạt", "Vượt"]));
  expect(verdicts(10)).toEqual(new Set(["Chưa đạt", "Đạt"]));
  expect(rows.some((row) => (row[17] as number) > 0)).toBe(true);
  expect(rows.some((row) => (row[18] as number) > 0)).toBe(true);
  const problems = compact(wb.read("Lỗi dữ liệu")).slice(3).map((row) => row[2]);
  expect(problems).toContain("Tab thôn có 287 hộ, Danh sách thôn ghi 300 hộ.");
  expect(problems).toContain('Không hiểu thời hạn "sau Tết".');
  expect(problems).toContain('"x" không phải ô đánh dấu.');
});

test("the summary sheet of the written file matches the domain's own compile of the same file", async () => {
  const wb = await XlsxWorkbook.open(demoFile);
  const check = checkCampaign(wb, DEMO_NOW);
  if (!check.readout) throw new Error("check failed");
  const summary = compileSummary(CHINH_TRANG_2026.campaign, check.readout, DEMO_NOW);
  const expected = compact(summaryGrid(CHINH_TRANG_2026.campaign, summary).rows.map((row) => row.map((cell) => cell as never)));
  expect(compact(wb.read("Tổng hợp"))).toEqual(expected);
  expect(summary.rows).toHaveLength(22);
});

test("running every command a second time changes no cell", async () => {
  const file = path.join(dir, "twice.xlsx");
  copyFileSync(demoFile, file);
  const commands = [["generate", file], ["check", file, "--today", "06/02/2026"], ["overdue", file, "--today", "06/02/2026"], ["summary", file, "--today", "06/02/2026"]];
  for (const command of commands) expect((await run(...command)).code).toBe(0);
  const first = await snapshotFile(file);
  for (const command of commands) expect((await run(...command)).code).toBe(0);
  expect(await snapshotFile(file)).toEqual(first);
}, 240_000);

test("init refuses to overwrite a file, and lists presets", async () => {
  const file = path.join(dir, "new.xlsx");
  expect((await run("init", file, "--preset", "chinh-trang-2026")).code).toBe(0);
  const again = await run("init", file, "--preset", "chinh-trang-2026");
  expect(again.code).toBe(1);
  expect(again.err).toBe(`Tệp "${file}" đã có; so-thi-dua init không ghi đè. Chọn tên khác cho sổ mới.`);
  const unknown = await run("init", path.join(dir, "x.xlsx"), "--preset", "khong-co");
  expect(unknown.code).toBe(2);
  expect(unknown.err.split("\n")[0]).toBe('Không có kế hoạch mẫu "khong-co". Chưa ghi tệp nào. Các kế hoạch mẫu:');
  expect(unknown.err).toContain("  ntm-nang-cao-2024       NTM nâng cao / kiểu mẫu 2024 (xã Mai Đình)");
  expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  expect((await run("presets")).out.split("\n")[0]).toBe("chinh-trang-2026\tChỉnh trang khu dân cư 2026 (xã Mai Hoa)");
});

describe("bad files give a Vietnamese message, a non-zero exit, and stay as they were", () => {
  test("a missing file", async () => {
    const result = await run("check", path.join(dir, "khong-co.xlsx"));
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `Không tìm thấy tệp "${path.join(dir, "khong-co.xlsx")}". Kiểm tra tên tệp, và chạy lệnh trong thư mục chứa tệp (hoặc ghi cả đường dẫn).`,
    );
  });

  test("a malformed file", async () => {
    const file = path.join(dir, "hong.xlsx");
    writeFileSync(file, "đây không phải tệp Excel");
    const result = await run("summary", file);
    expect(result.code).toBe(1);
    expect(result.err).toContain("không phải .xlsx hợp lệ hoặc đã hỏng");
    expect(readFileSync(file, "utf8")).toBe("đây không phải tệp Excel");
  });

  test("a file open in LibreOffice or Excel (lock file beside it)", async () => {
    const file = path.join(dir, "dang-mo.xlsx");
    copyFileSync(demoFile, file);
    const before = readFileSync(file);
    writeFileSync(path.join(dir, ".~lock.dang-mo.xlsx#"), "");
    const result = await run("overdue", file, "--today", "20/02/2026");
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `Tệp "${file}" đang mở trong LibreOffice: bên cạnh nó có tệp khoá ".~lock.dang-mo.xlsx#". Đóng tệp trong LibreOffice rồi chạy lại. ` +
        'Nếu tệp không mở ở đâu cả (chẳng hạn LibreOffice đã bị tắt đột ngột), tệp khoá này còn sót lại: xoá ".~lock.dang-mo.xlsx#" ' +
        "(đó là tệp ẩn, cùng thư mục) rồi chạy lại. Tệp được giữ nguyên.",
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("an .xlsx that is not a Sổ Thi Đua workbook", async () => {
    const file = path.join(dir, "khac.xlsx");
    const other = XlsxWorkbook.create();
    other.addSheet("Sheet1", null);
    await other.save(file);
    const result = await run("generate", file);
    expect(result.code).toBe(1);
    expect(result.err).toContain('thiếu trang "Cấu hình"');
    expect(result.err).toContain("so-thi-dua init SỔ-MỚI.xlsx --preset MÃ (lệnh này tạo tệp mới, không đụng tới tệp này)");
  });

  test("a bad --today is refused before the file is read, with the usage", async () => {
    const before = readFileSync(demoFile);
    const result = await run("overdue", demoFile, "--today", "31/02/2026");
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe('Ngày "31/02/2026" không hợp lệ; ghi theo ngày/tháng/năm, ví dụ 06/02/2026. Chưa đọc hay ghi tệp nào.');
    expect(result.err).toContain("Cách dùng: so-thi-dua overdue TỆP [--today ngày/tháng/năm]");
    expect(readFileSync(demoFile).equals(before)).toBe(true);
  });

  test("an unknown command", async () => {
    const result = await run("xoa");
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe('Không có lệnh "xoa". Chưa đọc hay ghi tệp nào.');
    expect(result.err).toContain("Các bước");
  });
});
