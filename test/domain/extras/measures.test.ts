// Chỉ tiêu đo lường judged: exact comparisons, a value not measured yet, the section's lines, table, history and report,
// and the problems naming the cell.
import type { Cell } from "../../../src/domain/cell";
import type { ExtraContext } from "../../../src/domain/extras/extra-sheet";
import { MEASURES_SHEET, judgeMeasure } from "../../../src/domain/extras/measures";
import { COMMUNE_ID } from "../../../src/domain/history";
import { CHINH_TRANG_2026 } from "../../../src/domain/presets/chinh-trang-2026";
import { CAO_DIEM_KIEU_MAU_2023 } from "../../../src/domain/presets/cao-diem-kieu-mau-2023";
import { NTM_NANG_CAO_2024 } from "../../../src/domain/presets/ntm-nang-cao-2024";
import { PRESETS } from "../../../src/domain/presets";
import { TO_FILL } from "../../../src/domain/messages";
import type { TabRows } from "../../../src/domain/village-tab";
import { gridOf } from "../../helpers";

const empty: TabRows = { households: [], gardens: [], clustersRoads: [], criteria: [], tasks: [], models: [], problems: [] } as unknown as TabRows;
const context: ExtraContext = {
  campaign: NTM_NANG_CAO_2024.campaign,
  today: "2024-06-20",
  now: new Date("2024-06-20T05:00:00Z"),
  communeWork: null,
  villages: [
    { id: "T1", name: "Thắng Lợi", tab: empty },
    { id: "T2", name: "Mai Hạ", tab: empty },
  ],
};
// Columns: STT, Chỉ tiêu, Phạm vi, Đơn vị tính, So sánh, Mục tiêu, Kết quả đo được, Ngày đo, Người / đơn vị phụ trách,
// Lãnh đạo phụ trách, Đánh giá, Ghi chú.
const row = (name: string, scope: string, unit: string, comparison: string, target: Cell, value: Cell, measuredOn: Cell = null, owner: Cell = null): Cell[] =>
  [null, name, scope, unit, comparison, target, value, measuredOn, owner, null, null, null];
const read = (rows: Cell[][]) => MEASURES_SHEET.read(gridOf("Chỉ tiêu đo lường", MEASURES_SHEET.layout, { measures: rows }), context);

describe("a measured target's verdict", () => {
  test("compared exactly: 96 against ≥ 100 is Chưa đạt, 100 is Đạt", () => {
    expect(judgeMeasure("≥", 100, 96)).toBe("Chưa đạt");
    expect(judgeMeasure("≥", 100, 100)).toBe("Đạt");
    expect(judgeMeasure("≥", 100, 99.99)).toBe("Chưa đạt");
  });

  test("≤ and = hold at the target and fail past it", () => {
    expect([judgeMeasure("≤", 5, 5), judgeMeasure("≤", 5, 5.1), judgeMeasure("=", 1, 1), judgeMeasure("=", 1, 2)]).toEqual(["Đạt", "Chưa đạt", "Đạt", "Chưa đạt"]);
  });

  test("no value yet, or nothing to compare with, is Chưa có số liệu", () => {
    expect([judgeMeasure("≥", 100, null), judgeMeasure("≥", null, 96), judgeMeasure(null, 100, 96)]).toEqual(["Chưa có số liệu", "Chưa có số liệu", "Chưa có số liệu"]);
  });

  test("2/3 of households is compared as 200/3: 66,67 meets it, 66,66 does not", () => {
    expect([judgeMeasure("≥", 200 / 3, 66.67), judgeMeasure("≥", 200 / 3, 66.66)]).toEqual(["Đạt", "Chưa đạt"]);
  });
});

