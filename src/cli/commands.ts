// This file is the table of so-thi-dua's commands: each one's options, whether it takes a file, and what it runs.
import { existsSync } from "node:fs";
import * as path from "node:path";
import { compileCampaignSummary } from "../actions/compile-summary";
import { draftWeeklyReport } from "../actions/weekly-report";
import { checkCampaign } from "../actions/check";
import { fillSampleRegister, fillSampleTabs } from "../actions/fill-sample-data";
import { generateTabs } from "../actions/generate-tabs";
import { markOverdue } from "../actions/mark-overdue";
import type { ActionResult } from "../actions/result";
import { setUpWorkbook } from "../actions/set-up";
import { startFromPreset } from "../actions/start-from-preset";
import { parseDisplayDate, vietnamInstant } from "../domain/dates";
import { CLI } from "../domain/messages";
import { type DataProblem, problemSheetLabel } from "../domain/problems";
import { CHINH_TRANG_2026 } from "../domain/presets/chinh-trang-2026";
import { PRESETS, findPreset } from "../domain/presets";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import type { OptionSpec, OptionSpecs, ParsedArgs } from "./args";
import { isDocxName, isXlsxName, openWorkbook, refuseLocked, saveFile, saveWorkbook } from "./files";
import { reportDocx } from "./report-docx";
import { EXIT, type Io, UsageError, UserError } from "./io";
import { summaryTable } from "./summary-table";

/** The demo's clock: Friday 06/02/2026, 10:00 in Vietnam, before week 2's 14:00 cut-off. */
export const DEMO_NOW = vietnamInstant("2026-02-06", 10 * 60);
export const DEMO_FILE = "so-thi-dua-demo.xlsx";
/** How many problems a run prints before it only counts the rest. */
export const PROBLEMS_SHOWN = 20;

export interface CommandInput {
  /** The file named on the command line; "" for a command that takes none. */
  readonly file: string;
  readonly values: ParsedArgs["values"];
}

export interface Command {
  readonly words: { readonly usage: string; readonly about: string };
  /** The command's own options; every command also takes -h/--help. */
  readonly options: OptionSpecs;
  readonly takesFile: boolean;
  readonly run: (input: CommandInput, io: Io) => Promise<number>;
}

export const HELP_OPTION: OptionSpec = { type: "boolean", short: "h", words: CLI.options.help };
const TODAY: OptionSpec = { type: "string", words: CLI.options.today };

/** What a run on a file did, printed after the file is saved. */
interface Outcome {
  readonly result: ActionResult;
  /** Printed before the result's own line (the summary table). */
  readonly lines?: readonly string[];
  /** Print every problem (up to PROBLEMS_SHOWN), not only their count. */
  readonly listProblems?: boolean;
  /** The next step, printed after the result. */
  readonly next?: string;
}

function text(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The moment a run judges by: --today at 00:00 in Vietnam, or now. */
function clock(values: CommandInput["values"]): Date {
  const today = text(values.today);
  if (today === undefined) return new Date();
  const date = parseDisplayDate(today);
  if (date === null) throw new UsageError(CLI.badToday(today));
  return vietnamInstant(date, 0);
}

/**
 * The problems as Lỗi dữ liệu shows them (the sheet, with the thôn in brackets where the sheet is not named for it; the
 * cell; what is wrong; how to fix it): the first PROBLEMS_SHOWN, then how many more.
 */
export function problemLines(problems: readonly DataProblem[]): string[] {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => CLI.problem(CLI.problemPlace(problemSheetLabel(p), p.cell), p.message, p.fix));
  const rest = problems.length - shown.length;
  return rest > 0 ? [...shown, CLI.moreProblems(rest)] : shown;
}

/** Prints what the run did, its problems, and last that the file was saved (it already was). */
function report(outcome: Outcome, file: string, io: Io): number {
  const { result } = outcome;
  for (const line of outcome.lines ?? []) io.out(line);
  if (!result.ok && result.problems.length > 0) {
    io.err(CLI.configInvalid(result.problems.length));
    for (const line of problemLines(result.problems)) io.err(line);
  } else {
    (result.ok ? io.out : io.err)(result.message);
    if (outcome.listProblems) for (const line of problemLines(result.problems)) io.out(line);
    else if (result.problems.length > 0) io.out(CLI.problemsFound(result.problems.length, file));
  }
  if (outcome.next !== undefined) io.out(outcome.next);
  io.out(CLI.saved(file));
  return result.ok ? EXIT.ok : EXIT.problem;
}

/** Opens, runs one use case, saves, then reports; a refusal before the save leaves the file untouched. */
async function onFile(file: string, io: Io, run: (workbook: XlsxWorkbook) => Outcome): Promise<number> {
  const workbook = await openWorkbook(file);
  const outcome = run(workbook);
  await saveWorkbook(workbook, file);
  return report(outcome, file, io);
}

