// Tests preset 000 (issue 10) against the plan, fact by fact: nothing invented (22 numbered thôn marked "(cần ghi tên)"
// and listed under Cần bổ sung, no owner for the targets the plan leaves unowned, no date where the plan gives none),
// what was wrong (registration one row under a pseudo-owner, the broadcasts a one-off task), nobody ranked, praised or
// reminded on day one, and what the plan states that was missing: 100% of the model areas keeping their criteria, the
// BCĐ members and the BTV working groups on the thôn, Phòng Kinh tế's weekly compile, the BCĐ members' Friday report,
// the news posts and the end-of-drive review.
import { checkCampaign } from "../../../src/actions/check";
import { compileCampaignSummary } from "../../../src/actions/compile-summary";
import { markOverdue } from "../../../src/actions/mark-overdue";
import { startFromPreset } from "../../../src/actions/start-from-preset";
import { vietnamInstant } from "../../../src/domain/dates";
import { CHINH_TRANG_2026 as PRESET } from "../../../src/domain/presets/chinh-trang-2026";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { expectDayOneUnranked } from "../../helpers";
import { compact } from "../../workbook/contract";

const THON = Array.from({ length: 22 }, (_, i) => `Thôn ${i + 1} (cần ghi tên)`);
const ORGANISATIONS = ["Ủy ban MTTQ xã", "Hội Phụ nữ xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"];

function built(): XlsxWorkbook {
  const wb = XlsxWorkbook.create();
  startFromPreset(wb, PRESET);
  return wb;
}

/** Công việc chung's tasks as [name, owner, leader, deadline, status]. */
const tasks = (wb: XlsxWorkbook) =>
  compact(wb.read("Công việc chung")).slice(4).filter((row) => typeof row[1] === "string").map((row) => [row[1], row[2], row[3] ?? null, row[4] ?? null, row[5] ?? null]);

/** Việc định kỳ's duties as [name, times, every, scope, owner]. */
const duties = (wb: XlsxWorkbook) =>
  compact(wb.read("Việc định kỳ")).slice(3).filter((row) => typeof row[1] === "string").map((row) => row.slice(1, 6));

/** Chỉ tiêu đo lường's targets as [name, scope, unit, comparison, target, value, date, owner]. */
const measures = (wb: XlsxWorkbook) =>
  compact(wb.read("Chỉ tiêu đo lường")).slice(3).filter((row) => typeof row[1] === "string").map((row) => [...row.slice(1, 9)].map((c) => c ?? null));

