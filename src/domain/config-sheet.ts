// This file maps the campaign to the Cấu hình sheet's tables and back, with problems placed on the cells to fix.
import * as z from "zod";
import { CADENCES, type Campaign, CampaignSchema, cadenceOf, kindKey, kindsOf } from "./campaign";
import type { Cell } from "./cell";
import { checkboxCell, choiceCell, countCell, dateCell, percentCell, textCell, timeCell } from "./cell-schemas";
import { WEEKDAY_NAMES } from "./dates";
import { a1 } from "./layout/a1";
import { INDICATOR_TABLE_CHOICES, KIND_CRITERIA_TABLE, SETTINGS, type SettingSpec, VILLAGE_KINDS_TABLE } from "./layout/columns";
import { CONFIG_LAYOUT, type TablePlacement, firstDataRow, placement, sheetColumn } from "./layout/sheets";
import { CADENCE_LABEL, PROBLEM, TO_FILL } from "./messages";
import { type DataProblem, problemAt, problemsFromIssues } from "./problems";
import { weekdayCell } from "./cell-schemas";
import { type SheetGrid, gridCell, parseTable } from "./tables";

const place = (id: string) => placement(CONFIG_LAYOUT, id) as TablePlacement;

const TABLE_IDS = Object.fromEntries(Object.entries(INDICATOR_TABLE_CHOICES).map(([id, label]) => [label, id])) as Record<
  string,
  keyof typeof INDICATOR_TABLE_CHOICES
>;

/** Earlier workbooks wrote "Cụm dân cư, tuyến đường", a list value that Excel and LibreOffice split at its comma. */
const OLD_TABLE_LABELS: Readonly<Record<string, string>> = { "Cụm dân cư, tuyến đường": INDICATOR_TABLE_CHOICES.clustersRoads };

function settingValue(campaign: Campaign, setting: SettingSpec): Cell {
  const value = (campaign as Record<string, unknown>)[setting.key];
  if (setting.key === "reportWeekday") return campaign.reportWeekday === null ? TO_FILL.marker : (WEEKDAY_NAMES[campaign.reportWeekday] as string);
  if (setting.key === "reportTime" && campaign.reportTime === null) return TO_FILL.marker;
  if (setting.key === "officers") return campaign.officers.join(", ");
  if (setting.key === "cadence") return CADENCE_LABEL[cadenceOf(campaign)];
  // A blank campaign's dates are empty strings: the cells stay empty.
  if (setting.kind === "date") return value === null || value === "" ? null : { date: value as string };
  return (value as Cell) ?? null;
}

/** A share's minimum as Cấu hình shows it: a plan that states none leaves it for the officer ("(cần bổ sung)"). */
export function minimumCell(minimum: number | null): Cell {
  return minimum ?? TO_FILL.marker;
}

/** The config tables' data rows, each table as written from its first data cell. */
export function campaignTables(campaign: Campaign): Record<string, Cell[][]> {
  return {
    settings: SETTINGS.map((setting) => [setting.label, settingValue(campaign, setting)]),
    phases: campaign.phases.map((phase) => [phase.name, { date: phase.start }, { date: phase.end }]),
    indicators: campaign.indicators.map((indicator) =>
      indicator.kind === "share"
        ? [indicator.id, indicator.name, INDICATOR_TABLE_CHOICES[indicator.table], minimumCell(indicator.minimum), indicator.aim, null, null]
        : [indicator.id, indicator.name, INDICATOR_TABLE_CHOICES.criteria, null, null, indicator.minimumAchieved, indicator.hardRequired],
    ),
    householdItems: campaign.householdItems.map((item) => [item]),
    criteriaCatalogue: campaign.criteria.map((criterion) => [criterion.number, criterion.name, criterion.hard]),
    villageKinds: kindsOf(campaign).map((kind) => [kind.name, kind.minimumAchieved, kind.hardRequired]),
    kindCriteria: kindsOf(campaign).flatMap((kind) => kind.criteria.map((criterion) => [kind.name, criterion.number, criterion.name, criterion.hard])),
  };
}

const settingSchemas: Record<Exclude<SettingSpec["kind"], "choice">, z.ZodType> = {
  text: textCell,
  date: dateCell,
  time: timeCell,
  count: countCell,
  weekday: weekdayCell,
};

const settingSchema = (setting: SettingSpec): z.ZodType =>
  setting.kind === "choice" ? choiceCell(setting.choices ?? []) : settingSchemas[setting.kind];

