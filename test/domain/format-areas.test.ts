// Tests that each coloured area a sheet's format declares stays inside a table (its title, headers and data) or the
// thôn tab's KPI block, so no shading reaches the cells around them.
import { type SheetFormat, tableSheetFormat, villageTabFormat } from "../../src/domain/layout/format";
import type { Area } from "../../src/domain/layout/a1";
import { KPI_HEADERS } from "../../src/domain/layout/kpi";
import { COMMUNE_WORK_LAYOUT, type TableSheetLayout, VILLAGE_TAB, lastDataRow, villageTabLayout } from "../../src/domain/layout/sheets";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";

function inside(area: Area, box: Area): boolean {
  return area.row >= box.row && area.col >= box.col && area.row + area.rows <= box.row + box.rows && area.col + area.cols <= box.col + box.cols;
}

/** Each table's box: from its title row to its last data row, over its own columns. */
function tableBoxes(layout: TableSheetLayout): Area[] {
  return layout.tables.map((place) => ({ row: layout.tableTitleRow, col: place.firstCol, rows: lastDataRow(layout) - layout.tableTitleRow + 1, cols: place.table.columns.length }));
}

function strayFills(format: SheetFormat, boxes: readonly Area[]): Area[] {
  return format.styles.filter((style) => style.fill !== undefined && !boxes.some((box) => inside(style.area, box))).map((style) => style.area);
}

const KPI_BOX: Area = { row: VILLAGE_TAB.kpiHeaderRow, col: VILLAGE_TAB.kpiFirstCol, rows: VILLAGE_TAB.kpiRows + 1, cols: KPI_HEADERS.length };

test("a thôn tab's fills cover its tables and its KPI block only (nothing in column A beside the block)", () => {
  const layout = villageTabLayout(CHINH_TRANG_2026.campaign, 300);
  const format = villageTabFormat(layout, { headerRow: KPI_BOX.row, rows: VILLAGE_TAB.kpiRows, firstCol: KPI_BOX.col, cols: KPI_BOX.cols });
  expect(strayFills(format, [...tableBoxes(layout), KPI_BOX])).toEqual([]);
  expect(format.styles.filter((style) => style.fill !== undefined && style.area.col === 1).map((style) => style.area.row)).toEqual([14, 15, 16]);
});

test("Công việc chung's fills start at its tables' title row: nothing in G1:G2 above the tasks table", () => {
  expect(strayFills(tableSheetFormat(COMMUNE_WORK_LAYOUT), tableBoxes(COMMUNE_WORK_LAYOUT))).toEqual([]);
});
