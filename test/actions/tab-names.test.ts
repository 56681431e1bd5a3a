// Tests a thôn tab named for a placeholder ("Thôn 1 (cần ghi tên)": plan 000 has 22 thôn and names none) taking the
// name the officer types in Danh sách thôn, on the strict Google Sheets fake and in the .xlsx file: its data kept, the
// register's link following it, a tab a person named left alone, and a name another sheet has said as a problem.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { generateTabs } from "../../src/actions/generate-tabs";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { a1 } from "../../src/domain/layout/a1";
import { REGISTER_LAYOUT, SHEET_KEYS, firstDataRow, sheetColumn, villageTabLayout } from "../../src/domain/layout/sheets";
import { SHEET_NAMES } from "../../src/domain/messages";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { REGISTER_PLACE } from "../../src/domain/register";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import type { Workbook } from "../../src/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "../fakes/spreadsheet-app";

const OFFICER = "canbo.vhxh@xa.gov.vn";
const dir = mkdtempSync(path.join(tmpdir(), "sotd-tab-names-"));
const PLACEHOLDER = "Thôn 1 (cần ghi tên)";
const NAME_COL = sheetColumn(REGISTER_PLACE, "name");
const TAB_COL = sheetColumn(REGISTER_PLACE, "tab");
/** A cell inside the tab's first table, where a head types. */
const TYPED = { row: firstDataRow(villageTabLayout(CHINH_TRANG_2026.campaign)), col: 2 };

/** A commune started from preset 000 (22 thôn the plan does not name), in one of the two workbooks. */
interface Commune {
  /** One run of an action, as its own execution (Sheets) or on the file opened and saved again (.xlsx). */
  run<T>(action: (workbook: Workbook) => T): Promise<T>;
  /** The officer typing into a cell, or renaming a tab, by hand. */
  typeByHand(sheet: string, row: number, col: number, text: string): Promise<void>;
  renameByHand(from: string, to: string): Promise<void>;
  /** The sheet the register's link on this row opens. */
  linkTarget(row: number): Promise<string | null>;
}

function sheetsCommune(): Commune & { calls: Calls } {
  const calls = new Calls();
  const spreadsheet = new FakeSpreadsheet(calls, OFFICER);
  const commune = {
    calls,
    run: async <T>(action: (workbook: Workbook) => T) => {
      const workbook = new SheetsWorkbook(spreadsheet, fakeSpreadsheetApp(calls), OFFICER);
      const result = action(workbook);
      workbook.finish();
      return result;
    },
    typeByHand: async (sheet: string, row: number, col: number, text: string) => spreadsheet.sheet(sheet).typeByHand(OFFICER, row, col, [[text]]),
    renameByHand: async (from: string, to: string) => spreadsheet.sheet(from).renameByHand(to),
    // The link opens a tab by its id: "#gid=…", which a rename leaves as it is.
    linkTarget: async (row: number) => {
      const gid = /#gid=(\d+)/.exec(spreadsheet.sheet(SHEET_NAMES.register).formulaAt(row, TAB_COL))?.[1];
      return spreadsheet.sheetList.find((sheet) => String(sheet.id) === gid)?.name ?? null;
    },
  };
  return commune;
}