const IndicatorRowSchema = z.object({
  id: textCell,
  name: textCell,
  table: z.preprocess((value) => (typeof value === "string" ? (OLD_TABLE_LABELS[value.trim()] ?? value) : value), choiceCell(Object.values(INDICATOR_TABLE_CHOICES))),
  minimum: percentCell,
  aim: percentCell,
  minimumAchieved: countCell,
  hardRequired: checkboxCell,
});

/**
 * The kinds of thôn and their catalogues. A catalogue row naming a kind the kinds table lacks, and a kind name with a
 * comma (a dropdown's list splits there), are problems on their cells; `rows` are the kinds' sheet rows.
 */
function readKinds(grid: SheetGrid, problems: DataProblem[]): { kinds: Array<Record<string, unknown>>; rows: number[] } {
  const kindsPlace = place(VILLAGE_KINDS_TABLE.id);
  const criteriaPlace = place(KIND_CRITERIA_TABLE.id);
  const kindRows = parseTable(grid, CONFIG_LAYOUT, kindsPlace, z.object({ name: textCell, minimumAchieved: countCell, hardRequired: checkboxCell }));
  const criteriaRows = parseTable(grid, CONFIG_LAYOUT, criteriaPlace, z.object({ kind: textCell, number: textCell, name: textCell, hard: checkboxCell }));
  problems.push(...kindRows.problems, ...criteriaRows.problems);
  const named = kindRows.rows.filter(({ value }) => value.name !== null);
  for (const { row, value } of kindRows.rows) {
    const cell = a1(row, sheetColumn(kindsPlace, "name"));
    if (value.name === null) problems.push(problemAt(grid.sheet, cell, PROBLEM.required("tên loại thôn")));
    else if (value.name.includes(",")) problems.push(problemAt(grid.sheet, cell, PROBLEM.kindNameWithComma(value.name)));
  }
  const catalogues = new Map(named.map(({ value }) => [kindKey(value.name as string), [] as Array<{ number: string; name: string; hard: boolean }>]));
  for (const { row, value } of criteriaRows.rows) {
    if (value.name === null) continue;
    const catalogue = value.kind === null ? undefined : catalogues.get(kindKey(value.kind));
    if (catalogue === undefined) {
      const cell = a1(row, sheetColumn(criteriaPlace, "kind"));
      problems.push(problemAt(grid.sheet, cell, value.kind === null ? PROBLEM.required("loại thôn của tiêu chí") : PROBLEM.unknownKind(value.kind)));
      continue;
    }
    catalogue.push({ number: value.number ?? "", name: value.name, hard: value.hard });
  }
  return {
    kinds: named.map(({ value }) => ({ ...value, criteria: catalogues.get(kindKey(value.name as string)) ?? [] })),
    rows: named.map(({ row }) => row),
  };
}

/** A config that can't be used still says who its officers are, so only they are shown its problems. */
export type CampaignReading =
  | { ok: true; campaign: Campaign; /** Each setting's value cell (A1) on Cấu hình, so actions can name it. */ cells: Readonly<Record<string, string>> }
  | { ok: false; problems: DataProblem[]; officers?: readonly string[] };

