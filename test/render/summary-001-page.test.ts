// Prints preset 001's Tổng hợp on its first day as LibreOffice does and checks what a chairman reads below the thôn
// table: every organisation, duty, measured target and leader whole in its table, each text wrapped inside its cell.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { vietnamInstant } from "../../src/domain/dates";
import { NTM_NANG_CAO_2024 } from "../../src/domain/presets/ntm-nang-cao-2024";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { setCutoff } from "../helpers";
import { compact } from "../workbook/contract";
import { printSheet } from "./libreoffice";

test("001's Tổng hợp prints every text of its tables whole, each wrapped inside its own column", async () => {
  const workbook = XlsxWorkbook.create();
  startFromPreset(workbook, NTM_NANG_CAO_2024);
  setCutoff(workbook, "Thứ Sáu", "16:00");
  compileCampaignSummary(workbook, vietnamInstant("2024-03-01", 9 * 60));
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sotd-001-")), "001.xlsx");
  await workbook.save(file);
  const pdf = await printSheet(file, "Tổng hợp");
  // The text in the order it is printed: a cell's wrapped lines follow one another, so a name reads whole.
  const raw = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  const names = [
    ...(NTM_NANG_CAO_2024.duties ?? []).map((duty) => duty.name),
    ...(NTM_NANG_CAO_2024.measures ?? []).map((measure) => measure.name),
    "Đồng chí Nguyễn Thị Lan – Khuyến nông xã (cơ quan thường trực)",
    "Chưa xếp hạng: chưa có việc xong hay quá hạn",
  ];
  expect(names.length).toBeGreaterThan(12);
  for (const name of names) expect(raw).toContain(name);
  // Every organisation on Tổng hợp prints whole too (the sheet's own texts, as written).
  const sheet = compact(workbook.read("Tổng hợp"));
  const ownersHeader = sheet.findIndex((row) => row.includes("Phòng, ban, đoàn thể"));
  const organisations = sheet.slice(ownersHeader + 1).flatMap((row) => (row[0] === null && typeof row[2] === "string" ? [row[2]] : [])).slice(0, 5);
  expect(organisations.length).toBe(5);
  for (const name of organisations) expect(raw).toContain(name);
}, 120_000);
