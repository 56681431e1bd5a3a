// Tests composing the written report from a summary: the decree's parts, sentences from the figures, nothing said
// where there is nothing to say, the change since last week, the coming deadlines, and a campaign with no data yet.
import type { Campaign, WithCutoff } from "../../src/domain/campaign";
import { vietnamInstant } from "../../src/domain/dates";
import { COMMUNE_ID } from "../../src/domain/history";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { composeReport, type PreviousWeek, type ReportDocument } from "../../src/domain/report";
import { MAX_WORK_LINES } from "../../src/domain/report-sections";
import { compileSummary, type CompileInput, type SummarySection } from "../../src/domain/summary";
import { shareRatio, shareVerdict } from "../../src/domain/verdicts";
import type { IndicatorResult, VillageStatus } from "../../src/domain/village-status";
import type { WorkItem } from "../../src/domain/work-items";

const campaign: WithCutoff<Campaign> = CHINH_TRANG_2026.campaign;
const [households, gardens, roads] = campaign.indicators;
/** Thursday 05/02/2026, 09:00: week 2 of 3, whose cut-off is Friday 14:00. */
const NOW = vietnamInstant("2026-02-05", 9 * 60);

function result(indicator: Campaign["indicators"][number] | undefined, done: number, total: number): IndicatorResult {
  if (indicator === undefined || indicator.kind !== "share") throw new Error("a share indicator");
  return { indicator, done, total, ratio: shareRatio(done, total), verdict: shareVerdict(done, total, indicator), hardMissing: 0 };
}

function thon(name: string, h: [number, number], g: [number, number], r: [number, number], tasks = { total: 3, done: 2, overdue: 0, dueSoon: 0 }): VillageStatus {
  return { id: name, name, sheet: name, indicators: [result(households, ...h), result(gardens, ...g), result(roads, ...r)], tasks, problems: [] };
}

function report(input: Partial<CompileInput> & Pick<CompileInput, "statuses">, previous: PreviousWeek | null = null, now = NOW, on: WithCutoff<Campaign> = campaign): ReportDocument {
  return composeReport(on, compileSummary(on, { otherProblems: [], ...input }, now), previous);
}

const text = (doc: ReportDocument) => doc.body.map((p) => p.text).join("\n");

const COMMUNE = [
  thon("Thôn 2", [85, 100], [4, 10], [3, 3]), // households reach the 80% aim; every target met
  thon("Thôn 10", [72, 100], [2, 10], [2, 3], { total: 3, done: 1, overdue: 2, dueSoon: 0 }), // households met; gardens and roads below
  thon("Thôn Đông", [2640, 3000], [30, 90], [5, 5]), // big numbers, written the Vietnamese way
];

test("the decree's parts: issuing body, motto, number with a blank, place and date, type and subject with the week and cut-off, recipients, signers", () => {
  const doc = report({ statuses: COMMUNE });
  expect(doc.agency).toBe("UBND XÃ MAI HOA");
  expect(doc.motto).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
  expect(doc.number).toBe("Số: …/BC-UBND");
  expect(doc.placeDate).toBe("Mai Hoa, ngày 05 tháng 02 năm 2026");
  expect(doc.title).toBe("BÁO CÁO");
  expect(doc.subject).toBe(
    "Kết quả thực hiện phong trào thi đua chỉnh trang các khu dân cư chào mừng Đại hội Đảng toàn quốc lần thứ XIV, mừng xuân Bính Ngọ tuần 2, tính đến 14 giờ ngày 06/02/2026",
  );
  expect(doc.body[0]?.text).toBe(
    "Thực hiện kế hoạch phong trào thi đua chỉnh trang các khu dân cư chào mừng Đại hội Đảng toàn quốc lần thứ XIV, mừng xuân Bính Ngọ, Ủy ban nhân dân xã Mai Hoa báo cáo kết quả tuần 2/3 (từ 31/01/2026 đến 06/02/2026), số liệu tổng hợp lúc 09:00 thứ Năm, 05/02/2026, như sau:",
  );
  expect(doc.body[doc.body.length - 1]?.text).toBe("Trên đây là báo cáo kết quả thực hiện tuần 2 của Ủy ban nhân dân xã Mai Hoa./.");
  expect(doc.recipientsTitle).toBe("Nơi nhận:");
  expect(doc.recipients[doc.recipients.length - 1]).toBe("- Lưu: VT.");
  expect(doc.recipients).toContain("- Các thôn;");
  expect(doc.signature).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  // Nothing the figures don't say: no signer's name, no document number.
  expect(JSON.stringify(doc)).not.toMatch(/Nguyễn|Số: \d/);
});