async function init({ file, values }: CommandInput, io: Io): Promise<number> {
  if (!isXlsxName(file)) throw new UsageError(CLI.notXlsxName(file));
  const id = text(values.preset);
  const preset = id === undefined ? undefined : findPreset(id);
  if (preset === undefined) {
    const width = Math.max(...PRESETS.map((p) => p.id.length));
    const choices = PRESETS.map((p) => CLI.presetChoice(p.id.padEnd(width), p.name));
    throw new UsageError(id === undefined ? CLI.presetNeeded(file) : CLI.unknownPreset(id), choices, false);
  }
  if (existsSync(file)) throw new UserError(CLI.fileExists(file));
  const workbook = XlsxWorkbook.create();
  const result = startFromPreset(workbook, preset, io.progress);
  await saveWorkbook(workbook, file);
  return report({ result, next: CLI.initNext(file) }, file, io);
}

async function presets(_input: CommandInput, io: Io): Promise<number> {
  for (const preset of PRESETS) io.out(`${preset.id}\t${preset.name}`);
  return EXIT.ok;
}

async function demo({ values }: CommandInput, io: Io): Promise<number> {
  const file = text(values.out) ?? DEMO_FILE;
  if (!isXlsxName(file)) throw new UsageError(CLI.notXlsxName(file));
  if (existsSync(file) && values.force !== true) throw new UserError(CLI.demoExists(file));
  refuseLocked(file);
  const workbook = XlsxWorkbook.create();
  setUpWorkbook(workbook, CHINH_TRANG_2026);
  fillSampleRegister(workbook);
  generateTabs(workbook, io.progress);
  fillSampleTabs(workbook);
  markOverdue(workbook, DEMO_NOW, io.progress);
  const result = compileCampaignSummary(workbook, DEMO_NOW, io.progress);
  await saveWorkbook(workbook, file);
  const lines = result.summary ? [summaryTable(CHINH_TRANG_2026.campaign, result.summary)] : [];
  return report({ result, lines }, file, io);
}

/**
 * Compiles as `summary` does (which also rewrites Báo cáo), then writes the report as a .docx: beside the workbook as
 * bao-cao-tuan-N.docx unless --out names it, never over an existing file without --force (it may hold the officer's
 * edits). A refusal leaves both files as they were; the .docx is written first, then the workbook.
 */
async function weeklyReport({ file, values }: CommandInput, io: Io): Promise<number> {
  const now = clock(values);
  const out = text(values.out);
  if (out !== undefined && !isDocxName(out)) throw new UsageError(CLI.notDocxName(out));
  const workbook = await openWorkbook(file);
  const result = draftWeeklyReport(workbook, now, io.progress);
  if (result.report === undefined || result.summary === undefined) {
    await saveWorkbook(workbook, file);
    return report({ result }, file, io);
  }
  const target = out ?? path.join(path.dirname(file), CLI.reportFileName(result.summary.week.index));
  if (existsSync(target) && values.force !== true) throw new UserError(CLI.docxExists(target));
  await saveFile(target, await reportDocx(result.report), CLI.cannotWriteDocx(target));
  await saveWorkbook(workbook, file);
  return report({ result, next: CLI.reportWritten(target) }, file, io);
}

/**
 * Every command, in the order the general usage lists them. A command is one entry here and its words in
 * CLI.commands (src/domain/messages.ts).
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  init: {
    words: CLI.commands.init,
    options: { preset: { type: "string", words: CLI.options.preset } },
    takesFile: true,
    run: init,
  },
  presets: { words: CLI.commands.presets, options: {}, takesFile: false, run: presets },
  generate: {
    words: CLI.commands.generate,
    options: {},
    takesFile: true,
    run: ({ file }, io) => onFile(file, io, (wb) => ({ result: generateTabs(wb, io.progress) })),
  },
  overdue: {
    words: CLI.commands.overdue,
    options: { today: TODAY },
    takesFile: true,
    run: ({ file, values }, io) => {
      const now = clock(values);
      return onFile(file, io, (wb) => ({ result: markOverdue(wb, now, io.progress) }));
    },
  },
  check: {
    words: CLI.commands.check,
    options: { today: TODAY },
    takesFile: true,
    run: ({ file, values }, io) => {
      const now = clock(values);
      return onFile(file, io, (wb) => ({ result: checkCampaign(wb, now, io.progress), listProblems: true }));
    },
  },
  summary: {
    words: CLI.commands.summary,
    options: { today: TODAY },
    takesFile: true,
    run: ({ file, values }, io) => {
      const now = clock(values);
      return onFile(file, io, (wb) => {
        const result = compileCampaignSummary(wb, now, io.progress);
        const lines = result.summary && result.campaign ? [summaryTable(result.campaign, result.summary)] : [];
        return { result, lines };
      });
    },
  },
  report: {
    words: CLI.commands.report,
    options: { today: TODAY, out: { type: "string", words: CLI.options.reportOut }, force: { type: "boolean", words: CLI.options.reportForce } },
    takesFile: true,
    run: weeklyReport,
  },
  demo: {
    words: CLI.commands.demo,
    options: { out: { type: "string", words: CLI.options.out }, force: { type: "boolean", words: CLI.options.force } },
    takesFile: false,
    run: demo,
  },
};

/** The command of that name, if there is one (not a property every object has, like "toString"). */
export function commandNamed(name: string): Command | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
}
