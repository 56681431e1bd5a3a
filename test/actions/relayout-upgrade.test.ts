// A workbook made before "Lãnh đạo phụ trách" and the criteria's "Theo dõi hạn" (commit 9c9e812's tables) is upgraded
// in place by today's generate: every typed value moves with its column, headers, validation and formats follow the
// new columns, and the compile gives the same figures.
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { generateTabs } from "../../src/actions/generate-tabs";
import { CRITERIA_TABLE, type ColumnSpec, TASKS_TABLE, type TableSpec, isAddonColumn } from "../../src/domain/layout/columns";
import { type TableSheetLayout, communeWorkLayout, firstDataRow, sheetColumn, villageTabLayout } from "../../src/domain/layout/sheets";
import { vietnamInstant } from "../../src/domain/dates";
import { a1 } from "../../src/domain/layout/a1";
import { relayout } from "../../src/domain/relayout";
import type { Preset } from "../../src/domain/presets";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";
import type { FakeSheet, Stored } from "../fakes/sheet";
import { smallPreset } from "../helpers";

const OFFICER = "canbo.kinhte@maihoa.gov.vn";
const NOW = vietnamInstant("2026-02-06", 10 * 60);

/** The two tables as they were at commit 9c9e812, before the leader and the criteria's tracking column. */
const OLD_TASKS: TableSpec = { ...TASKS_TABLE, columns: TASKS_TABLE.columns.filter((column) => column.key !== "leader") };
const OLD_CRITERIA: TableSpec = { ...CRITERIA_TABLE, columns: CRITERIA_TABLE.columns.filter((column) => column.key !== "leader" && column.key !== "flag") };

/** Chỉnh trang with a criteria indicator too, so every thôn tab has both moved tables. */
function preset(): Preset {
  const base = smallPreset();
  return {
    ...base,
    campaign: {
      ...base.campaign,
      indicators: [...base.campaign.indicators, { kind: "criteria", id: "TC", name: "Tiêu chí thôn", table: "criteria", minimumAchieved: null, hardRequired: true }],
      criteria: [
        { number: "1", name: "Quy hoạch", hard: true },
        { number: "2", name: "Giao thông", hard: false },
      ],
    },
  } as Preset;
}

type Old = { village: TableSheetLayout; work: TableSheetLayout; before: unknown };

/** Set up, generate and compile with the old tables: the code of today but for those two tables. */
function oldWorkbook(spreadsheet: FakeSpreadsheet, type: (layouts: Omit<Old, "before">) => void): Old {
  let made: Old | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../src/domain/layout/columns", () => ({ ...jest.requireActual("../../src/domain/layout/columns"), TASKS_TABLE: OLD_TASKS, CRITERIA_TABLE: OLD_CRITERIA }));
    /* eslint-disable @typescript-eslint/no-require-imports */
    const old = {
      setUp: require("../../src/actions/set-up") as typeof import("../../src/actions/set-up"),
      generate: require("../../src/actions/generate-tabs") as typeof import("../../src/actions/generate-tabs"),
      compile: require("../../src/actions/compile-summary") as typeof import("../../src/actions/compile-summary"),
      sheets: require("../../src/domain/layout/sheets") as typeof import("../../src/domain/layout/sheets"),
      workbook: require("../../src/workbook/sheets-workbook") as typeof import("../../src/workbook/sheets-workbook"),
    };
    const open = () => new old.workbook.SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OFFICER);
    const workbook = open();
    old.setUp.setUpWorkbook(workbook, preset());
    old.generate.generateTabs(workbook);
    workbook.finish();
    const layouts = { village: old.sheets.villageTabLayout(preset().campaign), work: old.sheets.communeWorkLayout(preset().campaign) };
    type(layouts);
    const again = open();
    made = { ...layouts, before: old.compile.compileCampaignSummary(again, NOW).summary };
    again.finish();
  });
  return made as Old;
}

