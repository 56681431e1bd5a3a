// Runs the workbook contract against the .xlsx implementation, and checks what only a saved file can show.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { tableSheetFormat, villageTabFormat } from "../../src/domain/layout/format";
import { COMMUNE_WORK_LAYOUT, PROBLEMS_LAYOUT, villageTabLayout } from "../../src/domain/layout/sheets";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import type { Workbook } from "../../src/workbook/workbook";
import { workbookContract } from "./contract";

const dir = mkdtempSync(path.join(tmpdir(), "sotd-xlsx-"));
let n = 0;

async function saveAndOpen(workbook: Workbook): Promise<XlsxWorkbook> {
  const file = path.join(dir, `book-${n++}.xlsx`);
  await (workbook as XlsxWorkbook).save(file);
  return XlsxWorkbook.open(file);
}

workbookContract(".xlsx (ExcelJS)", {
  create: async () => XlsxWorkbook.create(),
  reopen: saveAndOpen,
  renameByHand: (workbook, from, to) => (workbook as XlsxWorkbook).renameSheet(from, to),
  // ExcelJS orders sheets by orderNo when it writes the file.
  moveByHand: (workbook, sheet, position) => {
    const sheets = (workbook as XlsxWorkbook).book.worksheets;
    const moved = sheets.find((ws) => ws.name === sheet);
    if (!moved) throw new Error(sheet);
    const rest = sheets.filter((ws) => ws !== moved);
    rest.splice(position, 0, moved);
    rest.forEach((ws, i) => {
      (ws as unknown as { orderNo: number }).orderNo = i;
    });
  },
  merged: (workbook, sheet) => ((workbook as XlsxWorkbook).book.getWorksheet(sheet)?.model as { merges: string[] }).merges,
});

