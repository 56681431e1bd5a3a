// This file fills a freshly generated workbook with deterministic sample data for the demo: thôn on every side of the targets.
import type { CellInput } from "../domain/cell";
import { COMMUNE_WORK_LAYOUT, REGISTER_LAYOUT, SHEET_KEYS, type TablePlacement, firstDataRow, placement, sheetColumn, villageTabLayout } from "../domain/layout/sheets";
import { lastFilledRow } from "../domain/tables";
import { TASK_STATUS, TO_FILL } from "../domain/messages";
import { REGISTER_PLACE } from "../domain/register";
import type { Workbook } from "../workbook/workbook";
import { type CampaignState, loadState, sheetNamed, villagesWithTabs } from "./campaign-state";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Đức", "Hữu", "Minh", "Thanh", "Quang", "Xuân"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Sơn", "Tâm", "Thảo", "Trung", "Vinh"];
const ORGANISATIONS = ["Hội Phụ nữ", "Đoàn Thanh niên", "Hội Nông dân", "Hội Cựu chiến binh", "Hội Người cao tuổi"];

/** Shares of households renovated, cycled over the thôn: below, inside and above the 70–80% band. */
const HOUSEHOLD_SHARES = [0.55, 0.72, 0.86, 0.64, 0.78, 0.9, 0.7, 0.45, 0.81, 0.75];
/** Shares of model gardens upgraded, on both sides of 30%. */
const GARDEN_SHARES = [0.2, 0.4, 0.5, 0.25, 0.34];

/** A small deterministic generator (mulberry32), so every demo file is the same. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

function personName(next: () => number): string {
  return `${pick(FAMILY, next)} ${pick(MIDDLE, next)} ${pick(GIVEN, next)}`;
}

export interface SampleCounts {
  readonly households: number;
  readonly gardens: number;
  readonly clusters: number;
  readonly roads: number;
}

/** The register figures of the i-th thôn (0-based). Thôn 4 has 300 households but only 287 listed: a data problem. */
export function sampleCounts(i: number): SampleCounts {
  return { households: i === 3 ? 300 : 90 + ((i * 37) % 160), gardens: 4 + (i % 7), clusters: 2 + (i % 3), roads: 2 + (i % 4) };
}

/** The name an officer writes over a preset's placeholder: "Thôn 3 (cần ghi tên)" becomes "Thôn 3"; a real name stays. */
export function officerName(name: string): string {
  return name.replace(TO_FILL.pattern, "").trim();
}

/**
 * Writes register names, heads and counts for every thôn, before tabs are generated, so tabs get the right number of
 * rows and the officer's names. Preset 000 ships its 22 thôn as "Thôn N (cần ghi tên)" (the plan names none); the demo
 * names them "Thôn 1" … "Thôn 22" in Danh sách thôn, as an officer would first, since many communes number their thôn.
 */
export function fillSampleRegister(workbook: Workbook): void {
  const loaded = loadState(workbook);
  if (!loaded.ok) throw new Error("The demo workbook has no usable configuration");
  const { state } = loaded;
  const next = random(2026);
  const entries = state.register.entries;
  const first = firstDataRow(REGISTER_LAYOUT);
  const rows = Array.from({ length: Math.max(...entries.map((e) => e.row)) - first + 1 }, (_, i) => {
    const index = entries.findIndex((e) => e.row === first + i);
    const counts = sampleCounts(index);
    const entry = entries[index];
    return entry === undefined
      ? [null, null, null, null, null, null]
      : [officerName(entry.name), personName(next), counts.households, counts.gardens, counts.clusters, counts.roads];
  });
  workbook.write(state.registerSheet, first, sheetColumn(REGISTER_PLACE, "name"), rows.map((row) => [row[0] as CellInput]));
  workbook.write(state.registerSheet, first, sheetColumn(REGISTER_PLACE, "head"), rows.map((row) => [row[1] as CellInput]));
  workbook.write(state.registerSheet, first, sheetColumn(REGISTER_PLACE, "households"), rows.map((row) => row.slice(2) as CellInput[]));
}

