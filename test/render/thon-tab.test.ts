// Renders a thôn tab as LibreOffice draws it, and checks what a thôn head sees: on a phone's first screen (390 px) the
// KPI labels, each a link into the tab, with the thôn's own figures; and ticks that look like ticks, not TRUE/FALSE.
// UPDATE_SCREENSHOTS=1 keeps the pictures in docs/.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { generateTabs } from "../../src/actions/generate-tabs";
import { setUpWorkbook } from "../../src/actions/set-up";
import { main, type Io } from "../../src/cli/main";
import { VILLAGE_TAB } from "../../src/domain/layout/sheets";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { smallPreset } from "../helpers";
import { convert } from "./libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-tab-render-"));
const io: Io = { out: () => undefined, err: () => undefined, progress: () => undefined } as Io;
const DOCS = path.join(__dirname, "../../docs");
/** PDF points per CSS pixel: a page rendered at 96 dpi has 96 pixels to the inch, 72 points. */
const PT = 72 / 96;

/** ExcelJS's own zip library, to change one part of a saved file. */
const JSZip = require(require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs"))] })) as {
  loadAsync(data: Buffer): Promise<{ file(name: string): { async(type: "string"): Promise<string> }; file(name: string, data: string): void; generateAsync(options: { type: "nodebuffer" }): Promise<Buffer> }>;
};

/** The 1-based pages of a PDF whose text includes `text`. */
function pagesWith(pdf: string, text: string): number[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  return Array.from({ length: pages }, (_, i) => i + 1).filter((page) => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).includes(text));
}

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

function words(pdf: string, page: number): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[4] as string,
    xMin: Number(m[1]),
    xMax: Number(m[2]),
    yMax: Number(m[3]),
  }));
}

/** The link areas LibreOffice put in a PDF: where each starts, whether it jumps inside the document, or its address. */
function links(pdf: string): Array<{ x1: number; inside: boolean; uri: string }> {
  const text = readFileSync(pdf, "latin1");
  return [...text.matchAll(/\/Subtype\/Link[^]*?\/Rect\[([\d. ]+)\]([^]*?)endobj/g)].map((m) => ({
    x1: Number((m[1] as string).trim().split(/\s+/)[0]),
    inside: (m[2] as string).includes("/Dest["),
    uri: decodeURIComponent(/\/URI\(([^)]*)\)/.exec(m[2] as string)?.[1] ?? ""),
  }));
}