test("each indicator: the commune's count and share against its target, then the thôn by verdict, by name, in Vietnamese numbers", () => {
  const body = text(report({ statuses: COMMUNE }));
  // 85 + 72 + 2.640 of 100 + 100 + 3.000 households: 2.797/3.200 = 87,4%, above the 80% aim.
  expect(body).toContain("- Toàn xã có 2.797/3.200 hộ (87,4%) đã chỉnh trang, đạt mức phấn đấu 80%.");
  expect(body).toContain("Trong đó, 2 thôn đạt mức phấn đấu 80% trở lên: Thôn Đông, Thôn 2; 1 thôn đạt chỉ tiêu tối thiểu: Thôn 10.");
  // Gardens 36/110 = 32,7% meets 30%; Thôn 10 at 20,0% is named with its share.
  expect(body).toContain("- Toàn xã có 36/110 vườn mẫu (32,7%) được nâng cấp, đạt chỉ tiêu 30%. Trong đó, 2 thôn đạt: Thôn 2, Thôn Đông; 1 thôn chưa đạt: Thôn 10 (20,0%).");
  expect(body).toContain("- Toàn xã có 10/11 cụm dân cư, tuyến đường (90,9%) được chỉnh trang, chưa đạt chỉ tiêu 100%.");
  expect(body).not.toMatch(/\d\.\d%|\d{4}\/\d{4}/);
});

test("a target met but not its aim says both; a commune below its minimum says so", () => {
  const body = text(report({ statuses: [thon("Thôn 1", [7, 10], [3, 10], [1, 1]), thon("Thôn 2", [6, 10], [3, 10], [1, 1])] }));
  expect(body).toContain("Toàn xã có 13/20 hộ (65,0%) đã chỉnh trang, chưa đạt chỉ tiêu tối thiểu 70%.");
  const met = text(report({ statuses: [thon("Thôn 1", [7, 10], [3, 10], [1, 1])] }));
  expect(met).toContain("Toàn xã có 7/10 hộ (70,0%) đã chỉnh trang, đạt chỉ tiêu tối thiểu 70%, chưa đạt mức phấn đấu 80%.");
});

test("where there is nothing to say the sentence is left out: no overdue work, no problems, no proposals, no zeros", () => {
  const calm = [thon("Thôn 1", [5, 10], [1, 10], [0, 1], { total: 0, done: 0, overdue: 0, dueSoon: 0 })];
  const body = text(report({ statuses: calm }, null, NOW, { ...campaign, registrationDeadline: null }));
  expect(body).not.toMatch(/quá hạn|lỗi dữ liệu|Đề nghị biểu dương|đã hoàn thành|\b0 (việc|lỗi|thôn)|0\/0/);
  // The reminder goes to the last places with a target not met; alone, Thôn 1 is that.
  expect(body).toContain("Đề nghị nhắc nhở: Thôn 1");
  expect(body.split("\n").filter((line) => /^\d\. /.test(line))).toEqual(["1. Kết quả thực hiện các chỉ tiêu", "2. Đề xuất biểu dương, nhắc nhở"]);
});

test("a campaign with no data yet gives a short report that says so", () => {
  const empty = [thon("Thôn 1", [0, 0], [0, 0], [0, 0]), thon("Thôn 2", [0, 0], [0, 0], [0, 0])];
  const doc = report({ statuses: empty, withoutTab: ["Thôn Mới"] });
  expect(doc.body.map((p) => p.text)).toEqual([
    expect.stringMatching(/^Thực hiện kế hoạch /),
    "Đến 09:00 thứ Năm, 05/02/2026, chưa thôn nào cập nhật số liệu trên sổ theo dõi (Hộ chỉnh trang; Vườn mẫu được nâng cấp; Cụm dân cư, tuyến đường được chỉnh trang), nên chưa có kết quả để báo cáo.",
    "Thôn Mới chưa có tab trên sổ theo dõi nên chưa có số liệu.",
    "Trên đây là báo cáo kết quả thực hiện tuần 2 của Ủy ban nhân dân xã Mai Hoa./.",
  ]);
  const none = report({ statuses: [] });
  expect(none.body[1]?.text).toBe("Danh sách thôn của sổ chưa có thôn nào, nên chưa có số liệu để báo cáo.");
  expect(none.body).toHaveLength(3);
});

