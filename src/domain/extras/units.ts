// This file declares Đơn vị thi đua: the units that compete besides thôn (departments, organisations, businesses,
// households), the award standards of each kind of unit, the checklist of each unit against them, and who registered no
// work by the campaign's registration deadline. It becomes the summary's "Đơn vị thi đua" section.
import * as z from "zod";
import type { CellInput } from "../cell";
import { checkboxCell, textCell } from "../cell-schemas";
import { UNIT_SEPARATOR, ownerKey } from "../commune-work";
import { formatDate } from "../dates";
import { overdueDays } from "../deadlines";
import type { ModelRow, TaskRow } from "../item-rows";
import { a1 } from "../layout/a1";
import { type ColumnSpec, NOTE_COLUMN, type TableSpec } from "../layout/columns";
import type { TablePlacement, TableSheetLayout } from "../layout/sheets";
import { SHEET_KEYS, placement } from "../layout/sheets";
import { PLAN_QUOTE, PROPOSAL, PROTECTION, SHEET_NAMES, SHEET_TITLES, TASK_STATUS, UNITS_TEXT } from "../messages";
import { formatCount } from "../numbers";
import type { Preset } from "../presets/preset";
import { type DataProblem, problemAt } from "../problems";
import type { SummarySection } from "../summary";
import { type ParsedRow, type SheetGrid, lastFilledRow, parseTable } from "../tables";
import { compareVietnamese } from "../vietnamese-order";
import type { ExtraContext, ExtraReading, ExtraSheet } from "./extra-sheet";

const note = NOTE_COLUMN;
const kind: ColumnSpec = { key: "kind", header: "Loại đơn vị", kind: "text", width: 200 };

// No STT column: the add-on numbers no row here, and an officer adding a unit should not have to number it.
export const UNITS_TABLE: TableSpec = {
  id: "units",
  title: UNITS_TEXT.unitsTable,
  columns: [
    { key: "name", header: "Đơn vị", kind: "text", width: 200 },
    kind,
    { key: "registers", header: "Phải đăng ký công trình", kind: "checkbox", width: 100 },
    note,
  ],
};

export const STANDARDS_TABLE: TableSpec = {
  id: "standards",
  title: UNITS_TEXT.standardsTable,
  columns: [kind, { key: "standard", header: "Tiêu chuẩn", kind: "text", width: 420 }],
};

export const RESULTS_TABLE: TableSpec = {
  id: "results",
  title: UNITS_TEXT.resultsTable,
  columns: [
    { key: "unit", header: "Đơn vị", kind: "text", width: 200 },
    { key: "standard", header: "Tiêu chuẩn", kind: "text", width: 420 },
    { key: "met", header: "Đạt", kind: "checkbox", width: 60 },
    note,
  ],
};

/** The three tables side by side, one empty column between them. */
function placed(tables: readonly TableSpec[]): TablePlacement[] {
  let col = 1;
  return tables.map((table) => {
    const place = { table, firstCol: col };
    col += table.columns.length + 1;
    return place;
  });
}

export const UNITS_LAYOUT: TableSheetLayout = {
  titleRow: 1,
  tableTitleRow: 2,
  headerRow: 3,
  maxRows: 300,
  tables: placed([UNITS_TABLE, STANDARDS_TABLE, RESULTS_TABLE]),
};

const UnitRowSchema = z.object({ name: textCell, kind: textCell, registers: checkboxCell, note: textCell });
const StandardRowSchema = z.object({ kind: textCell, standard: textCell });
const ResultRowSchema = z.object({ unit: textCell, standard: textCell, met: checkboxCell, note: textCell });

/** Names and standards are compared as owners are: case and spacing do not matter. */
const keyOf = ownerKey;

/**
 * The units an owner cell names, each as compared: "Hội Nông dân và Hội Phụ nữ" names two (the separators isSingleUnit
 * refuses to rank as one unit), "Ủy ban MTTQ xã" one.
 */
export function unitsOf(owner: string): string[] {
  return owner
    .split(UNIT_SEPARATOR)
    .map(keyOf)
    .filter((part) => part !== "");
}

/** The registration duty a preset used to write on every tab and for every organisation, before this sheet existed. */
const REGISTRATION_DUTY = /^đăng ký công trình/iu;