test("on a phone's first screen (390 px) a head sees the KPI labels, each a link to its table, beside the tab's own figures", async () => {
  const file = path.join(dir, "demo.xlsx");
  expect(await main(["demo", "--out", file], io)).toBe(0);
  // Thôn 6 of the demo has an "x" in a tick column, which the compile found.
  const workbook = await XlsxWorkbook.open(file);
  const sheet = "Thôn 6";
  for (const ws of workbook.book.worksheets) {
    if (ws.name !== sheet) ws.state = "hidden";
    else {
      // The screen, not the printed page: the tab at its own size from its top-left corner, grid lines drawn.
      ws.pageSetup = { paperSize: 9, orientation: "portrait", fitToPage: false, scale: 100, showGridLines: true, margins: { left: 0, right: 0, top: 0, bottom: 0, header: 0, footer: 0 } } as ExcelJS.PageSetup;
      ws.headerFooter = {} as ExcelJS.HeaderFooter;
    }
  }
  // Column widths in a file count characters of its default font, Calibri, which this machine lacks: with Liberation
  // Sans 10 (Arial's widths, Google Sheets' default font) LibreOffice draws the columns at the pixels Sheets gives them.
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.book.xlsx.writeBuffer()));
  const styles = await zip.file("xl/styles.xml").async("string");
  expect(styles).toContain('<sz val="11"/><name val="Calibri"/>');
  zip.file("xl/styles.xml", styles.replace('<sz val="11"/><name val="Calibri"/>', '<sz val="10"/><name val="Liberation Sans"/>'));
  const phone = path.join(dir, "phone.xlsx");
  writeFileSync(phone, await zip.generateAsync({ type: "nodebuffer" }));
  const pdf = convert(phone, "pdf");
  const page = pagesWith(pdf, "THÔN 6:")[0] as number;
  const screen = 390 * PT;
  const onPage = words(pdf, page);
  const leftOf = (text: string) => onPage.filter((word) => word.text === text && word.xMax <= screen).length;
  // Labels of the three indicators, tasks and data problems, and the figures' header, are on the first screen.
  for (const label of ["Hộ", "Vườn", "Cụm", "Công", "Ô", "Đạt", "Chỉ"]) expect({ label, onScreen: leftOf(label) > 0 }).toEqual({ label, onScreen: true });
  // Each label is a link on the first screen, none an outside address; LibreOffice resolves "#A14" to a place in the
  // file (its PDF export makes the households' and gardens' links jumps; a target on a page it splits stays unresolved).
  const labelLinks = links(pdf).filter((link) => link.x1 < screen);
  expect(labelLinks).toHaveLength(6);
  expect(labelLinks.slice(0, 2).map((link) => link.inside)).toEqual([true, true]);
  expect(labelLinks.every((link) => link.inside || link.uri === "" || link.uri.startsWith("#"))).toBe(true);
  // The rows that stay (1–15) take under half of an 844-pixel screen.
  const headers = onPage.find((word) => word.text === "STT");
  expect(headers && headers.yMax / PT).toBeLessThan(844 / 2);
  expect(VILLAGE_TAB.headerRow).toBe(15);
  execFileSync("pdftoppm", ["-r", "96", "-png", "-singlefile", "-f", String(page), "-l", String(page), "-x", "0", "-y", "0", "-W", "390", "-H", "844", pdf, path.join(dir, "phone")]);
  if (process.env.UPDATE_SCREENSHOTS) copyFileSync(path.join(dir, "phone.png"), path.join(DOCS, "tab-thon-dien-thoai.png"));
}, 180_000);

test("in LibreOffice a tick reads ✓ and no tick reads blank, also in a file the CLI opened and saved again; an x stays an x", async () => {
  const workbook = XlsxWorkbook.create();
  setUpWorkbook(workbook, smallPreset());
  generateTabs(workbook);
  workbook.write("Thôn 2", 16, 2, [["Hộ A", true, false, true], ["Hộ B", false, false, false], ["Hộ C", 1, "x", 0], ["Hộ D", true, true, true]]);
  workbook.write("Thôn 2", 16, 14, [["Vườn 1", true], ["Vườn 2", false], ["Vườn 3", 1]]);
  const file = path.join(dir, "ticks.xlsx");
  await workbook.save(file);
  // Another command's run: opened and saved again, as check, overdue and summary do.
  const again = await XlsxWorkbook.open(file);
  for (const ws of [...again.book.worksheets]) if (ws.name !== "Thôn 2") again.book.removeWorksheet(ws.id);
  const alone = path.join(dir, "ticks-again.xlsx");
  await again.save(alone);
  const pdf = convert(alone, "pdf");
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  expect(text).not.toMatch(/TRUE|FALSE|\[object/);
  // Ticks: Hộ A 2, Hộ C 1 (a typed 1), Hộ D 3, Vườn 1 and 3; renovated: Hộ A, C, D; and the tab's own line "Đánh dấu ✓".
  expect(text.split("✓").length - 1).toBe(2 + 1 + 3 + 2 + 3 + 1);
  const line = (name: string) => text.split("\n").find((l) => l.includes(name)) ?? "";
  expect([line("Hộ A"), line("Hộ B"), line("Hộ C")].map((l) => (l.match(/✓/g) ?? []).length)).toEqual([3, 0, 2]);
  expect(line("Hộ C")).toMatch(/ x /);
  if (process.env.UPDATE_SCREENSHOTS) {
    const page = pagesWith(pdf, "Hộ A")[0] as number;
    execFileSync("pdftoppm", ["-r", "200", "-png", "-singlefile", "-f", String(page), "-l", String(page), pdf, path.join(dir, "ticks")]);
    copyFileSync(path.join(dir, "ticks.png"), path.join(dir, "ticks-page.png"));
  }
}, 180_000);