test("the change since last week, from Lịch sử's record: the commune's count up or down, and thôn that crossed the target", () => {
  const previous: PreviousWeek = {
    week: 1,
    figures: [
      { villageId: COMMUNE_ID, village: "Toàn xã", indicator: "Hộ chỉnh trang", done: 2500, total: 3200, verdict: "Đạt" },
      { villageId: COMMUNE_ID, village: "Toàn xã", indicator: "Vườn mẫu được nâng cấp", done: 40, total: 110, verdict: "Đạt" },
      { villageId: COMMUNE_ID, village: "Toàn xã", indicator: "Cụm dân cư, tuyến đường được chỉnh trang", done: 10, total: 11, verdict: "Chưa đạt" },
      { villageId: "Thôn 10", village: "Thôn 10", indicator: "Hộ chỉnh trang", done: 60, total: 100, verdict: "Chưa đạt" },
      { villageId: "Thôn 10", village: "Thôn 10", indicator: "Vườn mẫu được nâng cấp", done: 4, total: 10, verdict: "Đạt" },
    ],
  };
  const body = text(report({ statuses: COMMUNE }, previous));
  expect(body).toContain("So với tuần 1, tăng 297 hộ (từ 78,1% lên 87,4%); Thôn 10 đã đạt chỉ tiêu.");
  expect(body).toContain("So với tuần 1, giảm 4 vườn mẫu (từ 36,4% xuống 32,7%); Thôn 10 từ đạt chuyển sang chưa đạt.");
  expect(body).toContain("So với tuần 1, chưa có thay đổi.");
  // Without a week before, nothing is said about one.
  expect(text(report({ statuses: COMMUNE }))).not.toContain("So với tuần");
});

function task(village: string | null, name: string, owner: string | null, deadline: string, overdueDays = 0): WorkItem {
  return { kind: "task", village, name, number: null, owner, deadline, overdueDays };
}

test("overdue work by owner, the same work of the same owner at several thôn on one line; the coming week's deadlines, earliest first", () => {
  const tasks = { total: 3, done: 1, overdue: 1, dueSoon: 0 };
  const statuses = [thon("Thôn 2", [85, 100], [4, 10], [3, 3], tasks), thon("Thôn 10", [72, 100], [2, 10], [2, 3], tasks)];
  const work = [
    task("Thôn 10", "Ra quân tổng vệ sinh", "Chi đoàn thanh niên", "2026-01-30", 6),
    task("Thôn 2", "Ra quân tổng vệ sinh", "Chi đoàn thanh niên", "2026-01-30", 6),
    task(null, "Đăng ký công trình", "Các thôn, đoàn thể", "2026-01-27", 9),
    task("Thôn 2", "Trồng hàng rào xanh", "Chi hội Phụ nữ", "2026-02-13"),
    task(null, "Biên tập tin, bài", "Phòng Văn hoá - Xã hội", "2026-02-09"),
    task(null, "Tổng kết đợt thi đua", null, "2026-02-20"), // past the next cut-off (13/02): not this week's
    { kind: "criterion", village: null, name: "Giao thông", number: "2", owner: "Công chức Địa chính", deadline: "2026-02-10", overdueDays: 0 } as WorkItem,
  ];
  const body = text(report({ statuses, work, communeTasks: { total: 2, done: 0, overdue: 1, dueSoon: 0 } }));
  expect(body).toContain(
    [
      "- Còn 3 việc quá hạn:",
      "+ Các thôn, đoàn thể: Đăng ký công trình, hạn 27/01/2026, quá hạn 9 ngày.",
      "+ Chi đoàn thanh niên (Thôn 2, Thôn 10): Ra quân tổng vệ sinh, hạn 30/01/2026, quá hạn 6 ngày.",
    ].join("\n"),
  );
  expect(body).toContain("- Các thôn đã hoàn thành 2/6 công trình, phần việc đăng ký; các phòng, ban, đoàn thể xã hoàn thành 0/2 việc chung.");
  expect(body).toContain(
    [
      // No data problems: the sections after them move up.
      "4. Nhiệm vụ tuần tới",
      "- Việc đến hạn từ nay đến 13/02/2026, đề nghị các đơn vị, cá nhân phụ trách hoàn thành đúng hạn:",
      "+ Phòng Văn hoá - Xã hội: Biên tập tin, bài, hạn 09/02/2026.",
      "+ Công chức Địa chính: tiêu chí số 2 (Giao thông), hạn 10/02/2026.",
      "+ Chi hội Phụ nữ (Thôn 2): Trồng hàng rào xanh, hạn 13/02/2026.",
    ].join("\n"),
  );
  expect(body).not.toContain("Tổng kết đợt thi đua");
});

