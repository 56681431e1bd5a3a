// Tests kinds of thôn on Cấu hình (read, written, problems on their cells) and a thôn judged by its kind's rule.
import type { Campaign } from "../../src/domain/campaign";
import type { Cell } from "../../src/domain/cell";
import { campaignTables, readCampaign } from "../../src/domain/config-sheet";
import { a1 } from "../../src/domain/layout/a1";
import { registerSheetFormat } from "../../src/domain/layout/register-format";
import { CONFIG_LAYOUT, REGISTER_LAYOUT, type TablePlacement, firstDataRow, placement, sheetColumn, villageTabLayout } from "../../src/domain/layout/sheets";
import { CAO_DIEM_HUYEN_2021, KIND_NEW_MODEL_AREA, KIND_OTHER_AREA } from "../../src/domain/presets/cao-diem-huyen-2021";
import { MODEL_RESIDENTIAL_AREA } from "../../src/domain/presets/catalogues";
import { type RegisterEntry, readRegister, unknownKindProblems } from "../../src/domain/register";
import { villageStatus } from "../../src/domain/village-status";
import { readTab } from "../../src/domain/village-tab";
import { configGrid, gridOf } from "../helpers";

const campaign = CAO_DIEM_HUYEN_2021.campaign;
const cell = (table: string, key: string, index: number) =>
  a1(firstDataRow(CONFIG_LAYOUT) + index, sheetColumn(placement(CONFIG_LAYOUT, table) as TablePlacement, key));
const problemsOf = (change: (tables: Record<string, Cell[][]>) => void) => {
  const reading = readCampaign(configGrid(campaign, change));
  return reading.ok ? [] : reading.problems.map((p) => [p.cell, p.message]);
};

test("seed 003's three kinds, each with its rule and the 10 criteria, are written to Cấu hình and read back the same", () => {
  const tables = campaignTables(campaign);
  expect(tables.villageKinds).toEqual([
    ["Xây dựng đạt chuẩn", null, false],
    ["Củng cố – nâng cấp", null, false],
    ["Khu dân cư còn lại", 7, true],
  ]);
  expect(tables.kindCriteria).toHaveLength(30);
  expect(tables.kindCriteria?.[22]).toEqual(["Khu dân cư còn lại", "3", "Vườn hộ và công trình chăn nuôi", true]);
  const reading = readCampaign(configGrid(campaign));
  expect(reading.ok && reading.campaign).toEqual(campaign);
});

test("the kinds tables are the last of Cấu hình, titled LOẠI THÔN and TIÊU CHÍ THEO LOẠI THÔN", () => {
  expect(CONFIG_LAYOUT.tables.slice(-2).map((p) => [p.table.title, p.table.columns.map((c) => c.header)])).toEqual([
    ["LOẠI THÔN", ["Loại thôn", "Số tiêu chí phải đạt (trống = tất cả)", "Phải đạt đủ tiêu chí cứng"]],
    ["TIÊU CHÍ THEO LOẠI THÔN", ["Loại thôn", "Số", "Tiêu chí", "Tiêu chí cứng"]],
  ]);
});

test("a Cấu hình made before kinds (no such tables, blank headers) reads as a campaign with none", () => {
  const older = { ...CONFIG_LAYOUT, tables: CONFIG_LAYOUT.tables.slice(0, -2) };
  const { villageKinds: _, kindCriteria: __, ...tables } = campaignTables(campaign);
  const reading = readCampaign(gridOf("Cấu hình", older, tables));
  expect(reading.ok && reading.campaign.kinds).toBeUndefined();
  expect(reading.ok && reading.campaign.criteria).toHaveLength(10);
});

test("two kinds of the same name are a problem on the second one's name", () => {
  expect(problemsOf((t) => (t.villageKinds = [...(t.villageKinds as Cell[][]), [" xây dựng  ĐẠT chuẩn", 7, true]]))).toEqual([
    [cell("villageKinds", "name", 3), 'Loại thôn "xây dựng  ĐẠT chuẩn" bị trùng với một loại khác.'],
  ]);
});

test("a kind with no criteria, and a catalogue row naming a kind not in LOẠI THÔN, are problems on their cells", () => {
  const problems = problemsOf((t) => {
    t.villageKinds = [...(t.villageKinds as Cell[][]), ["Thôn mới thêm", null, false]];
    (t.kindCriteria as Cell[][])[0] = ["Khu dân cư kiểu mẫu", "1", "Quy hoạch", false];
  });
  expect(problems).toEqual([
    [cell("kindCriteria", "kind", 0), 'Loại thôn "Khu dân cư kiểu mẫu" chưa có trong bảng Loại thôn (trang Cấu hình).'],
    [cell("villageKinds", "name", 3), 'Loại thôn "Thôn mới thêm" chưa có tiêu chí nào.'],
  ]);
});

