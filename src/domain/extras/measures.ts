// This file is Chỉ tiêu đo lường: targets a plan states as a number against a goal (BHYT 100%, ≥ 2/3 of households),
// its table, the live verdict formula of each row, and how its rows are judged into a section of the summary.
import * as z from "zod";
import type { CellInput } from "../cell";
import { choiceCell, dateCell, numberCell, textCell } from "../cell-schemas";
import { type IsoDate, formatDate } from "../dates";
import { COMMUNE_ID } from "../history";
import { a1, formulaString } from "../layout/a1";
import type { TableSpec } from "../layout/columns";
import { SHEET_KEYS, type TableSheetLayout, firstDataRow, lastDataRow, sheetColumn } from "../layout/sheets";
import { MEASURE_WORDS, PROTECTION, SHEET_NAMES, SHEET_TITLES, VERDICT, type Verdict } from "../messages";
import { formatCount, formatNumber } from "../numbers";
import type { Preset } from "../presets/preset";
import { type DataProblem, problemAt } from "../problems";
import type { SummarySection } from "../summary";
import { type SheetGrid, parseTable } from "../tables";
import type { ExtraContext, ExtraReading, ExtraSheet } from "./extra-sheet";

/** Each a single sign: no comma inside a dropdown value (Excel and LibreOffice split list values at commas). */
export const COMPARISONS = ["≥", "≤", "="] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const MEASURES_TABLE: TableSpec = {
  id: "measures",
  title: MEASURE_WORDS.tableTitle,
  columns: [
    { key: "serial", header: "STT", kind: "serial", width: 44 },
    { key: "name", header: "Chỉ tiêu", kind: "text", width: 240 },
    { key: "scope", header: "Phạm vi", kind: "text", width: 120 },
    { key: "unit", header: "Đơn vị tính", kind: "text", width: 80 },
    { key: "comparison", header: "So sánh", kind: "choice", width: 70, choices: COMPARISONS },
    { key: "target", header: "Mục tiêu", kind: "number", width: 80 },
    { key: "value", header: "Kết quả đo được", kind: "number", width: 90 },
    { key: "measuredOn", header: "Ngày đo", kind: "date", width: 95 },
    { key: "owner", header: "Người / đơn vị phụ trách", kind: "text", width: 180 },
    { key: "leader", header: "Lãnh đạo phụ trách", kind: "text", width: 150 },
    { key: "verdict", header: "Đánh giá", kind: "derived", width: 110 },
    { key: "note", header: "Ghi chú", kind: "text", width: 220 },
  ],
};

export const MEASURES_LAYOUT: TableSheetLayout = {
  titleRow: 1,
  tableTitleRow: 2,
  headerRow: 3,
  maxRows: 100,
  tables: [{ table: MEASURES_TABLE, firstCol: 1 }],
};

const PLACE = MEASURES_LAYOUT.tables[0] as (typeof MEASURES_LAYOUT.tables)[number];

const MeasureRowSchema = z.object({
  name: textCell,
  scope: textCell,
  unit: textCell,
  comparison: choiceCell(COMPARISONS),
  target: numberCell,
  value: numberCell,
  measuredOn: dateCell,
  owner: textCell,
  leader: textCell,
  note: textCell,
});

/**
 * A measured target's verdict, compared exactly (96 against ≥ 100 is not met): no value yet, or no target or comparison
 * to compare it with, is "Chưa có số liệu".
 */
export function judgeMeasure(comparison: Comparison | null, target: number | null, value: number | null): Verdict {
  if (value === null || target === null || comparison === null) return VERDICT.noData;
  const holds = comparison === "≥" ? value >= target : comparison === "≤" ? value <= target : value === target;
  return holds ? VERDICT.met : VERDICT.below;
}

/**
 * Row `row`'s Đánh giá as a live formula giving judgeMeasure's verdict as the officer types: blank while the row has
 * no name; a value or target that is not a number (blank, or text) has no figure; an unknown sign is no figure either.
 */
export function measureVerdictFormula(row: number): CellInput {
  const at = (key: string) => a1(row, sheetColumn(PLACE, key));
  const [name, sign, target, value] = [at("name"), `TRIM(${at("comparison")})`, at("target"), at("value")];
  const is = (comparison: Comparison) => `${sign}=${formulaString(comparison)}`;
  const holds = `OR(AND(${is("≥")},${value}>=${target}),AND(${is("≤")},${value}<=${target}),AND(${is("=")},${value}=${target}))`;
  const noData = formulaString(VERDICT.noData);
  return {
    formula:
      `IF(LEN(TRIM(${name}))=0,"",IF(OR(NOT(ISNUMBER(${value})),NOT(ISNUMBER(${target}))),${noData},` +
      `IF(${holds},${formulaString(VERDICT.met)},IF(OR(${is("≥")},${is("≤")},${is("=")}),${formulaString(VERDICT.below)},${noData}))))`,
  };
}

/** Row `row`'s STT: numbered while the row has a name, so a row an officer adds is numbered too. */
function serialFormula(row: number): CellInput {
  return { formula: `IF(LEN(TRIM(${a1(row, sheetColumn(PLACE, "name"))}))=0,"",ROW()-${firstDataRow(MEASURES_LAYOUT) - 1})` };
}

function derivedBlocks(): ReturnType<NonNullable<ExtraSheet["derived"]>> {
  const first = firstDataRow(MEASURES_LAYOUT);
  const rows = Array.from({ length: lastDataRow(MEASURES_LAYOUT) - first + 1 }, (_, i) => first + i);
  return [
    { row: first, col: sheetColumn(PLACE, "serial"), values: rows.map((row) => [serialFormula(row)]) },
    { row: first, col: sheetColumn(PLACE, "verdict"), values: rows.map((row) => [measureVerdictFormula(row)]) },
  ];
}