/** A value of each kind a person types; "quý 4/2024" for the first deadline. */
function typedValue(column: ColumnSpec, row: number, where: string): Stored {
  switch (column.kind) {
    case "checkbox":
      return row % 2 === 0;
    case "choice":
      return (column.choices ?? [])[row % (column.choices ?? []).length] as string;
    case "date":
      return new Date(Date.UTC(2026, 0, 10 + row) - 7 * 3600_000);
    case "deadline":
      return row === 0 ? "quý 4/2024" : new Date(Date.UTC(2026, 2, 31) - 7 * 3600_000);
    default:
      return `${column.header} ${where} ${row + 1}`;
  }
}

/** Types into every person column of the first three rows of every table; returns what went where, by table column. */
function typeInto(sheet: FakeSheet, layout: TableSheetLayout, expected: Map<string, Stored>): void {
  for (const place of layout.tables) {
    for (let r = 0; r < 3; r++) {
      place.table.columns.forEach((column, i) => {
        if (isAddonColumn(column)) return;
        const value = typedValue(column, r, sheet.name);
        sheet.typeByHand(OFFICER, firstDataRow(layout) + r, place.firstCol + i, [[value]]);
        expected.set(`${sheet.name}|${place.table.id}|${r}|${column.key}`, value);
      });
    }
  }
}