function xlsxCommune(): Commune {
  const file = path.join(dir, `xom-${Math.random().toString(36).slice(2)}.xlsx`);
  const session = async <T>(action: (workbook: XlsxWorkbook) => T) => {
    const workbook = await XlsxWorkbook.open(file);
    const result = action(workbook);
    await workbook.save(file);
    return result;
  };
  let created = false;
  return {
    run: async (action) => {
      if (created) return session(action);
      created = true;
      const workbook = XlsxWorkbook.create();
      const result = action(workbook);
      await workbook.save(file);
      return result;
    },
    typeByHand: (sheet, row, col, text) => session((workbook) => workbook.write(sheet, row, col, [[text]])),
    // Renaming in Excel or LibreOffice: the key (a defined name) follows the sheet.
    renameByHand: (from, to) => session((workbook) => workbook.renameSheet(from, to)),
    // The link opens a place in the file: "#'Name'!A1", read from the formula as it is saved.
    linkTarget: (row) =>
      session((workbook) => {
        const value = workbook.book.getWorksheet(SHEET_NAMES.register)?.getCell(a1(row, TAB_COL)).value as { formula?: string } | null;
        const place = /^HYPERLINK\("#'((?:[^']|'')+)'!/.exec(value?.formula ?? "")?.[1];
        return place === undefined ? null : place.replace(/''/g, "'");
      }),
  };
}

async function started(commune: Commune): Promise<{ row: number }> {
  await commune.run((workbook) => startFromPreset(workbook, CHINH_TRANG_2026));
  const values = await commune.run((workbook) => workbook.read(SHEET_NAMES.register));
  const index = values.findIndex((line) => line[NAME_COL - 1] === PLACEHOLDER);
  if (index < firstDataRow(REGISTER_LAYOUT) - 1) throw new Error(`no ${PLACEHOLDER} in the register`);
  return { row: index + 1 };
}

const tabOf = (commune: Commune, id: string) => commune.run((workbook) => workbook.sheets(true).find((sheet) => sheet.key === id)?.name);
const sheetNames = (commune: Commune) => commune.run((workbook) => workbook.sheets(true).map((sheet) => sheet.name));

describe.each([
  ["Google Sheets (strict fake)", sheetsCommune],
  [".xlsx", xlsxCommune],
])("%s", (_name, make) => {
  test("the officer names thôn 1 in Danh sách thôn: its tab takes the name, keeps what was typed on it, and the register links to it", async () => {
    const commune = make();
    const { row } = await started(commune);
    expect(await tabOf(commune, "T01")).toBe(PLACEHOLDER);
    await commune.typeByHand(PLACEHOLDER, TYPED.row, TYPED.col, "Nguyễn Văn An");
    await commune.typeByHand(SHEET_NAMES.register, row, NAME_COL, "Thôn Đông");

    const result = await commune.run((workbook) => generateTabs(workbook));
    expect(result.ok).toBe(true);
    expect(result.problems.filter((problem) => problem.message.includes("chưa đổi được"))).toEqual([]);
    const names = await sheetNames(commune);
    expect(names).toContain("Thôn Đông");
    expect(names).not.toContain(PLACEHOLDER);
    // The other thôn, still unnamed, keep their placeholder names.
    expect(names.filter((name) => name.startsWith("Thôn "))).toEqual(["Thôn Đông", ...Array.from({ length: 21 }, (_, i) => `Thôn ${i + 2} (cần ghi tên)`)]);
    expect(await tabOf(commune, "T01")).toBe("Thôn Đông");
    const tab = await commune.run((workbook) => workbook.read("Thôn Đông"));
    expect(tab[TYPED.row - 1]?.[TYPED.col - 1]).toBe("Nguyễn Văn An");
    expect(String(tab[0]?.[0])).toMatch(/^THÔN ĐÔNG: /);
    expect(String(tab[1]?.[0])).toMatch(/^Mã thôn: T01 /);
    expect(await commune.linkTarget(row)).toBe("Thôn Đông");

    // Done once: the next run finds the tab by its new name and renames nothing.
    const again = await commune.run((workbook) => generateTabs(workbook));
    expect(again.counts).toMatchObject({ created: 0, updated: 22 });
    expect(await tabOf(commune, "T01")).toBe("Thôn Đông");
    expect(await commune.linkTarget(row)).toBe("Thôn Đông");
  });

  test("a tab the officer renamed by hand keeps the name they gave it", async () => {
    const commune = make();
    const { row } = await started(commune);
    await commune.renameByHand(PLACEHOLDER, "Thôn Một (tạm)");
    await commune.typeByHand(SHEET_NAMES.register, row, NAME_COL, "Thôn Đông");

    await commune.run((workbook) => generateTabs(workbook));
    expect(await tabOf(commune, "T01")).toBe("Thôn Một (tạm)");
    expect(await sheetNames(commune)).not.toContain("Thôn Đông");
    expect(await commune.linkTarget(row)).toBe("Thôn Một (tạm)");
  });

  test("a name another sheet has is a problem on the thôn's name cell, and nothing is renamed", async () => {
    const commune = make();
    const { row } = await started(commune);
    await commune.run((workbook) => workbook.addSheet("Thôn Đông", null));
    await commune.typeByHand(SHEET_NAMES.register, row, NAME_COL, "thôn đông");
    const before = await sheetNames(commune);

    const result = await commune.run((workbook) => generateTabs(workbook));
    const problem = {
      sheet: SHEET_NAMES.register,
      cell: a1(row, NAME_COL),
      village: "thôn đông",
      message: `Tab "${PLACEHOLDER}" chưa đổi được sang tên thôn "thôn đông": đã có trang tính "Thôn Đông".`,
    };
    expect(result.problems).toContainEqual(expect.objectContaining(problem));
    expect(await sheetNames(commune)).toEqual(before);
    expect(await commune.linkTarget(row)).toBe(PLACEHOLDER);
    // Said on Lỗi dữ liệu too, where the officer looks.
    const listed = await commune.run((workbook) => workbook.read(workbook.sheets().find((sheet) => sheet.key === SHEET_KEYS.problems)?.name ?? ""));
    expect(listed.some((line) => line.includes(problem.message) && line.includes(problem.cell))).toBe(true);
  });
});

test("on Sheets a rename is one call, made only in the run that needs it", async () => {
  const commune = sheetsCommune();
  const { row } = await started(commune);
  await commune.run((workbook) => generateTabs(workbook));
  commune.calls.reset();
  await commune.run((workbook) => generateTabs(workbook));
  const steady = commune.calls.total();
  expect(commune.calls.byMethod.get("Sheet.setName")).toBeUndefined();

  await commune.typeByHand(SHEET_NAMES.register, row, NAME_COL, "Thôn Đông");
  commune.calls.reset();
  await commune.run((workbook) => generateTabs(workbook));
  expect(commune.calls.byMethod.get("Sheet.setName")).toBe(1);

  commune.calls.reset();
  await commune.run((workbook) => generateTabs(workbook));
  expect(commune.calls.byMethod.get("Sheet.setName")).toBeUndefined();
  expect(commune.calls.total()).toBe(steady);
});
