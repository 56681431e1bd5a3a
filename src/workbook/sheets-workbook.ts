// This file implements the workbook interface over Google Sheets (SpreadsheetApp): whole ranges, keys in developer metadata.
import { type Cell, type CellInput, isDateCell, isFormula, isSheetLink } from "../domain/cell";
import { vietnamDate, vietnamInstant } from "../domain/dates";
import { type Area, a1, areaA1, colOf, formulaString } from "../domain/layout/a1";
import { COLOURS, NUMBER_BOUNDS, type ChartSpec, type SheetFormat, type Validation, isFormulaRule, ruleFormula } from "../domain/layout/format";
import type { DataValidationApi, DeveloperMetadataApi, ProtectionApi, RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from "./sheets-api";
import { type IndexEntry, INDEX_METADATA, parseIndex, serializeIndex } from "./sheets-index";
import { fingerprint } from "../domain/fingerprint";
import { SHEET_KEYS } from "../domain/layout/sheets";
import type { FileAccess } from "../domain/access";
import type { SheetIdentity, SheetRef, Workbook } from "./workbook";

/** Developer metadata key holding a sheet's stable key; metadata follows the sheet when a person renames it. */
export const KEY_METADATA = "sotd.key";

/** Time zones in which a date cell's midnight is UTC+7 all year, as the date arithmetic here assumes. */
export const UTC_PLUS_7_ZONES: readonly string[] = ["Asia/Ho_Chi_Minh", "Asia/Saigon", "Asia/Bangkok", "Asia/Jakarta", "Asia/Phnom_Penh", "Asia/Vientiane", "Etc/GMT-7"];

/** Text always goes in with a leading apostrophe, so "=…", "0912…" or "30/4/2021" stay exactly what was typed. */
function toSheets(value: CellInput, sheetIds: (name: string) => number): unknown {
  if (value === null) return "";
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  if (isFormula(value)) return `=${value.formula}`;
  if (isSheetLink(value)) {
    // "#gid=…&range=Z14" is the fragment Sheets' own address bar shows for a selected cell (the tab, scrolled to it).
    // Google's HYPERLINK page documents full URLs only (https://support.google.com/docs/answer/3093313): the in-file
    // form is community practice, to confirm on a real file (docs/kiem-thu-google.md).
    const { sheet, text, cell } = value.link;
    const range = cell === undefined ? "" : `&range=${a1(cell.row, cell.col)}`;
    return `=HYPERLINK("#gid=${sheetIds(sheet)}${range}",${formulaString(text)})`;
  }
  if (isDateCell(value)) return vietnamInstant(value.date);
  return value;
}

function fromSheets(value: unknown): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (value instanceof Date) return { date: vietnamDate(value) };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** "owned by a gmail.com account": such a file has no domain, and setDomainEdit throws on it. */
function isGmailAccount(email: string | null): boolean {
  return email !== null && /@(gmail|googlemail)\.com$/.test(email);
}

type StyleSetter = "numberFormat" | "bold" | "fontColor" | "fontSize" | "fontFamily" | "fill" | "wrap" | "horizontal" | "italic" | "border" | "underline";

/**
 * The declared styles as range-list groups: consecutive areas given the same value by the same setter share one call.
 * A later style must still win where areas overlap, so a value only joins its setter's latest group.
 */
function styleGroups(styles: SheetFormat["styles"]): Array<{ setter: StyleSetter; value: unknown; areas: Area[] }> {
  const groups: Array<{ setter: StyleSetter; value: unknown; areas: Area[] }> = [];
  const latest = new Map<StyleSetter, { setter: StyleSetter; value: unknown; areas: Area[] }>();
  for (const style of styles) {
    const numberFormat = style.numberFormat === "dd/mm/yyyy" ? "dd/MM/yyyy" : style.numberFormat;
    const settings: Array<[StyleSetter, unknown]> = [
      ["numberFormat", numberFormat],
      ["bold", style.bold],
      ["fontColor", style.fontColor],
      ["fontSize", style.fontSize],
      ["fontFamily", style.fontFamily],
      ["fill", style.fill],
      ["wrap", style.wrap],
      ["horizontal", style.horizontal],
      ["italic", style.italic],
      ["border", style.border],
      ["underline", style.underline],
    ];
    for (const [setter, value] of settings) {
      if (value === undefined) continue;
      const last = latest.get(setter);
      if (last && last.value === value) {
        last.areas.push(style.area);
        continue;
      }
      const group = { setter, value, areas: [style.area] };
      groups.push(group);
      latest.set(setter, group);
    }
  }
  return groups;
}

/** The chart's categories and series as few ranges as possible: side-by-side columns of the same rows become one. */
function chartRanges(chart: ChartSpec): Area[] {
  const ranges: Area[] = [];
  for (const area of [chart.categories, ...chart.series]) {
    const last = ranges[ranges.length - 1];
    if (last && last.row === area.row && last.rows === area.rows && last.col + last.cols === area.col) ranges[ranges.length - 1] = { ...last, cols: last.cols + area.cols };
    else ranges.push(area);
  }
  return ranges;
}

/** Consecutive columns of the same width, so each run is one call. */
function widthRuns(widths: SheetFormat["columnWidths"]): Array<{ col: number; count: number; width: number }> {
  const runs: Array<{ col: number; count: number; width: number }> = [];
  for (const { col, width } of [...widths].sort((a, b) => a.col - b.col)) {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.col + last.count === col) last.count++;
    else runs.push({ col, count: 1, width });
  }
  return runs;
}

