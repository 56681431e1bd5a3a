// This file opens and saves the .xlsx workbook for the CLI, turning each way a file can be wrong into a Vietnamese message.
import { closeSync, existsSync, openSync, promises as fs, readSync } from "node:fs";
import * as path from "node:path";
import { CLI } from "../domain/messages";
import { SHEET_KEYS } from "../domain/layout/sheets";
import { sheetByKey } from "../workbook/workbook";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { UserError } from "./io";

/** The lock files LibreOffice and Excel leave beside a file they have open. */
export function lockFiles(file: string): Array<{ lock: string; program: string }> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  return [
    { lock: path.join(dir, `.~lock.${base}#`), program: CLI.lockOwners.libreOffice },
    { lock: path.join(dir, `~$${base}`), program: CLI.lockOwners.excel },
  ];
}

type ForeignFormat = keyof typeof CLI.formats;

const FOREIGN_EXTENSIONS: Readonly<Record<string, ForeignFormat>> = { ".ods": "ods", ".fods": "ods", ".xls": "xls", ".csv": "csv" };
/** Old Excel (.xls) files are OLE2 compound documents. */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An .ods is a zip whose first, uncompressed entry is `mimetype` holding this text. */
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** The spreadsheet format a file is in when it is not .xlsx, by its name, then by its first bytes; null otherwise. */
export function foreignFormat(file: string): ForeignFormat | null {
  const byName = FOREIGN_EXTENSIONS[path.extname(file).toLowerCase()];
  if (byName !== undefined) return byName;
  const start = firstBytes(file, 128);
  if (start.subarray(0, OLE2.length).equals(OLE2)) return "xls";
  if (start.subarray(0, 2).toString("latin1") === "PK" && start.toString("latin1").includes(ODS_MIMETYPE)) return "ods";
  return null;
}

/** Up to `count` bytes from the start of a file; none when it cannot be read (opening it then says why). */
function firstBytes(file: string, count: number): Buffer {
  const head = Buffer.alloc(count);
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    return head.subarray(0, readSync(fd, head, 0, count, 0));
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a name can be written as .xlsx (init and demo refuse any other, so nobody gets an .xlsx called .ods). */
export function isXlsxName(file: string): boolean {
  return path.extname(file).toLowerCase() === ".xlsx";
}

/** Whether a name can be written as a Word document (the weekly report). */
export function isDocxName(file: string): boolean {
  return path.extname(file).toLowerCase() === ".docx";
}

/**
 * Writes bytes through a temporary file and a rename, as the workbook is saved; `refusal` is the message when the
 * file cannot be written (open in Word, a read-only folder), and nothing is left half-written.
 */
export async function saveFile(file: string, bytes: Uint8Array, refusal: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, file);
  } catch {
    await fs.rm(temporary, { force: true });
    throw new UserError(refusal);
  }
}

/** Refuses a file that LibreOffice or Excel has open (or left a lock file beside), naming the lock file. */
export function refuseLocked(file: string): void {
  const locked = lockFiles(file).find(({ lock }) => existsSync(lock));
  if (locked) throw new UserError(CLI.fileLocked(file, path.basename(locked.lock), locked.program));
}

/** Opens a Sổ Thi Đua workbook, reading nothing else first: every refusal leaves the file as it was. */
export async function openWorkbook(file: string): Promise<XlsxWorkbook> {
  if (!existsSync(file)) throw new UserError(CLI.fileMissing(file));
  const format = foreignFormat(file);
  if (format !== null) throw new UserError(CLI.foreignFormat(file, CLI.formats[format]));
  refuseLocked(file);
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.open(file);
  } catch {
    throw new UserError(CLI.fileUnreadable(file));
  }
  if (sheetByKey(workbook, SHEET_KEYS.config) === null) throw new UserError(CLI.notAWorkbook(file));
  return workbook;
}

/** Saves through the workbook's temporary file and rename; a refused write leaves the old file whole. */
export async function saveWorkbook(workbook: XlsxWorkbook, file: string): Promise<void> {
  try {
    await workbook.save(file);
  } catch {
    throw new UserError(CLI.cannotSave(file));
  }
}
