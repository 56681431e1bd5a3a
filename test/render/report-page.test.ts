// Prints the demo's weekly report as LibreOffice does, from the .docx and from the Báo cáo sheet, and checks the page a
// chairman signs: A4 portrait inside the decree's margins, the heading blocks whole, the body at 13 points or more, the
// closing line on the signers' page. UPDATE_SCREENSHOTS=1 keeps the .docx's first page as docs/bao-cao-tuan.png.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { draftWeeklyReport } from "../../src/actions/weekly-report";
import { DEMO_NOW, main, type Io } from "../../src/cli/main";
import { reportDocx } from "../../src/cli/report-docx";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { convert, printSheet } from "./libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-report-print-"));
const io: Io = { out: () => undefined, err: () => undefined, progress: () => undefined } as Io;
const file = path.join(dir, "demo.xlsx");
const docx = path.join(dir, "bao-cao-tuan-2.docx");

/** The demo's report at its own moment (10:00 Friday 06/02/2026), as `so-thi-dua report` writes it. */
beforeAll(async () => {
  expect(await main(["demo", "--out", file], io)).toBe(0);
  const report = draftWeeklyReport(await XlsxWorkbook.open(file), DEMO_NOW).report;
  if (report === undefined) throw new Error("no report");
  writeFileSync(docx, await reportDocx(report));
}, 60_000);

/** One millimetre in PDF points. */
const MM = 72 / 25.4;
const A4 = { width: 595.3, height: 841.9 };

interface Word {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Every word of the PDF with its page and box, in points from the page's top left. */
function words(pdf: string): Word[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const found: Word[] = [];
  for (const [i, page] of xml.split("<page ").slice(1).entries()) {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      found.push({ page: i + 1, text: m[5] as string, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) });
    }
  }
  return found;
}

function pageText(pdf: string, page: number): string {
  return execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
}

test("the .docx prints on A4 portrait within the decree's margins, heading whole, body at 14 points, closing with the signers", () => {
  const pdf = convert(docx, "pdf");
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const first = pageText(pdf, 1);
  for (const line of ["UBND XÃ MAI HOA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-UBND", "Mai Hoa, ngày 06 tháng 02 năm 2026", "BÁO CÁO"]) {
    expect(first).toContain(line);
  }
  const all = words(pdf);
  // Left 30 mm, right 15 mm, top 20 mm; the page number of page 2 onwards sits in the top margin.
  const body = all.filter((w) => !(w.page > 1 && w.yMax < 20 * MM));
  expect(Math.min(...body.map((w) => w.xMin))).toBeGreaterThanOrEqual(30 * MM - 1);
  expect(Math.max(...body.map((w) => w.xMax))).toBeLessThanOrEqual(A4.width - 15 * MM + 1);
  expect(Math.min(...body.map((w) => w.yMin))).toBeGreaterThanOrEqual(20 * MM - 1);
  expect(Math.max(...body.map((w) => w.yMax))).toBeLessThanOrEqual(A4.height - 20 * MM + 1);
  // The body's words are set at 14 points: Liberation Serif's box is about 1.15 times the size.
  const toan = all.filter((w) => w.text === "Toàn");
  expect(toan.length).toBeGreaterThanOrEqual(3);
  for (const w of toan) expect(w.yMax - w.yMin).toBeGreaterThanOrEqual(14 * 1.1);
  if (pages > 1) expect(pageText(pdf, 2).trim().split("\n")[0]?.trim()).toBe("2");
  // The closing line is never left alone on a page without the signers.
  const signers = all.find((w) => w.text === "TM.");
  const closing = all.find((w) => w.text === "./." || w.text.endsWith("./."));
  expect(signers?.page).toBe(closing?.page);
  expect(pageText(pdf, pages)).toContain("PHÓ CHỦ TỊCH");
  if (process.env.UPDATE_SCREENSHOTS) {
    execFileSync("pdftoppm", ["-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(dir, "page")]);
    copyFileSync(path.join(dir, "page.png"), path.join(__dirname, "../../docs/bao-cao-tuan.png"));
  }
}, 120_000);

test("the Báo cáo sheet of the .xlsx prints on A4 portrait with every line inside the page, heading to signers", async () => {
  const pdf = await printSheet(file, "Báo cáo");
  expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  for (const line of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "1. Kết quả thực hiện các chỉ tiêu", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"]) {
    expect(text).toContain(line);
  }
  const all = words(pdf).filter((w) => !/^Trang$|^\d+\/\d+$/.test(w.text));
  expect(Math.min(...all.map((w) => w.xMin))).toBeGreaterThanOrEqual(30 * MM - 1);
  expect(Math.max(...all.map((w) => w.xMax))).toBeLessThanOrEqual(A4.width - 15 * MM + 1);
  // Fit to the page's width, LibreOffice shrinks the 13-point text a little (its column widths run wider than Excel's);
  // it stays readable, above 11 points.
  for (const w of all.filter((x) => x.text === "Toàn")) expect(w.yMax - w.yMin).toBeGreaterThanOrEqual(11 * 1.1);
}, 120_000);
