// Tests the fake's wrap and number-format setters as the reference types them: setWrap takes a Boolean (false, wrapping
// off, is a value like true), setNumberFormat a String; anything else fails as a call not matching the method signature.
import { Calls, FakeSpreadsheet } from "./spreadsheet-app";
import type { FakeSheet } from "./sheet";

function sheet(): FakeSheet {
  const spreadsheet = new FakeSpreadsheet(new Calls(), "xa.ntm@gmail.com");
  return spreadsheet.insertSheet("Tổng hợp", 0) as unknown as FakeSheet;
}

describe("Range and RangeList setWrap", () => {
  test("false is kept as wrapping off, on every range of a list and on a range", () => {
    const tab = sheet();
    tab.getRangeList(["A1:B2", "D4"]).setWrap(false);
    tab.getRange(6, 1, 1, 1).setWrap(true);
    expect([tab.formatAt(2, 2, "wrap"), tab.formatAt(4, 4, "wrap"), tab.formatAt(6, 1, "wrap")]).toEqual([false, false, true]);
  });

  test("refuses what is not a Boolean", () => {
    const tab = sheet();
    expect(() => tab.getRangeList(["A1"]).setWrap(undefined as unknown as boolean)).toThrow(/don't match the method signature for RangeList.setWrap/);
    expect(() => tab.getRange(1, 1, 1, 1).setWrap("false" as unknown as boolean)).toThrow(/don't match the method signature for Range.setWrap/);
  });
});

describe("Range and RangeList setNumberFormat", () => {
  test("refuses what is not a String", () => {
    const tab = sheet();
    expect(() => tab.getRangeList(["A1"]).setNumberFormat(undefined as unknown as string)).toThrow(/don't match the method signature for RangeList.setNumberFormat/);
    expect(() => tab.getRange(1, 1, 1, 1).setNumberFormat(0 as unknown as string)).toThrow(/don't match the method signature for Range.setNumberFormat/);
    tab.getRange(1, 1, 1, 1).setNumberFormat("dd/MM/yyyy");
    expect(tab.formatAt(1, 1, "numberFormat")).toBe("dd/MM/yyyy");
  });
});
