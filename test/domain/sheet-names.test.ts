// Tests that any thôn name becomes a sheet name every spreadsheet program accepts, unique in the workbook.
import { MAX_SHEET_NAME_LENGTH, safeSheetName } from "../../src/domain/sheet-names";

test("characters sheets forbid are replaced", () => {
  expect(safeSheetName("Thôn 1/2 \\ ? * [A] : B", [])).toBe("Thôn 1-2 - - - -A- - B");
});

test("a name longer than a sheet name allows is cut to 31 characters", () => {
  const name = safeSheetName("Thôn Phúc Thịnh Hạ thuộc xã Mai Hoa huyện cũ", []);
  expect(Array.from(name).length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
  expect(name).toBe("Thôn Phúc Thịnh Hạ thuộc xã Mai");
});

test("a duplicate name gets a number, case-insensitively", () => {
  expect(safeSheetName("Thôn 1", ["thôn 1"])).toBe("Thôn 1 (2)");
  expect(safeSheetName("Thôn 1", ["Thôn 1", "Thôn 1 (2)"])).toBe("Thôn 1 (3)");
});

test("a long duplicate keeps its number within the limit", () => {
  const long = "X".repeat(40);
  const first = safeSheetName(long, []);
  const second = safeSheetName(long, [first]);
  expect(second.endsWith(" (2)")).toBe(true);
  expect(second.length).toBe(MAX_SHEET_NAME_LENGTH);
});

test("apostrophes at the ends and empty names are made safe", () => {
  expect(safeSheetName("'Thôn'", [])).toBe("Thôn");
  expect(safeSheetName("  ///  ", [])).toBe("---");
  expect(safeSheetName("   ", [])).toBe("Thôn");
});

test("a name starting with = stays a name", () => {
  expect(safeSheetName("=SUM(A1)", [])).toBe("=SUM(A1)");
});