test("generate moves every table of an older layout to today's places: nothing lost, new headers, formats and the same figures", () => {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OFFICER);
  spreadsheet.timeZone = "Asia/Ho_Chi_Minh";
  const expected = new Map<string, Stored>();
  const tabs = () => spreadsheet.sheetList.filter((sheet) => sheet.metadata.some((m) => /^T\d+$/.test(m.value)));
  const old = oldWorkbook(spreadsheet, (layouts) => {
    for (const tab of tabs()) typeInto(tab, layouts.village, expected);
    typeInto(spreadsheet.sheet("Công việc chung"), layouts.work, expected);
  });
  // Today's columns are elsewhere: the old tasks' status sat where the deadline is now.
  const village = villageTabLayout(preset().campaign);
  const work = communeWorkLayout(preset().campaign);
  expect(old.village.tables.map((p) => p.firstCol)).not.toEqual(village.tables.map((p) => p.firstCol));

  // Before the upgrade, today's compile reads the old tables as they will be moved: the same figures, and each sheet
  // says to run generate rather than that its headers were changed by hand.
  const early = compileCampaignSummary(new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OFFICER), NOW);
  const problems = early.problems.filter((p) => !p.message.startsWith("Cần bổ sung"));
  expect(problems.map((p) => [p.sheet, p.cell])).toEqual(expect.arrayContaining([...tabs().map((tab) => [tab.name, "A15"]), ["Công việc chung", "A4"]]));
  expect(problems.filter((p) => p.message.startsWith("Các bảng của trang này còn theo mẫu cũ"))).toHaveLength(tabs().length + 1);
  expect(problems.some((p) => p.message.startsWith("Tiêu đề cột đã bị đổi"))).toBe(false);

  const workbook = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OFFICER);
  const result = generateTabs(workbook);
  workbook.finish();
  expect(result.problems).toEqual([]);

  // Every typed value is in its column's new place, as it was typed (text, ticks, choices, dates).
  const sheets: Array<[FakeSheet, TableSheetLayout]> = [...tabs().map((tab): [FakeSheet, TableSheetLayout] => [tab, village]), [spreadsheet.sheet("Công việc chung"), work]];
  let checked = 0;
  for (const [sheet, layout] of sheets) {
    for (const place of layout.tables) {
      for (let r = 0; r < 3; r++) {
        for (const column of place.table.columns) {
          const want = expected.get(`${sheet.name}|${place.table.id}|${r}|${column.key}`);
          const found = sheet.cell(firstDataRow(layout) + r, sheetColumn(place, column.key))?.value;
          if (want === undefined) {
            if (column.key === "leader" || (place.table.id === "criteria" && column.key === "flag")) expect(found).toBeUndefined();
            continue;
          }
          expect([sheet.name, place.table.id, column.key, found instanceof Date ? found.getTime() : found]).toEqual([
            sheet.name,
            place.table.id,
            column.key,
            want instanceof Date ? want.getTime() : want,
          ]);
          checked++;
        }
      }
      // Headers are today's, numbering is rewritten in the serial column.
      place.table.columns.forEach((column, i) => expect(sheet.cell(layout.headerRow, place.firstCol + i)?.value).toBe(column.header));
      if (place.table.columns[0]?.kind === "serial") expect(sheet.cell(firstDataRow(layout), place.firstCol)?.value).toBe(1);
      // Validation and number formats follow the new columns: no tick box or date format left where text now is.
      const row = firstDataRow(layout) + 1;
      for (const column of place.table.columns) {
        const col = sheetColumn(place, column.key);
        const validation = sheet.validationAt(row, col)?.criteria;
        const format = sheet.formatAt(row, col, "numberFormat");
        const wanted = { checkbox: "CHECKBOX", choice: "VALUE_IN_LIST", date: "DATE_IS_VALID_DATE" } as Record<string, string>;
        expect([place.table.id, column.key, validation]).toEqual([place.table.id, column.key, wanted[column.kind]]);
        const formats = { date: "dd/MM/yyyy", text: "@", deadline: "@" } as Record<string, string>;
        expect([place.table.id, column.key, format === "General" ? undefined : format]).toEqual([place.table.id, column.key, formats[column.kind]]);
      }
    }
  }
  expect(checked).toBe(expected.size);
  // No colour rule of the old layout is left behind: the tasks' "Quá hạn" colours start at the new flag columns only.
  for (const [sheet, layout] of sheets) {
    const flagStarts = sheet.conditionalRules
      .filter((rule) => rule.textStartsWith !== "")
      .flatMap((rule) => rule.ranges.map((range) => range.a1().split(":")[0] as string))
      .filter((start) => start.endsWith(String(firstDataRow(layout))));
    const wanted = layout.tables.flatMap((place) => (place.table.columns.some((c) => c.key === "flag") ? [a1(firstDataRow(layout), sheetColumn(place, "flag"))] : []));
    expect(new Set(flagStarts)).toEqual(new Set(wanted));
  }

  // The same figures as before the move.
  const after = compileCampaignSummary(new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OFFICER), NOW).summary;
  const figures = (summary: unknown) => {
    const s = summary as { rows: unknown; total: unknown; communeTasks: unknown; communeCriteria: unknown; owners: unknown };
    // A problem's cell moves with its column; the problem itself stays.
    return JSON.parse(JSON.stringify({ rows: s.rows, total: s.total, communeTasks: s.communeTasks, communeCriteria: s.communeCriteria, owners: s.owners }), (key, value) => (key === "cell" ? "" : value));
  };
  expect(figures(after)).toEqual(figures(old.before));
  // Read before the move, the figures were the same too (the problems aside: they waited for the move).
  const withoutProblems = (summary: unknown) => JSON.parse(JSON.stringify(figures(summary)), (key, value) => (key === "problems" || key === "otherProblems" ? [] : value));
  expect(withoutProblems(early.summary)).toEqual(withoutProblems(old.before));

  // Now every sheet's tables are where today's layout puts them: a second generate moves nothing.
  const second = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OFFICER);
  expect(sheets.map(([sheet, layout]) => relayout({ sheet: sheet.name, values: second.read(sheet.name) }, layout).kind)).toEqual(sheets.map(() => "same"));

  // A thôn added now gets its tab from the template, rebuilt for today's layout: no old column's validation in it.
  spreadsheet.sheet("Danh sách thôn").typeByHand(OFFICER, 6, 2, [["Thôn Mới"]]);
  expect(generateTabs(new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OFFICER)).counts.created).toBe(1);
  const added = spreadsheet.sheet("Thôn Mới");
  for (const place of village.tables) {
    for (const column of place.table.columns) {
      const wanted = { checkbox: "CHECKBOX", choice: "VALUE_IN_LIST", date: "DATE_IS_VALID_DATE" } as Record<string, string>;
      expect([place.table.id, column.key, added.validationAt(firstDataRow(village), sheetColumn(place, column.key))?.criteria]).toEqual([place.table.id, column.key, wanted[column.kind]]);
    }
  }
});