describe(".xlsx specifics", () => {
  test("a rename moves formulas' references to the sheet along, as Excel does, and leaves text in quotes as it was", () => {
    const workbook = XlsxWorkbook.create();
    workbook.addSheet("Xóm 1 (cần ghi tên)", "T01");
    workbook.addSheet("Sheet1", null);
    workbook.addSheet("S", null);
    workbook.write("S", 1, 1, [[{ formula: "SUM('Xóm 1 (cần ghi tên)'!B2:B5)+Sheet1!A1+XSheet1!A1" }, { formula: `HYPERLINK("#'Xóm 1 (cần ghi tên)'!A1","Mở")` }]]);
    workbook.protect("Sheet1", ["canbo@xa.vn"], "Ghi chép");
    workbook.renameSheet("Xóm 1 (cần ghi tên)", "Xóm Đông");
    workbook.renameSheet("Sheet1", "Ghi chép");
    const formula = (address: string) => (workbook.book.getWorksheet("S")?.getCell(address).value as { formula: string }).formula;
    expect([formula("A1"), formula("B1")]).toEqual(["SUM('Xóm Đông'!B2:B5)+'Ghi chép'!A1+XSheet1!A1", `HYPERLINK("#'Xóm 1 (cần ghi tên)'!A1","Mở")`]);
    // A sheet without a key keeps its protection under its new name.
    expect(workbook.protection("Ghi chép")).toEqual(["canbo@xa.vn"]);
    expect(() => workbook.renameSheet("Xóm Đông", "Thôn có một cái tên dài hơn ba mươi mốt ký tự")).toThrow();
    expect(workbook.sheets().map((sheet) => sheet.name)).toEqual(["Xóm Đông", "Ghi chép", "S"]);
  });

  test("a failed save leaves the old file byte for byte", async () => {
    const file = path.join(dir, "keep.xlsx");
    writeFileSync(file, "old content");
    const workbook = XlsxWorkbook.create();
    workbook.addSheet("S", null);
    (workbook.book as unknown as { xlsx: { writeFile: () => Promise<void> } }).xlsx.writeFile = () => Promise.reject(new Error("disk full"));
    await expect(workbook.save(file)).rejects.toThrow("disk full");
    expect(readFileSync(file, "utf8")).toBe("old content");
  });

  test("validation, conditional colours and frozen rows are in the file, and formatting twice does not repeat them", async () => {
    const workbook = XlsxWorkbook.create();
    const layout = villageTabLayout(CHINH_TRANG_2026.campaign);
    workbook.addSheet("Thôn 1", "T01");
    const format = villageTabFormat(layout, { headerRow: 3, rows: 9, firstCol: 2, cols: 8 });
    workbook.format("Thôn 1", format);
    workbook.format("Thôn 1", format);
    const file = path.join(dir, "format.xlsx");
    await workbook.save(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("Thôn 1") as ExcelJS.Worksheet & { conditionalFormattings: Array<{ ref: string; rules: unknown[] }> };
    const refs = sheet.conditionalFormattings.map((cf) => cf.ref);
    expect(new Set(refs).size).toBe(refs.length);
    expect(sheet.conditionalFormattings.find((cf) => cf.ref === "H4:H12")?.rules).toHaveLength(4);
    expect(sheet.getCell("C16").dataValidation).toMatchObject({ type: "list", formulae: ['"TRUE,FALSE"'] });
    expect(sheet.getColumn(2).numFmt).toBe("@");
  });

  test("validation survives opening and saving again (ranges are folded back, not lost)", async () => {
    const workbook = XlsxWorkbook.create();
    workbook.addSheet("Thôn 1", "T01");
    workbook.format("Thôn 1", villageTabFormat(villageTabLayout(CHINH_TRANG_2026.campaign), { headerRow: 3, rows: 9, firstCol: 2, cols: 8 }));
    const twice = await saveAndOpen(await saveAndOpen(workbook));
    const sheet = twice.book.getWorksheet("Thôn 1") as unknown as { dataValidations: { model: Record<string, unknown> } };
    const model = sheet.dataValidations.model;
    expect(model["C16:C2015"]).toMatchObject({ type: "list", formulae: ['"TRUE,FALSE"'] });
    expect(model["AE16:AE2015"]).toMatchObject({ type: "list", formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành"'] });
    expect(Object.keys(model).length).toBeLessThan(40);
  });

  test("a column's grey stays in its table: not in the KPI block's column A nor above Công việc chung's headers", async () => {
    const workbook = XlsxWorkbook.create();
    workbook.addSheet("Thôn 1", "T01");
    workbook.addSheet("Công việc chung", "communeWork");
    workbook.write("Thôn 1", 1, 1, [["THÔN 1"], ["Mã thôn: T01"]]);
    workbook.format("Thôn 1", villageTabFormat(villageTabLayout(CHINH_TRANG_2026.campaign), { headerRow: 3, rows: 10, firstCol: 2, cols: 8 }));
    workbook.format("Công việc chung", tableSheetFormat(COMMUNE_WORK_LAYOUT));
    const reopened = await saveAndOpen(workbook);
    const fill = (sheet: string, address: string) => {
      const value = reopened.book.getWorksheet(sheet)?.getCell(address).fill as ExcelJS.FillPattern | undefined;
      return value?.pattern === "solid" ? (value.fgColor?.argb ?? null) : null;
    };
    const grey = "FFF3F3F3";
    expect(["A1", "A2", "A3", "A8", "A13"].map((a) => fill("Thôn 1", a))).toEqual([null, null, null, null, null]);
    expect([fill("Thôn 1", "A16"), fill("Thôn 1", "A2015")]).toEqual([grey, grey]);
    // H3 and H4 are the tasks table's title and header (H its tracking column): their own colours, not the column's grey.
    expect(["H1", "H2", "H3", "H4", "H5"].map((a) => fill("Công việc chung", a))).toEqual([null, null, "FFFCE8B2", "FFD9E2F3", grey]);
  });

  test("the problems sheet freezes its header rows", async () => {
    const workbook = XlsxWorkbook.create();
    workbook.addSheet("Lỗi", null);
    workbook.format("Lỗi", tableSheetFormat(PROBLEMS_LAYOUT));
    const reopened = await saveAndOpen(workbook);
    expect(reopened.book.getWorksheet("Lỗi")?.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });
});
