// This file is seed 003 as a campaign: the 1/3–30/4/2021 peak drive for the district's NTM standard: 1 new model
// residential area, 5 model gardens, 3 upgraded areas, every other area ≥ 7 criteria including the 3 hard ones; the
// district tour route, the priority criteria, each organisation's roads and its named household's model garden as
// assigned tasks; each thôn's weekly registration and Friday report, and the NTM officer's weekly compile, as duties.
import { MODEL_RESIDENTIAL_AREA } from "./catalogues";
import { TO_FILL } from "../messages";
import type { Preset, PresetDuty } from "./preset";

/** II: "THỜI GIAN THỰC HIỆN: ngày 1/3/2021 đến ngày 30/4/2021": the deadline of work the plan dates no other way. */
const DRIVE_END = "đến ngày 30/4/2021";
/** III.2: "hoàn thành thực hiện các nội dung và tổ chức đánh giá đạt chuẩn trước ngày 30/4/2021" (model areas, gardens). */
const ASSESSED_BY = "trước ngày 30/4/2021";

/** IV.4: "Các đồng chí được Ban Thường vụ Đảng ủy phân công chỉ đạo cơ sở, các thành viên Ban chỉ đạo". */
const ASSIGNED_LEADERS = "Các đồng chí được BTV Đảng ủy phân công chỉ đạo cơ sở, thành viên Ban chỉ đạo";

const garden = (name: string, owner: string) => ({ name, owner, done: false });

const MODEL_AREA_CRITERIA = MODEL_RESIDENTIAL_AREA.map(({ number, name, hard }) => ({ number, name, hard: hard ?? false }));

/**
 * III.2: "Xây dựng đạt chuẩn 1 khu dân cư, 05 vườn mẫu; củng cố, nâng cấp 3 khu dân cư đã đạt chuẩn; các khu dân cư còn
 * lại đảm bảo đạt từ 7 tiêu chí trong đó có 3 tiêu chí cứng". The area built and the areas upgraded are held to the full
 * standard (every criterion); the rest to 7 with the 3 hard ones. One catalogue, the model residential area's.
 */
export const KIND_NEW_MODEL_AREA = "Xây dựng đạt chuẩn";
export const KIND_RECOGNISED_AREA = "Củng cố – nâng cấp";
export const KIND_OTHER_AREA = "Khu dân cư còn lại";

/** The thôn the plan names (Thạch Hội only as a road's end, "liên xã Bắc – Phú – Mỹ" as a road). */
const VILLAGES = ["Nhân Hòa", "Yên Quý", "Đại Hòa", "Yên Thành", "Yên Mỹ", "Đông Hòa"] as const;

/**
 * IV.1: "các thôn trên địa bàn triển khai thực hiện, đăng ký nội dung công việc cần thực hiện theo từng tuần ... Hàng
 * tuần, vào thứ 6 phối hợp cán bộ địa bàn tổng hợp, đánh giá kết quả thực hiện báo cáo Ban chỉ đạo xã qua cán bộ
 * chuyên trách nông thôn mới". Once a week for each thôn; each row is named with its thôn (a duty's name is its key).
 */
const weeklyRegistration = (village: string): PresetDuty => ({
  name: `Đăng ký công việc của tuần; thứ 6 tổng hợp, đánh giá, báo cáo kết quả về Ban chỉ đạo xã (thôn ${village})`,
  times: 1,
  every: "tuần",
  scope: village,
  owner: `Cấp ủy thôn ${village}`,
  note: "Kế hoạch (IV.1): “đăng ký nội dung công việc cần thực hiện theo từng tuần ... Hàng tuần, vào thứ 6 phối hợp cán bộ địa bàn tổng hợp, đánh giá kết quả thực hiện báo cáo Ban chỉ đạo xã qua cán bộ chuyên trách nông thôn mới”.",
});

