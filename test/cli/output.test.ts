// Tests what the commands print: check lists the problems themselves, the outcome comes before "Đã lưu", and the demo asks before overwriting.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { PROBLEMS_SHOWN, problemLines } from "../../src/cli/commands";
import type { DataProblem } from "../../src/domain/problems";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { withVillagesNamed } from "../helpers";
import { run } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-output-"));
const book = path.join(dir, "so.xlsx");

// Plan 000's book as `init` makes it, with its thôn named "Thôn 1" … "Thôn 22" before the tabs are made, as an officer
// names them (the preset leaves "(cần ghi tên)"): these tests are about the printing, not the names.
beforeAll(async () => {
  const workbook = XlsxWorkbook.create();
  expect(startFromPreset(workbook, withVillagesNamed(CHINH_TRANG_2026)).ok).toBe(true);
  await workbook.save(book);
});

async function edited(name: string, change: (workbook: XlsxWorkbook) => void): Promise<string> {
  const file = path.join(dir, name);
  const workbook = await XlsxWorkbook.open(book);
  change(workbook);
  await workbook.save(file);
  return file;
}

test("init says what it made, then the next step, then that it saved", async () => {
  const file = path.join(dir, "moi.xlsx");
  const result = await run("init", file, "--preset", "chinh-trang-2026");
  expect(result.code).toBe(0);
  expect(result.all.slice(-2)).toEqual([
    `Tiếp theo: mở sổ bằng Excel hoặc LibreOffice, điền trang Danh sách thôn, lưu và đóng tệp, rồi chạy: so-thi-dua generate "${file}"`,
    `Đã lưu "${file}".`,
  ]);
});

describe("check prints the problems themselves", () => {
  test("each as the action wrote it (place, what is wrong, how to fix it), then 'Đã lưu' last", async () => {
    const file = await edited("x.xlsx", (wb) => wb.write("Thôn 1", 16, 3, [["x"]]));
    const result = await run("check", file, "--today", "06/02/2026");
    expect(result.code).toBe(0);
    expect(result.err).toBe("");
    // The "x", and the owner plan 000 leaves to fill on Chỉ tiêu đo lường (the smart village's; Cần bổ sung), listed first.
    expect(result.all[0]).toMatch(/^Đã kiểm tra 22 thôn: .*2 lỗi dữ liệu\.$/);
    expect(result.all.slice(1)).toEqual([
      expect.stringMatching(/^ {2}Chỉ tiêu đo lường, ô I5: Cần bổ sung/),
      '  Thôn 1, ô C16: "x" không phải ô đánh dấu. Cách sửa: Chỉ đánh dấu (✓) hoặc bỏ đánh dấu ô này; không gõ chữ.',
      `Đã lưu "${file}".`,
    ]);
  });

  test("a problem on Danh sách thôn names its thôn in brackets, as Lỗi dữ liệu does", async () => {
    const file = await edited("so-ho.xlsx", (wb) => {
      const grid = wb.read("Danh sách thôn");
      const header = grid.findIndex((cells) => cells.includes("Số hộ"));
      const col = (grid[header] as unknown[]).indexOf("Số hộ");
      const row = grid.findIndex((cells) => cells.includes("Thôn 1"));
      wb.write("Danh sách thôn", row + 1, col + 1, [["ba trăm"]]);
    });
    const result = await run("check", file, "--today", "06/02/2026");
    expect(result.out.split("\n")).toContainEqual(expect.stringMatching(/^ {2}Danh sách thôn \(Thôn 1\), ô [A-Z]+\d+: "ba trăm" không phải một số đếm hợp lệ\. Cách sửa: /));
  });

  test(`the first ${PROBLEMS_SHOWN}, then how many more`, async () => {
    const file = await edited("nhieu-loi.xlsx", (wb) => wb.write("Thôn 1", 16, 3, Array.from({ length: 30 }, () => ["x"])));
    const result = await run("check", file, "--today", "06/02/2026");
    const lines = result.out.split("\n");
    const total = Number(/, (\d+) lỗi dữ liệu\.$/.exec(lines[0] as string)?.[1]);
    expect(total).toBeGreaterThan(PROBLEMS_SHOWN);
    expect(lines.slice(1, 1 + PROBLEMS_SHOWN).every((line) => line.startsWith("  Thôn 1, ô C") || line.startsWith("  Chỉ tiêu đo lường, ô I"))).toBe(true);
    expect(lines[1 + PROBLEMS_SHOWN]).toBe(`  … và ${total - PROBLEMS_SHOWN} lỗi khác (xem đủ ở trang "Lỗi dữ liệu").`);
    expect(lines.slice(2 + PROBLEMS_SHOWN)).toEqual([`Đã lưu "${file}".`]);
  });

  test("counts are written the Vietnamese way (1.230, not 1230)", () => {
    const problems: DataProblem[] = Array.from({ length: 1250 }, (_, i) => ({ sheet: "Thôn 1", cell: `C${16 + i}`, message: "Sai.", fix: "" }));
    const lines = problemLines(problems);
    expect(lines).toHaveLength(PROBLEMS_SHOWN + 1);
    expect(lines[0]).toBe("  Thôn 1, ô C16: Sai.");
    expect(lines[PROBLEMS_SHOWN]).toBe('  … và 1.230 lỗi khác (xem đủ ở trang "Lỗi dữ liệu").');
  });
});

