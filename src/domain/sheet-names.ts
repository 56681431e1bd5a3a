// This file turns any thôn name into a sheet name every spreadsheet program accepts, unique in the workbook.

/** Excel's limit; Google Sheets allows more, but the local .xlsx must open everywhere. */
export const MAX_SHEET_NAME_LENGTH = 31;

function truncate(text: string, length: number): string {
  return Array.from(text).slice(0, length).join("").trim();
}

function cleaned(wanted: string): string {
  return (
    wanted
      .normalize("NFC")
      .replace(/[/\\?*[\]:]/g, "-")
      .replace(/[\u0000-\u001f]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim() || "Thôn"
  );
}

/** The sheet name `wanted` gives, before it is made unique: what a tab named for it is called when that name is free. */
export function sheetNameFor(wanted: string): string {
  return truncate(cleaned(wanted), MAX_SHEET_NAME_LENGTH);
}

/** The sheet among `names` that already has `name`, as spreadsheet programs compare sheet names (case-insensitively). */
export function nameTakenBy(name: string, names: Iterable<string>): string | null {
  const wanted = name.toLocaleLowerCase("en");
  for (const taken of names) if (taken.toLocaleLowerCase("en") === wanted) return taken;
  return null;
}

/** A safe, unique sheet name for `wanted`, given the names already taken (compared case-insensitively). */
export function safeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLocaleLowerCase("en")));
  const text = cleaned(wanted);
  const base = truncate(text, MAX_SHEET_NAME_LENGTH);
  if (!used.has(base.toLocaleLowerCase("en"))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(text, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase("en"))) return candidate;
  }
}
