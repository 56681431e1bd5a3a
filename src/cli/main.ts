// This file is the `so-thi-dua` command: the five use cases (and a demo) on a local .xlsx file.
import { existsSync } from "node:fs";
import * as path from "node:path";
import { compileCampaignSummary } from "../actions/compile-summary";
import { checkCampaign } from "../actions/check";
import { fillSampleRegister, fillSampleTabs } from "../actions/fill-sample-data";
import { generateTabs } from "../actions/generate-tabs";
import { markOverdue } from "../actions/mark-overdue";
import type { ActionResult, Progress } from "../actions/result";
import { setUpWorkbook } from "../actions/set-up";
import { startFromPreset } from "../actions/start-from-preset";
import { parseDisplayDate, vietnamInstant } from "../domain/dates";
import { CLI } from "../domain/messages";
import { CHINH_TRANG_2026 } from "../domain/presets/chinh-trang-2026";
import { PRESETS, findPreset } from "../domain/presets";
import { SHEET_KEYS } from "../domain/layout/sheets";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { sheetByKey } from "../workbook/workbook";
import { summaryTable } from "./summary-table";

/** The demo's clock: Friday 06/02/2026, 10:00 in Vietnam, before week 2's 14:00 cut-off. */
export const DEMO_NOW = vietnamInstant("2026-02-06", 10 * 60);
export const DEMO_FILE = "so-thi-dua-demo.xlsx";

class UserError extends Error {}

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  progress: Progress;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new UserError(CLI.missingArgument(name));
  args.splice(i, 2);
  return value;
}

function clock(args: string[]): Date {
  const today = option(args, "--today");
  if (today === undefined) return new Date();
  const date = parseDisplayDate(today);
  if (date === null) throw new UserError(CLI.badToday(today));
  return vietnamInstant(date, 0);
}

function lockFiles(file: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  return [path.join(dir, `~$${base}`), path.join(dir, `.~lock.${base}#`)];
}

async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  if (!existsSync(file)) throw new UserError(CLI.fileMissing(file));
  if (lockFiles(file).some((lock) => existsSync(lock))) throw new UserError(CLI.fileLocked(file));
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.open(file);
  } catch {
    throw new UserError(CLI.fileUnreadable(file));
  }
  if (sheetByKey(workbook, SHEET_KEYS.config) === null) throw new UserError(CLI.notAWorkbook(file));
  return workbook;
}

async function save(workbook: XlsxWorkbook, file: string, io: Io): Promise<void> {
  try {
    await workbook.save(file);
  } catch {
    throw new UserError(CLI.fileLocked(file));
  }
  io.out(CLI.saved(file));
}

/** Opens, runs one use case, saves only when it succeeded; the file is untouched otherwise. */
async function onFile(args: string[], io: Io, run: (workbook: XlsxWorkbook) => ActionResult): Promise<number> {
  const file = args[0];
  if (file === undefined) throw new UserError(CLI.missingArgument("tên tệp .xlsx"));
  const workbook = await openWorkbook(file);
  const result = run(workbook);
  await save(workbook, file, io);
  (result.ok ? io.out : io.err)(result.message);
  if (!result.ok) io.err(CLI.configInvalid(result.problems.length));
  return result.ok ? 0 : 1;
}

async function demo(args: string[], io: Io): Promise<number> {
  const file = option(args, "--out") ?? DEMO_FILE;
  const workbook = XlsxWorkbook.create();
  setUpWorkbook(workbook, CHINH_TRANG_2026);
  fillSampleRegister(workbook);
  generateTabs(workbook, io.progress);
  fillSampleTabs(workbook);
  markOverdue(workbook, DEMO_NOW, io.progress);
  const result = compileCampaignSummary(workbook, DEMO_NOW, io.progress);
  await save(workbook, file, io);
  if (result.summary) io.out(summaryTable(CHINH_TRANG_2026.campaign, result.summary));
  io.out(result.message);
  return result.ok ? 0 : 1;
}

async function init(args: string[], io: Io): Promise<number> {
  const id = option(args, "--preset") ?? CHINH_TRANG_2026.id;
  const preset = findPreset(id);
  if (!preset) throw new UserError(CLI.unknownPreset(id, PRESETS.map((p) => p.id)));
  const file = args[0];
  if (file === undefined) throw new UserError(CLI.missingArgument("tên tệp .xlsx"));
  if (existsSync(file)) throw new UserError(CLI.fileExists(file));
  const workbook = XlsxWorkbook.create();
  const result = startFromPreset(workbook, preset, io.progress);
  await save(workbook, file, io);
  io.out(result.message);
  return result.ok ? 0 : 1;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const args = [...rest];
  try {
    switch (command) {
      case "demo":
        return await demo(args, io);
      case "init":
        return await init(args, io);
      case "generate":
        return await onFile(args, io, (wb) => generateTabs(wb, io.progress));
      case "check": {
        const now = clock(args);
        return await onFile(args, io, (wb) => checkCampaign(wb, now, io.progress));
      }
      case "overdue": {
        const now = clock(args);
        return await onFile(args, io, (wb) => markOverdue(wb, now, io.progress));
      }
      case "summary": {
        const now = clock(args);
        return await onFile(args, io, (wb) => {
          const result = compileCampaignSummary(wb, now, io.progress);
          if (result.summary && result.campaign) io.out(summaryTable(result.campaign, result.summary));
          return result;
        });
      }
      case "presets":
        for (const preset of PRESETS) io.out(`${preset.id}\t${preset.name}`);
        return 0;
      case undefined:
      case "help":
      case "--help":
        io.out(CLI.usage);
        return 0;
      default:
        io.err(CLI.unknownCommand(command));
        io.err(CLI.usage);
        return 2;
    }
  } catch (error) {
    if (error instanceof UserError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
