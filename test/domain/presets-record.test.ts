// Tests docs/presets/*.md, the record of what each preset holds (issue 10): every fact of a plan's table is either in
// the cell the table names, with the value the table gives, or says why the workbook cannot hold it. The workbook is
// the preset as an officer gets it (set up, tabs made, the plan's rows written), read back from a saved .xlsx.
import { readFileSync, readdirSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { type Cell, isDateCell } from "../../src/domain/cell";
import { formatDate } from "../../src/domain/dates";
import { formatNumber } from "../../src/domain/numbers";
import { findPreset } from "../../src/domain/presets";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const DIR = path.join(__dirname, "../../docs/presets");

export interface FactRow {
  readonly line: number;
  readonly fact: string;
  readonly value: string;
  /** "Sheet!A1", or null where the workbook cannot hold the fact. */
  readonly cell: string | null;
  readonly note: string;
}

/** The preset id a record is about: its first line reads "# … (`id`)". */
export function recordPreset(text: string): string | null {
  return /^#[^\n]*\(`([a-z0-9-]+)`\)/.exec(text)?.[1] ?? null;
}

/**
 * The rows of the record's fact tables: | # | Điều kế hoạch ghi | Giá trị | Ô trong sổ | Ghi chú |. A cell is written
 * `Sheet!A1` (the sheet's name as the workbook shows it); "—" says the workbook does not hold the fact, and the note
 * says why.
 */
export function factRows(text: string): FactRow[] {
  const rows: FactRow[] = [];
  text.split("\n").forEach((line, i) => {
    const cells = line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
    if (!line.trim().startsWith("|") || cells.length < 5 || !/^\d+$/.test(cells[0] ?? "")) return;
    const [, fact = "", value = "", where = "", note = ""] = cells;
    const unquote = (s: string) => s.replace(/^`|`$/g, "");
    rows.push({ line: i + 1, fact, value: unquote(value), cell: where === "—" || where === "" ? null : unquote(where), note });
  });
  return rows;
}

/** A cell as the record writes its value: text as is, numbers the Vietnamese way, dates dd/MM/yyyy, ticks ✓. */
export function shown(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return formatNumber(cell);
  if (typeof cell === "boolean") return cell ? "✓" : "";
  if (isDateCell(cell)) return formatDate(cell.date);
  return String(cell);
}

function a1(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not an A1 cell: ${ref}`);
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

const records = (() => {
  try {
    return readdirSync(DIR).filter((file) => file.endsWith(".md"));
  } catch {
    return [];
  }
})();

test("every preset with a seed plan has its record", () => {
  expect(records.map((file) => recordPreset(readFileSync(path.join(DIR, file), "utf8"))).sort()).toEqual(
    ["cao-diem-huyen-2021", "cao-diem-kieu-mau-2023", "chinh-trang-2026", "dan-van-kheo-2026", "ntm-nang-cao-2024"],
  );
});

// (describe.each refuses an empty list: the test above already fails when a record is missing.)
describe.each(records.length > 0 ? records : ["(none)"])("docs/presets/%s", (file) => {
  if (file === "(none)") return;
  const text = readFileSync(path.join(DIR, file), "utf8");
  const id = recordPreset(text);
  const rows = factRows(text);

  test("names its preset and lists facts, each with its cell or the reason it has none", () => {
    expect(id === null ? null : findPreset(id)?.id).toBe(id);
    expect(rows.length).toBeGreaterThan(10);
    const unexplained = rows.filter((row) => row.cell === null && row.note === "").map((row) => `line ${row.line}: ${row.fact}`);
    expect(unexplained).toEqual([]);
  });

  test("each fact is in its cell of the built workbook, as the plan gives it", async () => {
    const preset = findPreset(id ?? "");
    if (preset === undefined) throw new Error(`no preset ${id}`);
    const built = XlsxWorkbook.create();
    startFromPreset(built, preset);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "sotd-record-")), `${preset.id}.xlsx`);
    await built.save(file);
    const workbook = await XlsxWorkbook.open(file);
    const sheets = new Map<string, Cell[][]>();
    const valueAt = (ref: string): string => {
      const bang = ref.lastIndexOf("!");
      const sheet = ref.slice(0, bang).replace(/^'|'$/g, "");
      if (!sheets.has(sheet)) sheets.set(sheet, workbook.sheets().some((s) => s.name === sheet) ? workbook.read(sheet) : []);
      const { row, col } = a1(ref.slice(bang + 1));
      return shown(sheets.get(sheet)?.[row - 1]?.[col - 1] ?? null);
    };
    const wrong = rows
      .filter((row) => row.cell !== null)
      .flatMap((row) => {
        const found = valueAt(row.cell as string);
        return found === row.value ? [] : [`line ${row.line} (${row.fact}): ${row.cell} holds "${found}", the record says "${row.value}"`];
      });
    expect(wrong).toEqual([]);
  }, 60_000);
});