describe("the section on Tổng hợp, in Lịch sử and in the report", () => {
  const reading = read([
    row("Người dân tham gia BHYT", "Thắng Lợi", "%", "≥", 100, 96, { date: "2024-06-15" }, "Đồng chí Đỗ Thị Thêu"),
    row("Hộ nghe được loa truyền thanh", "thôn Mai Hạ", "%", "≥", 200 / 3, 70.5),
    row("Thôn thông minh", "Toàn xã", "thôn", "≥", 1, null),
    row("Hộ nghèo", "toàn xã", "%", "≤", 1.5, 2627.25),
  ]);
  const section = reading.section;

  test("the lines count the targets met and those without a value", () => {
    expect(reading.problems).toEqual([]);
    expect(section?.lines).toEqual(["1/4 chỉ tiêu đạt; 1 chưa có số liệu"]);
  });

  test("the table writes values with their unit and comparison the Vietnamese way", () => {
    expect(section?.table?.headers).toEqual(["Chỉ tiêu", "Phạm vi", "Kết quả", "Mục tiêu", "Ngày đo", "Phụ trách", "Đánh giá"]);
    expect(section?.table?.rows).toEqual([
      ["Người dân tham gia BHYT", "Thắng Lợi", "96%", "≥ 100%", "15/06/2024", "Đồng chí Đỗ Thị Thêu", "Chưa đạt"],
      // A blank date or owner is a blank cell, as Tổng hợp reads back.
      ["Hộ nghe được loa truyền thanh", "Mai Hạ", "70,5%", "≥ 66,67%", null, null, "Đạt"],
      ["Thôn thông minh", "Toàn xã", "—", "≥ 1 thôn", null, null, "Chưa có số liệu"],
      ["Hộ nghèo", "Toàn xã", "2.627,25%", "≤ 1,5%", null, null, "Chưa đạt"],
    ]);
    expect(section?.table?.verdictColumn).toBe(6);
  });

  test("Lịch sử gets one row each: the thôn's id (or the commune's), the value as done, the target as total, no ratio", () => {
    expect(section?.history).toEqual([
      ["T1", "Thắng Lợi", "Người dân tham gia BHYT", 96, 100, null, "Chưa đạt", null],
      ["T2", "Mai Hạ", "Hộ nghe được loa truyền thanh", 70.5, 200 / 3, null, "Đạt", null],
      [COMMUNE_ID, "Toàn xã", "Thôn thông minh", null, 1, null, "Chưa có số liệu", null],
      [COMMUNE_ID, "Toàn xã", "Hộ nghèo", 2627.25, 1.5, null, "Chưa đạt", null],
    ]);
  });

  test("the report says each measured value against its target, then what has no value yet", () => {
    expect(section?.report).toEqual([
      "Người dân tham gia BHYT (Thắng Lợi): 96% (mục tiêu ≥ 100%), Chưa đạt, đo ngày 15/06/2024.",
      "Hộ nghe được loa truyền thanh (Mai Hạ): 70,5% (mục tiêu ≥ 66,67%), Đạt.",
      "Hộ nghèo (Toàn xã): 2.627,25% (mục tiêu ≤ 1,5%), Chưa đạt.",
      "Chưa có kết quả đo: Thôn thông minh (Toàn xã).",
    ]);
  });

  test("with nothing measured yet the line says so instead of counting failures, and the written report says nothing", () => {
    const fresh = read([row("Thôn thông minh", "Toàn xã", "thôn", "≥", 1, null), row("BHYT", "Thắng Lợi", "%", "≥", 100, null)]);
    expect(fresh.section?.lines).toEqual(["Chưa có kết quả đo của 2 chỉ tiêu."]);
    expect(fresh.section?.report).toEqual([]);
  });

  test("a sheet with no rows has no section", () => {
    expect(read([]).section).toBeNull();
  });
});

