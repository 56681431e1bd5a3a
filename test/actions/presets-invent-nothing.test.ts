// Tests issue 10's "never invent" for what Cấu hình says: a plan that states no report day or cut-off time leaves them
// for the officer (listed with their cells), compiling asks for them before writing anything, and the blank preset is
// blank: no dates, cut-off, targets, household items or criteria of another plan.
import { checkCampaign } from "../../src/actions/check";
import { compileCampaignSummary } from "../../src/actions/compile-summary";
import { setUpWorkbook } from "../../src/actions/set-up";
import { startFromPreset } from "../../src/actions/start-from-preset";
import { overview } from "../../src/actions/overview";
import { vietnamInstant } from "../../src/domain/dates";
import { SETTINGS } from "../../src/domain/layout/columns";
import { CONFIG_LAYOUT, firstDataRow, placement } from "../../src/domain/layout/sheets";
import { a1 } from "../../src/domain/layout/a1";
import { SHEET_NAMES, TO_FILL } from "../../src/domain/messages";
import { BLANK, PRESETS, findPreset } from "../../src/domain/presets";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { setCutoff } from "../helpers";

const settingRow = (key: string) => firstDataRow(CONFIG_LAYOUT) + SETTINGS.findIndex((s) => s.key === key);
const value = (wb: XlsxWorkbook, key: string) => wb.read("Cấu hình")[settingRow(key) - 1]?.[1] ?? null;

// 003 states its day ("Hàng tuần, vào thứ 6") but no time: test/domain/presets/cao-diem-huyen-2021.test.ts.
describe.each(["ntm-nang-cao-2024", "cao-diem-kieu-mau-2023", "dan-van-kheo-2026"])("%s states no cut-off", (id) => {
  const preset = findPreset(id);
  if (preset === undefined) throw new Error(id);

  test("Cấu hình leaves the report day and cut-off time for the officer, listed in Cần bổ sung with their cells", () => {
    const wb = XlsxWorkbook.create();
    startFromPreset(wb, preset);
    expect([value(wb, "reportWeekday"), value(wb, "reportTime")]).toEqual([TO_FILL.marker, TO_FILL.marker]);
    const checked = checkCampaign(wb, vietnamInstant(preset.campaign.startDate, 9 * 60));
    expect(checked.ok).toBe(true);
    const cells = checked.problems.filter((p) => p.sheet === "Cấu hình").map((p) => p.cell);
    expect(cells).toEqual(expect.arrayContaining([`B${settingRow("reportWeekday")}`, `B${settingRow("reportTime")}`]));
  });

  test("compiling says which cells to fill and writes nothing to Tổng hợp or Lịch sử; once filled, it compiles", () => {
    const wb = XlsxWorkbook.create();
    startFromPreset(wb, preset);
    const before = [wb.read("Tổng hợp"), wb.read("Lịch sử")];
    const now = vietnamInstant(preset.campaign.startDate, 9 * 60);
    const refused = compileCampaignSummary(wb, now);
    expect(refused).toMatchObject({ ok: false, refused: true });
    const weekly = preset.campaign.cadence !== "yearly";
    expect(refused.message).toContain(`trang Cấu hình, ô ${weekly ? `B${settingRow("reportWeekday")}, ` : ""}B${settingRow("reportTime")}`);
    expect([wb.read("Tổng hợp"), wb.read("Lịch sử")]).toEqual(before);
    const sidebar = overview(wb, now, null);
    expect(sidebar.ok && sidebar.period).toContain("Chưa đặt ngày và giờ chốt số liệu");
    setCutoff(wb, "Thứ Sáu", "16:00");
    expect(compileCampaignSummary(wb, now)).toMatchObject({ ok: true });
  });
});

test("the blank preset is blank: no commune, dates, cut-off, targets, household items or criteria", () => {
  const wb = XlsxWorkbook.create();
  setUpWorkbook(wb, BLANK);
  for (const key of ["commune", "title", "startDate", "endDate", "registrationDeadline"]) expect([key, value(wb, key)]).toEqual([key, null]);
  expect([value(wb, "reportWeekday"), value(wb, "reportTime")]).toEqual([TO_FILL.marker, TO_FILL.marker]);
  const config = wb.read("Cấu hình");
  for (const table of ["phases", "indicators", "householdItems", "criteriaCatalogue"]) {
    const place = placement(CONFIG_LAYOUT, table);
    if (place === undefined) throw new Error(table);
    const rows = config.slice(firstDataRow(CONFIG_LAYOUT) - 1).map((row) => row.slice(place.firstCol - 1, place.firstCol - 1 + place.table.columns.length));
    expect([table, rows.filter((row) => row.some((cell) => cell !== null && cell !== ""))]).toEqual([table, []]);
  }
  // Every action then says what Cấu hình needs, cell by cell.
  const checked = checkCampaign(wb, new Date());
  expect(checked.ok).toBe(false);
  expect(checked.problems.map((p) => p.cell)).toEqual(expect.arrayContaining([`B${settingRow("commune")}`, `B${settingRow("title")}`, `B${settingRow("startDate")}`, `B${settingRow("endDate")}`]));
});

// Issue 10: "Every gap the officer must fill is listed with its cell." Every cell of a sheet people fill in that still
// holds a marker, on every preset as built, is in Lỗi dữ liệu's Cần bổ sung list with its sheet and cell.
const OUTPUTS = new Set<string>([SHEET_NAMES.summary, SHEET_NAMES.history, SHEET_NAMES.problems, SHEET_NAMES.report]);
test.each(PRESETS.map((p) => p.id))("%s: every cell still marked for the officer is listed in Cần bổ sung", (id) => {
  const wb = XlsxWorkbook.create();
  startFromPreset(wb, findPreset(id) as NonNullable<ReturnType<typeof findPreset>>);
  checkCampaign(wb, vietnamInstant("2026-01-01", 9 * 60));
  const marked = wb.sheets().filter((s) => !OUTPUTS.has(s.name)).flatMap((s) =>
    wb.read(s.name).flatMap((row, r) => row.flatMap((cell, c) => (typeof cell === "string" && TO_FILL.pattern.test(cell) ? [`${s.name}!${a1(r + 1, c + 1)}`] : []))),
  );
  const listed = wb.read(SHEET_NAMES.problems).filter((row) => String(row[2] ?? "").startsWith("Cần bổ sung")).map((row) => `${row[0]}!${row[1]}`);
  expect(marked.length).toBeGreaterThan(0);
  expect(listed.sort()).toEqual(marked.sort());
});
