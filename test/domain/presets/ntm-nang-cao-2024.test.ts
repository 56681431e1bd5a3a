// Tests issue 10 for preset ntm-nang-cao-2024 (seed 001, xã Mai Đình 2024): what the plan says is in the workbook, each
// task with its owner and deadline as written, and nothing the plan does not say (no cut-off, no household items, no
// owner or date where the plan names none). The workbook is the preset as an officer gets it, saved and reopened.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileCampaignSummary } from "../../../src/actions/compile-summary";
import { markOverdue } from "../../../src/actions/mark-overdue";
import { draftWeeklyReport } from "../../../src/actions/weekly-report";
import { startFromPreset } from "../../../src/actions/start-from-preset";
import { parseDeadline } from "../../../src/domain/deadlines";
import { vietnamInstant } from "../../../src/domain/dates";
import { SUMMARY } from "../../../src/domain/layout/summary-sheet";
import { TO_FILL } from "../../../src/domain/messages";
import { NTM_NANG_CAO_2024 } from "../../../src/domain/presets/ntm-nang-cao-2024";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { setCutoff } from "../../helpers";

const ASK = TO_FILL.marker;
let wb: XlsxWorkbook;

beforeAll(async () => {
  const built = XlsxWorkbook.create();
  startFromPreset(built, NTM_NANG_CAO_2024);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sotd-001-")), "001.xlsx");
  await built.save(file);
  wb = await XlsxWorkbook.open(file);
});

/** The cell at an A1 reference, null when empty. */
function at(sheet: string, ref: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return wb.read(sheet)[Number(m[2]) - 1]?.[col - 1] ?? null;
}

/** The row whose cell in column `col` (1-based) is `name`, from that column on. */
function rowNamed(sheet: string, col: number, name: string): unknown[] | undefined {
  return wb.read(sheet).find((row) => row[col - 1] === name)?.slice(col - 1).map((cell) => cell ?? null);
}

// Thôn tabs: criteria A–J (number, name, hard, status, owner, leader, deadline, …), tasks L–T (no., name, owner,
// leader, deadline, …). Công việc chung: tasks A–I, criteria K–T.
const task = (sheet: string, name: string) => rowNamed(sheet, sheet === "Công việc chung" ? 2 : 13, name)?.slice(0, 4);

describe("never invent", () => {
  test("no report day or cut-off time, no household items (Cấu hình B11, B12, P5)", () => {
    expect([at("Cấu hình", "B11"), at("Cấu hình", "B12")]).toEqual([ASK, ASK]);
    expect(at("Cấu hình", "A13")).toBe("Hộ tính là đã chỉnh trang khi làm ít nhất (số hạng mục)");
    expect(at("Cấu hình", "P4")).toBe("Hạng mục");
    expect(at("Cấu hình", "P5")).toBeNull();
    expect(at("Cấu hình", "B16")).toBe("Hằng tuần");
  });

  test("Mai Hạ criterion 6 has the plan's owners and no date; the cultural house and the green space have no owner", () => {
    expect(rowNamed("Mai Hạ", 2, "Phát triển sản xuất")?.slice(0, 6)).toEqual(["Phát triển sản xuất", false, "Chưa đạt", "Ban phát triển thôn, Chi hội Nông dân thôn", null, ASK]);
    expect(task("Công việc chung", "GPMB, xây dựng nhà văn hóa thôn Mai Hạ (tiêu chí 6)")).toEqual(["GPMB, xây dựng nhà văn hóa thôn Mai Hạ (tiêu chí 6)", ASK, null, "quý 4/2024"]);
    expect(task("Công việc chung", "GPMB, xây dựng khuôn viên cây xanh khu trung tâm xã (tiêu chí 6)")).toEqual([
      "GPMB, xây dựng khuôn viên cây xanh khu trung tâm xã (tiêu chí 6)",
      ASK,
      null,
      "quý 4/2024",
    ]);
  });
});