/** Consecutive rows of the same height, so each run is one call. */
function heightRuns(heights: NonNullable<SheetFormat["rowHeights"]>): Array<{ row: number; count: number; height: number }> {
  const runs: Array<{ row: number; count: number; height: number }> = [];
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.row + last.count === row) last.count++;
    else runs.push({ row, count: 1, height });
  }
  return runs;
}

/**
 * Sheets' height of a row nobody sized, in pixels: what rows go back to when the merges that sized them move. Not in
 * the reference; the height of a new sheet's rows, to confirm on a real file (docs/kiem-thu-google.md).
 */
const DEFAULT_ROW_HEIGHT = 21;

/**
 * A person renamed or moved tabs since the last run, and the run noticed only after it had handed out names: nothing
 * has been written from them. The index is rebuilt; run the action again (the entry point does, once).
 */
export class SheetsMoved extends Error {
  constructor() {
    super("Các trang tính đã được đổi tên hoặc đổi chỗ trong lúc chạy");
    this.name = "SheetsMoved";
  }
}

/**
 * Meant as Sheets' automatic number format (Format ▸ Number ▸ Automatic). Not in Google's reference: setNumberFormat takes
 * the patterns of the Sheets API's formats guide, which names none for Automatic (https://developers.google.com/sheets/api/guides/formats);
 * "General" is Excel's name for it, and what getNumberFormat is reported (not documented) to return for an unformatted cell: to confirm on a real file.
 */
const GENERAL_FORMAT = "General";

/** Whether a cell (A1) lies in an area. */
function within(area: Area, cell: string): boolean {
  const row = Number(/\d+$/.exec(cell)?.[0]);
  const col = colOf(cell);
  return row >= area.row && row < area.row + area.rows && col >= area.col && col < area.col + area.cols;
}

/** Problem cells marked per sheet at most (Lỗi dữ liệu lists them all): their list lives in the index. */
const MARKS_LIMIT = 50;

/** Cells as A1 ranges, the cells of one column on consecutive rows joined ("AB17:AB19"), in a fixed order. */
function cellRuns(cells: readonly string[]): string[] {
  const sorted = [...new Set(cells)].map((cell) => ({ col: colOf(cell), row: Number(/\d+$/.exec(cell)?.[0]) })).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Array<{ col: number; row: number; rows: number }> = [];
  for (const { col, row } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === col && last.row + last.rows === row) last.rows++;
    else runs.push({ col, row, rows: 1 });
  }
  return runs.map((run) => (run.rows === 1 ? a1(run.row, run.col) : areaA1({ ...run, cols: 1 })));
}

/** The index's own limit, kept under the 30,000 characters all of a spreadsheet's metadata may hold. */
const INDEX_LIMIT = 25_000;

/** The template's key lives in the add-on's index only, so that copies of the template carry no key of their own. */
const INDEX_ONLY_KEYS = new Set<string>([SHEET_KEYS.template]);

/** Empty columns a sheet may keep beyond its layout before fit() trims them (room for a person's own notes). */
const SPARE_COLUMNS = 2;

/** A new sheet's grid (rows × columns), as insertSheet makes it. */
export const NEW_SHEET_GRID = { rows: 1000, cols: 26 } as const;

interface Grid {
  rows: number;
  cols: number;
  /** false while `rows` and `cols` are only what is known to fit (the data read), not the grid's real size. */
  exact: boolean;
}

interface Known {
  name: string;
  key: string | null;
  handle: SheetApi;
  /** What the add-on last applied to this sheet, by kind (format, editors, size, tab colour, …). */
  stamps: Record<string, string>;
  /** Made in this run and not written yet: it holds nothing (a template copy holds only what the template held). */
  fresh: boolean;
  /** Made in this run. */
  created: boolean;
  /** Its protection, once this run has set it. */
  protection?: ProtectionApi;
  /** Known to be this key's sheet (its name was read, or its content showed it). */
  confirmed: boolean;
  /** Its name was read in this run, so `name` is what the tab shows now. */
  named: boolean;
  /** Its grid's size, as far as this run knows it. */
  grid?: Grid;
}