/** The validation an .xlsx sheet holds over a cell (its model is keyed by ranges). */
function xlsxValidation(workbook: XlsxWorkbook, sheet: string, row: number, col: number): string | undefined {
  const model = (workbook.book.getWorksheet(sheet) as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: unknown[] }> } }).dataValidations.model;
  const found = Object.entries(model).find(([ref]) => {
    const [first, last] = ref.split(":").map((cell) => {
      const match = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
      return { col: [...(match[1] as string)].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0), row: Number(match[2]) };
    }) as [{ row: number; col: number }, { row: number; col: number } | undefined];
    const end = last ?? first;
    return row >= first.row && row <= end.row && col >= first.col && col <= end.col;
  });
  if (!found) return undefined;
  const [, validation] = found;
  return validation.type === "list" && String(validation.formulae?.[0]) === '"TRUE,FALSE"' ? "checkbox" : validation.type;
}

test("in an .xlsx file too: values, headers, validation and column formats follow the moved columns", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sotd-relayout-"));
  const file = path.join(dir, "old.xlsx");
  const expected = new Map<string, Stored>();
  let oldLayouts: { village: TableSheetLayout; work: TableSheetLayout } | undefined;
  let saved: Promise<void> = Promise.resolve();
  jest.isolateModules(() => {
    jest.doMock("../../src/domain/layout/columns", () => ({ ...jest.requireActual("../../src/domain/layout/columns"), TASKS_TABLE: OLD_TASKS, CRITERIA_TABLE: OLD_CRITERIA }));
    /* eslint-disable @typescript-eslint/no-require-imports */
    const setUp = require("../../src/actions/set-up") as typeof import("../../src/actions/set-up");
    const generate = require("../../src/actions/generate-tabs") as typeof import("../../src/actions/generate-tabs");
    const sheets = require("../../src/domain/layout/sheets") as typeof import("../../src/domain/layout/sheets");
    const xlsx = require("../../src/workbook/xlsx-workbook") as typeof import("../../src/workbook/xlsx-workbook");
    const workbook = xlsx.XlsxWorkbook.create();
    setUp.setUpWorkbook(workbook, preset());
    generate.generateTabs(workbook);
    oldLayouts = { village: sheets.villageTabLayout(preset().campaign), work: sheets.communeWorkLayout(preset().campaign) };
    const typeInto = (sheet: string, layout: TableSheetLayout) => {
      for (const place of layout.tables) {
        for (let r = 0; r < 3; r++) {
          place.table.columns.forEach((column, i) => {
            if (isAddonColumn(column)) return;
            const value = typedValue(column, r, sheet);
            const input = value instanceof Date ? { date: new Date(value.getTime() + 7 * 3600_000).toISOString().slice(0, 10) } : value;
            workbook.write(sheet, firstDataRow(layout) + r, place.firstCol + i, [[input]]);
            expected.set(`${sheet}|${place.table.id}|${r}|${column.key}`, value);
          });
        }
      }
    };
    for (const sheet of workbook.sheets().filter((s) => /^T\d+$/.test(s.key ?? ""))) typeInto(sheet.name, oldLayouts.village);
    typeInto("Công việc chung", oldLayouts.work);
    saved = workbook.save(file);
  });
  await saved;
  const workbook = await XlsxWorkbook.open(file);
  expect(generateTabs(workbook).problems).toEqual([]);
  const village = villageTabLayout(preset().campaign);
  const work = communeWorkLayout(preset().campaign);
  const tabs = workbook.sheets().filter((s) => /^T\d+$/.test(s.key ?? "")).map((s): [string, TableSheetLayout] => [s.name, village]);
  let checked = 0;
  for (const [sheet, layout] of [...tabs, ["Công việc chung", work] as [string, TableSheetLayout]]) {
    const values = workbook.read(sheet);
    for (const place of layout.tables) {
      place.table.columns.forEach((column, i) => expect(values[layout.headerRow - 1]?.[place.firstCol - 1 + i]).toBe(column.header));
      for (let r = 0; r < 3; r++) {
        for (const column of place.table.columns) {
          const want = expected.get(`${sheet}|${place.table.id}|${r}|${column.key}`);
          if (want === undefined) continue;
          const found = values[firstDataRow(layout) - 1 + r]?.[sheetColumn(place, column.key) - 1];
          const wanted = want instanceof Date ? { date: new Date(want.getTime() + 7 * 3600_000).toISOString().slice(0, 10) } : want;
          expect([sheet, place.table.id, column.key, found]).toEqual([sheet, place.table.id, column.key, wanted]);
          checked++;
        }
      }
      for (const column of place.table.columns) {
        const col = sheetColumn(place, column.key);
        const kinds = { checkbox: "checkbox", choice: "list", date: "date" } as Record<string, string>;
        expect([sheet, column.key, xlsxValidation(workbook, sheet, firstDataRow(layout) + 1, col)]).toEqual([sheet, column.key, kinds[column.kind]]);
        // A short sheet's formats are on its cells, a tall one's on its columns (and so on their cells).
        const numFmt = workbook.book.getWorksheet(sheet)?.getCell(firstDataRow(layout) + 1, col).numFmt;
        const formats = { date: "dd/mm/yyyy", text: "@", deadline: "@" } as Record<string, string>;
        expect([sheet, column.key, numFmt === "General" ? undefined : numFmt]).toEqual([sheet, column.key, formats[column.kind]]);
      }
    }
  }
  expect(checked).toBe(expected.size);
});