describe("wrong today, now as the plan says", () => {
  test("Thắng Lợi has the seven model-village criteria, 4 (nhà ở và vườn hộ) achieved: 1/7", () => {
    const statuses = wb.read("Thắng Lợi").slice(15, 22).map((row) => [row[0], row[1], row[3]]);
    expect(statuses).toEqual([
      ["1", "Giao thông", "Chưa đạt"],
      ["2", "Môi trường", "Chưa đạt"],
      ["3", "Phát triển sản xuất", "Chưa đạt"],
      ["4", "Nhà ở và vườn hộ gia đình", "Đạt"],
      ["5", "Nhà văn hóa, khu thể thao thôn", "Chưa đạt"],
      ["6", "Văn hóa, y tế", "Chưa đạt"],
      ["7", "Hệ thống chính trị, an ninh trật tự xã hội", "Chưa đạt"],
    ]);
    expect(wb.read("Thắng Lợi")[22]?.[1] ?? null).toBeNull();
  });

  test("Mai Hạ 5.1 (đ/c Cao) has no date, 5.2 (đ/c Quyên) tháng 9/2024; criterion 5's row names neither", () => {
    expect(task("Mai Hạ", "5.1. Rà soát quỹ đất, chuẩn bị hồ sơ và GPMB xây dựng nhà văn hóa thôn")?.slice(1)).toEqual(["Đồng chí Cao – Địa chính, xây dựng", null, ASK]);
    expect(task("Mai Hạ", "5.2. Khu thể thao thôn: hướng dẫn thực hiện, hoàn thiện hồ sơ")?.slice(1)).toEqual(["Đồng chí Quyên – Công chức VHXH", null, "tháng 9/2024"]);
    expect(rowNamed("Mai Hạ", 2, "Cơ sở vật chất văn hóa – thông tin")?.slice(2, 6)).toEqual(["Chưa đạt", null, null, null]);
  });

  test("Thắng Lợi criterion 7's “trước tháng 9 năm 2024” is the evidence file's, not Trưởng CA Lương Văn Hữu's patrols", () => {
    const patrols = task("Thắng Lợi", "Chỉ đạo công an xã phối hợp đội tự quản CCB của thôn tuần tra, xử lý vi phạm (tiêu chí 7)");
    expect(patrols?.slice(1)).toEqual(["Đồng chí Lương Văn Hữu – Trưởng công an xã", null, null]);
    expect(task("Thắng Lợi", "Hoàn thiện hồ sơ minh chứng tiêu chí 7")?.slice(1)).toEqual(["Cấp ủy, ban lãnh đạo thôn phối hợp công an xã", null, "trước tháng 9 năm 2024"]);
    expect(rowNamed("Thắng Lợi", 2, "Hệ thống chính trị, an ninh trật tự xã hội")?.slice(3, 6)).toEqual([null, null, null]);
  });
});

