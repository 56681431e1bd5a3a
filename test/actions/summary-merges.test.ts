// Tests that a compile merges each column of Tổng hợp's tables below the thôn rows across its span and sizes their
// rows, on the strict Google Sheets fake and in a saved .xlsx file, and that a compile whose tables moved leaves no old
// merge behind.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { vietnamInstant } from "../../src/domain/dates";
import { a1, areaA1 } from "../../src/domain/layout/a1";
import type { SheetFormat } from "../../src/domain/layout/format";
import { NTM_NANG_CAO_2024 } from "../../src/domain/presets/ntm-nang-cao-2024";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import type { Workbook } from "../../src/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import { setCutoff } from "../helpers";
import { compact } from "../workbook/contract";

const OWNER = "canbo.kinhte@maidinh.gov.vn";
const COMPILED_AT = vietnamInstant("2024-03-01", 9 * 60);
const LONG_DUTY = "Họp rà soát tiến độ các tiêu chí số 1, 2, 3, 4, 7, 8, 9, 10, 13, 17, 18 hằng tháng";

/** The workbook, recording the formats of the cells of Tổng hợp's tables it is given: the merges and heights declared. */
function recording<W extends Workbook>(workbook: W): { workbook: W; lower: SheetFormat[] } {
  const lower: SheetFormat[] = [];
  const proxy = new Proxy(workbook, {
    get(target, key) {
      if (key === "format") {
        return (sheet: string, format: SheetFormat, force?: boolean) => {
          if (format.part === "below-cells") lower.push(format);
          return target.format(sheet, format, force);
        };
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { workbook: proxy, lower };
}

/** Each merged cell a format declares, one per row of each area, in A1. */
function declaredMerges(format: SheetFormat): string[] {
  return (format.merges ?? []).flatMap((area) => Array.from({ length: area.rows }, (_, i) => areaA1({ ...area, row: area.row + i, rows: 1 }))).sort();
}

/** The declared heights of the rows holding a merged cell: the rows Google Sheets does not grow by itself. */
function mergedRowHeights(format: SheetFormat): Map<number, number> {
  const merged = (row: number) => (format.merges ?? []).some((area) => row >= area.row && row < area.row + area.rows);
  return new Map((format.rowHeights ?? []).filter(({ row }) => merged(row)).map(({ row, height }) => [row, height]));
}

/** A thôn named in the register without a tab yet: Tổng hợp says so in a line above the tables, which all move down. */
function addVillageWithoutTab(workbook: Workbook): void {
  const register = compact(workbook.read("Danh sách thôn"));
  workbook.write("Danh sách thôn", register.length + 1, 2, [["Thôn Mới"]]);
}

/** Where a text sits on Tổng hợp (row, column), read as the sheet shows it. */
function find(rows: readonly (readonly unknown[])[], text: string): { row: number; col: number } {
  const row = rows.findIndex((line) => line.includes(text));
  return { row: row + 1, col: (rows[row] ?? []).indexOf(text) + 1 };
}

describe("on the strict Google Sheets fake", () => {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OWNER);
  /** One execution: a new workbook object, finished at the end. */
  const run = (action: (workbook: Workbook) => unknown): SheetFormat[] => {
    const inner = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OWNER);
    const { workbook, lower } = recording(inner);
    action(workbook);
    inner.finish();
    return lower;
  };
  run((workbook) => {
    startFromPreset(workbook, NTM_NANG_CAO_2024);
    setCutoff(workbook, "Thứ Sáu", "16:00");
  });

  test("001's compile merges each section column across its span, every row of the tables, and sets those rows' heights", () => {
    const [lower] = run((workbook) => compileCampaignSummary(workbook, COMPILED_AT));
    const sheet = spreadsheet.sheet("Tổng hợp");
    expect(lower).toBeDefined();
    const declared = declaredMerges(lower as SheetFormat);
    expect(declared.length).toBeGreaterThan(40);
    expect(sheet.mergedRanges().sort()).toEqual(declared);
    const heights = mergedRowHeights(lower as SheetFormat);
    expect([...heights].filter(([row, height]) => sheet.heights.get(row) !== height)).toEqual([]);
    // The long duty's name starts a merged cell of several columns, in a row taller than one line.
    const at = find(sheet.valuesIn(1, 1, sheet.maxRows, 13), LONG_DUTY);
    const merge = sheet.merges.find((m) => m.row === at.row && m.col === at.col);
    expect(merge?.cols).toBeGreaterThan(1);
    expect(sheet.heights.get(at.row)).toBeGreaterThan(21);
  });

  test("a compile whose tables moved breaks the old merges first: the sheet holds exactly the new ones, and rows no longer merged take the default height", () => {
    const [before] = run((workbook) => compileCampaignSummary(workbook, COMPILED_AT));
    const sheet = spreadsheet.sheet("Tổng hợp");
    const was = find(sheet.valuesIn(1, 1, sheet.maxRows, 13), LONG_DUTY);
    const [after] = run((workbook) => {
      addVillageWithoutTab(workbook);
      compileCampaignSummary(workbook, COMPILED_AT);
    });
    const moved = declaredMerges(after as SheetFormat);
    expect(moved).not.toEqual(declaredMerges(before as SheetFormat));
    expect(sheet.mergedRanges().sort()).toEqual(moved);
    const heights = mergedRowHeights(after as SheetFormat);
    const rows = Array.from({ length: 80 }, (_, i) => 10 + i);
    expect(rows.filter((row) => sheet.heights.get(row) !== (heights.get(row) ?? 21))).toEqual([]);
    expect(find(sheet.valuesIn(1, 1, sheet.maxRows, 13), LONG_DUTY)).toEqual({ ...was, row: was.row + 1 });
  });
});

describe("in an .xlsx file", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sotd-merges-"));

  async function saved(workbook: XlsxWorkbook, name: string): Promise<ExcelJS.Worksheet> {
    const file = path.join(dir, name);
    await workbook.save(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return book.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
  }

  test("the merges and row heights a compile declares are in the saved file, and a compile whose tables moved leaves none of the old", async () => {
    const { workbook, lower } = recording(XlsxWorkbook.create());
    startFromPreset(workbook, NTM_NANG_CAO_2024);
    setCutoff(workbook, "Thứ Sáu", "16:00");
    compileCampaignSummary(workbook, COMPILED_AT);
    const first = await saved(workbook, "first.xlsx");
    const declared = declaredMerges(lower[0] as SheetFormat);
    expect([...(first.model as { merges: string[] }).merges].sort()).toEqual(declared);
    // Rows in points (a file's unit): every row of the tables as tall as its wrapped text needs.
    const heights = (lower[0] as SheetFormat).rowHeights ?? [];
    expect(heights.filter(({ row, height }) => first.getRow(row).height !== Math.round(height * 0.75))).toEqual([]);
    const at = find(compact(workbook.read("Tổng hợp")), LONG_DUTY);
    expect(first.getCell(a1(at.row, at.col)).value).toBe(LONG_DUTY);
    expect(first.getCell(a1(at.row, at.col)).alignment?.wrapText).toBe(true);

    addVillageWithoutTab(workbook);
    compileCampaignSummary(workbook, COMPILED_AT);
    const second = await saved(workbook, "second.xlsx");
    const moved = declaredMerges(lower[1] as SheetFormat);
    expect(moved).not.toEqual(declared);
    expect([...(second.model as { merges: string[] }).merges].sort()).toEqual(moved);
    const movedHeights = new Map(((lower[1] as SheetFormat).rowHeights ?? []).map(({ row, height }) => [row, Math.round(height * 0.75)]));
    const rows = Array.from({ length: 80 }, (_, i) => 10 + i);
    expect(rows.filter((row) => second.getRow(row).height !== movedHeights.get(row))).toEqual([]);
    expect(second.getCell(a1(at.row + 1, at.col)).value).toBe(LONG_DUTY);
  });
});