test("a kind asking for more criteria than it lists, and a kind name with a comma, are problems on their cells", () => {
  expect(problemsOf((t) => ((t.villageKinds as Cell[][])[2]![1] = 11))).toEqual([
    [cell("villageKinds", "minimumAchieved", 2), 'Loại thôn "Khu dân cư còn lại" phải đạt 11 tiêu chí nhưng bộ tiêu chí của loại chỉ có 10 tiêu chí.'],
  ]);
  const comma = problemsOf((t) => {
    (t.villageKinds as Cell[][])[0]![0] = "Củng cố, nâng cấp";
    t.kindCriteria = (t.kindCriteria as Cell[][]).map((row) => (row[0] === "Xây dựng đạt chuẩn" ? ["Củng cố, nâng cấp", ...row.slice(1)] : row));
  });
  expect(comma).toEqual([[cell("villageKinds", "name", 0), 'Tên loại thôn "Củng cố, nâng cấp" có dấu phẩy; Excel và LibreOffice tách danh sách chọn tại dấu phẩy.']]);
});

test("a thôn whose kind is not among the campaign's is a problem on its Loại thôn cell, naming the thôn", () => {
  const place = REGISTER_LAYOUT.tables[0] as TablePlacement;
  const row = (name: string, kind: string | null) => place.table.columns.map((c) => (c.key === "name" ? name : c.key === "kind" ? kind : null));
  const register = readRegister(gridOf("Danh sách thôn", REGISTER_LAYOUT, { register: [row("Yên Mỹ", "khu dân cư CÒN LẠI"), row("Đông Hòa", "Khu mẫu"), row("Nhân Hòa", null)] }));
  expect(register.entries.map((e) => e.kind)).toEqual(["khu dân cư CÒN LẠI", "Khu mẫu", null]);
  expect(unknownKindProblems(register, campaign, "Danh sách thôn").map((p) => [p.cell, p.village, p.message])).toEqual([
    [a1(5, sheetColumn(place, "kind")), "Đông Hòa", 'Loại thôn "Khu mẫu" chưa có trong bảng Loại thôn (trang Cấu hình).'],
  ]);
});

describe("a thôn is judged by its kind's rule (seed 003)", () => {
  const layout = villageTabLayout(campaign);
  const hard = MODEL_RESIDENTIAL_AREA.filter((c) => c.hard).map((c) => c.number);
  function judged(kind: string | null, missing: readonly string[]) {
    const rows = MODEL_RESIDENTIAL_AREA.map((c) => [c.number, c.name, c.hard ?? false, missing.includes(c.number) ? "Chưa đạt" : "Đạt"]);
    const grid = gridOf("Yên Mỹ", layout, { criteria: rows as Cell[][] });
    const entry: RegisterEntry & { id: string } = {
      row: 4, id: "T01", name: "Yên Mỹ", head: null, email: null, phone: null, households: null, gardens: null, clusters: null, roads: null, bcd: null, recognised: false, note: null, kind,
    };
    const status = villageStatus(campaign as Campaign, entry, "Yên Mỹ", layout, readTab(grid, layout, campaign), "2021-04-20");
    const result = status.indicators[0]!;
    return [status.kind, result.done, result.total, result.verdict];
  }

  test("the rest: 7 achieved with the 3 hard ones is Đạt; 8 with a hard one missing is Chưa đạt", () => {
    expect(judged(KIND_OTHER_AREA, ["1", "2", "5"])).toEqual([KIND_OTHER_AREA, 7, 10, "Đạt"]);
    expect(judged(KIND_OTHER_AREA, [hard[0]!, "10"])).toEqual([KIND_OTHER_AREA, 8, 10, "Chưa đạt"]);
  });

  test("the area built to the full standard: 9 of 10 is Chưa đạt, 10 of 10 is Đạt", () => {
    expect(judged(KIND_NEW_MODEL_AREA, ["10"])).toEqual([KIND_NEW_MODEL_AREA, 9, 10, "Chưa đạt"]);
    expect(judged(KIND_NEW_MODEL_AREA, [])).toEqual([KIND_NEW_MODEL_AREA, 10, 10, "Đạt"]);
  });

  test("a kind typed in other case is that kind; a thôn with no kind keeps the indicator's rule (≥ 7 with the hard ones)", () => {
    expect(judged("xây dựng đạt CHUẨN", ["10"])).toEqual([KIND_NEW_MODEL_AREA, 9, 10, "Chưa đạt"]);
    expect(judged(null, ["10"])).toEqual([null, 9, 10, "Đạt"]);
  });
});

test("Danh sách thôn's Loại thôn offers the campaign's kinds as a dropdown that still takes another value; none without kinds", () => {
  const place = REGISTER_LAYOUT.tables[0] as TablePlacement;
  const kindColumn = (c: Pick<Campaign, "kinds">) =>
    registerSheetFormat(c).validations.filter((v) => v.area.col === sheetColumn(place, "kind")).map((v) => v.validation);
  expect(kindColumn(campaign)).toEqual([{ kind: "list", values: ["Xây dựng đạt chuẩn", "Củng cố – nâng cấp", "Khu dân cư còn lại"], others: true }]);
  expect(kindColumn({})).toEqual([]);
});