describe("a criterion whose parts have their own officers and dates names neither; each part is a task (review of issue 10)", () => {
  // A criterion row from Trạng thái: status, owner, leader, deadline (thôn tabs D–G, Công việc chung N–Q).
  const criterion = (sheet: string, name: string) => rowNamed(sheet, sheet === "Công việc chung" ? 12 : 2, name)?.slice(2, 6);

  test("Thắng Lợi 1, 2, 5, 6 (and 7) name no one and no date; 3, one piece of work, keeps đ/c Lan and “tháng 8/ 2024”", () => {
    for (const name of ["Giao thông", "Môi trường", "Nhà văn hóa, khu thể thao thôn", "Văn hóa, y tế", "Hệ thống chính trị, an ninh trật tự xã hội"]) {
      expect([name, criterion("Thắng Lợi", name)]).toEqual([name, ["Chưa đạt", null, null, null]]);
    }
    expect(criterion("Thắng Lợi", "Phát triển sản xuất")).toEqual(["Chưa đạt", "Đồng chí Nguyễn Thị Lan – khuyến nông", null, "tháng 8/ 2024"]);
  });

  test("every part of Thắng Lợi 1, 2, 5, 6 is a task with its own officer and deadline as the plan writes them", () => {
    const parts: Array<[string, string, string]> = [
      // 2.1
      ["Lắp đặt bổ sung biển báo, biển chỉ dẫn, chiếu sáng, gờ giảm tốc", "Đồng chí Đặng Thị Hiền – Địa chính NN-MT", "quý I/2024"],
      ["Khắc phục các tuyến đường ứ đọng mùa mưa", "Ban phát triển thôn", "tháng 6/2024"],
      ["Vận động lắp điện chiếu sáng ngõ xóm, trục đường chính", "Cấp ủy, ban lãnh đạo thôn", "trước tháng 04/ 2024"],
      ["Giải tỏa mặt bằng trục đường chính của thôn", "Cấp ủy, ban lãnh đạo thôn", "trước tháng 6/ 2024"],
      // 2.2
      ["Phân loại rác tại nguồn; cam kết bảo vệ môi trường với các hộ", "Đồng chí Đặng Thị Hiền – Địa chính NN-MT", "trước tháng 8/2024"],
      ["Đoàn thể nhận tuyến đường tự quản, gắn biển tên", "Các đoàn thể", "trước tháng 8/ 2024"],
      ["Chỉnh trang điểm tập kết rác thải tập trung", "Đồng chí Đặng Thị Hiền – Địa chính NN-MT", "trong tháng 8/ 2024"],
      // 2.4
      ["Hướng dẫn thôn chỉnh trang, lắp đặt pano, các thiết chế văn hóa tại nhà văn hóa thôn", "Đồng chí Đặng Văn Quyên – VHXH", "trong tháng 10/2024"],
      ["Lắp dụng cụ thể thao ngoài trời tại khu trung tâm văn hóa thôn", "Cấp ủy, ban lãnh đạo thôn", "trong tháng 9/2024"],
      // 2.5
      ["Quyết định thành lập các CLB văn hóa văn nghệ, thể dục thể thao", "Đồng chí Đặng Văn Quyên – VHXH", "trong tháng 5/ 2024"],
      ["Danh sách người dân tham gia BHYT đạt 100%", "Đồng chí Đỗ Thị Thêu – Tài chính, TBXH", "trước tháng 8/ 2024"],
    ];
    for (const [name, owner, deadline] of parts) expect(task("Thắng Lợi", name)).toEqual([name, owner, null, deadline]);
  });

  test("sorting waste at source is đ/c Hiền's (“Hướng dẫn đôn đốc … phối hợp với hội phụ nữ xã”): Hội Phụ nữ xã is not a co-owner", () => {
    const row = rowNamed("Thắng Lợi", 13, "Phân loại rác tại nguồn; cam kết bảo vệ môi trường với các hộ");
    expect(row?.[1]).toBe("Đồng chí Đặng Thị Hiền – Địa chính NN-MT");
    expect(String(row?.[7])).toContain("Hướng dẫn đôn đốc cấp ủy, lãnh đạo thôn Thắng Lợi phối hợp với hội phụ nữ xã");
  });

  test("commune criteria 6 and 13 name no one and no date; 13.2, 13.3 (Hội Nông dân) and 13.4–13.7 (Đoàn, Hội Phụ nữ) are tasks", () => {
    expect(criterion("Công việc chung", "Văn hóa")).toEqual(["Chưa đạt", null, "Đinh Văn Tám", null]);
    expect(criterion("Công việc chung", "Tổ chức sản xuất và phát triển kinh tế nông thôn")).toEqual(["Chưa đạt", null, "Ngô Văn Đồng", null]);
    expect(task("Công việc chung", "Sản phẩm OCOP (Bún, Tằm): hồ sơ gửi UBND tỉnh (chỉ tiêu 13.2)")?.slice(1)).toEqual(["Hội Nông dân xã", null, "tháng 10/2024"]);
    expect(task("Công việc chung", "Mô hình ứng dụng công nghệ cao, liên kết chuỗi giá trị (chỉ tiêu 13.3)")?.slice(1)).toEqual(["Hội Nông dân xã", null, "tháng 8/2024"]);
    expect(task("Công việc chung", "Minh chứng chỉ tiêu 13.4, 13.5, 13.7 (truy xuất nguồn gốc, vùng nguyên liệu, quảng bá du lịch)")?.slice(1)).toEqual([
      "Đoàn Thanh niên, Hội Phụ nữ xã",
      null,
      "trong quý III/2024",
    ]);
    expect(task("Công việc chung", "Lắp đặt dụng cụ thể thao tại các điểm vui chơi của các thôn (tiêu chí 6)")?.slice(1)).toEqual(["Thành viên BQL phụ trách tiêu chí văn hóa", null, "tháng 7 /2024"]);
  });

  test("on 10/04/2024 mark-overdue labels đ/c Hiền's own late task, not Thắng Lợi's criterion 1 nor any criterion row of the thôn", () => {
    const book = XlsxWorkbook.create();
    startFromPreset(book, NTM_NANG_CAO_2024);
    setCutoff(book, "Thứ Sáu", "16:00");
    markOverdue(book, vietnamInstant("2024-04-10", 9 * 60));
    const rows = book.read("Thắng Lợi").slice(15, 22);
    // Theo dõi hạn: H on the criteria, S on the tasks.
    expect(rows.map((row) => row[7] ?? null)).toEqual(Array(7).fill(null));
    const signs = book.read("Thắng Lợi").find((row) => row[12] === "Lắp đặt bổ sung biển báo, biển chỉ dẫn, chiếu sáng, gờ giảm tốc");
    expect([signs?.[13], signs?.[18]]).toEqual(["Đồng chí Đặng Thị Hiền – Địa chính NN-MT", "Quá hạn 10 ngày"]);
  });
});

