// An older placement of a sheet's tables is recognised by titles and headers and moved column by column; anything
// unclear moves nothing.
import type { Cell } from "../../src/domain/cell";
import type { TableSpec } from "../../src/domain/layout/columns";
import { type TableSheetLayout, firstDataRow } from "../../src/domain/layout/sheets";
import { movedBlock, relayout } from "../../src/domain/relayout";
import { gridOf } from "../helpers";

const A: TableSpec = {
  id: "a",
  title: "BẢNG A",
  columns: [
    { key: "serial", header: "STT", kind: "serial", width: 40 },
    { key: "name", header: "Tên", kind: "text", width: 100 },
    { key: "done", header: "Xong", kind: "checkbox", width: 60 },
  ],
};
const B: TableSpec = {
  id: "b",
  title: "BẢNG B",
  columns: [
    { key: "name", header: "Việc", kind: "text", width: 100 },
    { key: "deadline", header: "Thời hạn", kind: "deadline", width: 100 },
  ],
};
const A2: TableSpec = { ...A, columns: [A.columns[0]!, A.columns[1]!, { key: "leader", header: "Lãnh đạo", kind: "text", width: 100 }, A.columns[2]!] };
const B2: TableSpec = { ...B, columns: [...B.columns, { key: "flag", header: "Theo dõi", kind: "flag", width: 100 }] };

function layoutOf(...tables: Array<[TableSpec, number]>): TableSheetLayout {
  return { titleRow: 1, tableTitleRow: 3, headerRow: 4, maxRows: 50, tables: tables.map(([table, firstCol]) => ({ table, firstCol })) };
}
const OLD = layoutOf([A, 1], [B, 5]);
const NEW = layoutOf([A2, 1], [B2, 6]);

function oldGrid(tables: Record<string, Cell[][]>) {
  return gridOf("Công việc chung", OLD, tables);
}

test("an older placement is recognised and every column holding values goes to its new place", () => {
  const grid = oldGrid({ a: [[1, "Hộ Ánh", true], [2, "Hộ Bình", false]], b: [["Làm đường", "quý 4/2024"], ["Đào mương", { date: "2026-03-31" }]] });
  const plan = relayout(grid, NEW);
  expect(plan).toEqual({ kind: "moved", moves: [{ from: 1, to: 1 }, { from: 2, to: 2 }, { from: 3, to: 4 }, { from: 5, to: 6 }, { from: 6, to: 7 }], width: 6, lastRow: 6 });
  if (plan.kind !== "moved") return;
  expect(movedBlock(grid, NEW, plan)).toEqual([
    [1, "Hộ Ánh", null, true, null, "Làm đường", "quý 4/2024", null],
    [2, "Hộ Bình", null, false, null, "Đào mương", { date: "2026-03-31" }, null],
  ]);
  expect(firstDataRow(NEW)).toBe(5);
});

test("tables already in place, or a sheet that holds none, move nothing", () => {
  expect(relayout(gridOf("X", NEW, { a: [[1, "Hộ Ánh", null, true]] }), NEW)).toEqual({ kind: "same" });
});

test("a column a person inserted or renamed moves nothing (the header check reports it)", () => {
  const renamed = oldGrid({ a: [[1, "Hộ Ánh", true]] });
  (renamed.values[3] as Cell[])[2] = "Đã xong";
  expect(relayout(renamed, NEW)).toEqual({ kind: "unknown" });
  const twice = oldGrid({ a: [[1, "Hộ Ánh", true]] });
  (twice.values[2] as Cell[])[7] = "BẢNG A";
  expect(relayout(twice, NEW)).toEqual({ kind: "unknown" });
});

test("data in a column no table claims is never dropped: nothing moves and the cell is named", () => {
  const grid = oldGrid({ a: [[1, "Hộ Ánh", true], [2, "Hộ Bình", true]] });
  (grid.values[5] as Cell[])[3] = "ghi chú riêng";
  const plan = relayout(grid, NEW);
  expect(plan.kind).toBe("blocked");
  if (plan.kind !== "blocked") return;
  expect(plan.problems.map((p) => [p.sheet, p.cell])).toEqual([["Công việc chung", "D6"]]);
  expect(plan.problems[0]?.message).toMatch(/không dữ liệu nào bị mất/);
});