export class SheetsWorkbook implements Workbook {
  /** A Google Sheets file is run from the add-on's menu and sidebar. */
  readonly frontEnd = "sheets";
  private known: Known[] | null = null;
  private entries: IndexEntry[] | null = null;
  /** Names were given out (sheets()): the caller now holds them, so the list must not change under it. */
  private handedOut = false;
  private index: DeveloperMetadataApi | null = null;
  private indexChanged = false;
  private fileAccess: FileAccess | null = null;

  /** `user` is the effective user: the person running, who can always edit what they protect. */
  constructor(
    private readonly spreadsheet: SpreadsheetApi,
    private readonly app: SpreadsheetAppApi,
    private readonly user: string,
  ) {}

  /**
   * Every sheet with its key. When the index lists as many sheets as the file has, each sheet is taken to be the one
   * the index lists at its position, unconfirmed: its id is checked (one call) before anything is written to it,
   * unless what was read from it shows it is the expected sheet. Otherwise the list is rebuilt (rescan).
   */
  private sheetList(): Known[] {
    if (this.known !== null) return this.known;
    this.index = this.spreadsheet.createDeveloperMetadataFinder().withKey(INDEX_METADATA).find()[0] ?? null;
    this.entries = parseIndex(this.index?.getValue() ?? null);
    const handles = this.spreadsheet.getSheets();
    const entries = this.entries;
    if (entries !== null && entries.length === handles.length) {
      this.known = handles.map((handle, i) => {
        const entry = entries[i] as IndexEntry;
        return { name: entry.n, key: entry.k, handle, stamps: { ...entry.s }, fresh: false, created: false, confirmed: false, named: false };
      });
      return this.known;
    }
    return this.rescan(handles);
  }

  /** Reads every sheet's name (and, when the index can't say, every key) and rebuilds the list. */
  private rescan(handles: readonly SheetApi[] = this.spreadsheet.getSheets()): Known[] {
    const names = handles.map((handle) => handle.getName());
    const ids = handles.map((handle) => handle.getSheetId());
    // Keys by sheet id, which never changes: each sheet's own metadata first, then what the index recorded for that id
    // (the template keeps its key there only, so that copies of it carry none).
    const fromSheets = this.keysBySheetId();
    const fromIndex = new Map((this.entries ?? []).flatMap((entry) => (entry.s.id === undefined ? [] : [[Number(entry.s.id), entry] as const])));
    this.known = handles.map((handle, i) => {
      const id = ids[i] as number;
      const recorded = fromIndex.get(id);
      const key = fromSheets.get(id) ?? recorded?.k ?? null;
      const stamps = recorded && recorded.k === key ? { ...recorded.s } : { id: String(id) };
      return { name: names[i] as string, key, handle, stamps, fresh: false, created: false, confirmed: true, named: true };
    });
    this.indexChanged = true;
    return this.known;
  }

  /** Reads every sheet's name: when each is what the index says, the list stands; otherwise it is rebuilt. */
  private nameAll(): void {
    for (const sheet of this.sheetList()) {
      if (sheet.named) continue;
      if (sheet.handle.getName() !== sheet.name || !this.sameSheet(sheet)) {
        this.rescan();
        return;
      }
      sheet.named = true;
      sheet.confirmed = true;
    }
  }

  /** Whether the sheet at this position is the one the index recorded there: its id never changes. */
  private sameSheet(entry: Known): boolean {
    return entry.stamps.id === undefined || String(entry.handle.getSheetId()) === entry.stamps.id;
  }

  /** The keys as each sheet's own metadata holds them (it follows a sheet through a rename and a move). */
  private keysBySheetId(): Map<number, string> {
    const byId = new Map<number, string>();
    for (const metadata of this.spreadsheet.createDeveloperMetadataFinder().withKey(KEY_METADATA).find()) {
      const sheet = metadata.getLocation().getSheet();
      const value = metadata.getValue();
      if (sheet !== null && value !== null) byId.set(sheet.getSheetId(), value);
    }
    return byId;
  }

  /** By name; a name the list doesn't hold (a tab renamed since the index was saved) is looked for after a rescan. */
  private entry(name: string): Known {
    const found = this.lookup(name) ?? (this.sheetList().every((sheet) => sheet.named) ? undefined : (this.rescan(), this.lookup(name)));
    if (!found) throw new Error(`No sheet named ${name}`);
    return found;
  }

  private lookup(name: string): Known | undefined {
    return this.sheetList().find((sheet) => sheet.name === name);
  }

