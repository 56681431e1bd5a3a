// This file writes the thôn tab's KPI block as native formulas, so a head sees progress live as they tick.
import { type Campaign, type Indicator, type VillageKind, ruleForKind } from "../campaign";
import type { CellInput } from "../cell";
import { TASK_FLAG, TASK_STATUS, VERDICT } from "../messages";
import { a1, columnLetter, columnRange, formulaString, quoteSheet } from "./a1";
import { MODEL_RECOGNISED } from "./columns";
import {
  PROBLEMS_LAYOUT,
  REGISTER_LAYOUT,
  VILLAGE_TAB,
  type TablePlacement,
  type TableSheetLayout,
  firstDataRow,
  lastDataRow,
  placement,
  sheetColumn,
} from "./sheets";

export const KPI_HEADERS = ["Chỉ tiêu", "Đạt", "Tổng", "Tỷ lệ", "Tối thiểu (%)", "Phấn đấu (%)", "Đánh giá", "Ghi chú"] as const;

/** Register count fields each share table's denominator comes from. */
export const REGISTER_FIELDS: Record<"households" | "gardens" | "clustersRoads" | "models", readonly string[]> = {
  households: ["households"],
  gardens: ["gardens"],
  clustersRoads: ["clusters", "roads"],
  models: [],
};

/**
 * Whether each cell of a tick range is ticked, as the compile reads a tick: TRUE, or a typed 1. LibreOffice keeps a
 * boolean as the number 1 and its COUNTIF(…;TRUE()) counts a typed 1 too, so the other apps must count 1 as well; a sum
 * of the two tests over 0 counts each cell once in all of them.
 */
export function tickedCells(range: string): string {
  return `((${range}=TRUE())+(${range}=1)>0)`;
}

/** How many named rows of a share table are done (`done`: the column that says so, `names`: the name column). */
const DONE_COUNT: Record<keyof typeof REGISTER_FIELDS, { key: string; count: (done: string, names: string) => string }> = {
  // The derived "renovated" column: ✓ or blank, by householdDoneFormula.
  households: { key: "done", count: (done, names) => `COUNTIFS(${done},${formulaString(DONE_MARK)},${names},"<>")` },
  gardens: { key: "done", count: (done, names) => `SUMPRODUCT(${tickedCells(done)}*(${names}<>""))` },
  clustersRoads: { key: "done", count: (done, names) => `SUMPRODUCT(${tickedCells(done)}*(${names}<>""))` },
  models: { key: "status", count: (status, names) => `COUNTIFS(${status},${formulaString(MODEL_RECOGNISED)},${names},"<>")` },
};

/** Column letter of the KPI block's column `offset` (0 = label, 1 = done, 2 = total, … 7 = note). */
function k(offset: number, row: number): string {
  return `${columnLetter(VILLAGE_TAB.kpiFirstCol + offset)}${row}`;
}

export const TASKS_DONE_LABEL = "Công việc hoàn thành";
export const TASKS_OVERDUE_LABEL = "Công việc quá hạn";
export const PROBLEMS_LABEL = "Ô dữ liệu cần sửa";
const PROBLEMS_NOTE = "Các ô tô đỏ trong bảng; theo lần kiểm tra gần nhất";

function registerRange(registerSheet: string, key: string): string {
  const place = REGISTER_LAYOUT.tables[0] as TablePlacement;
  const col = sheetColumn(place, key);
  return `${quoteSheet(registerSheet)}!${columnRange(col, firstDataRow(REGISTER_LAYOUT), lastDataRow(REGISTER_LAYOUT), true)}`;
}

function itemRange(layout: TableSheetLayout, place: TablePlacement, key: string): string {
  return columnRange(sheetColumn(place, key), firstDataRow(layout), lastDataRow(layout), true);
}

/**
 * A register count of this thôn as the compile reads it: `given` is true when its cell holds a whole number ≥ 0 (a
 * blank, 45.5, -3 or "ba mươi" is not given, and the listed rows are counted instead), `value` the number. COUNTIFS
 * sees a number ≥ 0 in the thôn's row; SUMIFS, which skips text, gives that number to test for a fraction.
 */
function registerCount(ctx: KpiContext, field: string): { given: string; value: string } {
  const ids = registerRange(ctx.registerSheet, "id");
  const id = formulaString(ctx.villageId);
  const range = registerRange(ctx.registerSheet, field);
  const value = `SUMIFS(${range},${ids},${id})`;
  return { given: `AND(COUNTIFS(${ids},${id},${range},">=0")>0,${value}=INT(${value}))`, value };
}

/** A KPI label that takes the head to the table it counts: its title cell on the same tab. */
function tableLink(ctx: KpiContext, text: string, tableId: string): CellInput {
  const place = placement(ctx.layout, tableId) as TablePlacement;
  return { link: { sheet: ctx.sheet, text, cell: { row: ctx.layout.tableTitleRow, col: place.firstCol } } };
}

