// Prints the demo's Tổng hợp as LibreOffice does (A4 landscape, fit to width) and checks the page a chairman holds:
// one page for 22 thôn, the official heading, the signatures, the page number. UPDATE_SCREENSHOTS=1 keeps it in docs/.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main, type Io } from "../../src/cli/main";
import { printSheet } from "./libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-print-"));
const io: Io = { out: () => undefined, err: () => undefined, progress: () => undefined } as Io;

test("the demo's Tổng hợp prints on one A4 landscape page, heading to signatures, at a readable size", async () => {
  const file = path.join(dir, "demo.xlsx");
  expect(await main(["demo", "--out", file], io)).toBe(0);
  const pdf = await printSheet(file, "Tổng hợp");
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  for (const line of ["UBND XÃ MAI HOA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỔNG HỢP KẾT QUẢ THI ĐUA", "NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN XÃ", "Trang 1/1"]) {
    expect(text).toContain(line);
  }
  // Whole headers, not "Công việc hoàn" cut short; ranks and ids apart, not "19T01".
  expect(text).not.toMatch(/\d+T\d\d/);
  // The text is not shrunk to a footnote: the table's body is set at 8 points or more.
  const sizes = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const heights = [...sizes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Thôn</g)].map((m) => Number(m[2]) - Number(m[1]));
  expect(heights.length).toBeGreaterThan(10);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(8);
  if (process.env.UPDATE_SCREENSHOTS) {
    execFileSync("pdftoppm", ["-r", "110", "-png", "-singlefile", pdf, path.join(dir, "page")]);
    copyFileSync(path.join(dir, "page.png"), path.join(__dirname, "../../docs/tong-hop-in-a4.png"));
  }
}, 120_000);