test("a long list of work shows its first lines, then how many more there are", () => {
  const statuses = [thon("Thôn 1", [8, 10], [3, 10], [1, 1], { total: 40, done: 0, overdue: 20, dueSoon: 0 })];
  const work = Array.from({ length: 20 }, (_, i) => task("Thôn 1", `Việc ${i + 1}`, `Tổ ${i + 1}`, "2026-01-30", 6));
  const body = text(report({ statuses, work }));
  expect(body).toContain("- Còn 20 việc quá hạn:");
  expect(body.split("\n").filter((line) => line.startsWith("+ Tổ "))).toHaveLength(MAX_WORK_LINES);
  expect(body).toContain(`+ Còn ${20 - MAX_WORK_LINES} việc khác (xem cột Theo dõi hạn trên các tab).`);
});

test("who registered no work is said once, by the Đơn vị thi đua section, not guessed from a thôn's task count", () => {
  const none = { total: 0, done: 0, overdue: 0, dueSoon: 0 };
  const statuses = [thon("Thôn 1", [8, 10], [3, 10], [1, 1], none), thon("Thôn 2", [8, 10], [3, 10], [1, 1])];
  expect(text(report({ statuses }))).not.toContain("Chưa");
  const units: SummarySection = { id: "units", title: "Đơn vị thi đua", lines: [], table: null, history: [], report: ["Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Thôn 1."] };
  expect(text(report({ statuses, sections: [units] }))).toContain("- Chưa đăng ký công trình, phần việc, mô hình (hạn 27/01/2026): Thôn 1.");
});

test("the data problems by thôn and by sheet, as many as Tổng hợp counts", () => {
  const problem = { sheet: "Thôn 2", cell: "B17", message: "", fix: "" };
  const statuses = [{ ...thon("Thôn 2", [8, 10], [3, 10], [1, 1]), problems: [problem, problem] }, thon("Thôn 10", [8, 10], [3, 10], [1, 1])];
  const body = text(report({ statuses, otherProblems: [{ sheet: "Danh sách thôn", cell: "F4", message: "", fix: "" }] }));
  expect(body).toContain("- Còn 3 lỗi dữ liệu chưa sửa (chi tiết ở trang Lỗi dữ liệu): Thôn 2 (2), Danh sách thôn (1).");
});

test("the date follows the decree: a day below 10 and the months 1 and 2 with a 0, the other months without", () => {
  const spring = { ...campaign, startDate: "2026-03-01", endDate: "2026-04-30", registrationDeadline: null };
  expect(report({ statuses: COMMUNE }, null, vietnamInstant("2026-03-05", 9 * 60), spring).placeDate).toBe("Mai Hoa, ngày 05 tháng 3 năm 2026");
  expect(report({ statuses: COMMUNE }, null, vietnamInstant("2026-04-17", 9 * 60), spring).placeDate).toBe("Mai Hoa, ngày 17 tháng 4 năm 2026");
});

test("after the campaign's end the subject and closing say so; a plan number is cited", () => {
  const numbered = { ...campaign, planNumber: "05/KH-UBND" };
  const doc = report({ statuses: COMMUNE }, null, vietnamInstant("2026-02-16", 9 * 60), numbered);
  expect(doc.subject).toMatch(/ \(phong trào đã kết thúc ngày 13\/02\/2026\)$/);
  expect(doc.body[0]?.text).toMatch(/^Thực hiện Kế hoạch số 05\/KH-UBND về phong trào thi đua chỉnh trang .* báo cáo kết quả đến khi phong trào kết thúc \(13\/02\/2026\)/);
  expect(doc.body[doc.body.length - 1]?.text).toBe("Trên đây là báo cáo kết quả thực hiện phong trào của Ủy ban nhân dân xã Mai Hoa./.");
});