function shareRow(indicator: Extract<Indicator, { kind: "share" }>, row: number, ctx: KpiContext): CellInput[] {
  const place = placement(ctx.layout, indicator.table) as TablePlacement;
  const names = itemRange(ctx.layout, place, "name");
  const doneCount = DONE_COUNT[indicator.table];
  const done = itemRange(ctx.layout, place, doneCount.key);
  const counts = REGISTER_FIELDS[indicator.table].map((field) => registerCount(ctx, field));
  const rows = `COUNTIFS(${names},"<>")`;
  const given = `OR(${counts.map((count) => count.given).join(",")})`;
  const sum = counts.map((count) => `IF(${count.given},${count.value},0)`).join("+");
  return [
    tableLink(ctx, indicator.name, indicator.table),
    { formula: doneCount.count(done, names) },
    { formula: counts.length === 0 ? rows : `IF(${given},${sum},${rows})` },
    { formula: `IF(${k(2, row)}>0,${k(1, row)}/${k(2, row)},"")` },
    indicator.minimum,
    indicator.aim,
    {
      // An empty minimum (the plan states none) is counted, not judged, as shareVerdict does.
      formula:
        `IF(${k(2, row)}=0,${formulaString(VERDICT.noData)},` +
        `IF(NOT(ISNUMBER(${k(4, row)})),${formulaString(VERDICT.noTarget)},` +
        `IF(AND(ISNUMBER(${k(5, row)}),${k(1, row)}*100>=${k(5, row)}*${k(2, row)}),${formulaString(VERDICT.exceeded)},` +
        `IF(${k(1, row)}*100>=${k(4, row)}*${k(2, row)},${formulaString(VERDICT.met)},${formulaString(VERDICT.below)}))))`,
    },
    null,
  ];
}

export function criteriaRuleText(indicator: Extract<Indicator, { kind: "criteria" }>): string {
  const count = indicator.minimumAchieved === null ? "Đạt tất cả tiêu chí" : `Đạt ít nhất ${indicator.minimumAchieved} tiêu chí`;
  return indicator.hardRequired ? `${count}, gồm mọi tiêu chí cứng` : count;
}

function criteriaRow(indicator: Extract<Indicator, { kind: "criteria" }>, row: number, ctx: KpiContext): CellInput[] {
  const place = placement(ctx.layout, "criteria") as TablePlacement;
  const names = itemRange(ctx.layout, place, "name");
  const status = itemRange(ctx.layout, place, "status");
  const hard = itemRange(ctx.layout, place, "hard");
  const hardMissing = `SUMPRODUCT((${names}<>"")*${tickedCells(hard)}*(${status}<>"Đạt"))`;
  const needed = indicator.minimumAchieved === null ? `${k(2, row)}` : String(indicator.minimumAchieved);
  const hardOk = indicator.hardRequired ? `${hardMissing}=0` : "TRUE()";
  return [
    tableLink(ctx, indicator.name, "criteria"),
    { formula: `COUNTIFS(${status},"Đạt",${names},"<>")` },
    { formula: `COUNTIFS(${names},"<>")` },
    { formula: `IF(${k(2, row)}>0,${k(1, row)}/${k(2, row)},"")` },
    criteriaRuleText(indicator),
    null,
    {
      formula:
        `IF(${k(2, row)}=0,${formulaString(VERDICT.noData)},` +
        `IF(AND(${k(1, row)}>=${needed},${hardOk}),${formulaString(VERDICT.met)},${formulaString(VERDICT.below)}))`,
    },
    indicator.hardRequired ? { formula: `IF(${hardMissing}>0,"Thiếu "&${hardMissing}&" tiêu chí cứng","")` } : null,
  ];
}

/** Criteria tracked like tasks are overdue work too: their flags, added to the tasks' (nothing without a criteria table). */
function criteriaOverdue(ctx: KpiContext): string {
  const place = placement(ctx.layout, "criteria");
  if (!place || !place.table.columns.some((column) => column.key === "flag")) return "";
  return `+COUNTIFS(${itemRange(ctx.layout, place, "flag")},${formulaString(`${TASK_FLAG.overduePrefix}*`)},${itemRange(ctx.layout, place, "name")},"<>")`;
}

