// This file is the contract every Workbook implementation must pass (the .xlsx one now, Google Sheets next).
import type { Workbook } from "../../src/workbook/workbook";
import { sheetByKey } from "../../src/workbook/workbook";
import { type SheetFormat, tableSheetFormat } from "../../src/domain/layout/format";
import { PROBLEMS_LAYOUT } from "../../src/domain/layout/sheets";

export interface ContractSubject {
  /** A new, empty workbook. */
  create(): Promise<Workbook>;
  /** The same workbook as another session would see it (finished, saved and reopened, where that applies). */
  reopen(workbook: Workbook): Promise<Workbook>;
  /** Renames a sheet the way a person does in the spreadsheet program. */
  renameByHand(workbook: Workbook, from: string, to: string): void;
  /** Drags a sheet's tab to another position. */
  moveByHand(workbook: Workbook, sheet: string, position: number): void;
  /** The merged ranges of a sheet as the spreadsheet holds them, in A1 notation ("B2:D2"), in any order. */
  merged(workbook: Workbook, sheet: string): string[];
}

/** Rows with trailing blanks trimmed: implementations may pad rows to the used width. */
export function compact(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
}

export function workbookContract(name: string, subject: ContractSubject): void {
  describe(`Workbook contract: ${name}`, () => {
    let wb: Workbook;
    beforeEach(async () => {
      wb = await subject.create();
    });

    test("added sheets are listed in order with their keys", () => {
      wb.addSheet("Cấu hình", "config");
      wb.addSheet("Thôn 1", "T01");
      wb.addSheet("Ghi chép riêng", null);
      expect(wb.sheets()).toEqual([
        { name: "Cấu hình", key: "config" },
        { name: "Thôn 1", key: "T01" },
        { name: "Ghi chép riêng", key: null },
      ]);
    });

    test("a sheet renamed by hand is still found by its key in the next run, by its old name too", async () => {
      wb.addSheet("Thôn 1", "T01");
      wb.write("Thôn 1", 2, 1, [["Mã thôn: T01 · Trưởng thôn: A"]]);
      wb.finish();
      subject.renameByHand(wb, "Thôn 1", "Thôn Một (mới)");
      const next = await subject.reopen(wb);
      const seen = sheetByKey(next, "T01") as string;
      expect(compact(next.read(seen, { row: 2, col: 1, prefix: "Mã thôn: T01" }))).toEqual([[], ["Mã thôn: T01 · Trưởng thôn: A"]]);
      expect(next.sheets(true).find((sheet) => sheet.key === "T01")?.name).toBe("Thôn Một (mới)");
    });

    test("two tabs whose names a person swapped keep their keys", async () => {
      wb.addSheet("Thôn 1", "T01");
      wb.addSheet("Thôn 2", "T02");
      wb.write("Thôn 1", 1, 1, [["một"]]);
      wb.write("Thôn 2", 1, 1, [["hai"]]);
      wb.finish();
      subject.renameByHand(wb, "Thôn 1", "tạm");
      subject.renameByHand(wb, "Thôn 2", "Thôn 1");
      subject.renameByHand(wb, "tạm", "Thôn 2");
      const next = await subject.reopen(wb);
      const t01 = next.sheets(true).find((sheet) => sheet.key === "T01")?.name as string;
      expect(t01).toBe("Thôn 2");
      next.write(t01, 2, 1, [["x"]]);
      expect(compact((await subject.reopen(next)).read("Thôn 2"))).toEqual([["một"], ["x"]]);
    });

    test("a tab moved by hand is not mistaken for another: what is written lands on the sheet of that name", async () => {
      wb.addSheet("Thôn 1", "T01");
      wb.addSheet("Thôn 2", "T02");
      wb.write("Thôn 1", 2, 1, [["Mã thôn: T01"]]);
      wb.write("Thôn 2", 2, 1, [["Mã thôn: T02"]]);
      wb.finish();
      subject.moveByHand(wb, "Thôn 2", 0);
      const next = await subject.reopen(wb);
      expect(compact(next.read("Thôn 1", { row: 2, col: 1, prefix: "Mã thôn: T01" }))).toEqual([[], ["Mã thôn: T01"]]);
      next.write("Thôn 2", 3, 1, [["x"]]);
      expect(compact((await subject.reopen(next)).read("Thôn 2"))).toEqual([[], ["Mã thôn: T02"], ["x"]]);
    });

    test("a sheet the add-on renames keeps its key, cells and protection, by its new name in this run and the next", async () => {
      wb.addSheet("Xóm 1 (cần ghi tên)", "T01");
      wb.addSheet("Danh sách thôn", "register");
      wb.write("Xóm 1 (cần ghi tên)", 2, 1, [["Mã thôn: T01"], ["Nguyễn Văn An"]]);
      wb.protect("Xóm 1 (cần ghi tên)", ["canbo@xa.vn"], "Tab của Xóm 1");
      // A later run renames it.
      const run = await subject.reopen(wb);
      run.sheets(true);
      run.renameSheet("Xóm 1 (cần ghi tên)", "Xóm Đông");
      const renamed = [
        { name: "Xóm Đông", key: "T01" },
        { name: "Danh sách thôn", key: "register" },
      ];
      expect(run.sheets()).toEqual(renamed);
      run.write("Danh sách thôn", 1, 1, [[{ link: { sheet: "Xóm Đông", text: "Mở tab" } }]]);
      run.write("Xóm Đông", 4, 1, [["Trần Thị Bình"]]);
      const next = await subject.reopen(run);
      expect(next.sheets()).toEqual(renamed);
      expect(next.sheets(true)).toEqual(renamed);
      expect(compact(next.read("Xóm Đông", { row: 2, col: 1, prefix: "Mã thôn: T01" }))).toEqual([[], ["Mã thôn: T01"], ["Nguyễn Văn An"], ["Trần Thị Bình"]]);
      expect(compact(next.read("Danh sách thôn"))).toEqual([["Mở tab"]]);
      expect(next.protection("Xóm Đông")).toEqual(["canbo@xa.vn"]);
    });

    test("renaming to a name another sheet has, in any case, throws and changes nothing", async () => {
      wb.addSheet("Xóm 1 (cần ghi tên)", "T01");
      wb.addSheet("Xóm Đông", null);
      wb.write("Xóm 1 (cần ghi tên)", 1, 1, [["một"]]);
      expect(() => wb.renameSheet("Xóm 1 (cần ghi tên)", "xóm đông")).toThrow();
      const before = [
        { name: "Xóm 1 (cần ghi tên)", key: "T01" },
        { name: "Xóm Đông", key: null },
      ];
      expect(wb.sheets()).toEqual(before);
      const next = await subject.reopen(wb);
      expect(next.sheets(true)).toEqual(before);
      expect(compact(next.read("Xóm 1 (cần ghi tên)"))).toEqual([["một"]]);
    });

    test("values round-trip: text, numbers, booleans, dates, blanks", async () => {
      wb.addSheet("S", null);
      wb.write("S", 2, 2, [
        ["Nguyễn Văn A", 300, true, { date: "2026-01-30" }],
        [null, 0, false, "tháng 8/2024"],
      ]);
      const expected = [
        [],
        [null, "Nguyễn Văn A", 300, true, { date: "2026-01-30" }],
        [null, null, 0, false, "tháng 8/2024"],
      ];
      expect(compact(wb.read("S"))).toEqual(expected);
      expect(compact((await subject.reopen(wb)).read("S"))).toEqual(expected);
    });

    test("text that looks like a formula stays text", async () => {
      wb.addSheet("S", null);
      wb.write("S", 1, 1, [["=1+1", "+84 912", "-5 hộ", "@thôn"]]);
      expect(compact((await subject.reopen(wb)).read("S"))).toEqual([["=1+1", "+84 912", "-5 hộ", "@thôn"]]);
    });

    test("reading a formula never returns the formula's text", async () => {
      wb.addSheet("S", null);
      wb.write("S", 1, 1, [[2, 3, { formula: "A1+B1" }]]);
      const value = (await subject.reopen(wb)).read("S")[0]?.[2];
      expect(value === null || value === 5).toBe(true);
    });

    test("a link to a sheet reads as its text", () => {
      wb.addSheet("Thôn 1", "T01");
      wb.addSheet("S", null);
      wb.write("S", 1, 1, [[{ link: { sheet: "Thôn 1", text: "Mở tab" } }]]);
      expect(compact(wb.read("S"))).toEqual([["Mở tab"]]);
    });

    test("writing a block changes only that block", () => {
      wb.addSheet("S", null);
      wb.write("S", 1, 1, [["a", "b", "c"], ["d", "e", "f"]]);
      wb.write("S", 2, 2, [["X"]]);
      expect(compact(wb.read("S"))).toEqual([["a", "b", "c"], ["d", "X", "f"]]);
    });

    test("clearing an area empties only its values", () => {
      wb.addSheet("S", null);
      wb.write("S", 1, 1, [["a", "b"], ["c", "d"], ["e", "f"]]);
      wb.clear("S", { row: 2, col: 1, rows: 2, cols: 1 });
      expect(compact(wb.read("S"))).toEqual([["a", "b"], [null, "d"], [null, "f"]]);
      wb.clear("S", { row: 1, col: 1, rows: 3, cols: 2 });
      expect(wb.read("S")).toEqual([]);
    });

    test("an empty sheet reads as no rows", () => {
      wb.addSheet("S", null);
      expect(wb.read("S")).toEqual([]);
    });

    test("protection keeps its editors, and survives a rename", async () => {
      wb.addSheet("Thôn 1", "T01");
      wb.addSheet("Tổng hợp", "summary");
      expect(wb.protection("Thôn 1")).toBeNull();
      wb.protect("Thôn 1", ["canbo@xa.vn", "truongthon@gmail.com"], "Tab của Thôn 1");
      wb.protect("Tổng hợp", [], "Chỉ cán bộ");
      wb.protect("Thôn 1", ["canbo@xa.vn"], "Tab của Thôn 1");
      subject.renameByHand(wb, "Thôn 1", "Thôn Một");
      const reopened = await subject.reopen(wb);
      expect(reopened.protection("Thôn Một")).toEqual(["canbo@xa.vn"]);
      expect(reopened.protection("Tổng hợp")).toEqual([]);
    });

    test("formatting twice is the same as once and leaves values alone", async () => {
      wb.addSheet("S", null);
      wb.write("S", 4, 1, [["Trang", "A1", "Sai", "Sửa"]]);
      wb.format("S", tableSheetFormat(PROBLEMS_LAYOUT));
      wb.format("S", tableSheetFormat(PROBLEMS_LAYOUT));
      wb.setTabColor("S", "#999999");
      expect(compact((await subject.reopen(wb)).read("S"))).toEqual([[], [], [], ["Trang", "A1", "Sai", "Sửa"]]);
    });

    describe("merged cells", () => {
      const layout = (format: Partial<SheetFormat>): SheetFormat => ({ frozenRows: 0, columnWidths: [], styles: [], validations: [], conditional: [], ...format });
      const merged = (workbook: Workbook) => subject.merged(workbook, "S").sort();

      test("merging keeps each row's first value over the merged width; the other cells read blank, also in the next run", async () => {
        wb.addSheet("S", null);
        wb.write("S", 2, 2, [["Họp rà soát tiến độ hằng tháng", "x", "y", "Toàn xã"], ["Giao ban", "z", null, null]]);
        wb.format("S", layout({ merges: [{ row: 2, col: 2, rows: 2, cols: 3 }] }));
        const expected = [[], [null, "Họp rà soát tiến độ hằng tháng", null, null, "Toàn xã"], [null, "Giao ban"]];
        expect(merged(wb)).toEqual(["B2:D2", "B3:D3"]);
        expect(compact(wb.read("S"))).toEqual(expected);
        const next = await subject.reopen(wb);
        expect(merged(next)).toEqual(["B2:D2", "B3:D3"]);
        expect(compact(next.read("S"))).toEqual(expected);
      });

      test("a row written over a merge, blank where the merge covers, gives the merge its new text", async () => {
        wb.addSheet("S", null);
        wb.format("S", layout({ merges: [{ row: 2, col: 2, rows: 1, cols: 3 }] }));
        wb.write("S", 2, 1, [["Việc", "Tổng hợp báo cáo hằng tuần", null, null, "1 lần/tuần"]]);
        expect(compact((await subject.reopen(wb)).read("S"))).toEqual([[], ["Việc", "Tổng hợp báo cáo hằng tuần", null, null, "1 lần/tuần"]]);
      });

      test("a merge that cuts through a merged range throws; broken apart from its row down first, the new layout replaces the old", async () => {
        wb.addSheet("S", null);
        wb.format("S", layout({ merges: [{ row: 2, col: 2, rows: 2, cols: 3 }, { row: 6, col: 1, rows: 1, cols: 2 }] }));
        expect(() => wb.format("S", layout({ merges: [{ row: 2, col: 3, rows: 1, cols: 3 }] }))).toThrow();
        wb.format("S", layout({ mergesFrom: 2, merges: [{ row: 2, col: 3, rows: 1, cols: 3 }] }));
        expect(merged(wb)).toEqual(["C2:E2"]);
        expect(merged(await subject.reopen(wb))).toEqual(["C2:E2"]);
      });

      test("merges above the row broken apart from stay", () => {
        wb.addSheet("S", null);
        wb.format("S", layout({ merges: [{ row: 1, col: 1, rows: 1, cols: 4 }, { row: 5, col: 2, rows: 1, cols: 2 }] }));
        wb.format("S", layout({ mergesFrom: 3, merges: [] }));
        expect(merged(wb)).toEqual(["A1:D1"]);
      });
    });
  });
}
