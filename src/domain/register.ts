// This file reads the thôn register: entries with stable ids, duplicates flagged, new ids issued and never reused.
import { type Campaign, kindNamed } from "./campaign";
import { a1, rowOf } from "./layout/a1";
import { type TablePlacement, REGISTER_LAYOUT, firstDataRow, sheetColumn } from "./layout/sheets";
import { type VillageRow, VillageRowSchema } from "./item-rows";
import { PROBLEM } from "./messages";
import { type DataProblem, problemAt } from "./problems";
import { type SheetGrid, parseTable } from "./tables";
import { compareVietnamese, nameKey } from "./vietnamese-order";

export const REGISTER_PLACE = REGISTER_LAYOUT.tables[0] as TablePlacement;

/** The register's first name cell (B4), where the officer writes the first thôn of a plan that names none. */
export const FIRST_NAME_CELL = a1(firstDataRow(REGISTER_LAYOUT), sheetColumn(REGISTER_PLACE, "name"));

export interface RegisterEntry extends VillageRow {
  readonly row: number;
  readonly name: string;
}

export interface Register {
  readonly entries: readonly RegisterEntry[];
  readonly problems: readonly DataProblem[];
}


/** Entries with a name; rows with data but no name, and repeated names, are problems. Each names its row's thôn. */
export function readRegister(grid: SheetGrid): Register {
  const table = parseTable(grid, REGISTER_LAYOUT, REGISTER_PLACE, VillageRowSchema);
  const names = new Map(table.rows.flatMap(({ row, value }) => (value.name === null ? [] : [[row, value.name] as const])));
  const problems: DataProblem[] = table.problems.map((problem) => {
    const village = names.get(rowOf(problem.cell));
    return village === undefined ? problem : { ...problem, village };
  });
  const entries: RegisterEntry[] = [];
  const seen = new Set<string>();
  for (const { row, value } of table.rows) {
    if (value.name === null) {
      problems.push(problemAt(grid.sheet, a1(row, sheetColumn(REGISTER_PLACE, "name")), PROBLEM.required("tên thôn")));
      continue;
    }
    const key = nameKey(value.name);
    if (seen.has(key)) {
      problems.push(problemAt(grid.sheet, a1(row, sheetColumn(REGISTER_PLACE, "name")), PROBLEM.duplicateVillage(value.name), value.name));
    }
    seen.add(key);
    entries.push({ ...value, name: value.name, row });
  }
  return { entries, problems };
}

/** Entries naming a kind of thôn the campaign does not define: a problem on the entry's "Loại thôn" cell. */
export function unknownKindProblems(register: Register, campaign: Pick<Campaign, "kinds">, sheet: string): DataProblem[] {
  return register.entries.flatMap((entry) =>
    entry.kind === null || entry.kind === undefined || kindNamed(campaign, entry.kind) !== null
      ? []
      : [problemAt(sheet, a1(entry.row, sheetColumn(REGISTER_PLACE, "kind")), PROBLEM.unknownKind(entry.kind), entry.name)],
  );
}

export function villageId(number: number): string {
  return `T${String(number).padStart(2, "0")}`;
}

function idNumber(id: string | null): number {
  const m = id === null ? null : /^T(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

/**
 * Gives every entry without an id (or with an id already used above it) a new one, numbered after the
 * highest ever issued, so a removed thôn's id is never reused.
 */
export function assignIds(
  entries: readonly RegisterEntry[],
  lastIssued: number,
): { entries: RegisterEntry[]; lastIssued: number; assigned: number } {
  let last = Math.max(lastIssued, ...entries.map((entry) => idNumber(entry.id)));
  const used = new Set<string>();
  let assigned = 0;
  const result = entries.map((entry) => {
    if (entry.id !== null && !used.has(entry.id)) {
      used.add(entry.id);
      return entry;
    }
    last += 1;
    assigned += 1;
    const id = villageId(last);
    used.add(id);
    return { ...entry, id };
  });
  return { entries: result, lastIssued: last, assigned };
}

/** Register entries in Vietnamese order of their names. */
export function inVietnameseOrder<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareVietnamese(a.name, b.name));
}