/**
 * Whether a named row is what a preset wrote rather than a work someone registered: a name held in brackets for the
 * officer to replace ("(ghi tên mô hình đăng ký)"), or the registration duty itself ("Đăng ký công trình, phần việc…",
 * as workbooks made before this sheet carry it) until it is marked done. A "(cần bổ sung)" name already reads as blank.
 */
export function isPlaceholderRow(row: Pick<TaskRow, "name"> & { status?: string | null }): boolean {
  const name = row.name ?? "";
  if (/^\(.*\)$/u.test(name.trim())) return true;
  return REGISTRATION_DUTY.test(name.trim()) && row.status !== TASK_STATUS.done;
}

/**
 * Whether a row is work the plan itself assigns, as a preset wrote it with the plan's words in Ghi chú ("Kế hoạch
 * (II.2): “…”", PLAN_QUOTE): the unit's work all the same, but not a work it registered.
 */
export function isPlanRow(row: { readonly note?: string | null }): boolean {
  return row.note !== null && row.note !== undefined && PLAN_QUOTE.pattern.test(row.note.trim());
}

/** The named rows that register a work: tasks and models, without what a preset wrote or the plan assigns. */
function registeredRows(rows: ReadonlyArray<ParsedRow<TaskRow>>, models: ReadonlyArray<ParsedRow<ModelRow>>): Array<{ owner: string | null }> {
  const tasks = rows.map(({ value }) => value).filter((row) => row.name !== null && !isPlaceholderRow(row) && !isPlanRow(row));
  const named = models.map(({ value }) => value).filter((row) => row.name !== null && !isPlaceholderRow({ name: row.name }) && !isPlanRow(row));
  return [...tasks, ...named];
}

interface Unit {
  readonly name: string;
  readonly kind: string | null;
  readonly registers: boolean;
}

interface Judged extends Unit {
  readonly met: number;
  readonly standards: number;
  readonly registered: boolean;
  readonly tasks: number;
  readonly done: number;
  readonly overdue: number;
}

function judge(units: readonly Unit[], standardsByKind: ReadonlyMap<string, readonly string[]>, metByUnit: ReadonlyMap<string, ReadonlySet<string>>, context: ExtraContext): Judged[] {
  const work = context.communeWork;
  const registeredOwners = new Set(work === null ? [] : registeredRows(work.tasks, work.models).flatMap((row) => (row.owner === null ? [] : unitsOf(row.owner))));
  return units.map((unit) => {
    const key = keyOf(unit.name);
    const own = (work?.tasks ?? []).map(({ value }) => value).filter((row) => row.name !== null && row.owner !== null && unitsOf(row.owner).includes(key));
    const standards = unit.kind === null ? [] : (standardsByKind.get(keyOf(unit.kind)) ?? []);
    const met = metByUnit.get(key) ?? new Set<string>();
    return {
      ...unit,
      standards: standards.length,
      met: standards.filter((standard) => met.has(keyOf(standard))).length,
      registered: registeredOwners.has(key),
      tasks: own.filter((row) => !isPlaceholderRow(row)).length,
      done: own.filter((row) => row.status === TASK_STATUS.done).length,
      overdue: own.filter((row) => overdueDays(row, context.today) > 0).length,
    };
  });
}

type Proposal = (typeof PROPOSAL)[keyof typeof PROPOSAL] | "";

/**
 * Per kind of unit: praise a unit with every standard of its kind ticked (a kind without standards: every Công việc chung
 * task done), nothing overdue and its registration in; remind a unit that missed the registration deadline, or that has
 * the most overdue work of its kind. A unit with nothing entered (no tick, no task done or overdue, no registration) is
 * neither; missing the registration deadline is itself the fact judged, so it is reminded.
 */