describe("the campaign ends when the plan does: “Năm 2024”, its last deadline “xong trong quý 4 năm 2024”", () => {
  test("Cấu hình ends on 31/12/2024; the unmet criteria's phase keeps “đến hết tháng 10/2024”", () => {
    expect(at("Cấu hình", "B9")).toEqual({ date: "2024-12-31" });
    expect([at("Cấu hình", "D5"), at("Cấu hình", "F5")]).toEqual(["Triển khai các tiêu chí chưa đạt", { date: "2024-10-31" }]);
  });

  test("every deadline the preset writes falls inside the campaign", () => {
    const { startDate, endDate } = NTM_NANG_CAO_2024.campaign;
    const deadlines = [
      ...NTM_NANG_CAO_2024.communeTasks,
      ...(NTM_NANG_CAO_2024.communeCriteria ?? []),
      ...NTM_NANG_CAO_2024.villages.flatMap((village) => [...(village.tasks ?? []), ...(village.criteria ?? [])]),
    ].flatMap(({ deadline }) => (deadline === undefined || deadline === ASK ? [] : [deadline]));
    expect(deadlines).toContain("quý 4 năm 2024");
    const outside = deadlines.filter((deadline) => {
      const due = parseDeadline(deadline, 2024);
      return due === null || due < startDate || due > endDate;
    });
    expect(outside).toEqual([]);
  });
});

