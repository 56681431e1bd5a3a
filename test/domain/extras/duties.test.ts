// Việc định kỳ judged: each closed period with too few times is overdue and named, the current period says what
// remains, and a log row naming no duty, a future date or an unknown thôn is a problem on its cell.
import type { Campaign } from "../../../src/domain/campaign";
import type { Cell } from "../../../src/domain/cell";
import type { ExtraContext } from "../../../src/domain/extras/extra-sheet";
import { DUTIES_SHEET, dutyStanding } from "../../../src/domain/extras/duties";
import { COMMUNE_ID } from "../../../src/domain/history";
import { CAO_DIEM_KIEU_MAU_2023 } from "../../../src/domain/presets/cao-diem-kieu-mau-2023";
import { CHINH_TRANG_2026 } from "../../../src/domain/presets/chinh-trang-2026";
import type { TabRows } from "../../../src/domain/village-tab";
import { gridOf } from "../../helpers";

const emptyTab: TabRows = { households: [], gardens: [], clustersRoads: [], criteria: [], problems: [], tasks: [], models: [] } as unknown as TabRows;
const context = (today: string, campaign: Campaign = CHINH_TRANG_2026.campaign): ExtraContext => ({
  campaign, today, now: new Date(`${today}T05:00:00Z`), communeWork: null,
  villages: [{ id: "T01", name: "Thôn 1", tab: emptyTab }, { id: "T02", name: "Thắng Lợi", tab: emptyTab }],
});
const BROADCASTS = "Biên tập tin, bài trên loa truyền thanh xã";
/** STT, Việc, Số lần, Mỗi, Phạm vi, Người phụ trách, Lãnh đạo, Từ ngày, Đến ngày, Theo dõi, Ghi chú. */
const duty = (name: string, times: Cell, every: Cell, scope: Cell = "Toàn xã", owner: Cell = "Phòng Văn hoá - Xã hội", from: Cell = null, to: Cell = null): Cell[] =>
  [null, name, times, every, scope, owner, null, from, to, null, null];
const done = (name: string, date: string): Cell[] => [null, name, date, null];
const sheet = (duties: Cell[][], log: Cell[][] = []) => gridOf("Việc định kỳ", DUTIES_SHEET.layout, { duties, dutyLog: log });
const FLAG_COL = 10;