describe("problems name the sheet and the cell", () => {
  test("a thôn that is not in the register is named in its Phạm vi cell; the row is still judged", () => {
    const reading = read([row("BHYT", "Thắng Lợi", "%", "≥", 100, 100), row("BHYT", "Thôn Mới", "%", "≥", 100, 100)]);
    expect(reading.problems).toEqual([
      expect.objectContaining({ sheet: "Chỉ tiêu đo lường", cell: "C5", message: 'Phạm vi "Thôn Mới" không phải Toàn xã, cũng không phải thôn nào có tab trong sổ.' }),
    ]);
    expect(reading.section?.history[1]).toEqual(["", "Thôn Mới", "BHYT", 100, 100, null, "Đạt", null]);
  });

  test("text in Mục tiêu is a problem at its cell and leaves the row without a figure", () => {
    const reading = read([row("BHYT", "Thắng Lợi", "%", "≥", "một trăm", 96)]);
    expect(reading.problems).toEqual([expect.objectContaining({ sheet: "Chỉ tiêu đo lường", cell: "F4", message: '"một trăm" không phải một số.' })]);
    expect(reading.section?.table?.rows[0]?.[6]).toBe("Chưa có số liệu");
  });

  test("a typed '96%' or '96,5' kept as text is reported plainly, never guessed", () => {
    const reading = read([row("BHYT", "Thắng Lợi", "%", "≥", 100, "96%"), row("BHYT", "Mai Hạ", "%", "≥", 100, "96,5")]);
    expect(reading.problems.map((p) => [p.cell, p.message])).toEqual([
      ["G4", '"96%" không phải một số.'],
      ["G5", '"96,5" không phải một số.'],
    ]);
    expect(reading.problems[0]?.fix).toContain("96 cho 96%");
    expect(reading.section?.table?.rows.map((r) => r[6])).toEqual(["Chưa có số liệu", "Chưa có số liệu"]);
  });

  test("a row without a name, comparison or target says which is missing; a sign outside the list is named", () => {
    const reading = read([row("", "Toàn xã", "%", "≥", 100, 96), row("BHYT", "Toàn xã", "%", "", null, 96), row("BHYT", "Toàn xã", "%", ">=", 100, 96)]);
    expect(reading.problems.map((p) => [p.cell, p.message])).toEqual([
      ["E6", '">=" không nằm trong danh sách cho phép.'],
      ["B4", "Chỉ tiêu này thiếu tên chỉ tiêu, nên chưa đánh giá được."],
      ["E5", "Chỉ tiêu này thiếu cách so sánh (≥, ≤, =), nên chưa đánh giá được."],
      ["F5", "Chỉ tiêu này thiếu mục tiêu, nên chưa đánh giá được."],
    ]);
  });
});

describe("the presets hold only the measured targets their plans state", () => {
  const measures = (id: string) => PRESETS.find((p) => p.id === id)?.measures ?? [];

  test("001: Thắng Lợi's BHYT 100% with the officer the plan names, Mai Hạ's loudspeakers ≥ 2/3 with no one named", () => {
    expect(NTM_NANG_CAO_2024.measures?.map((m) => [m.scope, m.unit, m.comparison, m.target, m.owner])).toEqual([
      ["Thắng Lợi", "%", "≥", 100, "Đồng chí Đỗ Thị Thêu – Tài chính, TBXH"],
      ["Mai Hạ", "%", "≥", 200 / 3, TO_FILL.marker],
    ]);
  });

  test("002: income ≥ 10% above the NTM nâng cao level and at least one smart village, owners to fill in", () => {
    expect(CAO_DIEM_KIEU_MAU_2023.measures?.map((m) => [m.scope, m.unit, m.comparison, m.target, m.owner])).toEqual([
      ["Toàn xã", "%", "≥", 10, TO_FILL.marker],
      ["Toàn xã", "mô hình", "≥", 1, TO_FILL.marker],
    ]);
  });

  test("000: 1–2 QĐ 51 criteria read as at least 1, and one smart village", () => {
    expect(CHINH_TRANG_2026.measures?.map((m) => [m.name, m.comparison, m.target, m.owner])).toEqual([
      ["Chỉ tiêu xã NTM (QĐ 51/2025/QĐ-TTg) hoàn thành đạt chuẩn", "≥", 1, "Ban chỉ đạo xây dựng NTM xã"],
      ["Thôn thông minh", "≥", 1, TO_FILL.marker],
      ["Khu dân cư kiểu mẫu giữ vững các tiêu chí đã đạt", "≥", 100, "Ban chỉ đạo xây dựng NTM xã"],
    ]);
    expect(CHINH_TRANG_2026.measures?.[0]?.note).toContain("1–2 đọc là tối thiểu 1");
  });

  test("003 and 004 state no measured target", () => {
    expect([measures("cao-diem-huyen-2021"), measures("dan-van-kheo-2026")]).toEqual([[], []]);
  });

  test("every preset's scope is Toàn xã or one of its own thôn", () => {
    for (const preset of PRESETS) {
      const names = ["Toàn xã", ...preset.villages.map((v) => v.name)];
      for (const m of preset.measures ?? []) expect({ preset: preset.id, scope: names.includes(m.scope) }).toEqual({ preset: preset.id, scope: true });
    }
  });
});
