// This file declares how each sheet looks (widths, header styles, validation, number formats, colours) as data.
import { VERDICT, TASK_FLAG } from "../messages";
import { type Area, a1, columnLetter, formulaString } from "./a1";
import { PROBLEMS_LABEL } from "./kpi";
import type { ColumnKind } from "./columns";
import { CONFIG_LAYOUT, type TablePlacement, type TableSheetLayout, firstDataRow, placement } from "./sheets";
import { SETTINGS, SETTINGS_TABLE } from "./columns";

export type Validation =
  | { readonly kind: "checkbox" }
  /** `others`: a value outside the list is accepted (with a warning), for what people write their own way. */
  | { readonly kind: "list"; readonly values: readonly string[]; readonly others?: boolean }
  | { readonly kind: "date" }
  | { readonly kind: "count" }
  | { readonly kind: "percent" }
  /** Any real number (a measured value, a target). */
  | { readonly kind: "number" };

export interface StyleRule {
  readonly area: Area;
  /** true sets bold, false sets normal weight (to undo an earlier rule), absent leaves it. */
  readonly bold?: boolean;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly fontSize?: number;
  /** A font by name ("Times New Roman"); absent leaves the sheet's. */
  readonly fontFamily?: string;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  /** "normal" is the default (text left, numbers right); Sheets takes only these three. */
  readonly horizontal?: "left" | "center" | "normal";
  readonly italic?: boolean;
  /** true underlines the text (a link's look), false takes the line away. */
  readonly underline?: boolean;
  /** true draws thin lines around and between the area's cells; false removes them (to undo an earlier rule). */
  readonly border?: boolean;
}

/**
 * How a sheet prints: always A4, fit to the page's width (as many pages tall as needed), page numbers in the footer.
 * Applied where the file format holds it (.xlsx); Google Sheets' API has no page setup, so there the sheet says what
 * to choose in the print dialog.
 */
export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  /** Rows printed again at the top of every page (the column headers). */
  readonly repeatRows?: { readonly from: number; readonly to: number };
  /** What prints; absent, the used range. */
  readonly area?: Area;
  /** Pages tall it is shrunk to fit besides the width; absent, as many as it takes. */
  readonly pagesTall?: number;
  /** Pages wide it spreads over (printed down, then over); absent, one. */
  readonly pagesWide?: number;
  /** Page margins in millimetres (a written report's, as the decree sets them); absent, the usual ones. */
  readonly margins?: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

/** A colour for the cells of an area that match, while they match. */
export type ConditionalRule = TextRule | FormulaRule;