describe("000's broadcasts, 3 a week, 26/01–13/02/2026", () => {
  const log = [done(BROADCASTS, "26/01/2026"), done(BROADCASTS, "28/01/2026"), done(BROADCASTS, "30/01/2026"), done(BROADCASTS, "03/02/2026"), done(BROADCASTS, "05/02/2026")];

  test("done twice in the week 02/02–08/02 that needed three: on 10/02 that week is overdue, missing one, and this week has 3 to go", () => {
    const reading = DUTIES_SHEET.read(sheet([duty(BROADCASTS, 3, "tuần")], log), context("2026-02-10"));
    expect(reading.problems).toEqual([]);
    const tracking = "Quá hạn: tuần 02/02–08/02/2026 thiếu 1 lần. Tuần này: còn 3/3 lần";
    expect(reading.writes).toEqual([{ row: 4, col: FLAG_COL, values: [[tracking]] }]);
    expect(reading.section?.lines).toEqual(["1 việc định kỳ: 0 việc làm đủ số lần ở mọi kỳ đã qua; 1 việc quá hạn (thiếu ở 1 kỳ)."]);
    expect(reading.section?.table?.rows).toEqual([[BROADCASTS, "Toàn xã", "Phòng Văn hoá - Xã hội", "3 lần/tuần", "đã làm 0/3", tracking]]);
    expect(reading.section?.history).toEqual([[COMMUNE_ID, "Toàn xã", `${BROADCASTS} (3 lần/tuần)`, 0, 3, 0, "Quá hạn 1 kỳ", 1]]);
    expect(reading.section?.report).toEqual([`${BROADCASTS} (Phòng Văn hoá - Xã hội): tuần 02/02–08/02/2026 thiếu 1 lần.`]);
  });

  test("on Thursday 05/02 the week is still open: nothing overdue, 1 of 3 to go, nothing for the written report", () => {
    const reading = DUTIES_SHEET.read(sheet([duty(BROADCASTS, 3, "tuần")], log), context("2026-02-05"));
    expect(reading.writes?.[0]?.values).toEqual([["Tuần này: còn 1/3 lần"]]);
    expect(reading.section?.history[0]?.slice(3)).toEqual([2, 3, 2 / 3, "Đạt", 0]);
    expect(reading.section?.report).toEqual([]);
  });

  test("the Theo dõi column is not written again when it already says it", () => {
    const first = DUTIES_SHEET.read(sheet([duty(BROADCASTS, 3, "tuần")], log), context("2026-02-05"));
    const grid = sheet([duty(BROADCASTS, 3, "tuần")], log);
    (grid.values[3] as Cell[])[FLAG_COL - 1] = first.writes?.[0]?.values[0]?.[0] as Cell;
    expect(DUTIES_SHEET.read(grid, context("2026-02-05")).writes).toEqual([]);
  });

  test("a duty row deleted leaves no stale Theo dõi text: the cell is cleared", () => {
    const grid = sheet([duty(BROADCASTS, 3, "tuần")]);
    (grid.values[4] as Cell[]) = Array(FLAG_COL).fill(null);
    (grid.values[4] as Cell[])[FLAG_COL - 1] = "Quá hạn: tuần 26/01–01/02/2026 thiếu 3 lần";
    expect(DUTIES_SHEET.read(grid, context("2026-01-27")).writes).toEqual([{ row: 4, col: FLAG_COL, values: [["Tuần này: còn 3/3 lần"], [null]] }]);
  });

  test("after the campaign, the weeks that fell short are all named, the last (Mon–Fri) needing 3", () => {
    const reading = DUTIES_SHEET.read(sheet([duty(BROADCASTS, 3, "tuần")], log), context("2026-02-20"));
    expect(reading.writes?.[0]?.values).toEqual([["Quá hạn: tuần 02/02–08/02/2026 thiếu 1 lần; tuần 09/02–13/02/2026 thiếu 3 lần"]]);
    expect(reading.section?.table?.rows[0]?.[4]).toBe("—");
    expect(reading.section?.history[0]?.slice(3)).toEqual([null, null, null, "Quá hạn 2 kỳ", 2]);
  });
});

describe("a monthly duty (002: sanitation at least once a month, 01/07–30/10/2023)", () => {
  const campaign = CAO_DIEM_KIEU_MAU_2023.campaign;
  const rows = [duty("Vệ sinh môi trường ngõ xóm", 1, "tháng", "Toàn xã", "(cần bổ sung)")];

  test("done in July and September: August is overdue; October shows it is done", () => {
    const log = [done("vệ sinh  môi trường NGÕ XÓM", "15/07/2023"), done("Vệ sinh môi trường ngõ xóm", "09/09/2023"), done("Vệ sinh môi trường ngõ xóm", "02/10/2023")];
    const reading = DUTIES_SHEET.read(sheet(rows, log), context("2023-10-05", campaign));
    expect(reading.problems).toEqual([]);
    expect(reading.writes?.[0]?.values).toEqual([["Quá hạn: tháng 08/2023 thiếu 1 lần. Tháng 10/2023: đã đủ 1/1 lần"]]);
    expect(reading.section?.table?.rows[0]?.slice(2, 5)).toEqual([null, "1 lần/tháng", "đã làm 1/1"]);
  });

  test("before its own start date it says when it starts, and the months before count for nothing", () => {
    const later = [duty("Vệ sinh môi trường ngõ xóm", 1, "tháng", "Toàn xã", null, "01/09/2023")];
    expect(DUTIES_SHEET.read(sheet(later), context("2023-08-20", campaign)).writes?.[0]?.values).toEqual([["Chưa đến kỳ: bắt đầu từ 01/09/2023"]]);
    expect(DUTIES_SHEET.read(sheet(later), context("2023-09-03", campaign)).writes?.[0]?.values).toEqual([["Tháng 09/2023: còn 1/1 lần"]]);
  });
});