/** Reads the campaign from the Cấu hình sheet's values; every problem names the cell to fix. */
export function readCampaign(grid: SheetGrid): CampaignReading {
  const problems: DataProblem[] = [];
  const cells = new Map<string, string>();
  const settingsPlace = place("settings");
  const raw: Record<string, unknown> = {};

  const settingRows = new Map<string, number>();
  for (let row = firstDataRow(CONFIG_LAYOUT); row <= grid.values.length; row++) {
    const label = gridCell(grid, row, settingsPlace.firstCol);
    if (typeof label === "string") settingRows.set(label.trim(), row);
  }
  for (const setting of SETTINGS) {
    const row = settingRows.get(setting.label);
    const cell = a1(row ?? firstDataRow(CONFIG_LAYOUT), settingsPlace.firstCol + (row === undefined ? 0 : 1));
    cells.set(setting.key, cell);
    if (row === undefined && setting.addedLater) continue;
    if (row === undefined) {
      problems.push(problemAt(grid.sheet, cell, PROBLEM.required(`dòng "${setting.label}"`)));
      continue;
    }
    const parsed = settingSchema(setting).safeParse(gridCell(grid, row, settingsPlace.firstCol + 1));
    if (!parsed.success) {
      problems.push(...problemsFromIssues(parsed.error.issues, () => ({ sheet: grid.sheet, cell })));
      continue;
    }
    if (parsed.data === null && setting.required) {
      problems.push(problemAt(grid.sheet, cell, PROBLEM.required(setting.label.toLocaleLowerCase("vi"))));
      continue;
    }
    raw[setting.key] = parsed.data;
  }
  raw.reportWeekday = raw.reportWeekday === null || raw.reportWeekday === undefined ? null : WEEKDAY_NAMES.indexOf(raw.reportWeekday as (typeof WEEKDAY_NAMES)[number]);
  raw.reportTime = raw.reportTime ?? null;
  raw.officers = String(raw.officers ?? "")
    .split(/[,;\s]+/)
    .filter((email) => email !== "");
  raw.householdMinItems = raw.householdMinItems ?? 1;
  raw.lastVillageNumber = raw.lastVillageNumber ?? 0;
  raw.planNumber = raw.planNumber ?? "";
  raw.cadence = CADENCES.find((cadence) => CADENCE_LABEL[cadence] === raw.cadence);

  const phases = parseTable(grid, CONFIG_LAYOUT, place("phases"), z.object({ name: textCell, start: dateCell, end: dateCell }));
  const indicators = parseTable(grid, CONFIG_LAYOUT, place("indicators"), IndicatorRowSchema);
  const items = parseTable(grid, CONFIG_LAYOUT, place("householdItems"), z.object({ name: textCell }));
  const criteria = parseTable(
    grid,
    CONFIG_LAYOUT,
    place("criteriaCatalogue"),
    z.object({ number: textCell, name: textCell, hard: checkboxCell }),
  );
  problems.push(...phases.problems, ...indicators.problems, ...items.problems, ...criteria.problems);
  const kinds = readKinds(grid, problems);

  raw.phases = phases.rows.map(({ value }) => value);
  raw.indicators = indicators.rows.map(({ value }) =>
    TABLE_IDS[value.table ?? ""] === "criteria"
      ? { kind: "criteria", table: "criteria", id: value.id, name: value.name, minimumAchieved: value.minimumAchieved, hardRequired: value.hardRequired }
      : { kind: "share", table: TABLE_IDS[value.table ?? ""], id: value.id, name: value.name, minimum: value.minimum, aim: value.aim },
  );
  raw.householdItems = items.rows.flatMap(({ value }) => (value.name === null ? [] : [value.name]));
  raw.criteria = criteria.rows.flatMap(({ value }) =>
    value.name === null ? [] : [{ number: value.number ?? "", name: value.name, hard: value.hard }],
  );
  // No kinds reads as a campaign made before them.
  raw.kinds = kinds.kinds.length > 0 ? kinds.kinds : undefined;

  const rowsOf = { phases: phases.rows, indicators: indicators.rows } as const;
  const locate = (path: readonly PropertyKey[]) => {
    const [first, index, key] = path;
    if ((first === "phases" || first === "indicators") && typeof index === "number") {
      const row = rowsOf[first][index]?.row ?? firstDataRow(CONFIG_LAYOUT);
      const p = place(first);
      const col = typeof key === "string" && p.table.columns.some((c) => c.key === key) ? sheetColumn(p, key) : p.firstCol;
      return { sheet: grid.sheet, cell: a1(row, col) };
    }
    if (first === "indicators") return { sheet: grid.sheet, cell: a1(CONFIG_LAYOUT.headerRow, place("indicators").firstCol) };
    if (first === "kinds" && typeof index === "number") {
      const p = place(VILLAGE_KINDS_TABLE.id);
      const col = typeof key === "string" && p.table.columns.some((c) => c.key === key) ? sheetColumn(p, key) : p.firstCol;
      return { sheet: grid.sheet, cell: a1(kinds.rows[index] ?? firstDataRow(CONFIG_LAYOUT), col) };
    }
    return { sheet: grid.sheet, cell: cells.get(String(first)) ?? "" };
  };
  if (problems.length > 0) {
    const parsed = CampaignSchema.safeParse(raw);
    if (!parsed.success) {
      const known = new Set(problems.map((p) => p.cell));
      problems.push(...problemsFromIssues(parsed.error.issues, locate).filter((p) => !known.has(p.cell)));
    }
    return { ok: false, problems, officers: raw.officers as string[] };
  }
  const parsed = CampaignSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues, locate), officers: raw.officers as string[] };
  return { ok: true, campaign: parsed.data, cells: Object.fromEntries(cells) };
}