  /** Makes sure the sheet at this position is the one the index says (one call); a stale index is rebuilt. */
  private confirmed(name: string): Known {
    const entry = this.entry(name);
    if (entry.confirmed) return entry;
    // By id, not by name: a tab deleted and made again, or two tabs swapped, can have the name the index recorded.
    if (entry.stamps.id !== undefined ? this.sameSheet(entry) : entry.handle.getName() === entry.name) {
      entry.confirmed = true;
      return entry;
    }
    return this.rescanned(name);
  }

  private sheet(name: string): SheetApi {
    return this.confirmed(name).handle;
  }

  /**
   * The sheet of this name after reading every name and key afresh. Names the caller already holds may now mean other
   * sheets: then the run stops before it writes from them, and starts again.
   */
  private rescanned(name: string): Known {
    this.rescan();
    if (this.handedOut) throw new SheetsMoved();
    return this.entry(name);
  }

  /** Runs `apply` unless the same `value` was applied last time (or `force`); then remembers it. */
  private once(name: string, kind: string, value: unknown, apply: () => void, force = false): void {
    const entry = this.entry(name);
    const print = fingerprint(value);
    if (!force && entry.stamps[kind] === print) return;
    apply();
    entry.stamps[kind] = print;
    this.indexChanged = true;
  }

  /** Saves the index when this run changed it: one call, at the end, after every other write. */
  finish(): void {
    if (!this.indexChanged || this.known === null) return;
    const entries = this.known.map((sheet) => ({ n: sheet.name, k: sheet.key, s: sheet.stamps }));
    let text = serializeIndex(entries);
    // Within Sheets' 30,000 characters of spreadsheet metadata: past a margin, the actions' stamps go first (the next
    // run then redoes that work).
    if (text.length > INDEX_LIMIT) {
      text = serializeIndex(entries.map((entry) => ({ ...entry, s: Object.fromEntries(Object.entries(entry.s).filter(([kind]) => !kind.startsWith("action."))) })));
    }
    // Past that, only each sheet's name, key and id; if even that won't fit, an empty index (each run then rescans).
    if (text.length > INDEX_LIMIT) text = serializeIndex(entries.map((entry) => ({ ...entry, s: entry.s.id === undefined ? ({} as Record<string, string>) : { id: entry.s.id } })));
    if (text.length > INDEX_LIMIT) text = "{}";
    if (this.index === null) this.spreadsheet.addDeveloperMetadata(INDEX_METADATA, text);
    else this.index.setValue(text);
    this.indexChanged = false;
  }

