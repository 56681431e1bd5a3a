// This file writes the thôn tab's KPI block as native formulas, so a head sees progress live as they tick.
import type { Campaign, Indicator } from "../campaign";
import type { CellInput } from "../cell";
import { TASK_FLAG, TASK_STATUS, VERDICT } from "../messages";
import { a1, columnLetter, columnRange, formulaString, quoteSheet } from "./a1";
import { MODEL_RECOGNISED } from "./columns";
import {
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

/** Which column marks a share table's row as done, and the value that means done. */
const DONE_WHEN: Record<keyof typeof REGISTER_FIELDS, { key: string; criterion: string }> = {
  households: { key: "done", criterion: "TRUE()" },
  gardens: { key: "done", criterion: "TRUE()" },
  clustersRoads: { key: "done", criterion: "TRUE()" },
  models: { key: "status", criterion: formulaString(MODEL_RECOGNISED) },
};

/** Column letter of the KPI block's column `offset` (0 = label, 1 = done, 2 = total, … 7 = note). */
function k(offset: number, row: number): string {
  return `${columnLetter(VILLAGE_TAB.kpiFirstCol + offset)}${row}`;
}

export const TASKS_DONE_LABEL = "Công việc hoàn thành";
export const TASKS_OVERDUE_LABEL = "Công việc quá hạn";

function registerRange(registerSheet: string, key: string): string {
  const place = REGISTER_LAYOUT.tables[0] as TablePlacement;
  const col = sheetColumn(place, key);
  return `${quoteSheet(registerSheet)}!${columnRange(col, firstDataRow(REGISTER_LAYOUT), lastDataRow(REGISTER_LAYOUT), true)}`;
}

function itemRange(layout: TableSheetLayout, place: TablePlacement, key: string): string {
  return columnRange(sheetColumn(place, key), firstDataRow(layout), lastDataRow(layout), true);
}

function shareRow(indicator: Extract<Indicator, { kind: "share" }>, row: number, ctx: KpiContext): CellInput[] {
  const place = placement(ctx.layout, indicator.table) as TablePlacement;
  const names = itemRange(ctx.layout, place, "name");
  const doneWhen = DONE_WHEN[indicator.table];
  const done = itemRange(ctx.layout, place, doneWhen.key);
  const id = formulaString(ctx.villageId);
  const ids = registerRange(ctx.registerSheet, "id");
  const fields = REGISTER_FIELDS[indicator.table];
  const has = fields.map((f) => `COUNTIFS(${ids},${id},${registerRange(ctx.registerSheet, f)},">=0")`).join("+");
  const sum = fields.map((f) => `SUMIFS(${registerRange(ctx.registerSheet, f)},${ids},${id})`).join("+");
  const rows = `COUNTIFS(${names},"<>")`;
  return [
    indicator.name,
    { formula: `COUNTIFS(${done},${doneWhen.criterion},${names},"<>")` },
    { formula: fields.length === 0 ? rows : `IF(${has}=0,${rows},${sum})` },
    { formula: `IF(${k(2, row)}>0,${k(1, row)}/${k(2, row)},"")` },
    indicator.minimum,
    indicator.aim,
    {
      formula:
        `IF(${k(2, row)}=0,${formulaString(VERDICT.noData)},` +
        `IF(AND(ISNUMBER(${k(5, row)}),${k(1, row)}*100>=${k(5, row)}*${k(2, row)}),${formulaString(VERDICT.exceeded)},` +
        `IF(${k(1, row)}*100>=${k(4, row)}*${k(2, row)},${formulaString(VERDICT.met)},${formulaString(VERDICT.below)})))`,
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
  const hardMissing = `COUNTIFS(${names},"<>",${hard},TRUE(),${status},"<>Đạt")`;
  const needed = indicator.minimumAchieved === null ? `${k(2, row)}` : String(indicator.minimumAchieved);
  const hardOk = indicator.hardRequired ? `${hardMissing}=0` : "TRUE()";
  return [
    indicator.name,
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

function taskRows(firstRow: number, ctx: KpiContext): CellInput[][] {
  const place = placement(ctx.layout, "tasks") as TablePlacement;
  const names = itemRange(ctx.layout, place, "name");
  const status = itemRange(ctx.layout, place, "status");
  const flag = itemRange(ctx.layout, place, "flag");
  const doneRow = firstRow;
  return [
    [
      TASKS_DONE_LABEL,
      { formula: `COUNTIFS(${status},${formulaString(TASK_STATUS.done)},${names},"<>")` },
      { formula: `COUNTIFS(${names},"<>")` },
      { formula: `IF(${k(2, doneRow)}>0,${k(1, doneRow)}/${k(2, doneRow)},"")` },
      null,
      null,
      null,
      null,
    ],
    [
      TASKS_OVERDUE_LABEL,
      { formula: `COUNTIFS(${flag},${formulaString(`${TASK_FLAG.overduePrefix}*`)},${names},"<>")` },
      null,
      null,
      null,
      null,
      null,
      "Theo lần đánh dấu quá hạn gần nhất",
    ],
  ];
}

interface KpiContext {
  readonly layout: TableSheetLayout;
  readonly villageId: string;
  readonly registerSheet: string;
}

/** The KPI block (header + a fixed number of rows, unused rows blank), as written from the block's first cell. */
export function kpiBlock(
  campaign: Pick<Campaign, "indicators">,
  layout: TableSheetLayout,
  villageId: string,
  registerSheet: string,
): CellInput[][] {
  const ctx: KpiContext = { layout, villageId, registerSheet };
  const rows: CellInput[][] = [[...KPI_HEADERS]];
  campaign.indicators.forEach((indicator, i) => {
    const row = VILLAGE_TAB.kpiFirstRow + i;
    rows.push(indicator.kind === "share" ? shareRow(indicator, row, ctx) : criteriaRow(indicator, row, ctx));
  });
  rows.push(...taskRows(VILLAGE_TAB.kpiFirstRow + campaign.indicators.length, ctx));
  while (rows.length < VILLAGE_TAB.kpiRows + 1) rows.push(KPI_HEADERS.map(() => null));
  return rows;
}

/** The households table's derived "renovated" cell: blank until a name is typed, then whether enough items are ticked. */
export function householdDoneFormula(place: TablePlacement, row: number, minItems: number): CellInput {
  const name = a1(row, sheetColumn(place, "name"));
  const done = sheetColumn(place, "done");
  const firstItem = sheetColumn(place, "name") + 1;
  if (done === firstItem) return { formula: `IF(LEN(${name})=0,"",FALSE)` };
  const items = `${a1(row, firstItem)}:${a1(row, done - 1)}`;
  return { formula: `IF(LEN(${name})=0,"",COUNTIF(${items},TRUE())>=${minItems})` };
}
