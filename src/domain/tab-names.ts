// This file decides which thôn tabs take their thôn's new name: those still named for a placeholder the plan left.
import { a1 } from "./layout/a1";
import { sheetColumn } from "./layout/sheets";
import { type FrontEnd, PROBLEM, TO_FILL } from "./messages";
import { type DataProblem, problemAt } from "./problems";
import { REGISTER_PLACE, type RegisterEntry } from "./register";
import { nameTakenBy, sheetNameFor } from "./sheet-names";

export interface TabRename {
  /** The thôn's id, its tab's stable key. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

interface NamedSheet {
  readonly name: string;
  readonly key: string | null;
}

/**
 * The tabs still named for a placeholder ("Thôn 1 (cần ghi tên)", so nobody named them by hand) whose thôn the officer has
 * since named in the register: each takes its thôn's name, made a sheet name as a new tab's is. When another sheet has
 * that name, the tab keeps its own and the thôn's name cell gets a problem. `sheets` come back with the new names.
 */
export function tabsTakingNames<S extends NamedSheet>(
  entries: ReadonlyArray<RegisterEntry & { id: string }>,
  sheets: readonly S[],
  registerSheet: string,
  frontEnd: FrontEnd,
): { renames: TabRename[]; sheets: S[]; problems: DataProblem[] } {
  const names = sheets.map((sheet) => sheet.name);
  const tabs = new Map(sheets.flatMap((sheet) => (sheet.key === null ? [] : [[sheet.key, sheet.name] as const])));
  const renames: TabRename[] = [];
  const problems: DataProblem[] = [];
  for (const entry of entries) {
    const from = tabs.get(entry.id);
    if (from === undefined || !TO_FILL.pattern.test(from) || TO_FILL.pattern.test(entry.name)) continue;
    const to = sheetNameFor(entry.name);
    const taken = nameTakenBy(to, names.filter((name) => name !== from));
    if (taken !== null) {
      const cell = a1(entry.row, sheetColumn(REGISTER_PLACE, "name"));
      problems.push(problemAt(registerSheet, cell, PROBLEM.tabNameTaken(from, to, taken, frontEnd), entry.name));
      continue;
    }
    names[names.indexOf(from)] = to;
    renames.push({ id: entry.id, from, to });
  }
  const renamed = new Map(renames.map(({ id, to }) => [id, to]));
  return {
    renames,
    problems,
    sheets: sheets.map((sheet) => {
      const to = sheet.key === null ? undefined : renamed.get(sheet.key);
      return to === undefined ? sheet : { ...sheet, name: to };
    }),
  };
}
