// Tests the fake's number validation as the reference gives it: the builder has no plain "a number", only a number
// between two Numbers, and a call with anything else for them fails.
import { NUMBER_BOUNDS } from "../../src/domain/layout/format";
import { Calls, fakeSpreadsheetApp } from "./spreadsheet-app";

describe("DataValidationBuilder.requireNumberBetween", () => {
  const app = fakeSpreadsheetApp(new Calls());

  test("takes two Numbers, the bounds included, and builds a NUMBER_BETWEEN rule", () => {
    const rule = app.newDataValidation().setAllowInvalid(false).requireNumberBetween(NUMBER_BOUNDS.min, NUMBER_BOUNDS.max).build();
    expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual(["NUMBER_BETWEEN", [NUMBER_BOUNDS.min, NUMBER_BOUNDS.max]]);
  });

  test("refuses what is not a Number: text, NaN, Infinity", () => {
    const builder = () => app.newDataValidation();
    expect(() => builder().requireNumberBetween("0" as unknown as number, 100)).toThrow(/don't match the method signature/);
    expect(() => builder().requireNumberBetween(Number.NaN, 100)).toThrow(/don't match the method signature/);
    expect(() => builder().requireNumberBetween(-Infinity, Infinity)).toThrow(/don't match the method signature/);
  });

  test("the builder offers no plain 'any number' rule", () => {
    expect("requireNumber" in app.newDataValidation()).toBe(false);
  });
});