/** Fills each thôn tab's households, gardens, clusters/roads and tasks, with a few deliberate data problems. */
export function fillSampleTabs(workbook: Workbook): void {
  const loaded = loadState(workbook);
  if (!loaded.ok) throw new Error("The demo workbook has no usable configuration");
  const { state } = loaded;
  const layout = villageTabLayout(state.campaign);
  const first = firstDataRow(layout);
  const items = state.campaign.householdItems.length;
  villagesWithTabs(state).forEach(({ sheet }, i) => {
    if (sheet === null) return;
    const next = random(1000 + i);
    const counts = sampleCounts(i);
    const place = (id: string) => placement(layout, id) as TablePlacement;

    const listed = i === 3 ? counts.households - 13 : counts.households;
    const done = Math.round(listed * (HOUSEHOLD_SHARES[i % HOUSEHOLD_SHARES.length] as number));
    const households: CellInput[][] = Array.from({ length: listed }, (_, h) => {
      const ticks: CellInput[] = new Array<CellInput>(items).fill(false);
      if (h < done) for (let k = 0, n = 1 + Math.floor(next() * 3); k < n; k++) ticks[Math.floor(next() * items)] = true;
      return [personName(next), ...ticks];
    });
    if (i === 5) (households[2] as CellInput[])[2] = "x";
    if (i === 7) (households[4] as CellInput[])[0] = null;
    workbook.write(sheet, first, sheetColumn(place("households"), "name"), households);

    const upgraded = Math.round(counts.gardens * (GARDEN_SHARES[i % GARDEN_SHARES.length] as number));
    const gardens = Array.from({ length: counts.gardens }, (_, g) => [personName(next), g < upgraded, pick(ORGANISATIONS, next)]);
    workbook.write(sheet, first, sheetColumn(place("gardens"), "name"), gardens);

    const allDone = i % 3 === 0;
    const clusters: CellInput[][] = [
      ...Array.from({ length: counts.clusters }, (_, c) => [`Cụm dân cư số ${c + 1}`, "Cụm dân cư", true, pick(ORGANISATIONS, next)]),
      ...Array.from({ length: counts.roads }, (_, r) => [`Tuyến đường ${r + 1}`, "Tuyến đường", allDone || r > 0, pick(ORGANISATIONS, next)]),
    ];
    workbook.write(sheet, first, sheetColumn(place("clustersRoads"), "name"), clusters);

    const late = i % 4 === 1;
    // name, owner, leader in charge (none in the sample), deadline, status, completed on.
    const tasks: CellInput[][] = [
      ["Đăng ký công trình, phần việc thi đua", "Ban phát triển thôn", null, "27/01/2026", TASK_STATUS.done, { date: i % 5 === 2 ? "2026-01-29" : "2026-01-27" }],
      ["Ra quân tổng vệ sinh, phát quang tuyến đường", "Chi đoàn thanh niên", null, "30/01/2026", late ? TASK_STATUS.doing : TASK_STATUS.done, late ? null : { date: "2026-01-30" }],
      ["Trồng hàng rào xanh, đường hoa", "Chi hội Phụ nữ", null, i === 9 ? "sau Tết" : i % 2 === 0 ? "trước 9/2" : "trước 13/2", TASK_STATUS.doing, i === 11 ? { date: "2026-02-04" } : null],
    ];
    workbook.write(sheet, first, sheetColumn(place("tasks"), "name"), tasks);
  });
  fillSampleCommuneWork(workbook, state);
}

/**
 * Four of the five organisations register a work of their own on Công việc chung, below the rows the plan assigns
 * (those are no registration): Ủy ban MTTQ xã registers nothing, so the demo shows one "Chưa đăng ký".
 */
const REGISTERED_WORKS: ReadonlyArray<readonly CellInput[]> = [
  ["Ra quân trồng hàng rào xanh tuyến đường liên thôn", "Hội Cựu chiến binh xã", null, "06/02/2026", TASK_STATUS.done, { date: "2026-02-05" }],
  ["Mô hình “Ngõ hoa phụ nữ” ở các chi hội", "Hội Phụ nữ xã", null, "13/02/2026", TASK_STATUS.doing, null],
  ["Hỗ trợ hội viên cải tạo chuồng trại theo hướng ủ phân vi sinh", "Hội Nông dân xã", null, "13/02/2026", TASK_STATUS.doing, null],
  ["Thắp sáng đường quê: lắp đèn tuyến đường trục thôn", "Đoàn Thanh niên xã", null, "10/02/2026", TASK_STATUS.doing, null],
];

function fillSampleCommuneWork(workbook: Workbook, state: CampaignState): void {
  const sheet = sheetNamed(state, SHEET_KEYS.communeWork);
  if (sheet === null) return;
  const place = placement(COMMUNE_WORK_LAYOUT, "tasks") as TablePlacement;
  const grid = { sheet, values: workbook.read(sheet) };
  const row = Math.max(lastFilledRow(grid, COMMUNE_WORK_LAYOUT, place), firstDataRow(COMMUNE_WORK_LAYOUT) - 1) + 1;
  workbook.write(sheet, row, sheetColumn(place, "name"), REGISTERED_WORKS);
}