  /** The sheet's real grid size, asked once per run. */
  private exactGrid(name: string): Grid {
    const sheet = this.sheet(name);
    const entry = this.entry(name);
    if (!entry.grid?.exact) entry.grid = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns(), exact: true };
    return entry.grid;
  }

  /**
   * Grows the grid to cover rows × cols. getRange past the grid throws ("The coordinates of the range are outside the
   * dimensions of the sheet"), and so do column widths past the last column.
   */
  private cover(name: string, rows: number, cols: number): void {
    const known = this.entry(name).grid;
    if (known && known.rows >= rows && known.cols >= cols) return;
    const grid = this.exactGrid(name);
    const sheet = this.sheet(name);
    if (grid.rows < rows) sheet.insertRowsAfter(grid.rows, rows - grid.rows);
    if (grid.cols < cols) sheet.insertColumnsAfter(grid.cols, cols - grid.cols);
    grid.rows = Math.max(grid.rows, rows);
    grid.cols = Math.max(grid.cols, cols);
  }

  private range(name: string, area: Area): RangeApi {
    this.cover(name, area.row + area.rows - 1, area.col + area.cols - 1);
    return this.sheet(name).getRange(area.row, area.col, area.rows, area.cols);
  }

  sheets(current = false): SheetRef[] {
    if (current) this.nameAll();
    this.handedOut = true;
    return this.sheetList().map(({ name, key }) => ({ name, key }));
  }

  addSheet(name: string, key: string | null, template?: string): void {
    const list = this.sheetList();
    const source = template === undefined ? undefined : this.entry(template);
    const handle = source ? this.spreadsheet.insertSheet(name, list.length, { template: source.handle }) : this.spreadsheet.insertSheet(name, list.length);
    // Whether a copy carries its template's metadata is not documented; a template keeps its key in the index only, so
    // there is none to carry. Every other sheet carries its key itself, which follows it through renames and moves.
    if (key !== null && !INDEX_ONLY_KEYS.has(key)) handle.addDeveloperMetadata(KEY_METADATA, key);
    // A copy carries its template's cells, formats and size; whether it stays hidden is not documented, so show it.
    if (source?.stamps.hidden === "1") handle.showSheet();
    const stamps = source ? Object.fromEntries(Object.entries(source.stamps).filter(([kind]) => ["format", "size", "tab"].includes(kind))) : {};
    // A copy has its template's size: known when the template was sized in this run, otherwise asked when needed.
    const grid = source === undefined ? { ...NEW_SHEET_GRID, exact: true } : source.grid?.exact ? { ...source.grid } : undefined;
    const stamped = { tab: fingerprint(null), ...stamps, id: String(handle.getSheetId()) };
    list.push({ name, key, handle, stamps: stamped, fresh: true, created: true, confirmed: true, named: true, grid });
    this.indexChanged = true;
  }

  /**
   * Sheet.setName (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)). The sheet keeps
   * its id, so its key (metadata on the sheet), its index entry and stamps, and the links to it ("#gid=…") stay; only
   * the name in the index changes, saved at the end of the run.
   */
  renameSheet(from: string, to: string): void {
    const entry = this.confirmed(from);
    entry.handle.setName(to);
    entry.name = to;
    entry.named = true;
    this.indexChanged = true;
  }

  hide(name: string, hidden = true): void {
    this.once(name, "hidden", hidden ? "1" : "0", () => (hidden ? this.sheet(name).hideSheet() : this.sheet(name).showSheet()));
  }

  fit(name: string, rows: number, cols: number): void {
    this.once(name, "size", [rows, cols], () => this.resize(name, rows, cols));
  }

  private resize(name: string, rows: number, cols: number): void {
    const grid = this.exactGrid(name);
    const sheet = this.sheet(name);
    // Only rows and columns beyond everything anyone typed go: a sheet keeps what it holds and what it was sized for.
    // A sheet made in this run and not written yet holds nothing: no need to look. Both looks come before any change.
    const empty = this.entry(name).fresh;
    const tooTall = grid.rows > 2 * rows;
    const tooWide = grid.cols > cols + SPARE_COLUMNS;
    const lastRow = tooTall && !empty ? sheet.getLastRow() : 0;
    const lastCol = tooWide && !empty ? sheet.getLastColumn() : 0;
    this.cover(name, rows, cols);
    const keepRows = Math.max(rows, lastRow);
    if (tooTall && grid.rows > 2 * keepRows) {
      sheet.deleteRows(keepRows + 1, grid.rows - keepRows);
      grid.rows = keepRows;
    }
    const keepCols = Math.max(cols, lastCol);
    if (tooWide && grid.cols > keepCols + SPARE_COLUMNS) {
      sheet.deleteColumns(keepCols + 1, grid.cols - keepCols);
      grid.cols = keepCols;
    }
  }

  access(): FileAccess {
    if (this.fileAccess === null) {
      const owner = this.spreadsheet.getOwner()?.getEmail() ?? null;
      const editors = this.spreadsheet.getEditors().map((user) => user.getEmail());
      this.fileAccess = { user: this.user, owner: owner === "" ? null : owner, editors };
    }
    return this.fileAccess;
  }

  canEdit(name: string): boolean {
    return this.sheet(name).getProtections(this.app.ProtectionType.SHEET)[0]?.canEdit() ?? true;
  }

  stamp(name: string, kind: string): string | null {
    return this.entry(name).stamps[`action.${kind}`] ?? null;
  }

  setStamp(name: string, kind: string, value: string): void {
    const entry = this.entry(name);
    if (entry.stamps[`action.${kind}`] === value) return;
    entry.stamps[`action.${kind}`] = value;
    this.indexChanged = true;
  }

  /**
   * One call for the sheet's data: "A -1 value … is equivalent to getting the very last row or column that has data"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)).
   * A sheet made in this run holds nothing yet, so it is not read at all.
   */
  read(name: string, identity?: SheetIdentity): Cell[][] {
    let entry = this.entry(name);
    if (entry.fresh) return [];
    let values = this.allValues(entry.handle);
    if (!entry.confirmed) {
      const shown = values[identity ? identity.row - 1 : -1]?.[identity ? identity.col - 1 : -1];
      if (identity && typeof shown === "string" && (shown === identity.prefix || shown.startsWith(`${identity.prefix} `))) entry.confirmed = true;
      else {
        // Not what was expected there (or nothing to expect): check the sheet's id; a rescan finds where it went.
        const checked = identity ? this.rescanned(name) : this.confirmed(name);
        if (checked.handle !== entry.handle) values = this.allValues(checked.handle);
        entry = checked;
      }
    }
    // The data lies inside the grid: writes within it need no size check.
    entry.grid ??= { rows: values.length, cols: values[0]?.length ?? 0, exact: false };
    const rows = values.map((row) => row.map(fromSheets));
    while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).every((value) => value === null)) rows.pop();
    return rows;
  }

  /** On a sheet with no data at all getSheetValues has no rows to give; the data range then reads as one blank cell. */
  private allValues(handle: SheetApi): unknown[][] {
    try {
      return handle.getSheetValues(1, 1, -1, -1);
    } catch {
      return handle.getDataRange().getValues();
    }
  }

  write(name: string, row: number, col: number, values: readonly (readonly CellInput[])[]): void {
    if (values.length === 0) return;
    const width = Math.max(...values.map((line) => line.length));
    const block = values.map((line) => Array.from({ length: width }, (_, j) => toSheets(line[j] ?? null, (target) => this.sheetId(target))));
    this.range(name, { row, col, rows: values.length, cols: width }).setValues(block);
    this.entry(name).fresh = false;
  }

  /** A sheet's id (what a link points to) never changes: asked once, then kept in the index. */
  private sheetId(name: string): number {
    const entry = this.entry(name);
    if (entry.stamps.id === undefined) {
      entry.stamps.id = String(entry.handle.getSheetId());
      this.indexChanged = true;
    }
    return Number(entry.stamps.id);
  }

  clear(name: string, area: Area): void {
    this.range(name, area).clearContent();
  }

  private validation(validation: Validation) {
    const builder = this.app.newDataValidation().setAllowInvalid(validation.kind === "list" && validation.others === true);
    switch (validation.kind) {
      case "checkbox":
        return builder.requireCheckbox().build();
      case "list":
        return builder.requireValueInList([...validation.values], true).build();
      case "date":
        return builder.requireDate().build();
      case "count":
        return builder.requireNumberGreaterThanOrEqualTo(0).build();
      case "percent":
        return builder.requireNumberBetween(0, 100).build();
      case "number":
        return builder.requireNumberBetween(NUMBER_BOUNDS.min, NUMBER_BOUNDS.max).build();
    }
  }

  /** Applies a format unless this very format was applied last time (a person's repair request forces it). */
  format(name: string, format: SheetFormat, force = false): void {
    this.once(name, format.part === undefined ? "format" : `format:${format.part}`, format, () => this.applyFormat(name, format, force), force);
  }

  private applyFormat(name: string, format: SheetFormat, force = false): void {
    const sheet = this.sheet(name);
    const merges = format.merges ?? [];
    const areas = [...format.styles, ...format.validations, ...format.conditional].map(({ area }) => area);
    const bottom = Math.max(1, format.mergesFrom ?? 1, ...[...areas, ...merges].map((area) => area.row + area.rows - 1), ...(format.rowHeights ?? []).map(({ row }) => row));
    const right = Math.max(1, ...format.columnWidths.map((width) => width.col), ...[...format.styles.map(({ area }) => area), ...merges].map((area) => area.col + area.cols - 1));
    // Its reads come first (the grid's size, the colour rules people made; a sheet made in this run has none), so they
    // wait for no write of its own.
    this.cover(name, bottom, right);
    const theirs = format.conditional.length === 0 || this.entry(name).created ? [] : sheet.getConditionalFormatRules();
    if (format.part === undefined) sheet.setFrozenRows(format.frozenRows);
    if (format.reset) {
      // "null to remove data validation" (Range.setDataValidation; the Sheets API's SetDataValidationRequest: "To clear
      // validation in a range, call this with no rule specified"), and Sheets' automatic format, "General", before the
      // new columns' own formats: to confirm on a real file (docs/kiem-thu-google.md).
      // https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation)
      this.range(name, format.reset).setDataValidation(null).setNumberFormat(GENERAL_FORMAT);
    }
    // The merges as applied last time stay when only the rest changed (a week whose texts wrap to other heights).
    if (format.mergesFrom !== undefined || merges.length > 0) {
      this.once(name, `merges:${format.part ?? ""}`, [format.mergesFrom, merges], () => this.merge(name, format.mergesFrom, merges), force);
    }
    for (const run of widthRuns(format.columnWidths)) sheet.setColumnWidths(run.col, run.count, run.width);
    // Areas styled alike go in one range list: one call per style, whatever the number of areas.
    for (const { setter, value, areas } of styleGroups(format.styles)) {
      const list = sheet.getRangeList(areas.map(areaA1));
      if (setter === "numberFormat") list.setNumberFormat(value as string);
      if (setter === "bold") list.setFontWeight(value ? "bold" : "normal");
      if (setter === "fontColor") list.setFontColor(value as string);
      if (setter === "fontSize") list.setFontSize(value as number);
      if (setter === "fontFamily") list.setFontFamily(value as string);
      if (setter === "fill") list.setBackground(value as string);
      if (setter === "wrap") list.setWrap(value as boolean);
      if (setter === "horizontal") list.setHorizontalAlignment(value as string);
      if (setter === "italic") list.setFontStyle(value ? "italic" : "normal");
      if (setter === "underline") list.setFontLine(value ? "underline" : "none");
      // Taking lines away leaves the area's top edge alone (null, "no change"): it may be the bottom line of the
      // ruled table above, and the reference does not say whether the two cells share that edge.
      if (setter === "border") list.setBorder(value ? true : null, value as boolean, value as boolean, value as boolean, value as boolean, value as boolean);
    }
    // Rows grow to fit wrapped text by themselves ("By default, rows grow to fit cell contents"), but not for text in a
    // merged cell: only rows holding a merge take their declared height, one call per run of equal heights. The API
    // has no page setup, so `print` is said on the sheet by the action instead.
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setRowHeights(Integer,Integer,Integer)
    const merged = (row: number) => merges.some((area) => row >= area.row && row < area.row + area.rows);
    for (const run of heightRuns((format.rowHeights ?? []).filter(({ row }) => merged(row)))) sheet.setRowHeights(run.row, run.count, run.height);
    const rules = new Map<string, DataValidationApi>();
    for (const { area, validation } of format.validations) {
      const id = JSON.stringify(validation);
      const rule = rules.get(id) ?? this.validation(validation);
      rules.set(id, rule);
      this.range(name, area).setDataValidation(rule);
    }
    if (format.conditional.length === 0) return;
    // setConditionalFormatRules replaces every rule of the sheet: keep the ones people made, replace ours. Ours are known
    // by where they start (a column's first data cell), so rules from an earlier, shorter or longer layout go too.
    const start = (a1: string) => a1.split(":")[0];
    const ours = new Set(format.conditional.map((rule) => start(areaA1(rule.area))));
    // After a relayout, every rule starting in the reset area was the add-on's, for a column now elsewhere.
    const reset = format.reset;
    const moved = (a1: string) => reset !== undefined && within(reset, start(a1) as string);
    const kept = theirs.filter((rule) => !rule.getRanges().some((range) => ours.has(start(range.getA1Notation())) || moved(range.getA1Notation())));
    // Rules alike (same text, same colours) on several columns are one rule over those ranges, in their first order.
    const alike = new Map<string, { rule: SheetFormat["conditional"][number]; areas: Area[] }>();
    // A formula's relative references count from its range's top-left cell, so a formula rule keeps its one range.
    for (const rule of format.conditional) {
      const when = isFormulaRule(rule) ? `=${ruleFormula(rule)}|${areaA1(rule.area)}` : rule.textStartsWith;
      const id = `${when}|${rule.fill}|${rule.fontColor}`;
      const group = alike.get(id) ?? { rule, areas: [] };
      group.areas.push(rule.area);
      alike.set(id, group);
    }
    const conditional = [...alike.values()].map(({ rule, areas }) =>
      (isFormulaRule(rule) ? this.app.newConditionalFormatRule().whenFormulaSatisfied(`=${ruleFormula(rule)}`) : this.app.newConditionalFormatRule().whenTextStartsWith(rule.textStartsWith))
        .setBackground(rule.fill)
        .setFontColor(rule.fontColor)
        .setRanges(areas.map((area) => this.range(name, area)))
        .build(),
    );
    sheet.setConditionalFormatRules([...kept, ...conditional]);
  }

  /** Breaks apart every merge from `from` down (when given), then merges each row of each area across. */
  private merge(name: string, from: number | undefined, merges: readonly Area[]): void {
    const sheet = this.sheet(name);
    if (from !== undefined) {
      // Every merge from that row to the last row holding anything (the grid as far as known, covered above), across
      // all columns ("10:60"), in one call: breaking apart only part of a merged range throws ("You must select all
      // cells in a merged range to merge or unmerge them", https://github.com/pfelipm/cellsbreakapart).
      // https://developers.google.com/apps-script/reference/spreadsheet/range-list#breakApart()
      const last = (this.entry(name).grid as Grid).rows;
      sheet.getRangeList([`${from}:${last}`]).breakApart();
      sheet.setRowHeights(from, last - from + 1, DEFAULT_ROW_HEIGHT);
    }
    // One call per area: each of its rows becomes one merged cell ("creates 2 horizontal cells, F5:H5 and F6:H6").
    // https://developers.google.com/apps-script/reference/spreadsheet/range#mergeAcross()
    for (const area of merges) this.range(name, area).mergeAcross();
  }

  /** Limits editing, unless the same editors were set last time. */
  protect(name: string, editors: readonly string[], description: string, force = false): void {
    const wanted = [...new Set(editors.map((email) => email.trim().toLowerCase()))].sort();
    this.once(name, "editors", [wanted, description], () => this.applyProtection(name, wanted, description), force);
  }

  /**
   * As Google's sample does it: a new protection mirrors the file's editors, so add the person running first, then
   * remove the others; domain-wide editing is turned off only where the file has a domain (a gmail.com file has none
   * and setDomainEdit throws). https://developers.google.com/apps-script/reference/spreadsheet/protection
   */
  private applyProtection(name: string, wanted: readonly string[], description: string): void {
    const sheet = this.sheet(name);
    // A sheet made in this run has no protection (a template's is not copied): no need to ask, nor to wait for a flush.
    const entry = this.entry(name);
    // A sheet made in this run needs no look: "If the sheet is already protected, this method returns an object
    // representing its existing protection settings" (a template's protection, if a copy carries it, lists officers
    // only), and a new one mirrors the file's editors. Adding the wanted editors and removing the file's others is
    // right either way. https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()
    const existing = entry.protection ?? (entry.created ? undefined : sheet.getProtections(this.app.ProtectionType.SHEET)[0]);
    const protection = existing ?? sheet.protect();
    entry.protection = protection;
    const access = this.access();
    const me = this.user.toLowerCase();
    const owner = access.owner?.toLowerCase() ?? null;
    // A new protection's editors are the file's: no need to ask for them.
    const current = existing ? protection.getEditors().map((user) => user.getEmail().toLowerCase()) : access.editors.map((email) => email.toLowerCase());
    // On a sheet made in this run every wanted editor is added, whatever its protection lists (a copy's lists officers
    // only); adding someone already listed changes nothing.
    const missing = existing ? wanted.filter((email) => !current.includes(email)) : [...new Set([...(me === "" ? [] : [me]), ...wanted])];
    // Neither the owner nor the current user can be removed, so neither is asked for.
    const extra = current.filter((email) => !wanted.includes(email) && email !== me && email !== owner);
    if (missing.length > 0) protection.addEditors(missing);
    if (extra.length > 0) protection.removeEditors(extra);
    protection.setDescription(description);
    if (!isGmailAccount(owner) && protection.canDomainEdit()) protection.setDomainEdit(false);
  }

  protection(name: string): readonly string[] | null {
    const protection = this.sheet(name).getProtections(this.app.ProtectionType.SHEET)[0];
    if (!protection) return null;
    const owner = this.access().owner?.toLowerCase();
    return protection.getEditors().map((user) => user.getEmail()).filter((email) => email.toLowerCase() !== owner);
  }

  /** Sheet and Spreadsheet have no paper size, orientation, scaling or page numbers to set: only the print dialog does.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet */
  holdsPageSetup(): boolean {
    return false;
  }

  /**
   * The cells marked last time are kept in the index (a few, as ranges): only the marks that changed are taken off or
   * put on, one range list each. Taking a mark off resets the background ("a null value resets the background color",
   * https://developers.google.com/apps-script/reference/spreadsheet/range-list#setBackground(String)).
   */
  markProblems(name: string, cells: readonly string[]): void {
    const entry = this.entry(name);
    const before: string[] = entry.stamps.marks === undefined ? [] : (JSON.parse(entry.stamps.marks) as string[]);
    const wanted = cellRuns(cells.slice(0, MARKS_LIMIT));
    const off = before.filter((range) => !wanted.includes(range));
    const on = wanted.filter((range) => !before.includes(range));
    if (off.length === 0 && on.length === 0) return;
    const sheet = this.sheet(name);
    if (off.length > 0) sheet.getRangeList(off).setBackground(null);
    if (on.length > 0) sheet.getRangeList(on).setBackground(COLOURS.problem.fill);
    entry.stamps.marks = JSON.stringify(wanted);
    this.indexChanged = true;
  }

  setTabColor(name: string, colour: string | null): void {
    this.once(name, "tab", colour, () => this.sheet(name).setTabColor(colour));
  }

  /** Replaces the add-on's chart, unless it is the very chart drawn last time (its data then updates by itself). */
  chart(name: string, chart: ChartSpec | null): boolean {
    this.once(name, "chart", chart, () => this.drawChart(name, chart));
    return true;
  }

  /** Charts people made stay: the add-on's is the one whose data starts where its last chart's did. */
  private drawChart(name: string, chart: ChartSpec | null): void {
    const sheet = this.sheet(name);
    const entry = this.entry(name);
    const starts = new Set([entry.stamps.chartAt, chart === null ? undefined : areaA1(chart.categories).split(":")[0]]);
    for (const existing of sheet.getCharts()) {
      const first = existing.getRanges()[0]?.getA1Notation().split(":")[0];
      if (starts.has(first)) sheet.removeChart(existing);
    }
    if (chart === null) return;
    entry.stamps.chartAt = areaA1(chart.categories).split(":")[0] as string;
    const start = sheet.newChart();
    let builder = chart.kind === "line" ? start.asLineChart() : start.asBarChart();
    for (const area of chartRanges(chart)) builder = builder.addRange(this.range(name, area));
    sheet.insertChart(builder.setNumHeaders(1).setOption("title", chart.title).setPosition(chart.anchor.row, chart.anchor.col, 0, 0).build());
  }
}
