// Tests reading the thôn register with the bad inputs officers really type, and issuing ids that are never reused.
import { REGISTER_LAYOUT } from "../../src/domain/layout/sheets";
import { assignIds, readRegister } from "../../src/domain/register";
import { gridOf } from "../helpers";

// id, name, head, email, phone, households, gardens, clusters, roads, bcd, recognised, note
const row = (name: string | null, households: unknown = 100, extra: Partial<Record<number, unknown>> = {}) => {
  const cells: unknown[] = [null, name, "Trưởng", null, null, households, 5, 2, 3, null, true, null];
  for (const [i, v] of Object.entries(extra)) cells[Number(i)] = v;
  return cells as never[];
};

const register = (rows: never[][]) => readRegister(gridOf("Danh sách thôn", REGISTER_LAYOUT, { register: rows }));

test("text in a number cell and a negative count are problems naming the cell and the row's thôn; the thôn is still read", () => {
  const result = register([row("Thôn 1", "ba trăm"), row("Thôn 2", -5)]);
  expect(result.entries.map((e) => [e.name, e.households])).toEqual([
    ["Thôn 1", null],
    ["Thôn 2", null],
  ]);
  expect(result.problems).toEqual([
    { sheet: "Danh sách thôn", cell: "F4", village: "Thôn 1", message: '"ba trăm" không phải một số đếm hợp lệ.', fix: "Nhập một số nguyên không âm, ví dụ 300." },
    { sheet: "Danh sách thôn", cell: "F5", village: "Thôn 2", message: '"-5" không phải một số đếm hợp lệ.', fix: "Nhập một số nguyên không âm, ví dụ 300." },
  ]);
});

test("empty rows in the middle are skipped, and rows keep their sheet row numbers", () => {
  const result = register([row("Thôn 1"), row(null, null, { 2: null, 6: null, 7: null, 8: null, 10: null }), row("Thôn 3")]);
  expect(result.entries.map((e) => [e.name, e.row])).toEqual([
    ["Thôn 1", 4],
    ["Thôn 3", 6],
  ]);
  expect(result.problems).toEqual([]);
});

test("a duplicate thôn name (ignoring case and spaces) is a problem on the second", () => {
  const result = register([row("Thôn Đông"), row(" thôn  đông ")]);
  expect(result.problems.map((p) => [p.cell, p.village, p.message])).toEqual([["B5", "thôn  đông", 'Tên thôn "thôn  đông" bị trùng với một thôn khác.']]);
});

test("a row with data but no name says the name is missing", () => {
  const result = register([row(null)]);
  expect(result.problems.map((p) => [p.cell, p.village, p.message])).toEqual([["B4", undefined, "Thiếu tên thôn."]]);
});

test("a name starting with = is kept as the text it is", () => {
  expect(register([row("=Thôn 1+1")]).entries[0]?.name).toBe("=Thôn 1+1");
});

test("a bad email is a problem", () => {
  const result = register([row("Thôn 1", 10, { 3: "truongthon@" })]);
  expect(result.problems.map((p) => [p.cell, p.message])).toEqual([["D4", '"truongthon@" không phải địa chỉ email hợp lệ.']]);
});

test("new thôn get ids after the highest ever issued; existing ids are kept; a copied id is replaced", () => {
  const result = register([row("Thôn A", 1, { 0: "T03" }), row("Thôn B"), row("Thôn C", 1, { 0: "T03" })]);
  const ids = assignIds(result.entries, 7);
  expect(ids.entries.map((e) => e.id)).toEqual(["T03", "T08", "T09"]);
  expect(ids.lastIssued).toBe(9);
  expect(ids.assigned).toBe(2);
});