function propose(units: readonly Judged[], late: (unit: Judged) => boolean): Map<Judged, Proposal> {
  const proposals = new Map<Judged, Proposal>();
  const byKind = groupBy(units.filter((unit) => unit.kind !== null), (unit) => keyOf(unit.kind as string));
  for (const group of byKind.values()) {
    const mostOverdue = Math.max(0, ...group.map((unit) => unit.overdue));
    for (const unit of group) {
      const entered = unit.met > 0 || unit.done + unit.overdue > 0 || unit.registered;
      const standardsMet = unit.standards > 0 ? unit.met === unit.standards : unit.tasks > 0 && unit.done === unit.tasks;
      const praised = entered && standardsMet && unit.overdue === 0 && !late(unit);
      const reminded = late(unit) || (mostOverdue > 0 && unit.overdue === mostOverdue);
      proposals.set(unit, praised ? PROPOSAL.praise : reminded ? PROPOSAL.remind : "");
    }
  }
  return proposals;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The units and the standards by kind, with the problems of their rows, and the checklist rows as parsed. */
function parseSheet(grid: SheetGrid) {
  const problems: DataProblem[] = [];
  const table = <S extends z.ZodType>(id: string, schema: S) => {
    const parsed = parseTable(grid, UNITS_LAYOUT, placement(UNITS_LAYOUT, id) as TablePlacement, schema);
    problems.push(...parsed.problems);
    return parsed.rows as ReadonlyArray<ParsedRow<z.output<S>>>;
  };

  const units: Unit[] = [];
  for (const { row, value } of table("units", UnitRowSchema)) {
    if (value.name === null) {
      problems.push(problemAt(grid.sheet, cellOf("units", row, 0), UNITS_TEXT.unitNameMissing()));
    } else if (units.some((unit) => keyOf(unit.name) === keyOf(value.name as string))) {
      problems.push(problemAt(grid.sheet, cellOf("units", row, 0), UNITS_TEXT.duplicateUnit(value.name)));
    } else {
      if (value.kind === null) problems.push(problemAt(grid.sheet, cellOf("units", row, 1), UNITS_TEXT.unitKindMissing(value.name)));
      units.push({ name: value.name, kind: value.kind, registers: value.registers });
    }
  }

  const standardsByKind = new Map<string, string[]>();
  for (const { row, value } of table("standards", StandardRowSchema)) {
    if (value.standard === null) continue;
    if (value.kind === null) {
      problems.push(problemAt(grid.sheet, cellOf("standards", row, 0), UNITS_TEXT.standardKindMissing()));
      continue;
    }
    standardsByKind.set(keyOf(value.kind), [...(standardsByKind.get(keyOf(value.kind)) ?? []), value.standard]);
  }
  return { units, standardsByKind, results: table("results", ResultRowSchema), problems };
}

const cellOf = (id: string, row: number, offset: number) => a1(row, (placement(UNITS_LAYOUT, id) as TablePlacement).firstCol + offset);

function read(grid: SheetGrid, context: ExtraContext): ExtraReading {
  const { units, standardsByKind, results, problems } = parseSheet(grid);
  const metByUnit = new Map<string, Set<string>>();
  for (const { row, value } of results) {
    if (value.unit === null) {
      problems.push(problemAt(grid.sheet, cellOf("results", row, 0), UNITS_TEXT.resultUnitMissing()));
      continue;
    }
    const unit = units.find((u) => keyOf(u.name) === keyOf(value.unit as string));
    if (unit === undefined) {
      problems.push(problemAt(grid.sheet, cellOf("results", row, 0), UNITS_TEXT.resultUnitUnknown(value.unit)));
      continue;
    }
    if (unit.kind === null || value.standard === null) continue;
    const known = (standardsByKind.get(keyOf(unit.kind)) ?? []).some((standard) => keyOf(standard) === keyOf(value.standard as string));
    if (!known) {
      problems.push(problemAt(grid.sheet, cellOf("results", row, 1), UNITS_TEXT.resultStandardUnknown(unit.name, unit.kind)));
      continue;
    }
    if (value.met) metByUnit.set(keyOf(unit.name), (metByUnit.get(keyOf(unit.name)) ?? new Set()).add(keyOf(value.standard)));
  }

  return { section: section(judge(units, standardsByKind, metByUnit, context), context), problems };
}

/** The section: who has not registered (after the deadline), the proposals by kind, and one table row per unit. */
function section(units: readonly Judged[], context: ExtraContext): SummarySection | null {
  const deadline = context.campaign.registrationDeadline;
  const closed = deadline !== null && context.today > deadline;
  const late = (unit: Judged) => closed && unit.registers && !unit.registered;
  const villagesLate = closed
    ? context.villages.filter((village) => registeredRows(village.tab.tasks, village.tab.models).length === 0).map((village) => village.name)
    : [];
  const notRegistered = [...villagesLate, ...units.filter(late).map((unit) => unit.name)].sort(compareVietnamese);
  if (units.length === 0 && notRegistered.length === 0) return null;

  const proposals = propose(units, late);
  const ordered = [...units].sort((a, b) => compareVietnamese(a.kind ?? "", b.kind ?? "") || compareVietnamese(a.name, b.name));
  const kinds = [...new Set(ordered.flatMap((unit) => (unit.kind === null ? [] : [unit.kind])))];
  const proposalLines = kinds.flatMap((kindName) => {
    const group = ordered.filter((unit) => unit.kind !== null && keyOf(unit.kind) === keyOf(kindName));
    const praised = group.filter((unit) => proposals.get(unit) === PROPOSAL.praise).map((unit) => unit.name);
    const reminded = group
      .filter((unit) => proposals.get(unit) === PROPOSAL.remind)
      .map((unit) => `${unit.name} (${[...(late(unit) ? [UNITS_TEXT.remindNotRegistered] : []), ...(unit.overdue > 0 ? [UNITS_TEXT.remindOverdue(formatCount(unit.overdue))] : [])].join(", ")})`);
    return [
      ...(praised.length > 0 ? [UNITS_TEXT.praiseLine(kindName, praised.join(", "))] : []),
      ...(reminded.length > 0 ? [UNITS_TEXT.remindLine(kindName, reminded.join(", "))] : []),
    ];
  });
  const lines = [...(notRegistered.length > 0 ? [UNITS_TEXT.notRegisteredLine(formatDate(deadline as string), notRegistered.join(", "))] : []), ...proposalLines];
  // Empty cells are null, not "": a written sheet reads an empty string back as a blank cell.
  const registration = (unit: Judged) => (!unit.registers ? null : unit.registered ? UNITS_TEXT.registered : closed ? UNITS_TEXT.notRegistered : null);
  return {
    id: SHEET_KEYS.units,
    title: UNITS_TEXT.sectionTitle,
    lines,
    table:
      units.length === 0
        ? null
        : {
            headers: UNITS_TEXT.headers,
            rows: ordered.map((unit) => [
              unit.name,
              unit.kind ?? UNITS_TEXT.noKind,
              unit.standards === 0 ? null : `${unit.met}/${unit.standards}`,
              registration(unit),
              unit.overdue,
              proposals.get(unit) || null,
            ]),
            verdictColumn: null,
          },
    history: [],
    report: lines,
    notRegistered,
    units: units.map((unit) => unit.name),
  };
}

/** What a preset lists: its units (with whether each must register) and its award standards per kind, as the plan writes them. */
function seed(preset: Preset): Readonly<Record<string, ReadonlyArray<object>>> {
  const units = preset.units ?? [];
  const standards = preset.standards ?? [];
  // Each unit's checklist, one row per standard of its kind, so the officer only ticks.
  const results = units.flatMap((unit) =>
    standards.filter((standard) => keyOf(standard.kind) === keyOf(unit.kind)).map((standard) => ({ unit: unit.name, standard: standard.standard })),
  );
  return {
    units: units.map((unit) => ({ name: unit.name, kind: unit.kind, registers: unit.registers ?? false, note: unit.note ?? null })),
    standards: standards.map((standard) => ({ kind: standard.kind, standard: standard.standard })),
    results,
  };
}

/**
 * The checklist rows generate adds below the last filled one: for each unit with a kind, each standard of its kind the
 * checklist lacks (so the officer only ticks). Filled rows are never touched; a deleted row comes back at the next generate.
 */
function appended(grid: SheetGrid): Array<{ row: number; col: number; values: CellInput[][] }> {
  const { units, standardsByKind, results } = parseSheet(grid);
  const pair = (unit: string, standard: string) => `${keyOf(unit)}\n${keyOf(standard)}`;
  const listed = new Set(results.flatMap(({ value }) => (value.unit === null || value.standard === null ? [] : [pair(value.unit, value.standard)])));
  const missing = units.flatMap((unit) =>
    (unit.kind === null ? [] : (standardsByKind.get(keyOf(unit.kind)) ?? [])).filter((standard) => !listed.has(pair(unit.name, standard))).map((standard): CellInput[] => [unit.name, standard]),
  );
  if (missing.length === 0) return [];
  const place = placement(UNITS_LAYOUT, "results") as TablePlacement;
  return [{ row: Math.max(lastFilledRow(grid, UNITS_LAYOUT, place), UNITS_LAYOUT.headerRow) + 1, col: place.firstCol, values: missing }];
}

export const UNITS_SHEET: ExtraSheet = {
  key: SHEET_KEYS.units,
  name: SHEET_NAMES.units,
  title: SHEET_TITLES.units,
  layout: UNITS_LAYOUT,
  protection: PROTECTION.units,
  seed,
  appended,
  read,
};