test("a column of data outside every table keeps the old layout whole: nothing moves, and the cell is named", () => {
  const spreadsheet = new FakeSpreadsheet(new Calls(), OFFICER);
  spreadsheet.timeZone = "Asia/Ho_Chi_Minh";
  const tabs = () => spreadsheet.sheetList.filter((sheet) => sheet.metadata.some((m) => /^T\d+$/.test(m.value)));
  let gap = 0;
  oldWorkbook(spreadsheet, (layouts) => {
    const tab = tabs()[0] as FakeSheet;
    const tasks = layouts.village.tables.find((p) => p.table.id === "tasks");
    if (!tasks) throw new Error("no tasks table");
    tab.typeByHand(OFFICER, 16, tasks.firstCol + 1, [["Ra quân", "Chi đoàn", "30/01/2026"]]);
    // A person's own note in the empty column between two tables.
    gap = tasks.firstCol - 1;
    tab.typeByHand(OFFICER, 17, gap, [["ghi chú riêng"]]);
  });
  const tab = tabs()[0] as FakeSheet;
  const workbook = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(spreadsheet.calls), OFFICER);
  const result = generateTabs(workbook);
  expect(result.problems.filter((p) => p.sheet === tab.name).map((p) => [p.cell, p.message])).toEqual([
    [a1(17, gap), expect.stringMatching(/có dữ liệu nhưng không thuộc bảng nào.*không dữ liệu nào bị mất/)],
  ]);
  expect(result.problems.some((p) => p.message.startsWith("Tiêu đề cột đã bị đổi"))).toBe(false);
  // Everything stays where it was typed.
  expect([tab.cell(16, gap + 2)?.value, tab.cell(16, gap + 3)?.value, tab.cell(16, gap + 4)?.value, tab.cell(17, gap)?.value]).toEqual(["Ra quân", "Chi đoàn", "30/01/2026", "ghi chú riêng"]);
});
