// Tests marking overdue work: labels written in the tasks' tracking column, on thôn tabs and Công việc chung alike.
import { generateTabs } from "../../src/actions/generate-tabs";
import { markOverdue } from "../../src/actions/mark-overdue";
import { setUpWorkbook } from "../../src/actions/set-up";
import { vietnamInstant } from "../../src/domain/dates";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import type { Workbook } from "../../src/workbook/workbook";
import { smallPreset } from "../helpers";

// Thôn tab tasks start at column Z (26): serial, name, owner, leader, deadline, status, completedOn, flag (AG = 33), note.
const FLAG_COLUMN = 33;

function workbook() {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, smallPreset());
  generateTabs(wb);
  wb.write("Thôn 2", 16, 27, [
    ["Đăng ký công trình", "Ban phát triển thôn", null, "27/01/2026", "Hoàn thành", { date: "2026-01-29" }],
    ["Ra quân vệ sinh", "Chi đoàn", null, "30/01/2026", "Đang thực hiện", null],
    ["Hàng rào xanh", "Chi hội Phụ nữ", null, "trước 8/2", null, null],
    ["Đường hoa", "Chi hội CCB", null, "tháng 2/2026", "Chưa thực hiện", null],
    ["Việc không rõ hạn", "Thôn", null, "sau Tết", null, null],
  ]);
  return wb;
}

const flags = (wb: Workbook, sheet: string, col: number, from = 16, count = 5) =>
  wb.read(sheet).slice(from - 1, from - 1 + count).map((row) => row[col - 1] ?? null);

test("on 05/02/2026 each task gets its label, in Vietnam time", () => {
  const wb = workbook();
  const result = markOverdue(wb, vietnamInstant("2026-02-05", 8 * 60));
  expect(flags(wb, "Thôn 2", FLAG_COLUMN)).toEqual(["Hoàn thành trễ hạn", "Quá hạn 6 ngày", "Sắp đến hạn", null, null]);
  expect(result.message).toMatch(/^Đánh dấu xong: \d+ việc quá hạn, 1 việc sắp đến hạn\.$/);
});

test("23:30 UTC on 04/02 is already 05/02 in Vietnam", () => {
  const wb = workbook();
  markOverdue(wb, new Date("2026-02-04T23:30:00Z"));
  expect(flags(wb, "Thôn 2", FLAG_COLUMN)[1]).toBe("Quá hạn 6 ngày");
});

test("Công việc chung is marked too: the organisations' work due 13/02/2026 is overdue on 15/02", () => {
  const wb = workbook();
  markOverdue(wb, vietnamInstant("2026-02-15"));
  // Công việc chung: tasks from column A, flag in H, data from row 5.
  // The first two rows are the Hội Phụ nữ's and the Hội Nông dân's work, both due 13/02/2026.
  expect(flags(wb, "Công việc chung", 8, 5, 2)).toEqual(["Quá hạn 2 ngày", "Quá hạn 2 ngày"]);
});

test("a label is cleared when the task is done, and nothing but the tracking column changes", () => {
  const wb = workbook();
  markOverdue(wb, vietnamInstant("2026-02-05"));
  wb.write("Thôn 2", 17, 31, [["Hoàn thành", { date: "2026-01-30" }]]);
  const before = wb.read("Thôn 2");
  markOverdue(wb, vietnamInstant("2026-02-05"));
  const after = wb.read("Thôn 2");
  expect(flags(wb, "Thôn 2", FLAG_COLUMN)[1]).toBeNull();
  const changed: string[] = [];
  after.forEach((row, r) => row.forEach((value, c) => {
    if (JSON.stringify(value) !== JSON.stringify(before[r]?.[c] ?? null)) changed.push(`${r + 1}:${c + 1}`);
  }));
  expect(changed).toEqual([`17:${FLAG_COLUMN}`]);
});

test("marking twice on the same day writes nothing the second time", () => {
  const wb = workbook();
  markOverdue(wb, vietnamInstant("2026-02-05"));
  const writes: string[] = [];
  const counting = new Proxy(wb, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === "write") return (...args: unknown[]) => { writes.push(String(args[0])); return (value as Function).apply(target, args); };
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  markOverdue(counting, vietnamInstant("2026-02-05"));
  expect(writes).toEqual([]);
});

test("a criterion with an owner and a deadline past is labelled like a task and counted overdue; one without an owner is not", () => {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, smallPreset());
  generateTabs(wb);
  // Công việc chung's criteria follow its tasks (A–I) from column K: number, name, hard, status, owner, leader,
  // deadline, flag (R = 18).
  wb.write("Công việc chung", 5, 11, [
    ["5", "Giáo dục", false, "Chưa đạt", "Phòng Văn hóa", "Đinh Văn Tám", "quý 4/2025"],
    ["6", "Văn hóa", false, "Đạt", "Phòng Văn hóa", "Đinh Văn Tám", "quý 4/2025"],
    ["7", "Cơ sở hạ tầng thương mại", false, "Chưa đạt", null, "Ngô Văn Đồng", "quý 4/2025"],
  ]);
  const before = markOverdue(wb, vietnamInstant("2026-01-05"));
  expect(flags(wb, "Công việc chung", 18, 5, 3)).toEqual(["Quá hạn 5 ngày", null, null]);
  expect(before.counts.overdue).toBeGreaterThanOrEqual(1);
});
