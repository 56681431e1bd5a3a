// Tests `so-thi-dua report`: the demo's report as a .docx read back from its XML (A4, the decree's margins, Times New
// Roman, the borderless heading table, the text), Báo cáo refreshed in the workbook, and what it refuses.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { snapshotFile } from "../helpers";
import { compact } from "../workbook/contract";
import { run } from "./run";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-report-cli-"));
const demoFile = path.join(dir, "demo.xlsx");

beforeAll(async () => {
  expect((await run("demo", "--out", demoFile)).code).toBe(0);
});

/** The parts of a .docx, as Word and LibreOffice read them: XML files in a zip. */
async function parts(file: string): Promise<{ document: string; styles: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = (name: string) => zip.file(name)?.async("string") ?? Promise.resolve("");
  const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name)).map(text));
  return { document: await text("word/document.xml"), styles: await text("word/styles.xml"), headers };
}

/** The text of the document's paragraphs, one line each. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")).filter((t) => t !== "");
}

test("writes the week's report beside the workbook as a .docx in the decree's form, and says what is left to fill in", async () => {
  const file = path.join(dir, "report.xlsx");
  copyFileSync(demoFile, file);
  const result = await run("report", file, "--today", "06/02/2026");
  expect(result.code).toBe(0);
  const docx = path.join(dir, "bao-cao-tuan-2.docx");
  expect(result.all.slice(-2)).toEqual([
    `Đã ghi báo cáo vào "${docx}": mở bằng Word hoặc LibreOffice Writer, điền số văn bản và họ tên người ký, rồi in.`,
    `Đã lưu "${file}".`,
  ]);
  expect(result.out).toContain("Đã lập bảng tổng hợp 22 thôn (tuần 2/3), ghi vào Lịch sử, và lập báo cáo tuần 2 ở trang Báo cáo.");
  const { document, styles, headers } = await parts(docx);
  // A4 (11906 × 16838 twips), portrait; margins 20 mm top and bottom, 30 mm left, 15 mm right.
  expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  // Times New Roman at 14 points (28 half-points) for the body; page numbers from page 2, in the header.
  expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
  expect(document).toContain("<w:titlePg/>");
  expect(headers.some((header) => header.includes("PAGE"))).toBe(true);
  // The heading and the signature: two tables of two columns, with no lines between or around their cells.
  const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);
  expect(tables).toHaveLength(2);
  for (const table of tables) {
    expect(table.match(/<w:gridCol /g)).toHaveLength(2);
    // Its borders and its cells' are "none"; the short rules under the issuing body and the motto are paragraph borders.
    expect(table.replace(/<w:pBdr>[\s\S]*?<\/w:pBdr>/g, "")).not.toMatch(/w:val="single"/);
    expect(table).toMatch(/<w:tblBorders><w:top w:val="none"/);
  }
  const lines = paragraphs(document);
  expect(lines.slice(0, 6)).toEqual(["UBND XÃ MAI HOA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-UBND", "Mai Hoa, ngày 06 tháng 02 năm 2026", "BÁO CÁO"]);
  expect(lines[6]).toMatch(/^Kết quả thực hiện phong trào thi đua chỉnh trang .* tuần 2, tính đến 14 giờ ngày 06\/02\/2026$/);
  expect(lines).toContain("1. Kết quả thực hiện các chỉ tiêu");
  expect(lines.join("\n")).toContain("- Toàn xã có 2.627/3.746 hộ (70,1%) đã chỉnh trang, đạt chỉ tiêu tối thiểu 70%");
  expect(lines.slice(-11)).toEqual([
    "Trên đây là báo cáo kết quả thực hiện tuần 2 của Ủy ban nhân dân xã Mai Hoa./.",
    "Nơi nhận:",
    "- Thường trực Đảng ủy xã (b/c);",
    "- Thường trực HĐND xã (b/c);",
    "- Chủ tịch, các PCT UBND xã;",
    "- Các phòng, ban, đoàn thể xã;",
    "- Các thôn;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
  ]);
  // The same paragraphs as the Báo cáo sheet the command refreshed in the workbook.
  const sheet = compact((await XlsxWorkbook.open(file)).read("Báo cáo")).map((row) => row.filter((cell) => cell !== null).join(" "));
  const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");
  expect(words(sheet.join(" "))).toEqual(expect.arrayContaining(words(lines.find((line) => line.startsWith("- Toàn xã có 2.627")) ?? "x")));
});

test("never writes over a report that is there (the officer may have edited it) unless told to, and leaves the workbook as it was", async () => {
  const file = path.join(dir, "again.xlsx");
  copyFileSync(demoFile, file);
  const out = path.join(dir, "bao-cao.docx");
  expect((await run("report", file, "--today", "06/02/2026", "--out", out)).code).toBe(0);
  const written = statSync(out).mtimeMs;
  const before = await snapshotFile(file);
  const refused = await run("report", file, "--today", "06/02/2026", "--out", out);
  expect(refused.code).toBe(1);
  expect(refused.err).toBe(
    `Tệp "${out}" đã có; báo cáo không ghi đè tệp đó (có thể anh/chị đã sửa nó trong Word). Chọn tên khác, ví dụ --out bao-cao-moi.docx, hoặc thêm --force nếu muốn ghi đè. Chưa ghi tệp nào.`,
  );
  expect(await snapshotFile(file)).toEqual(before);
  expect(statSync(out).mtimeMs).toBe(written);
  expect((await run("report", file, "--today", "06/02/2026", "--out", out, "--force")).code).toBe(0);
});

test("a name that is not .docx is refused before any file is read", async () => {
  const result = await run("report", path.join(dir, "missing.xlsx"), "--out", "bao-cao.pdf");
  expect(result.code).toBe(2);
  expect(result.err.split("\n")[0]).toBe('Tên tệp báo cáo "bao-cao.pdf" phải có đuôi .docx. Chưa đọc hay ghi tệp nào.');
  expect(existsSync(path.join(dir, "bao-cao.pdf"))).toBe(false);
});

test("before the campaign starts there is no week to report: nothing is written but the check", async () => {
  const file = path.join(dir, "early.xlsx");
  copyFileSync(demoFile, file);
  const result = await run("report", file, "--today", "20/01/2026", "--out", path.join(dir, "early.docx"));
  expect(result.code).toBe(1);
  expect(result.err).toMatch(/^Phong trào bắt đầu ngày 26\/01\/2026: chưa đến tuần báo cáo nào/);
  expect(existsSync(path.join(dir, "early.docx"))).toBe(false);
});