/** A number with its unit the Vietnamese way: "96%", "1 thôn", "12,5 triệu đồng". */
function withUnit(value: number, unit: string | null): string {
  const number = formatNumber(value);
  if (unit === null) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

interface Judged {
  readonly name: string;
  readonly scopeId: string;
  readonly scope: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly valueText: string;
  readonly targetText: string;
  readonly measuredOn: IsoDate | null;
  /** Null where none is named (a blank cell on Tổng hợp, as it reads back). */
  readonly owner: string | null;
  readonly verdict: Verdict;
}

/** Toàn xã, or the thôn (among those with a tab) the scope names, "thôn" before it or not; null when none. */
function scopeOf(text: string, context: ExtraContext): { id: string; name: string } | null {
  const plain = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  const wanted = plain(text);
  if (wanted === plain(MEASURE_WORDS.commune)) return { id: COMMUNE_ID, name: MEASURE_WORDS.commune };
  const found = context.villages.find((v) => plain(v.name) === wanted || `thôn ${plain(v.name)}` === wanted);
  return found ? { id: found.id, name: found.name } : null;
}

export function readMeasures(grid: SheetGrid, context: ExtraContext): ExtraReading {
  const parsed = parseTable(grid, MEASURES_LAYOUT, PLACE, MeasureRowSchema);
  const problems: DataProblem[] = [...parsed.problems];
  const cell = (row: number, key: string) => a1(row, sheetColumn(PLACE, key));
  const judged: Judged[] = [];
  for (const { row, value: m } of parsed.rows) {
    if (m.name === null) {
      problems.push(problemAt(grid.sheet, cell(row, "name"), MEASURE_WORDS.missing("tên chỉ tiêu")));
      continue;
    }
    const missing = (key: string, what: string, present: boolean) => {
      // A cell that held something unreadable was already reported; only a blank one is missing.
      if (!present && !problems.some((p) => p.cell === cell(row, key))) problems.push(problemAt(grid.sheet, cell(row, key), MEASURE_WORDS.missing(what)));
    };
    missing("scope", `phạm vi (${MEASURE_WORDS.commune} hoặc tên thôn)`, m.scope !== null);
    missing("comparison", `cách so sánh (${COMPARISONS.join(", ")})`, m.comparison !== null);
    missing("target", "mục tiêu", m.target !== null);
    const scope = m.scope === null ? null : scopeOf(m.scope, context);
    if (m.scope !== null && scope === null) problems.push(problemAt(grid.sheet, cell(row, "scope"), MEASURE_WORDS.unknownScope(m.scope)));
    const verdict = judgeMeasure(m.comparison, m.target, m.value);
    judged.push({
      name: m.name,
      scopeId: scope?.id ?? "",
      scope: scope?.name ?? m.scope ?? "",
      value: m.value,
      target: m.target,
      valueText: m.value === null ? MEASURE_WORDS.noValue : withUnit(m.value, m.unit),
      targetText: m.target === null || m.comparison === null ? MEASURE_WORDS.noValue : `${m.comparison} ${withUnit(m.target, m.unit)}`,
      measuredOn: m.measuredOn,
      owner: [m.owner, m.leader].filter((s): s is string => s !== null).join(" – ") || null,
      verdict,
    });
  }
  return { section: judged.length === 0 ? null : measuresSection(judged), problems };
}

function measuresSection(judged: readonly Judged[]): SummarySection {
  const count = (verdict: Verdict) => judged.filter((m) => m.verdict === verdict).length;
  const noData = count(VERDICT.noData);
  const total = formatCount(judged.length);
  const measured = judged.filter((m) => m.verdict !== VERDICT.noData);
  const unmeasured = judged.filter((m) => m.verdict === VERDICT.noData);
  return {
    id: "measures",
    title: MEASURE_WORDS.sectionTitle,
    lines: [noData === judged.length ? MEASURE_WORDS.nothingYet(total) : MEASURE_WORDS.tally(formatCount(count(VERDICT.met)), total, formatCount(noData))],
    table: {
      headers: MEASURE_WORDS.headers,
      rows: judged.map((m) => [m.name, m.scope, m.valueText, m.targetText, m.measuredOn === null ? null : formatDate(m.measuredOn), m.owner, m.verdict]),
      verdictColumn: MEASURE_WORDS.headers.length - 1,
    },
    history: judged.map((m) => [m.scopeId, m.scope, m.name, m.value, m.target, null, m.verdict, null]),
    // Before any value is measured the written report says nothing of them (day one's report stays short); Tổng hợp says so.
    report:
      measured.length === 0
        ? []
        : [
            ...measured.map((m) => MEASURE_WORDS.reportItem(m.name, m.scope, m.valueText, m.targetText, m.verdict, m.measuredOn === null ? "" : formatDate(m.measuredOn))),
            ...(unmeasured.length === 0 ? [] : [MEASURE_WORDS.reportNoData(unmeasured.map((m) => `${m.name} (${m.scope})`).join("; "))]),
          ],
  };
}

export const MEASURES_SHEET: ExtraSheet = {
  key: SHEET_KEYS.measures,
  name: SHEET_NAMES.measures,
  title: SHEET_TITLES.measures,
  layout: MEASURES_LAYOUT,
  protection: PROTECTION.measures,
  seed: (preset: Preset) => ({ [MEASURES_TABLE.id]: preset.measures ?? [] }),
  derived: derivedBlocks,
  read: readMeasures,
};
