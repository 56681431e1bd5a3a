// Prints the demo's Tổng hợp as LibreOffice does (A4 landscape, fit to width) and checks the page a chairman holds:
// the 22 thôn and the commune row whole on the first page under the official heading, the campaign's other sections
// (units, duties, measured targets) after them, the signatures, the page numbers. UPDATE_SCREENSHOTS=1 keeps the pages
// in docs/.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main, type Io } from "../../src/cli/main";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { printSheet } from "./libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-print-"));
const io: Io = { out: () => undefined, err: () => undefined, progress: () => undefined } as Io;

test("the demo's Tổng hợp prints on A4 landscape: heading and every thôn on page 1, the sections and signatures after, at a readable size", async () => {
  const file = path.join(dir, "demo.xlsx");
  expect(await main(["demo", "--out", file], io)).toBe(0);
  const pdf = await printSheet(file, "Tổng hợp");
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  expect(info).toMatch(/Pages:\s+2\n/);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const [first = "", last = ""] = text.split("\f");
  for (const line of ["UBND XÃ MAI HOA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỔNG HỢP KẾT QUẢ THI ĐUA", "Toàn xã", "Trang 1/2"]) {
    expect(first).toContain(line);
  }
  for (let n = 1; n <= 22; n++) expect(first).toContain(`T${String(n).padStart(2, "0")}`);
  expect(text).toMatch(/Đơn vị thi đua[\s\S]*Việc định kỳ[\s\S]*Chỉ tiêu đo lường/);
  for (const line of ["NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN XÃ", "Trang 2/2"]) expect(last).toContain(line);
  // The thôn table's headers are not repeated above the sections on page 2: they would head figures not theirs.
  expect(last).not.toContain("Hộ chỉnh trang");
  // Whole headers, not "Công việc hoàn" cut short; ranks and ids apart, not "19T01".
  expect(text).not.toMatch(/\d+T\d\d/);
  // The text is not shrunk: it prints at its full size. Every text of the tables below wraps inside its merged cell, so
  // nothing runs past the table's right edge for LibreOffice to shrink the page to take in. A word's box is 10 points
  // tall in the thôn table (DejaVu Serif, standing in for the file's Calibri), 9.1 in the Arial below it.
  const sizes = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const heights = [...sizes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Thôn</g)].map((m) => Number(m[2]) - Number(m[1]));
  expect(heights.filter((height) => height >= 10).length).toBeGreaterThanOrEqual(22);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(9);
  // Each duty's name prints whole, wrapped inside its cell (the text read in the order it is printed).
  const raw = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const duty of CHINH_TRANG_2026.duties ?? []) expect(raw).toContain(duty.name);
  if (process.env.UPDATE_SCREENSHOTS) {
    execFileSync("pdftoppm", ["-r", "110", "-png", pdf, path.join(dir, "page")]);
    copyFileSync(path.join(dir, "page-1.png"), path.join(__dirname, "../../docs/tong-hop-in-a4.png"));
    copyFileSync(path.join(dir, "page-2.png"), path.join(__dirname, "../../docs/tong-hop-in-a4-trang-2.png"));
  }
}, 120_000);