export const CAO_DIEM_HUYEN_2021: Preset = {
  id: "cao-diem-huyen-2021",
  name: "Cao điểm huyện NTM 2021 (khu dân cư mẫu, vườn mẫu)",
  seed: "003",
  // Every field written out: nothing of plan 000 (its household items, its cut-off) carries over.
  campaign: {
    // The plan does not name its commune: the officer writes it in.
    commune: "(ghi tên xã)",
    title: "Đợt thi đua cao điểm xây dựng đạt chuẩn huyện nông thôn mới năm 2021",
    planNumber: "",
    startDate: "2021-03-01",
    endDate: "2021-04-30",
    registrationDeadline: null,
    // IV.1: "Hàng tuần, vào thứ 6 ... báo cáo Ban chỉ đạo xã": the week closes on Friday. The plan states no time of
    // day: left for the officer ("(cần bổ sung)" on Cấu hình).
    reportWeekday: 5,
    reportTime: null,
    cadence: "weekly",
    householdMinItems: 1,
    officers: [],
    lastVillageNumber: 0,
    phases: [{ name: "Đợt cao điểm", start: "2021-03-01", end: "2021-04-30" }],
    indicators: [
      { kind: "criteria", id: "KDC", name: "Khu dân cư: ≥ 7 tiêu chí, đủ 3 tiêu chí cứng", table: "criteria", minimumAchieved: 7, hardRequired: true },
      { kind: "share", id: "VM", name: "Vườn mẫu đạt chuẩn", table: "gardens", minimum: 100, aim: null },
    ],
    // The plan lists no household items of its own tables (III.1's "vườn hộ, nhà ở, công trình phụ trợ" is tour-route
    // work, a task below); no household table is kept.
    householdItems: [],
    criteria: MODEL_AREA_CRITERIA,
    kinds: [
      { name: KIND_NEW_MODEL_AREA, minimumAchieved: null, hardRequired: false, criteria: MODEL_AREA_CRITERIA },
      { name: KIND_RECOGNISED_AREA, minimumAchieved: null, hardRequired: false, criteria: MODEL_AREA_CRITERIA },
      { name: KIND_OTHER_AREA, minimumAchieved: 7, hardRequired: true, criteria: MODEL_AREA_CRITERIA },
    ],
  },
  // The plan does not say which area is the new model one and which three are recognised, nor any criterion's status:
  // each thôn's kind asks the officer, the statuses stay empty. The 05 model gardens are the five households IV.2 names.
  villages: [
    { name: "Nhân Hòa", gardens: 1, kind: TO_FILL.marker, gardenRows: [garden("Hộ Nguyễn Văn Lâm", "Hội Liên hiệp Phụ nữ")] },
    { name: "Yên Quý", gardens: 2, kind: TO_FILL.marker, gardenRows: [garden("Hộ Nguyễn Văn Chử", "Đoàn xã"), garden("Hộ Nguyễn Đăng Dũng", "Hội Người cao tuổi")] },
    { name: "Đại Hòa", gardens: 2, kind: TO_FILL.marker, gardenRows: [garden("Hộ Trần Viết Bình", "Hội Nông dân"), garden("Hộ Nguyễn Hữu Tỵ", "Hội Cựu chiến binh")] },
    { name: "Yên Thành", kind: TO_FILL.marker },
    { name: "Yên Mỹ", kind: TO_FILL.marker },
    { name: "Đông Hòa", kind: TO_FILL.marker },
  ],
  // III.3: "quan tâm cao đối với các các nội dung, tiêu chí ưu tiên: Môi trường, Cơ sở vật chất văn hóa, Giao thông, Khu
  // dân cư NTM kiểu mẫu, vườn mẫu". Numbered in the plan's order (it gives no criterion numbers); no owner, date or
  // status of their own (the review of every criterion in March is a task below).
  communeCriteria: [
    { number: "1", name: "Môi trường (tiêu chí ưu tiên)" },
    { number: "2", name: "Cơ sở vật chất văn hóa (tiêu chí ưu tiên)" },
    { number: "3", name: "Giao thông (tiêu chí ưu tiên)" },
    { number: "4", name: "Khu dân cư NTM kiểu mẫu, vườn mẫu (tiêu chí ưu tiên)" },
  ],
  communeTasks: [
    // III.1 and I.1 ("xây dựng đạt chuẩn ... tua tuyến nông thôn mới trong quý I năm 2021"); IV.4 gives it to the
    // comrades assigned to each cluster ("nâng cấp tua tuyến, điểm nhấn huyện nông thôn mới").
    { name: "Hoàn thiện tua tuyến điểm nhấn huyện NTM: nâng cấp các điểm đến, trục đường tỉnh lộ, đường huyện, trục xã theo lộ trình tua tuyến", owner: ASSIGNED_LEADERS, deadline: "trong quý I/2021" },
    // III.3: "rà soát, củng cố, nâng cao mức độ đạt chuẩn các tiêu chí nông thôn mới sau sát nhập trong tháng 3/2021".
    { name: "Rà soát, củng cố, nâng cao mức độ đạt chuẩn các tiêu chí NTM sau sáp nhập", owner: ASSIGNED_LEADERS, deadline: "trong tháng 3/2021" },
    // III.4: "Mô hình rau củ quả trên cát của HTX Hà Trung hoàn thành trước ngày 30/4/2021"; the plan names no one.
    { name: "Nâng cấp các mô hình sản xuất, nhất là mô hình rau củ quả trên cát của HTX Hà Trung (điểm đến tua tuyến)", owner: TO_FILL.marker, deadline: "trước ngày 30/4/2021" },
    // IV.2.
    { name: "Tuyên truyền, vận động Nhân dân; hỗ trợ các thôn xây dựng cụm dân cư kiểu mẫu, tuyến đường mẫu xanh sạch đẹp", owner: "Mặt trận Tổ quốc và các đoàn thể", deadline: DRIVE_END },
    { name: "Phân loại, xử lý rác thải sinh hoạt tại hộ gia đình; vệ sinh môi trường trong các khu dân cư", owner: "Hội Liên hiệp Phụ nữ", deadline: DRIVE_END },
    { name: "Chỉ đạo tuyến đường trục xã từ cổng Đông Hòa đến Thạch Hội", owner: "Hội Liên hiệp Phụ nữ", deadline: DRIVE_END },
    { name: "Hướng dẫn hộ Nguyễn Văn Lâm (thôn Nhân Hòa) xây dựng vườn mẫu đạt chuẩn", owner: "Hội Liên hiệp Phụ nữ", deadline: ASSESSED_BY },
    { name: "Chỉnh trang, vệ sinh tuyến đường 19/5, đường 11 và đường 20/7; phối hợp xây dựng các điểm pano tuyên truyền", owner: "Đoàn xã", deadline: DRIVE_END },
    { name: "Hướng dẫn hộ Nguyễn Văn Chử (thôn Yên Quý) xây dựng vườn mẫu đạt chuẩn", owner: "Đoàn xã", deadline: ASSESSED_BY },
    { name: "Chỉ đạo chỉnh trang vườn hộ trên toàn xã", owner: "Hội Nông dân", deadline: DRIVE_END },
    { name: "Tuyến đường mẫu: trục Yên Thành – Yên Quý – Yên Mỹ; tuyến Quang Yên Hòa từ Yên Quý đến đường 19/5", owner: "Hội Nông dân", deadline: DRIVE_END },
    { name: "Hướng dẫn hộ Trần Viết Bình (thôn Đại Hòa) xây dựng vườn mẫu đạt chuẩn", owner: "Hội Nông dân", deadline: ASSESSED_BY },
    { name: "Chỉnh trang tuyến TX79 từ đường 11 ra Thạch Hội", owner: "Hội Cựu chiến binh", deadline: DRIVE_END },
    { name: "Hướng dẫn hộ Nguyễn Hữu Tỵ (thôn Đại Hòa) xây dựng vườn mẫu đạt chuẩn", owner: "Hội Cựu chiến binh", deadline: ASSESSED_BY },
    { name: "Chỉnh trang khuôn viên nhà văn hóa các thôn, trang trí khánh tiết hội quán", owner: "Hội Người cao tuổi", deadline: DRIVE_END },
    { name: "Hướng dẫn hộ Nguyễn Đăng Dũng (thôn Yên Quý) xây dựng vườn mẫu đạt chuẩn", owner: "Hội Người cao tuổi", deadline: ASSESSED_BY },
    // IV.3.
    { name: "Giải phóng hành lang, xử lý vi phạm các tuyến trục chính xã, TX79, 20/7, Quang Yên Hòa, liên xã Bắc – Phú – Mỹ", owner: "Ban chỉ huy quân sự, Công an xã", deadline: DRIVE_END },
  ],
  duties: [
    ...VILLAGES.map(weeklyRegistration),
    {
      name: "Tổng hợp, báo cáo kết quả thực hiện đợt cao điểm hằng tuần",
      times: 1,
      every: "tuần",
      scope: "Toàn xã",
      owner: "Cán bộ chuyên trách nông thôn mới",
      note: "Kế hoạch: “giao cán bộ chuyên trách nông thôn mới tổng hợp, báo cáo kết quả thực hiên hàng tuần”.",
    },
  ],
};
