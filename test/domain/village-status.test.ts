// Tests judging one thôn from its tab: denominators from the register, problems for mismatches, tasks counted.
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { villageTabLayout } from "../../src/domain/layout/sheets";
import type { RegisterEntry } from "../../src/domain/register";
import { planStatus, villageStatus } from "../../src/domain/village-status";
import { readTab } from "../../src/domain/village-tab";
import { gridOf } from "../helpers";

const campaign = CHINH_TRANG_2026.campaign;
const layout = villageTabLayout(campaign);

const entry = (households: number | null): RegisterEntry & { id: string } => ({
  row: 4, id: "T01", name: "Thôn 1", head: null, email: null, phone: null,
  households, gardens: 3, clusters: 1, roads: 1, bcd: null, recognised: true, note: null,
});

// serial, name, 7 items, done (formula), note
const household = (name: string | null, ticks: number) =>
  [null, name, ...Array.from({ length: 7 }, (_, i) => i < ticks), null, null] as never[];

function status(households: never[][], registered: number | null, tables: Record<string, never[][]> = {}) {
  const grid = gridOf("Thôn 1", layout, { households, ...tables });
  return villageStatus(campaign, entry(registered), "Thôn 1", layout, readTab(grid, layout, campaign), "2026-02-05");
}

test("7 of 10 households renovated meets the minimum; the register gives the denominator", () => {
  const rows = Array.from({ length: 10 }, (_, i) => household(`Hộ ${i}`, i < 7 ? 1 : 0));
  const result = status(rows, 10).indicators[0];
  expect([result?.done, result?.total, result?.verdict]).toEqual([7, 10, "Đạt"]);
});

test("a thôn cannot raise its rate by leaving households out: 7 listed and done of 10 registered is 70%", () => {
  const rows = Array.from({ length: 7 }, (_, i) => household(`Hộ ${i}`, 2));
  const result = status(rows, 10);
  expect(result.indicators[0]?.ratio).toBeCloseTo(0.7);
  expect(result.problems.map((p) => [p.sheet, p.cell, p.village, p.message])).toEqual([
    ["Danh sách thôn", "F4", "Thôn 1", "Tab thôn có 7 hộ, Danh sách thôn ghi 10 hộ."],
  ]);
});

test("where the register has no count, the rows are the count", () => {
  const rows = Array.from({ length: 5 }, (_, i) => household(`Hộ ${i}`, i < 4 ? 1 : 0));
  const result = status(rows, null).indicators[0];
  expect([result?.done, result?.total, result?.verdict]).toEqual([4, 5, "Vượt"]);
});

test("more done than the register's total is a problem naming both numbers", () => {
  const rows = Array.from({ length: 12 }, (_, i) => household(`Hộ ${i}`, 1));
  const messages = status(rows, 10).problems.map((p) => p.message);
  expect(messages).toContain("Số hộ đã hoàn thành (12) nhiều hơn tổng số (10).");
});

test("no households and no register count is no data", () => {
  expect(status([], null).indicators[0]?.verdict).toBe("Chưa có số liệu");
});

test("a tick without a name is a problem and is not counted", () => {
  const result = status([household("Hộ 1", 1), household(null, 1)], null);
  expect(result.indicators[0]?.done).toBe(1);
  expect(result.problems.map((p) => [p.cell, p.message])).toEqual([["B17", "Dòng đã đánh dấu nhưng chưa ghi tên chủ hộ."]]);
});

test("tasks: done, overdue and a bad deadline phrase", () => {
  // serial, name, owner, leader, deadline, status, completedOn, flag, note
  const tasks = [
    [null, "Đăng ký", "Thôn", null, "27/01/2026", "Hoàn thành", { date: "2026-01-27" }, null, null],
    [null, "Ra quân", "Chi đoàn", null, "30/01/2026", "Đang thực hiện", null, null, null],
    [null, "Hàng rào", "Phụ nữ", null, "sau Tết", null, null, null, null],
  ] as never[][];
  const result = status([], null, { tasks });
  expect(result.tasks).toEqual({ total: 3, done: 1, overdue: 1, dueSoon: 0 });
  expect(result.problems.map((p) => p.message)).toEqual(['Không hiểu thời hạn "sau Tết".']);
});

test("every problem of a thôn names it, those on its tab and those on its row of Danh sách thôn", () => {
  const tasks = [[null, "Hàng rào", "Phụ nữ", null, "sau Tết", null, null, null, null]] as never[][];
  const rows = [household("Hộ 1", 1), household(null, 1), [null, "Hộ 3", "x", ...Array.from({ length: 6 }, () => false), null, null] as never[]];
  const result = status(rows, 10, { tasks });
  expect(result.problems.map((p) => [p.sheet, p.cell, p.village])).toEqual([
    ["Thôn 1", "C18", "Thôn 1"],
    ["Thôn 1", "AD16", "Thôn 1"],
    ["Thôn 1", "B17", "Thôn 1"],
    ["Danh sách thôn", "F4", "Thôn 1"],
  ]);
});

describe("planStatus: the status a preset noted as the plan's starting point", () => {
  test.each([
    ["Hiện trạng theo kế hoạch (30/12/2023): Chưa đạt", "Chưa đạt"],
    ["Hiện trạng theo kế hoạch: Đạt", "Đạt"],
    ["Hiện trạng theo kế hoạch (30/12/2023): Đạt. Thôn đã nộp hồ sơ 05/03", "Đạt"],
    ["Thôn đã nộp hồ sơ", null],
    [null, null],
  ])("%s → %s", (note, expected) => {
    expect(planStatus(note)).toBe(expected);
  });
});
