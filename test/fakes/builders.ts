// This file fakes the builders SpreadsheetApp hands out (data validation, conditional format rules, charts) and what
// they build: plain records the tests can look at, each call counted.
import type {
  BarChartBuilderApi,
  ChartApi,
  ChartBuilderApi,
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationApi,
  DataValidationBuilderApi,
  RangeApi,
} from "../../src/workbook/sheets-api";
import type { Calls } from "./runtime";
import { FakeRange } from "./range";

export class FakeValidation implements DataValidationApi {
  constructor(readonly criteria: string, readonly values: unknown[], readonly allowInvalid: boolean) {}
  getCriteriaType() {
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues() {
    return this.values;
  }
}

export class FakeValidationBuilder implements DataValidationBuilderApi {
  private criteria = "";
  private values: unknown[] = [];
  private allowInvalid = true;
  constructor(private readonly calls: Calls) {}
  private set(method: string, criteria: string, values: unknown[]): DataValidationBuilderApi {
    this.calls.count(`DataValidationBuilder.${method}`);
    this.criteria = criteria;
    this.values = values;
    return this;
  }
  requireCheckbox() {
    return this.set("requireCheckbox", "CHECKBOX", []);
  }
  requireValueInList(values: string[], showDropdown: boolean) {
    return this.set("requireValueInList", "VALUE_IN_LIST", [values, showDropdown]);
  }
  requireDate() {
    return this.set("requireDate", "DATE_IS_VALID_DATE", []);
  }
  requireNumberGreaterThanOrEqualTo(number: number) {
    return this.set("requireNumberGreaterThanOrEqualTo", "NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  /** "Sets the data validation rule to require a number that falls between, or is either of, two specified numbers":
   * the builder's only way to take any number (it has no plain "a number"), its arguments Numbers; the fake refuses
   * anything else, as a call whose parameters don't match the method signature fails.
   * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireNumberBetween(Number,Number) */
  requireNumberBetween(start: number, end: number) {
    if (![start, end].every((n) => typeof n === "number" && Number.isFinite(n))) {
      throw new Error(`The parameters (${typeof start},${typeof end}) don't match the method signature for DataValidationBuilder.requireNumberBetween.`);
    }
    return this.set("requireNumberBetween", "NUMBER_BETWEEN", [start, end]);
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this.calls.count("DataValidationBuilder.setAllowInvalid");
    this.allowInvalid = allowInvalidData;
    return this;
  }
  build() {
    this.calls.count("DataValidationBuilder.build");
    return new FakeValidation(this.criteria, this.values, this.allowInvalid);
  }
}

export class FakeConditionalRule implements ConditionalFormatRuleApi {
  constructor(
    private readonly calls: Calls,
    readonly ranges: FakeRange[],
    readonly textStartsWith: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    /** The custom formula of a whenFormulaSatisfied rule, "" for a text rule. */
    readonly formula = "",
  ) {}
  getRanges(): RangeApi[] {
    this.calls.count("ConditionalFormatRule.getRanges");
    return this.ranges;
  }
  /** The same rule on another sheet's same cells (a template copy carries its rules). */
  movedTo(sheet: FakeRange["sheet"]): FakeConditionalRule {
    const ranges = this.ranges.map((r) => new FakeRange(this.calls, sheet, r.row, r.col, r.rows, r.cols));
    return new FakeConditionalRule(this.calls, ranges, this.textStartsWith, this.background, this.fontColor, this.formula);
  }
}

export class FakeConditionalRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private text = "";
  private formula = "";
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];
  constructor(private readonly calls: Calls) {}
  whenTextStartsWith(text: string) {
    this.calls.count("ConditionalFormatRuleBuilder.whenTextStartsWith");
    this.text = text;
    return this;
  }
  /** "Sets the conditional format rule to trigger when that the given formula evaluates to true", the formula written
   * with its "=" as in the reference's example ('=EQ(B4, C3)'); the fake takes it in that form only.
   * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenFormulaSatisfied(String) */
  whenFormulaSatisfied(formula: string) {
    this.calls.count("ConditionalFormatRuleBuilder.whenFormulaSatisfied");
    if (!formula.startsWith("=")) throw new Error(`Invalid argument: formula "${formula}"`);
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null) {
    this.calls.count("ConditionalFormatRuleBuilder.setBackground");
    this.background = color;
    return this;
  }
  setFontColor(color: string | null) {
    this.calls.count("ConditionalFormatRuleBuilder.setFontColor");
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: RangeApi[]) {
    this.calls.count("ConditionalFormatRuleBuilder.setRanges");
    this.ranges = ranges as FakeRange[];
    return this;
  }
  build() {
    this.calls.count("ConditionalFormatRuleBuilder.build");
    return new FakeConditionalRule(this.calls, this.ranges, this.text, this.background, this.fontColor, this.formula);
  }
}

export class FakeChart implements ChartApi {
  constructor(private readonly calls: Calls, readonly ranges: FakeRange[], readonly options: Map<string, unknown>, readonly position: number[]) {}
  getRanges(): RangeApi[] {
    this.calls.count("EmbeddedChart.getRanges");
    return this.ranges;
  }
}

export class FakeBarChartBuilder implements BarChartBuilderApi, ChartBuilderApi {
  private readonly ranges: FakeRange[] = [];
  private readonly options = new Map<string, unknown>();
  private position: number[] = [1, 1, 0, 0];
  constructor(private readonly calls: Calls) {}
  asBarChart() {
    this.calls.count("EmbeddedChartBuilder.asBarChart");
    this.options.set("type", "bar");
    return this;
  }
  asLineChart() {
    this.calls.count("EmbeddedChartBuilder.asLineChart");
    this.options.set("type", "line");
    return this;
  }
  addRange(range: RangeApi) {
    this.calls.count("EmbeddedChartBuilder.addRange");
    this.ranges.push(range as FakeRange);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    this.calls.count("EmbeddedChartBuilder.setPosition");
    this.position = [anchorRowPos, anchorColPos, offsetX, offsetY];
    return this;
  }
  setOption(option: string, value: unknown) {
    this.calls.count("EmbeddedChartBuilder.setOption");
    this.options.set(option, value);
    return this;
  }
  setNumHeaders(headers: number) {
    this.calls.count("EmbeddedChartBuilder.setNumHeaders");
    this.options.set("numHeaders", headers);
    return this;
  }
  build() {
    this.calls.count("EmbeddedChartBuilder.build");
    return new FakeChart(this.calls, this.ranges, this.options, this.position);
  }
}

