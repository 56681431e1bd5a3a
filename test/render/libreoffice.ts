// This file runs LibreOffice headless on a saved workbook: recalculated and saved again (what its formulas give), or
// turned into PDF or HTML to look at. Each run has its own profile, so runs side by side don't meet.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

export const SOFFICE = "/usr/bin/soffice";

/** Converts `file` to `format` ("xlsx", "pdf", "html") in a new directory; returns the new file's path. */
export function convert(file: string, format: string): string {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice is missing at ${SOFFICE}: install Debian's libreoffice-calc (apt-get install -y libreoffice-calc).`);
  const out = mkdtempSync(path.join(tmpdir(), "sotd-lo-"));
  const profile = mkdtempSync(path.join(tmpdir(), "sotd-lo-profile-"));
  const run = spawnSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", out, file], { encoding: "utf8", timeout: 120_000 });
  const made = path.join(out, `${path.basename(file, path.extname(file))}.${format.split(":")[0]}`);
  if (!existsSync(made)) throw new Error(`LibreOffice made no ${format} of ${file}: ${run.stderr}`);
  return made;
}

/** Prints one sheet of a saved .xlsx alone, as when an officer prints that sheet: a copy with only it, turned into PDF. */
export async function printSheet(file: string, sheet: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  for (const other of [...book.worksheets]) if (other.name !== sheet) book.removeWorksheet(other.id);
  const alone = path.join(mkdtempSync(path.join(tmpdir(), "sotd-sheet-")), `${path.basename(file, ".xlsx")}-${sheet.replace(/\s+/g, "-")}.xlsx`);
  await book.xlsx.writeFile(alone);
  return convert(alone, "pdf");
}