describe("never invent", () => {
  test("the 22 recognised thôn are numbered placeholders, Thôn 1 (cần ghi tên) … Thôn 22 (cần ghi tên) (the plan names none), each recognised, no head, no figure, no BCĐ member", () => {
    const register = compact(built().read("Danh sách thôn")).slice(3);
    expect(register.map((row) => row[1])).toEqual(THON);
    // Trưởng thôn … Thành viên BCĐ phụ trách (C–J) empty; Đã đạt chuẩn KDC kiểu mẫu (K) ticked: "22 thôn đã được công nhận".
    expect(register.map((row) => [...row.slice(2, 10)].every((cell) => cell === null || cell === undefined || cell === ""))).toEqual(THON.map(() => true));
    expect(register.map((row) => row[10])).toEqual(THON.map(() => true));
  });

  test("every one of the 22 names carries the “(cần ghi tên)” marker, and Lỗi dữ liệu lists each register cell under Cần bổ sung until it is named", () => {
    expect(PRESET.villages.map((village) => village.name)).toEqual(THON);
    expect(PRESET.villages.filter((village) => !village.name.endsWith(" (cần ghi tên)"))).toEqual([]);
    const wb = built();
    const listed = () =>
      compact(wb.read("Lỗi dữ liệu"))
        .slice(3)
        .filter((row) => String(row[0]).startsWith("Danh sách thôn") && String(row[2]).startsWith("Cần bổ sung"))
        .map((row) => row[1]);
    checkCampaign(wb, vietnamInstant("2026-01-26", 9 * 60));
    expect(listed()).toEqual(THON.map((_, i) => `B${4 + i}`));
    // The officer writes Thôn 1's real name: its line goes, the other 21 stay.
    wb.write("Danh sách thôn", 4, 2, [["Thôn Đông"]]);
    checkCampaign(wb, vietnamInstant("2026-01-26", 9 * 60));
    expect(listed()).toEqual(THON.slice(1).map((_, i) => `B${5 + i}`));
  });

  test("the smart village, whose owner the plan leaves unsaid, says (cần bổ sung); V.1 gives the BCĐ the 1–2 QĐ 51 targets; no value, no date measured", () => {
    expect(measures(built()).slice(0, 2)).toEqual([
      ["Chỉ tiêu xã NTM (QĐ 51/2025/QĐ-TTg) hoàn thành đạt chuẩn", "Toàn xã", "chỉ tiêu", "≥", 1, null, null, "Ban chỉ đạo xây dựng NTM xã"],
      ["Thôn thông minh", "Toàn xã", "thôn", "≥", 1, null, null, "(cần bổ sung)"],
    ]);
  });

  test("no task carries a status, and the work the plan dates nowhere has no deadline", () => {
    const rows = tasks(built());
    expect(rows.map((row) => row[4])).toEqual(rows.map(() => null));
    expect(rows.slice(4).map((row) => row[3])).toEqual([null, null, null, null]);
  });

  test("the cut-off is the plan's own: “14h thứ 6 hàng tuần”, reported weekly", () => {
    const config = compact(built().read("Cấu hình"));
    const setting = (label: string) => config.find((row) => row[0] === label)?.[1];
    expect([setting("Ngày báo cáo hằng tuần"), setting("Giờ chốt số liệu (giờ:phút)"), setting("Kỳ báo cáo")]).toEqual(["Thứ Sáu", "14:00", "Hằng tuần"]);
  });
});

describe("wrong before, now right", () => {
  test("registration: no row owned by “Các thôn, đoàn thể”; each thôn and each organisation of V.4 registers by 27/01/2026", () => {
    const wb = built();
    expect(tasks(wb).filter((row) => /Các thôn/u.test(String(row[1])) || /^Đăng ký/u.test(String(row[0])))).toEqual([]);
    expect(compact(wb.read("Thôn 1 (cần ghi tên)")).flat().some((cell) => String(cell).startsWith("Đăng ký công trình"))).toBe(false);
    const config = compact(wb.read("Cấu hình"));
    expect(config.find((row) => row[0] === "Hạn đăng ký công trình, phần việc")?.[1]).toEqual({ date: "2026-01-27" });
    const units = compact(wb.read("Đơn vị thi đua")).slice(3).map((row) => row.slice(0, 3));
    expect(units).toEqual(ORGANISATIONS.map((name) => [name, "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã", true]));
  });

  test("II.2's work for the organisations quotes the plan, is due at the drive's end (III), and is no registration (V.4)", () => {
    const wb = built();
    const assigned = tasks(wb).slice(0, 4);
    expect(assigned.map((row) => [row[1], row[3]])).toEqual(["Hội Phụ nữ xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"].map((owner) => [owner, "13/02/2026"]));
    // Công việc chung's tasks: A–I, Ghi chú in I.
    const notes = compact(wb.read("Công việc chung")).slice(4, 8).map((row) => String(row[8]));
    expect(notes[2]).toBe("Kế hoạch (II.2): “Hội Cựu chiến binh tư vấn, hỗ trợ và hướng dẫn hội viên chỉnh trang hàng rào xanh”; hạn là ngày kết thúc đợt thi đua (III).");
    expect(notes.every((note) => note.startsWith("Kế hoạch (II.2): “"))).toBe(true);
    const summary = compileCampaignSummary(wb, vietnamInstant("2026-01-28", 9 * 60)).summary;
    const units = summary?.sections.find((section) => section.title === "Đơn vị thi đua");
    const registration = units?.table?.rows.map((row) => [row[0], row[3]]);
    expect(registration).toHaveLength(ORGANISATIONS.length);
    expect(registration).toEqual(expect.arrayContaining(ORGANISATIONS.map((name) => [name, "Chưa đăng ký"])));
  });

  test("the broadcasts “mỗi tuần 3 lần” are a duty of every week, not a task due 13/02", () => {
    const wb = built();
    expect(tasks(wb).some((row) => String(row[0]).includes("loa truyền thanh"))).toBe(false);
    expect(duties(wb)[0]).toEqual(["Biên tập tin, bài phản ánh kết quả ra quân trên hệ thống loa truyền thanh xã", 3, "tuần", "Toàn xã", "Phòng Văn hoá - Xã hội"]);
  });
});