function taskRows(firstRow: number, ctx: KpiContext): CellInput[][] {
  const place = placement(ctx.layout, "tasks") as TablePlacement;
  const names = itemRange(ctx.layout, place, "name");
  const status = itemRange(ctx.layout, place, "status");
  const flag = itemRange(ctx.layout, place, "flag");
  const doneRow = firstRow;
  return [
    [
      tableLink(ctx, TASKS_DONE_LABEL, "tasks"),
      { formula: `COUNTIFS(${status},${formulaString(TASK_STATUS.done)},${names},"<>")` },
      { formula: `COUNTIFS(${names},"<>")` },
      { formula: `IF(${k(2, doneRow)}>0,${k(1, doneRow)}/${k(2, doneRow)},"")` },
      null,
      null,
      null,
      null,
    ],
    [
      tableLink(ctx, TASKS_OVERDUE_LABEL, "tasks"),
      { formula: `COUNTIFS(${flag},${formulaString(`${TASK_FLAG.overduePrefix}*`)},${names},"<>")${criteriaOverdue(ctx)}` },
      null,
      null,
      null,
      null,
      null,
      "Theo lần đánh dấu quá hạn gần nhất",
    ],
  ];
}

/** Wildcards taken literally in a COUNTIF criterion (Sheets, Excel and LibreOffice escape them with ~). */
function literal(text: string): string {
  return text.replace(/[~*?]/g, (ch) => `~${ch}`);
}

/**
 * The tab's data problems at the last check: its rows in Lỗi dữ liệu, where a problem on this tab is listed under the
 * tab's name, or "name (thôn)" when the tab is not named for its thôn. The label opens Lỗi dữ liệu.
 */
function problemsRow(ctx: KpiContext): CellInput[] {
  const sheets = `${quoteSheet(ctx.problemsSheet.name)}!${columnRange(1, firstDataRow(PROBLEMS_LAYOUT), lastDataRow(PROBLEMS_LAYOUT), true)}`;
  const name = literal(ctx.sheet);
  const count = `COUNTIF(${sheets},${formulaString(name)})+COUNTIF(${sheets},${formulaString(`${name} (*`)})`;
  const label: CellInput = ctx.problemsSheet.exists ? { link: { sheet: ctx.problemsSheet.name, text: PROBLEMS_LABEL } } : PROBLEMS_LABEL;
  return [label, { formula: count }, null, null, null, null, null, PROBLEMS_NOTE];
}

interface KpiContext {
  readonly layout: TableSheetLayout;
  readonly villageId: string;
  readonly registerSheet: string;
  /** The tab's own name, for links to its tables and its rows in Lỗi dữ liệu. */
  readonly sheet: string;
  /** Lỗi dữ liệu's name, and whether it exists yet (a link needs the sheet; the count waits for it). */
  readonly problemsSheet: { readonly name: string; readonly exists: boolean };
}

/**
 * The KPI block (header, the indicators, tasks done and overdue, data problems; unused rows blank), as written from the
 * block's first cell of the tab `sheet`.
 */
export function kpiBlock(
  campaign: Pick<Campaign, "indicators">,
  layout: TableSheetLayout,
  where: {
    readonly villageId: string;
    readonly registerSheet: string;
    readonly sheet: string;
    readonly problemsSheet: KpiContext["problemsSheet"];
    /** The thôn's kind, whose rule its criteria rows show and apply. */
    readonly kind?: VillageKind | null;
  },
): CellInput[][] {
  const ctx: KpiContext = { layout, villageId: where.villageId, registerSheet: where.registerSheet, sheet: where.sheet, problemsSheet: where.problemsSheet };
  const rows: CellInput[][] = [[...KPI_HEADERS]];
  campaign.indicators.forEach((indicator, i) => {
    const row = VILLAGE_TAB.kpiFirstRow + i;
    // A thôn of a kind is judged by its kind's rule, as the summary judges it.
    rows.push(indicator.kind === "share" ? shareRow(indicator, row, ctx) : criteriaRow(ruleForKind(indicator, where.kind ?? null), row, ctx));
  });
  rows.push(...taskRows(VILLAGE_TAB.kpiFirstRow + campaign.indicators.length, ctx), problemsRow(ctx));
  while (rows.length < VILLAGE_TAB.kpiRows + 1) rows.push(KPI_HEADERS.map(() => null));
  return rows;
}

/** What the households table's derived "renovated" cell shows for a household with enough items ticked. */
export const DONE_MARK = "✓";

/**
 * The households table's derived "renovated" cell: ✓ once a named household has enough items ticked, else blank (a
 * mark, not TRUE or FALSE, so it reads and prints as a tick in every program).
 */
export function householdDoneFormula(place: TablePlacement, row: number, minItems: number): CellInput {
  const name = a1(row, sheetColumn(place, "name"));
  const done = sheetColumn(place, "done");
  const firstItem = sheetColumn(place, "name") + 1;
  if (done === firstItem) return { formula: `""` };
  const items = `${a1(row, firstItem)}:${a1(row, done - 1)}`;
  return { formula: `IF(LEN(${name})=0,"",IF(SUMPRODUCT(${tickedCells(items)}*1)>=${minItems},${formulaString(DONE_MARK)},""))` };
}
