// Tests what the CLI says about files it must not touch: other spreadsheet formats, and files open (or once open) elsewhere.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { run } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-files-"));
const book = path.join(dir, "so.xlsx");

beforeAll(async () => {
  expect((await run("init", book, "--preset", "chinh-trang-2026")).code).toBe(0);
});

const SAVE_AS =
  'Mở tệp bằng LibreOffice hoặc Excel, chọn Tệp ▸ Lưu thành… (File ▸ Save As…), chọn kiểu .xlsx ("Excel 2007-365 (.xlsx)" trong LibreOffice, ' +
  '"Sổ làm việc Excel (*.xlsx)" trong Excel), lưu, rồi chạy lại lệnh với tệp .xlsx đó. Tệp này được giữ nguyên.';

/** The start of an .ods: a zip whose first, stored entry is `mimetype`. */
const ODS = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]), Buffer.alloc(20), Buffer.from("mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK")]);
const XLS = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

describe("a spreadsheet in another format is told to be saved as .xlsx, not to start a new book", () => {
  test.each([
    ["tuan-6.ods", ODS, "LibreOffice (.ods)"],
    ["tuan-6.xls", XLS, "Excel 97–2003 (.xls)"],
    ["tuan-6.csv", Buffer.from("Thôn,Số hộ\nThôn 1,120\n"), "văn bản CSV (.csv)"],
    ["doi-ten.xlsx", ODS, "LibreOffice (.ods)"],
    ["doi-ten-cu.xlsx", XLS, "Excel 97–2003 (.xls)"],
  ])("%s", async (name, content, kind) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    for (const command of ["generate", "check", "overdue", "summary"]) {
      const result = await run(command, file);
      expect(result.code).toBe(1);
      expect(result.err).toBe(`Tệp "${file}" là tệp ${kind}; so-thi-dua chỉ đọc tệp .xlsx. ${SAVE_AS}`);
      expect(result.err).not.toContain("init");
      expect(readFileSync(file).equals(content)).toBe(true);
    }
  });
});

describe("a lock file beside the book names itself and says it can be deleted when left over", () => {
  test.each([
    [".~lock.so.xlsx#", "LibreOffice"],
    ["~$so.xlsx", "Excel"],
  ])("%s (%s)", async (lockName, program) => {
    const lock = path.join(dir, lockName);
    writeFileSync(lock, "");
    const before = readFileSync(book);
    const result = await run("summary", book, "--today", "06/02/2026");
    rmSync(lock);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe(
      `Tệp "${book}" đang mở trong ${program}: bên cạnh nó có tệp khoá "${lockName}". Đóng tệp trong ${program} rồi chạy lại. ` +
        `Nếu tệp không mở ở đâu cả (chẳng hạn ${program} đã bị tắt đột ngột), tệp khoá này còn sót lại: xoá "${lockName}" ` +
        "(đó là tệp ẩn, cùng thư mục) rồi chạy lại. Tệp được giữ nguyên.",
    );
    expect(readFileSync(book).equals(before)).toBe(true);
    expect((await run("summary", book, "--today", "06/02/2026")).code).toBe(0);
  });

  test("demo --force does not write over a book open elsewhere", async () => {
    const file = path.join(dir, "mau.xlsx");
    copyFileSync(book, file);
    writeFileSync(path.join(dir, ".~lock.mau.xlsx#"), "");
    const result = await run("demo", "--out", file, "--force");
    expect(result.code).toBe(1);
    expect(result.err).toContain('tệp khoá ".~lock.mau.xlsx#"');
    expect(readFileSync(file).equals(readFileSync(book))).toBe(true);
  });
});