describe("missing until now", () => {
  test("the leaders' split: Tám 5, 6, 11, 12, 14, 15, 16, 18; Đồng 1, 2, 3, 4, 7, 8, 9, 10, 13, 17, 18; 19 neither", () => {
    const leaders = wb.read("Công việc chung").slice(4, 23).map((row) => [row[10], row[15] ?? null]);
    const of = (name: string) => leaders.filter(([, leader]) => String(leader).includes(name)).map(([n]) => Number(n));
    expect(of("Đinh Văn Tám")).toEqual([5, 6, 11, 12, 14, 15, 16, 18]);
    expect(of("Ngô Văn Đồng")).toEqual([1, 2, 3, 4, 7, 8, 9, 10, 13, 17, 18]);
    expect(leaders[18]).toEqual(["19", null]);
  });

  test("Nguyễn Thị Lan, the standing office: weekly, monthly and quarterly reports, and the appraisal dossiers", () => {
    const lan = "Đồng chí Nguyễn Thị Lan – Khuyến nông xã (cơ quan thường trực)";
    const duties = wb.read("Việc định kỳ").filter((row) => row[5] === lan).map((row) => [row[1], row[2], row[3]]);
    expect(duties).toEqual([
      ["Tổng hợp báo cáo hằng tuần với BCĐ xã về xây dựng NTM", 1, "tuần"],
      ["Tổng hợp báo cáo hằng tháng với BCĐ xã về xây dựng NTM", 1, "tháng"],
      ["Tổng hợp báo cáo hằng quý với BCĐ xã về xây dựng NTM", 1, "quý"],
    ]);
    expect(task("Công việc chung", "Hoàn thiện các hồ sơ đề nghị cấp trên thẩm định")?.slice(1)).toEqual([lan, null, ASK]);
  });

  test("each thôn's evidence file “trong quý 4 năm 2024”, the officer to be named", () => {
    for (const thon of ["Thắng Lợi", "Mai Hạ"]) {
      expect(task(thon, "Hoàn thiện hồ sơ minh chứng các tiêu chí đã hoàn thành")?.slice(1)).toEqual([ASK, null, "quý 4 năm 2024"]);
      expect(task(thon, `Thành lập Ban phát triển thôn ${thon}`)?.slice(1)).toEqual([ASK, null, ASK]);
    }
  });

  test("Mai Hạ: the sports ground, loudspeakers for ≥ 2/3 of households, Hội Phụ nữ / Đoàn on growing-area codes and e-commerce", () => {
    const codes = wb.read("Mai Hạ").find((row) => String(row[12]).startsWith("Kế hoạch, quy trình đăng ký mã vùng"));
    expect(codes?.slice(13, 16).map((cell) => cell ?? null)).toEqual(["Hội Phụ nữ, Đoàn Thanh niên xã (phối hợp Phòng NN&PTNT huyện)", null, ASK]);
    expect(String(codes?.[12])).toContain("thương mại điện tử");
    const loudspeakers = wb.read("Chỉ tiêu đo lường").find((row) => row[2] === "Mai Hạ");
    expect(loudspeakers?.slice(1, 9).map((cell) => cell ?? null)).toEqual(["Hộ nghe được hệ thống loa kết nối đài truyền thanh xã", "Mai Hạ", "%", "≥", 200 / 3, null, null, ASK]);
  });

  test("the repairs of the Giáp Ngũ and Vọng Giang cultural houses, and the THCS school, with no one and no date", () => {
    for (const thon of ["Giáp Ngũ", "Vọng Giang"]) expect(task(thon, "Sửa chữa nhà văn hóa thôn")?.slice(1)).toEqual([ASK, null, ASK]);
    expect(task("Công việc chung", "Đẩy nhanh tiến độ xây dựng trường THCS (tiêu chí 6)")?.slice(1)).toEqual([ASK, null, ASK]);
  });

  test("the Saturday and “Chủ nhật xanh” clean-ups, the BCĐ's monthly and quarterly meetings, the BQL's weekly review", () => {
    const duties = wb.read("Việc định kỳ").slice(3).filter((row) => row[1] !== null && row[1] !== undefined).map((row) => [row[1], row[2], row[3], row[4], row[5]]);
    expect(duties).toEqual(
      expect.arrayContaining([
        ["Tổng vệ sinh ngày thứ 7 ở thôn Thắng Lợi", 1, "tuần", "Thắng Lợi", "Cấp ủy, Ban lãnh đạo thôn Thắng Lợi"],
        ["Duy trì ngày “Chủ nhật xanh”", 1, "tuần", "Toàn xã", ASK],
        ["Giao ban Ban chỉ đạo xây dựng NTM xã hằng tháng", 1, "tháng", "Toàn xã", "Ban chỉ đạo xây dựng NTM xã"],
        ["Giao ban Ban chỉ đạo xây dựng NTM xã hằng quý", 1, "quý", "Toàn xã", "Ban chỉ đạo xây dựng NTM xã"],
        ["Kiểm điểm tiến độ, báo cáo kết quả về Đảng ủy, HĐND, UBND xã", 1, "tuần", "Toàn xã", "Ban quản lý chương trình MTQG xây dựng NTM xã"],
      ]),
    );
    expect(duties).toHaveLength(12);
  });
});