test("a broken Cấu hình: the errors first, each with its cell, and 'Đã lưu' last", async () => {
  const file = await edited("cau-hinh.xlsx", (wb) => {
    const grid = wb.read("Cấu hình");
    const row = grid.findIndex((cells) => cells.includes("Ngày bắt đầu"));
    const col = (grid[row] as unknown[]).indexOf("Ngày bắt đầu");
    wb.write("Cấu hình", row + 1, col + 2, [["sau Tết"]]);
  });
  for (const command of ["generate", "overdue", "check", "summary"]) {
    const errors = await run(command, file, ...(command === "generate" ? [] : ["--today", "06/02/2026"]));
    expect(errors.code).toBe(1);
    expect(errors.all[0]).toMatch(/^Cấu hình có 1 lỗi, cần sửa trước khi chạy tiếp/);
    expect(errors.all[1]).toMatch(/^ {2}Cấu hình, ô B\d+: /);
    expect(errors.all.at(-1)).toBe(`Đã lưu "${file}".`);
  }
});

describe("the demo asks before overwriting", () => {
  test("an existing file is refused, named, with --out and --force suggested; --force writes it", async () => {
    const file = path.join(dir, "so-thi-dua-demo.xlsx");
    writeFileSync(file, "sổ của tôi");
    const refused = await run("demo", "--out", file);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe("");
    expect(refused.err).toBe(
      `Tệp "${file}" đã có; sổ mẫu không ghi đè tệp đó. Chọn tên khác, ví dụ: so-thi-dua demo --out so-mau-2.xlsx, ` +
        "hoặc thêm --force nếu muốn ghi đè. Chưa ghi tệp nào.",
    );
    expect(readFileSync(file, "utf8")).toBe("sổ của tôi");
    const forced = await run("demo", "--out", file, "--force");
    expect(forced.code).toBe(0);
    expect(forced.all.at(-1)).toBe(`Đã lưu "${file}".`);
    expect((await XlsxWorkbook.open(file)).sheets().length).toBeGreaterThan(22);
  });

  test("a name other than .xlsx is refused", async () => {
    const file = path.join(dir, "mau.ods");
    const result = await run("demo", "--out", file);
    expect(result.code).toBe(2);
    expect(existsSync(file)).toBe(false);
  });

  test("the table and the outcome come before 'Đã lưu'", async () => {
    const file = path.join(dir, "mau.xlsx");
    const result = await run("demo", "--out", file);
    expect(result.all[0]).toMatch(/^TỔNG HỢP: /);
    expect(result.all.slice(-3)).toEqual([
      "Đã lập bảng tổng hợp 22 thôn (tuần 2/3) và ghi vào Lịch sử.",
      // The demo's six, and plan 000's measured target whose owner is left to fill (the smart village).
      `Có 7 lỗi dữ liệu: xem trang "Lỗi dữ liệu", hoặc chạy so-thi-dua check "${file}" để in ra.`,
      `Đã lưu "${file}".`,
    ]);
  });
});
