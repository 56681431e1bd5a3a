// Tests the command line itself: help, version, and every wrong option or argument refused before a file is read.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { COMMANDS } from "../../src/cli/commands";
import { PRESETS } from "../../src/domain/presets";
import { run } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-options-"));
const file = path.join(dir, "so.xlsx");
let original: Buffer;

beforeAll(async () => {
  expect((await run("init", file, "--preset", "chinh-trang-2026")).code).toBe(0);
  original = readFileSync(file);
});

const SUMMARY_USAGE = "Cách dùng: so-thi-dua summary TỆP [--today ngày/tháng/năm]";

describe("a wrong command line is refused with exit 2, a Vietnamese message and the command's usage; the file is not touched", () => {
  test.each([
    [["summary", "so.xlsx", "--todya", "06/02/2026"], 'Lệnh summary không có tuỳ chọn "--todya". Chưa đọc hay ghi tệp nào.', SUMMARY_USAGE],
    [["summary", "--todya=06/02/2026", "so.xlsx"], 'Lệnh summary không có tuỳ chọn "--todya". Chưa đọc hay ghi tệp nào.', SUMMARY_USAGE],
    [["generate", "so.xlsx", "-x"], 'Lệnh generate không có tuỳ chọn "-x". Chưa đọc hay ghi tệp nào.', "Cách dùng: so-thi-dua generate TỆP"],
    [["generate", "so.xlsx", "--today", "06/02/2026"], 'Lệnh generate không có tuỳ chọn "--today". Chưa đọc hay ghi tệp nào.', "Cách dùng: so-thi-dua generate TỆP"],
    [["summary", "so.xlsx", "--today"], "Tuỳ chọn --today cần một giá trị ngay sau nó: --today ngày/tháng/năm. Chưa đọc hay ghi tệp nào.", SUMMARY_USAGE],
    [["summary", "--today", "--help", "so.xlsx"], "Tuỳ chọn --today cần một giá trị ngay sau nó: --today ngày/tháng/năm. Chưa đọc hay ghi tệp nào.", SUMMARY_USAGE],
    [["summary", "so.xlsx", "--today", "06/02/2026", "--today", "13/02/2026"], "Tuỳ chọn --today được ghi hai lần; chỉ ghi một lần. Chưa đọc hay ghi tệp nào.", SUMMARY_USAGE],
    [["demo", "--force=yes"], "Tuỳ chọn --force không nhận giá trị. Chưa đọc hay ghi tệp nào.", "Cách dùng: so-thi-dua demo [--out TỆP] [--force]"],
    [
      ["summary", "so", "thi", "dua.xlsx"],
      'Thừa "thi". Nếu tên tệp có dấu cách, đặt cả tên trong ngoặc kép, ví dụ "so thi dua.xlsx". Chưa đọc hay ghi tệp nào.',
      SUMMARY_USAGE,
    ],
    [["presets", "thua"], 'Thừa "thua". Nếu tên tệp có dấu cách, đặt cả tên trong ngoặc kép, ví dụ "so thi dua.xlsx". Chưa đọc hay ghi tệp nào.', "Cách dùng: so-thi-dua presets"],
    [["check"], "Thiếu tên tệp .xlsx. Chưa đọc hay ghi tệp nào.", "Cách dùng: so-thi-dua check TỆP [--today ngày/tháng/năm]"],
    [["summary", "so.xlsx", "--today", "2026-02-06"], 'Ngày "2026-02-06" không hợp lệ; ghi theo ngày/tháng/năm, ví dụ 06/02/2026. Chưa đọc hay ghi tệp nào.', SUMMARY_USAGE],
  ])("%j", async (argv, message, usage) => {
    const args = argv.map((arg) => (arg === "so.xlsx" ? file : arg));
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    const lines = result.err.split("\n");
    expect(lines[0]).toBe(message);
    expect(lines).toContain(usage);
    expect(result.err).toContain("-h, --help");
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  test("an unknown command repeats the general usage", async () => {
    const result = await run("tong-hop", file);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe('Không có lệnh "tong-hop". Chưa đọc hay ghi tệp nào.');
    expect(result.err).toContain("Các lệnh:");
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  test("a name every object has is no command", async () => {
    expect((await run("toString")).code).toBe(2);
    expect((await run("constructor")).code).toBe(2);
  });
});

describe("help and version", () => {
  test("the general usage shows the steps in order, then every command, with dates as ngày/tháng/năm", async () => {
    for (const argv of [[], ["--help"], ["-h"], ["help"]]) {
      const result = await run(...argv);
      expect(result.code).toBe(0);
      const usage = result.out;
      const steps = ["1. so-thi-dua init", "2. Mở sổ", "Danh sách thôn", "3. so-thi-dua generate", "4. Mỗi kỳ báo cáo (tuần, tháng, quý hoặc năm", "so-thi-dua overdue", "so-thi-dua check", "5. Trước giờ chốt của kỳ: so-thi-dua summary"];
      const at = steps.map((step) => usage.indexOf(step));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      for (const command of Object.values(COMMANDS)) expect(usage).toContain(`  ${command.words.usage}\n      ${command.words.about}`);
      expect(usage).toContain("ngày/tháng/năm, ví dụ 06/02/2026");
      expect(usage).not.toMatch(/dd\/MM|yyyy/);
    }
  });

  test("`summary --help` and `-h` print that command's usage and options and read nothing", async () => {
    const missing = path.join(dir, "khong-co.xlsx");
    const help = await run("summary", missing, "--help");
    expect(help.code).toBe(0);
    expect(help.err).toBe("");
    expect(help.out).toBe(
      [
        SUMMARY_USAGE,
        "Kiểm tra, lập bảng Tổng hợp, ghi số liệu tuần vào Lịch sử và in bảng tổng hợp.",
        "",
        "Tuỳ chọn:",
        "  --today ngày/tháng/năm   tính như vào ngày này, ví dụ --today 06/02/2026 (mặc định: hôm nay, giờ Việt Nam)",
        "  -h, --help               xem hướng dẫn lệnh này",
      ].join("\n"),
    );
    expect((await run("summary", "-h")).out).toBe(help.out);
    expect((await run("help", "summary")).out).toBe(help.out);
    expect(existsSync(missing)).toBe(false);
  });

  test("every command has its help, listing its options", async () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const result = await run(name, "--help");
      expect(result.code).toBe(0);
      expect(result.out.split("\n")[0]).toBe(`Cách dùng: ${command.words.usage}`);
      for (const option of Object.values(command.options)) expect(result.out).toContain(option.words[0]);
    }
    expect((await run("demo", "--help")).out).toContain("  --force      ghi đè nếu tệp đã có");
  });

  test("--version prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect(await run("--version")).toMatchObject({ code: 0, out: `so-thi-dua ${version}`, err: "" });
  });
});

describe("init needs a preset", () => {
  test("without --preset it lists every preset (id and name), says how to choose one, and writes nothing", async () => {
    const target = path.join(dir, "moi.xlsx");
    const result = await run("init", target);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    const lines = result.err.split("\n");
    expect(lines[0]).toBe(
      `Chưa chọn kế hoạch mẫu. Thêm --preset và mã của một kế hoạch, ví dụ: so-thi-dua init "${target}" --preset chinh-trang-2026 ` +
        "(hoặc --preset trong để bắt đầu từ sổ trống). Chưa ghi tệp nào. Các kế hoạch mẫu:",
    );
    expect(lines.slice(1)).toEqual(PRESETS.map((p) => `  ${p.id.padEnd(22)}  ${p.name}`));
    expect(existsSync(target)).toBe(false);
  });

  test("a name other than .xlsx is refused, so no .xlsx is written under another name", async () => {
    const target = path.join(dir, "moi.ods");
    const result = await run("init", target, "--preset", "trong");
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe(`Tên tệp "${target}" phải có đuôi .xlsx. Chưa đọc hay ghi tệp nào.`);
    expect(existsSync(target)).toBe(false);
  });
});