test("day one (26/01/2026, nothing entered): no thôn, organisation or owner ranked, praised or reminded", () => {
  const wb = built();
  expectDayOneUnranked(wb, "2026-01-26", THON);
});

describe("what the plan states, now held", () => {
  test("I.1: “cũng cố 100% khu dân cư kiểu mẫu giữ vững các tiêu chí đã đạt”, under the BCĐ (V.1)", () => {
    expect(measures(built())[2]).toEqual(["Khu dân cư kiểu mẫu giữ vững các tiêu chí đã đạt", "Toàn xã", "%", "≥", 100, null, null, "Ban chỉ đạo xây dựng NTM xã"]);
  });

  test("V.1 / V.2: Phòng Kinh tế compiles every week; the BCĐ members report in writing every Friday", () => {
    expect(duties(built()).slice(1)).toEqual([
      ["Tổng hợp kết quả của từng đơn vị, báo cáo Thường trực Đảng ủy, Ban chỉ đạo NTM xã, UBND xã", 1, "tuần", "Toàn xã", "Phòng Kinh tế"],
      ["Tổng hợp, báo cáo bằng văn bản về UBND xã (qua phòng Kinh tế xã) vào thứ 6", 1, "tuần", "Toàn xã", "Thành viên Ban chỉ đạo xây dựng NTM xã"],
    ]);
  });

  test("V.1, V.3, V.5: the BCĐ members and the BTV working groups on the thôn, the news posts and the end-of-drive review, with no date", () => {
    expect(tasks(built()).slice(4)).toEqual([
      ["Phân công nhiệm vụ cụ thể thành viên Ban chỉ đạo bám sát địa bàn được phân công", "Ban chỉ đạo xây dựng NTM xã", null, null, null],
      ["Phân công nhiệm vụ từng thành viên Tổ công tác, bám sát cơ sở hàng ngày để chỉ đạo, kiểm tra, giám sát các thôn", "Tổ công tác Ban Thường vụ Đảng ủy phụ trách các thôn", null, null, null],
      ["Đăng tải hình ảnh, tin bài về tiến độ và kết quả thực hiện cuộc phát động", "Phòng Văn hóa, Trung tâm Dịch vụ tổng hợp xã", null, null, null],
      ["Tổng kết, đánh giá, biểu dương, khen thưởng đơn vị làm tốt; phê bình, nhắc nhở đơn vị còn hạn chế", "Ban chỉ đạo xây dựng NTM xã", null, null, null],
    ]);
  });

  test("after the drive (20/02/2026) the undated work is labelled nowhere, while II.2's work due 13/02/2026 is overdue", () => {
    const wb = built();
    markOverdue(wb, vietnamInstant("2026-02-20", 9 * 60));
    const flags = compact(wb.read("Công việc chung")).slice(4).filter((row) => typeof row[1] === "string").map((row) => row[7] ?? null);
    expect(flags).toEqual([...Array(4).fill("Quá hạn 7 ngày"), null, null, null, null]);
  });
});