describe("problems, each on its cell", () => {
  test("a log row naming no duty, a date after today, and a date outside the duty are problems; none is counted", () => {
    const reading = DUTIES_SHEET.read(
      sheet([duty(BROADCASTS, 3, "tuần", "Toàn xã", null, "02/02/2026")], [done("Phát thanh", "03/02/2026"), done(BROADCASTS, "12/02/2026"), done(BROADCASTS, "30/01/2026")]),
      context("2026-02-04"),
    );
    expect(reading.problems.map((p) => [p.sheet, p.cell, p.message])).toEqual([
      ["Việc định kỳ", "N4", 'Việc "Phát thanh" không có trong bảng Việc định kỳ, nên lần thực hiện này chưa được tính.'],
      ["Việc định kỳ", "O5", "Ngày thực hiện 12/02/2026 ở sau hôm nay."],
      ["Việc định kỳ", "O6", "Ngày 30/01/2026 nằm ngoài thời gian của việc (02/02/2026 đến 13/02/2026), nên không được tính."],
    ]);
    expect(reading.writes?.[0]?.values).toEqual([["Tuần này: còn 3/3 lần"]]);
  });

  test("an unknown thôn, a missing number of times and a missing period are problems; a known thôn gives its id to Lịch sử", () => {
    const reading = DUTIES_SHEET.read(
      sheet([duty("Tổng vệ sinh ngày thứ 7", 1, "tuần", "thắng  lợi"), duty("Chủ nhật xanh", null, "tuần", "Thôn 99"), duty("Giao ban", 1, null)]),
      context("2026-02-04"),
    );
    expect(reading.problems.map((p) => [p.cell, p.message])).toEqual([
      ["C5", "Số lần phải từ 1 trở lên."],
      ["E5", 'Phạm vi "Thôn 99" không phải "Toàn xã" hay tên một thôn có tab.'],
      ["D6", "Thiếu kỳ (tuần, tháng, quý hay năm)."],
    ]);
    expect(reading.section?.history.map((row) => row.slice(0, 3))).toEqual([["T02", "Thắng Lợi", "Tổng vệ sinh ngày thứ 7 (1 lần/tuần)"]]);
  });

  test("a period word outside the dropdown is a problem naming the choices", () => {
    const reading = DUTIES_SHEET.read(sheet([duty(BROADCASTS, 3, "ngày")]), context("2026-02-04"));
    expect(reading.problems.map((p) => [p.cell, p.fix])).toEqual([["D4", "Chọn một trong: tuần; tháng; quý; năm."]]);
  });

  test("two duties of the same name: the second is a problem and not tracked", () => {
    const reading = DUTIES_SHEET.read(sheet([duty(BROADCASTS, 3, "tuần"), duty(BROADCASTS.toUpperCase(), 1, "tháng")]), context("2026-02-04"));
    expect(reading.problems.map((p) => p.cell)).toEqual(["B5"]);
    expect(reading.section?.table?.rows).toHaveLength(1);
  });

  test("no duties: no section", () => {
    expect(DUTIES_SHEET.read(sheet([]), context("2026-02-04"))).toEqual({ section: null, problems: [], writes: [] });
  });
});

describe("a duty's standing", () => {
  test("a closed period done more often than needed is not short, and a quarter's name is said in full", () => {
    const standing = dutyStanding({ times: 1, every: "quarter", from: "2024-03-01", to: "2024-10-31" }, ["2024-03-05", "2024-03-20", "2024-05-01"], "2024-08-01");
    expect(standing.short).toEqual([]);
    expect(standing.tracking).toBe("Quý III/2024: còn 1/1 lần");
  });

  test("after its last day, a duty done enough in every period says so", () => {
    const standing = dutyStanding({ times: 1, every: "month", from: "2023-07-01", to: "2023-08-31" }, ["2023-07-03", "2023-08-30"], "2023-09-01");
    expect([standing.short, standing.current, standing.tracking]).toEqual([[], null, "Đã kết thúc: các kỳ đều đủ số lần"]);
  });

  test("more than three short periods: three are named, then how many more", () => {
    const standing = dutyStanding({ times: 1, every: "week", from: "2026-01-05", to: "2026-03-01" }, [], "2026-02-10");
    expect(standing.tracking).toBe("Quá hạn: tuần 05/01–11/01/2026 thiếu 1 lần; tuần 12/01–18/01/2026 thiếu 1 lần; tuần 19/01–25/01/2026 thiếu 1 lần; và 2 kỳ khác. Tuần này: còn 1/1 lần");
  });
});
