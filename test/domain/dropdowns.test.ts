// Tests every dropdown the layout declares: Excel and LibreOffice split a list value at its commas, so none has one.
import { configSheetFormat, tableSheetFormat, villageTabFormat, type SheetFormat } from "../../src/domain/layout/format";
import { KPI_HEADERS } from "../../src/domain/layout/kpi";
import { PROBLEMS_LAYOUT, REGISTER_LAYOUT, HISTORY_LAYOUT, VILLAGE_TAB, cataloguesLayout, communeWorkLayout, villageTabLayout } from "../../src/domain/layout/sheets";
import { PRESETS } from "../../src/domain/presets";
import { CATALOGUES } from "../../src/domain/presets/catalogues";

const kpi = { headerRow: VILLAGE_TAB.kpiHeaderRow, rows: VILLAGE_TAB.kpiRows, firstCol: VILLAGE_TAB.kpiFirstCol, cols: KPI_HEADERS.length };
const formats: Array<[string, SheetFormat]> = [
  ["Cấu hình", configSheetFormat()],
  ["Danh sách thôn", tableSheetFormat(REGISTER_LAYOUT)],
  ["Lỗi dữ liệu", tableSheetFormat(PROBLEMS_LAYOUT)],
  ["Lịch sử", tableSheetFormat(HISTORY_LAYOUT)],
  ["Bộ tiêu chí", tableSheetFormat(cataloguesLayout(CATALOGUES))],
  ...PRESETS.flatMap((preset): Array<[string, SheetFormat]> => [
    [`${preset.id}: Công việc chung`, tableSheetFormat(communeWorkLayout(preset.campaign))],
    [`${preset.id}: tab thôn`, villageTabFormat(villageTabLayout(preset.campaign), kpi)],
  ]),
];

test.each(formats)("no dropdown value on %s has a comma", (_, format) => {
  const values = format.validations.flatMap(({ validation }) => (validation.kind === "list" ? validation.values : []));
  expect(values.filter((value) => value.includes(","))).toEqual([]);
});

test("Cấu hình's report weekday has a dropdown of the seven days that also takes “Thứ 6”", () => {
  const weekday = configSheetFormat().validations.find(({ validation }) => validation.kind === "list" && validation.values.includes("Thứ Sáu"));
  expect(weekday).toEqual({ area: { row: 11, col: 2, rows: 1, cols: 1 }, validation: { kind: "list", values: ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"], others: true } });
});