describe("day one (01/03/2024, nothing entered, the officer has set a Friday 16:00 cut-off)", () => {
  const compiledBook = (edit?: (book: XlsxWorkbook) => void) => {
    const built = XlsxWorkbook.create();
    startFromPreset(built, NTM_NANG_CAO_2024);
    setCutoff(built, "Thứ Sáu", "16:00");
    edit?.(built);
    return built;
  };
  const compiled = (edit?: (book: XlsxWorkbook) => void) => {
    const built = compiledBook(edit);
    expect(compileCampaignSummary(built, vietnamInstant("2024-03-01", 9 * 60))).toMatchObject({ ok: true });
    const summary = built.read("Tổng hợp");
    return { summary, rows: summary.slice(SUMMARY.firstRow - 1).filter((row) => typeof row[2] === "string" && row[2] !== "Toàn xã") };
  };

  test("no one is praised; the thôn the plan gives no figure for are 'Chưa có số liệu', unranked; no task, duty or unit is reminded", () => {
    const { summary, rows } = compiled();
    expect(summary.flat()).not.toContain("Biểu dương");
    for (const thon of ["Giáp Ngũ", "Vọng Giang"]) {
      const row = rows.find((r) => r[2] === thon);
      expect([row?.[0] ?? null, row?.[7]]).toEqual([null, "Chưa có số liệu"]);
    }
    const text = summary.flat().map(String).join("\n");
    expect(text).toContain("Công việc chung của xã: 0/19 việc hoàn thành, 0 việc quá hạn.");
    expect(text).toContain("0 việc quá hạn.");
    expect(text).not.toMatch(/Quá hạn \d+ ngày/);
    // No office, ban or organisation is reminded: a "Nhắc nhở" cell only ever stands in the thôn table (see below).
    const outsideThonTable = summary.filter((row) => !rows.includes(row));
    expect(outsideThonTable.flat()).not.toContain("Nhắc nhở");
  });

  // The plan itself states Thắng Lợi 1/7 and Mai Hạ 10/12 (at 30/12/2023): the figures show, as the plan's starting
  // point, but nobody entered them, so neither thôn is ranked or reminded until a status changes.
  test("the plan's own figures show, unranked, and no one is reminded; a status a thôn head changes ranks the thôn", () => {
    const { summary, rows } = compiled();
    expect(summary.flat()).not.toContain("Nhắc nhở");
    const row = (name: string) => rows.find((r) => r[2] === name)?.slice(0, 8).concat(rows.find((r) => r[2] === name)?.[12] ?? null);
    expect(row("Thắng Lợi")).toEqual([null, "T01", "Thắng Lợi", "Thôn NTM kiểu mẫu", 1, 7, 1 / 7, "Chưa đạt", "Chưa xếp hạng"]);
    expect(row("Mai Hạ")).toEqual([null, "T02", "Mai Hạ", "Thôn NTM", 10, 12, 10 / 12, "Chưa đạt", "Chưa xếp hạng"]);
    expect(rows.every((row) => row[0] === null || row[0] === undefined || row[0] === "")).toBe(true);
    expect(summary.flat()).toContain("Chưa xếp hạng vì mới có hiện trạng theo kế hoạch, chưa cập nhật: Mai Hạ, Thắng Lợi.");
    const report = draftWeeklyReport(compiledBook(), vietnamInstant("2024-03-01", 9 * 60)).report;
    expect(report?.body.map((p) => p.text)).toContain(
      "- Tiêu chí thôn (NTM kiểu mẫu / NTM): 0/2 thôn đạt. Chưa đạt: Mai Hạ (10/12 tiêu chí, theo hiện trạng kế hoạch), Thắng Lợi (1/7 tiêu chí, theo hiện trạng kế hoạch); chưa có số liệu: Giáp Ngũ, Vọng Giang.",
    );
    // Mai Hạ's head marks criterion 5 (row 20, Trạng thái in D) achieved: Mai Hạ now has an entry and is ranked.
    const after = compiled((book) => book.write("Mai Hạ", 20, 4, [["Đạt"]])).rows;
    expect(after.find((r) => r[2] === "Mai Hạ")?.slice(0, 6)).toEqual([1, "T02", "Mai Hạ", "Thôn NTM", 11, 12]);
    expect(after.find((r) => r[2] === "Thắng Lợi")?.[0] ?? null).toBeNull();
  });

  test("each status the plan gives is noted on its row as the plan's starting point", () => {
    const maiHa = wb.read("Mai Hạ").slice(15, 27).map((r) => [r[0], r[3], r[9]]);
    expect(maiHa[4]).toEqual(["5", "Chưa đạt", "Hiện trạng theo kế hoạch (30/12/2023): Chưa đạt"]);
    expect(maiHa[0]).toEqual(["1", "Đạt", "Hiện trạng theo kế hoạch (30/12/2023): Đạt"]);
    expect(wb.read("Thắng Lợi")[18]?.slice(0, 10).filter((_, i) => [0, 3, 9].includes(i))).toEqual(["4", "Đạt", "Hiện trạng theo kế hoạch: Đạt"]);
  });
});