interface TextRule {
  readonly area: Area;
  /** Matches cells whose text starts with this (case-sensitive, as the add-on writes it). */
  readonly textStartsWith: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface FormulaRule {
  readonly area: Area;
  /**
   * Matches cells for which this formula (common dialect, no "=") is true. It is written for the area's top-left cell,
   * `{cell}` standing for that cell; its relative references move with each cell, as Sheets, Excel and LibreOffice do.
   */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

export function isFormulaRule(rule: ConditionalRule): rule is FormulaRule {
  return "formula" in rule;
}

/** A formula rule's formula for its area: `{cell}` replaced by the area's top-left cell. */
export function ruleFormula(rule: FormulaRule): string {
  return rule.formula.split("{cell}").join(a1(rule.area.row, rule.area.col));
}

export interface SheetFormat {
  /**
   * Set for the format of one part of a sheet, applied and remembered apart from the sheet's main format (which has
   * none); a part brings styles, row heights and print setup only, and leaves the frozen rows to the main format.
   */
  readonly part?: string;
  readonly frozenRows: number;
  readonly columnWidths: ReadonlyArray<{ readonly col: number; readonly width: number }>;
  readonly styles: readonly StyleRule[];
  readonly validations: ReadonlyArray<{ readonly area: Area; readonly validation: Validation }>;
  readonly conditional: readonly ConditionalRule[];
  readonly print?: PrintSetup;
  /**
   * Heights in pixels of rows whose wrapped text must show whole (a header row). Google Sheets grows a row to fit
   * wrapped text by itself, but not for text in a merged cell: there it sets the heights of the rows `merges` covers.
   */
  readonly rowHeights?: ReadonlyArray<{ readonly row: number; readonly height: number }>;
  /**
   * Cells merged across: each row of each area becomes one cell as wide as the area, holding the text of its first
   * cell (the others must be left empty). Areas may not overlap each other.
   */
  readonly merges?: readonly Area[];
  /**
   * Set where the merges move from one application to the next: before the merges and heights of this format apply,
   * every merged cell from this row down is broken apart and those rows take the default height again, so no old merge
   * overlaps a new one or lingers. No merged cell may start above this row and reach into it.
   */
  readonly mergesFrom?: number;
  /**
   * Set when the tables moved (a relayout): before the rest applies, the area's validation and number formats are
   * taken off and the add-on's colour rules starting in it dropped, so no old column's tick box, date format or colours
   * stay where other columns now are.
   */
  readonly reset?: Area;
}

/** A chart drawn from sheet data: categories down one column, one series per column area. */
export interface ChartSpec {
  readonly kind: "bar" | "line";
  readonly title: string;
  readonly categories: Area;
  readonly series: readonly Area[];
  readonly anchor: { readonly row: number; readonly col: number };
}

export const COLOURS = {
  title: "#1C4587",
  plain: "#FFFFFF",
  headerFill: "#D9E2F3",
  tableTitleFill: "#FCE8B2",
  addonFill: "#F3F3F3",
  below: { fill: "#F4CCCC", font: "#990000" },
  met: { fill: "#D9EAD3", font: "#274E13" },
  exceeded: { fill: "#B6D7A8", font: "#274E13" },
  noData: { fill: "#EFEFEF", font: "#666666" },
  overdue: { fill: "#F4CCCC", font: "#990000" },
  dueSoon: { fill: "#FFF2CC", font: "#7F6000" },
  doneLate: { fill: "#FCE5CD", font: "#783F04" },
  /** A cell holding what the add-on can't read ("x" in a tick column), or where a check found a problem. */
  problem: { fill: "#EA9999", font: "#660000" },
  /** Sheets' own colour for links. */
  link: "#1155CC",
} as const;

/**
 * The range a number column's validation takes: neither Sheets' validation builder nor Excel's has "any number", both
 * have "a number between", so the bounds are far past anything a commune measures (1.000 tỷ đồng is 10^12).
 */
export const NUMBER_BOUNDS = { min: -1e15, max: 1e15 } as const;

export const DATE_FORMAT = "dd/mm/yyyy";
export const PERCENT_FORMAT = "0.0%";
/** Whole numbers: the KPI block's counts and target percentages. */
export const COUNT_FORMAT = "0";
export const TEXT_FORMAT = "@";

/** Colours for verdict cells, longest prefix first so "Chưa có số liệu" is not read as "Chưa đạt". */
export function verdictRules(area: Area): ConditionalRule[] {
  return [
    { area, textStartsWith: VERDICT.noData, ...pair(COLOURS.noData) },
    { area, textStartsWith: VERDICT.below, ...pair(COLOURS.below) },
    { area, textStartsWith: VERDICT.exceeded, ...pair(COLOURS.exceeded) },
    { area, textStartsWith: VERDICT.met, ...pair(COLOURS.met) },
  ];
}

/** The colours a verdict or deadline label takes (as verdictRules and flagRules colour it), for cells styled once. */
export function verdictColours(text: string): { fill: string; font: string } | null {
  const rules: Array<[string, { fill: string; font: string }]> = [
    [VERDICT.noData, COLOURS.noData],
    [VERDICT.below, COLOURS.below],
    [VERDICT.exceeded, COLOURS.exceeded],
    [VERDICT.met, COLOURS.met],
    [TASK_FLAG.overduePrefix, COLOURS.overdue],
    [TASK_FLAG.dueSoon, COLOURS.dueSoon],
    [TASK_FLAG.doneLate, COLOURS.doneLate],
  ];
  return rules.find(([prefix]) => text.startsWith(prefix))?.[1] ?? null;
}

export function flagRules(area: Area): ConditionalRule[] {
  return [
    { area, textStartsWith: TASK_FLAG.overduePrefix, ...pair(COLOURS.overdue) },
    { area, textStartsWith: TASK_FLAG.dueSoon, ...pair(COLOURS.dueSoon) },
    { area, textStartsWith: TASK_FLAG.doneLate, ...pair(COLOURS.doneLate) },
  ];
}

function pair(colours: { fill: string; font: string }): { fill: string; fontColor: string } {
  return { fill: colours.fill, fontColor: colours.font };
}

function validationFor(kind: ColumnKind, choices: readonly string[] | undefined): Validation | null {
  switch (kind) {
    case "checkbox":
      return { kind: "checkbox" };
    case "choice":
      return { kind: "list", values: choices ?? [] };
    case "date":
      return { kind: "date" };
    case "count":
      return { kind: "count" };
    case "percent":
      return { kind: "percent" };
    case "number":
      return { kind: "number" };
    default:
      return null;
  }
}

function numberFormatFor(kind: ColumnKind): string | undefined {
  switch (kind) {
    case "date":
      return DATE_FORMAT;
    case "ratio":
      return PERCENT_FORMAT;
    case "text":
    case "email":
    case "deadline":
      return TEXT_FORMAT;
    default:
      return undefined;
  }
}

/**
 * What a person may type that the add-on can't read, coloured where it is as soon as it is typed, as the compile reads
 * it: in a tick column anything but a tick, a typed 1 or 0, or blank ("x"); in a count column anything but a whole
 * number ≥ 0 (45.5); in a number column anything but a number ("96%" kept as text). Dates, deadlines and choices are
 * judged by the check, which colours the cells it finds.
 */
function badEntryRule(kind: ColumnKind, area: Area): FormulaRule | null {
  const look = { area, fill: COLOURS.problem.fill, fontColor: COLOURS.problem.font };
  const typed = "LEN(TRIM({cell}))>0";
  switch (kind) {
    case "checkbox":
      // ISLOGICAL one cell at a time is how LibreOffice, where a tick is the number 1, tells a tick from a number.
      return { ...look, formula: `AND(${typed},NOT(ISLOGICAL({cell})),{cell}<>1,{cell}<>0)` };
    case "count":
      // Each IF stands guard for the test after it, which would fail on text.
      return { ...look, formula: `IF(${typed},IF(ISNUMBER({cell}),OR({cell}<0,{cell}<>INT({cell})),TRUE()),FALSE())` };
    case "number":
      return { ...look, formula: `AND(${typed},NOT(ISNUMBER({cell})))` };
    default:
      return null;
  }
}

/** Side-by-side areas of the same rows with equal settings become one area, so an implementation applies each once. */
export function mergeColumns<T extends { readonly area: Area }>(rules: readonly T[]): T[] {
  const merged: T[] = [];
  const same = (a: T, b: T) => JSON.stringify({ ...a, area: null }) === JSON.stringify({ ...b, area: null });
  for (const rule of rules) {
    const index = merged.findIndex(
      (m) => m.area.row === rule.area.row && m.area.rows === rule.area.rows && m.area.col + m.area.cols === rule.area.col && same(m, rule),
    );
    const previous = merged[index];
    if (previous) merged[index] = { ...previous, area: { ...previous.area, cols: previous.area.cols + rule.area.cols } };
    else merged.push(rule);
  }
  return merged;
}

/** The format of a sheet of side-by-side tables: title, table titles, headers, and per-column validation and formats. */
export function tableSheetFormat(layout: TableSheetLayout): SheetFormat {
  const dataRow = firstDataRow(layout);
  const styles: StyleRule[] = [
    { area: { row: layout.titleRow, col: 1, rows: 1, cols: 1 }, bold: true, fontSize: 14, fontColor: COLOURS.title },
  ];
  const validations: Array<{ area: Area; validation: Validation }> = [];
  const conditional: ConditionalRule[] = [];
  const columnWidths: Array<{ col: number; width: number }> = [];
  for (const place of layout.tables) {
    const cols = place.table.columns.length;
    styles.push({ area: { row: layout.tableTitleRow, col: place.firstCol, rows: 1, cols }, bold: true, fill: COLOURS.tableTitleFill });
    styles.push({ area: { row: layout.headerRow, col: place.firstCol, rows: 1, cols }, bold: true, wrap: true, fill: COLOURS.headerFill });
    place.table.columns.forEach((column, i) => {
      const col = place.firstCol + i;
      const area = { row: dataRow, col, rows: layout.maxRows, cols: 1 };
      columnWidths.push({ col, width: column.width });
      const validation = validationFor(column.kind, column.choices);
      if (validation) validations.push({ area, validation });
      const numberFormat = numberFormatFor(column.kind);
      if (numberFormat) styles.push({ area, numberFormat });
      if (column.kind === "flag") conditional.push(...flagRules(area));
      const bad = badEntryRule(column.kind, area);
      if (bad) conditional.push(bad);
      if (column.kind === "checkbox") styles.push({ area, horizontal: "center" });
      if (column.kind === "derived" || column.kind === "serial" || column.kind === "flag" || column.kind === "id") {
        styles.push({ area, fill: COLOURS.addonFill });
      }
    });
  }
  // Side-by-side tables print a page wide each (near enough: the page breaks fall where the widths add up), so a
  // sheet of four tables is not shrunk to a quarter.
  const pagesWide = layout.tables.length;
  const wide = columnWidths.reduce((sum, { width }) => sum + width, 0) / pagesWide > PORTRAIT_WIDTH;
  return {
    frozenRows: layout.headerRow,
    columnWidths,
    styles: mergeColumns(styles),
    validations: mergeColumns(validations),
    conditional: mergeColumns(conditional),
    print: { orientation: wide ? "landscape" : "portrait", repeatRows: { from: layout.tableTitleRow, to: layout.headerRow }, pagesWide },
  };
}

/** Columns wider than this (pixels) print on A4 landscape; narrower ones on portrait, fit to the page's width. */
const PORTRAIT_WIDTH = 750;

/** The format of a thôn tab: its tables plus the KPI block's header, percentages and verdict colours. */
export function villageTabFormat(layout: TableSheetLayout, kpi: { headerRow: number; rows: number; firstCol: number; cols: number }): SheetFormat {
  const base = tableSheetFormat(layout);
  const body = { row: kpi.headerRow + 1, rows: kpi.rows };
  return {
    ...base,
    // Through the column headers (row 15): the title, the KPI block and the headers stay while a head scrolls down a
    // long list; they scroll sideways with the tables, so each table's headers stay above it.
    frozenRows: layout.headerRow,
    // Item headers run to three lines in a 90-pixel column ("Nhà ở và công trình phụ trợ"): whole in a file too.
    rowHeights: [...(base.rowHeights ?? []), { row: layout.headerRow, height: 48 }],
    styles: [
      ...base.styles,
      { area: { row: kpi.headerRow, col: kpi.firstCol, rows: 1, cols: kpi.cols }, bold: true, fill: COLOURS.headerFill },
      // The labels are links to their tables, and look it.
      { area: { ...body, col: kpi.firstCol, cols: 1 }, bold: true, fontColor: COLOURS.link, underline: true },
      // The block sits in the item tables' columns, whose formats (a date column's) would show 100 as 09/04/1900.
      { area: { ...body, col: kpi.firstCol + 1, cols: 2 }, numberFormat: COUNT_FORMAT },
      { area: { ...body, col: kpi.firstCol + 3, cols: 1 }, numberFormat: PERCENT_FORMAT },
      { area: { ...body, col: kpi.firstCol + 4, cols: 2 }, numberFormat: COUNT_FORMAT },
      // Figures centred under their headers: at a phone's edge a total set to the right of its column is cut off.
      { area: { row: kpi.headerRow, col: kpi.firstCol + 1, rows: kpi.rows + 1, cols: 5 }, horizontal: "center" },
    ],
    conditional: [
      ...base.conditional,
      ...verdictRules({ ...body, col: kpi.firstCol + 6, cols: 1 }),
      ...labelRules({ ...body, col: kpi.firstCol, cols: 1 }, kpi.firstCol + 6),
      ...problemCountRules({ ...body, col: kpi.firstCol + 1, cols: 1 }),
    ],
  };
}

/**
 * Each indicator's label takes its verdict's colour, so a phone's first screen (label, done, total) shows how the thôn
 * stands without scrolling to the verdict column; the text stays a link's.
 */
function labelRules(labels: Area, verdictCol: number): FormulaRule[] {
  const verdict = `$${columnLetter(verdictCol)}${labels.row}`;
  const rule = (text: string, colours: { fill: string }): FormulaRule => ({ area: labels, formula: `${verdict}=${formulaString(text)}`, fill: colours.fill, fontColor: COLOURS.link });
  return [rule(VERDICT.noData, COLOURS.noData), rule(VERDICT.below, COLOURS.below), rule(VERDICT.exceeded, COLOURS.exceeded), rule(VERDICT.met, COLOURS.met)];
}

/** The data-problem count in the KPI block, red while there is one. */
function problemCountRules(counts: Area): FormulaRule[] {
  const label = `$${columnLetter(counts.col - 1)}${counts.row}`;
  return [{ area: counts, formula: `AND(${label}=${formulaString(PROBLEMS_LABEL)},N({cell})>0)`, fill: COLOURS.problem.fill, fontColor: COLOURS.problem.font }];
}

/** Cấu hình's format: its tables', plus a dropdown on each setting that has choices (the report weekday), which also
 * takes the usual ways of writing a weekday ("Thứ 6"). */
export function configSheetFormat(): SheetFormat {
  const base = tableSheetFormat(CONFIG_LAYOUT);
  const settings = placement(CONFIG_LAYOUT, SETTINGS_TABLE.id) as TablePlacement;
  const dropdowns = SETTINGS.flatMap((setting, i) =>
    setting.choices === undefined
      ? []
      : [{ area: { row: firstDataRow(CONFIG_LAYOUT) + i, col: settings.firstCol + 1, rows: 1, cols: 1 }, validation: { kind: "list" as const, values: setting.choices, others: true } }],
  );
  // Each setting's own number format: a date shows as a date however often the format is applied again (generate
  // upgrades Cấu hình), and a time or a text stays as typed.
  const formats = SETTINGS.flatMap((setting, i): StyleRule[] => {
    const numberFormat = setting.kind === "date" ? DATE_FORMAT : setting.kind === "count" ? undefined : TEXT_FORMAT;
    return numberFormat === undefined ? [] : [{ area: { row: firstDataRow(CONFIG_LAYOUT) + i, col: settings.firstCol + 1, rows: 1, cols: 1 }, numberFormat }];
  });
  return { ...base, styles: [...base.styles, ...formats], validations: [...base.validations, ...dropdowns] };
}
