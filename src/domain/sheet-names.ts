// This file turns any thôn name into a sheet name every spreadsheet program accepts, unique in the workbook.

/** Excel's limit; Google Sheets allows more, but the local .xlsx must open everywhere. */
export const MAX_SHEET_NAME_LENGTH = 31;

function truncate(text: string, length: number): string {
  return Array.from(text).slice(0, length).join("").trim();
}

/** A safe, unique sheet name for `wanted`, given the names already taken (compared case-insensitively). */
export function safeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLocaleLowerCase("en")));
  const cleaned =
    wanted
      .normalize("NFC")
      .replace(/[/\\?*[\]:]/g, "-")
      .replace(/[\u0000-\u001f]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim() || "Thôn";
  const base = truncate(cleaned, MAX_SHEET_NAME_LENGTH);
  if (!used.has(base.toLocaleLowerCase("en"))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(cleaned, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase("en"))) return candidate;
  }
}
