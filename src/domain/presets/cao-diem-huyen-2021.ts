// This file is seed 003 as a campaign: the 1/3–30/4/2021 peak drive for the district's NTM standard: 1 new model
// residential area, 5 model gardens, 3 upgraded areas, every other area ≥ 7 criteria including the 3 hard ones;
// each organisation's roads and its named household's model garden as assigned tasks.
import { CHINH_TRANG_2026 } from "./chinh-trang-2026";
import { MODEL_RESIDENTIAL_AREA } from "./catalogues";
import { TO_FILL } from "../messages";
import type { Preset } from "./preset";

const END = "30/4/2021";

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

export const CAO_DIEM_HUYEN_2021: Preset = {
  id: "cao-diem-huyen-2021",
  name: "Cao điểm huyện NTM 2021 (khu dân cư mẫu, vườn mẫu)",
  seed: "003",
  campaign: {
    ...CHINH_TRANG_2026.campaign,
    // The plan does not name its commune: the officer writes it in.
    commune: "(ghi tên xã)",
    title: "Đợt thi đua cao điểm xây dựng đạt chuẩn huyện nông thôn mới năm 2021",
    planNumber: "",
    startDate: "2021-03-01",
    endDate: "2021-04-30",
    registrationDeadline: null,
    // The plan states no report day or cut-off time: left for the officer ("(cần bổ sung)" on Cấu hình).
    reportWeekday: null,
    reportTime: null,
    phases: [{ name: "Đợt cao điểm", start: "2021-03-01", end: "2021-04-30" }],
    indicators: [
      { kind: "criteria", id: "KDC", name: "Khu dân cư: ≥ 7 tiêu chí, đủ 3 tiêu chí cứng", table: "criteria", minimumAchieved: 7, hardRequired: true },
      { kind: "share", id: "VM", name: "Vườn mẫu đạt chuẩn", table: "gardens", minimum: 100, aim: null },
    ],
    criteria: MODEL_AREA_CRITERIA,
    kinds: [
      { name: KIND_NEW_MODEL_AREA, minimumAchieved: null, hardRequired: false, criteria: MODEL_AREA_CRITERIA },
      { name: KIND_RECOGNISED_AREA, minimumAchieved: null, hardRequired: false, criteria: MODEL_AREA_CRITERIA },
      { name: KIND_OTHER_AREA, minimumAchieved: 7, hardRequired: true, criteria: MODEL_AREA_CRITERIA },
    ],
  },
  // The thôn the plan names (Thạch Hội only as a road's end). It does not say which area is the new model one and which
  // three are recognised, nor any criterion's status: each thôn's kind asks the officer, the statuses stay empty.
  villages: [
    { name: "Nhân Hòa", gardens: 1, kind: TO_FILL.marker, gardenRows: [garden("Hộ Nguyễn Văn Lâm", "Hội Liên hiệp Phụ nữ")] },
    { name: "Yên Quý", gardens: 2, kind: TO_FILL.marker, gardenRows: [garden("Hộ Nguyễn Văn Chử", "Đoàn xã"), garden("Hộ Nguyễn Đăng Dũng", "Hội Người cao tuổi")] },
    { name: "Đại Hòa", gardens: 2, kind: TO_FILL.marker, gardenRows: [garden("Hộ Trần Viết Bình", "Hội Nông dân"), garden("Hộ Nguyễn Hữu Tỵ", "Hội Cựu chiến binh")] },
    { name: "Yên Thành", kind: TO_FILL.marker },
    { name: "Yên Mỹ", kind: TO_FILL.marker },
    { name: "Đông Hòa", kind: TO_FILL.marker },
  ],
  communeTasks: [
    { name: "Chỉ đạo tuyến đường trục xã từ cổng Đông Hòa đến Thạch Hội; phân loại rác tại hộ", owner: "Hội Liên hiệp Phụ nữ", deadline: END },
    { name: "Hướng dẫn hộ Nguyễn Văn Lâm (thôn Nhân Hòa) xây dựng vườn mẫu đạt chuẩn", owner: "Hội Liên hiệp Phụ nữ", deadline: END },
    { name: "Chỉnh trang, vệ sinh tuyến đường 19/5, đường 11 và đường 20/7; điểm pano tuyên truyền", owner: "Đoàn xã", deadline: END },
    { name: "Hướng dẫn hộ Nguyễn Văn Chử (thôn Yên Quý) xây dựng vườn mẫu đạt chuẩn", owner: "Đoàn xã", deadline: END },
    { name: "Tuyến đường mẫu: trục Yên Thành – Yên Quý – Yên Mỹ; tuyến Quang Yên Hòa đến đường 19/5", owner: "Hội Nông dân", deadline: END },
    { name: "Hướng dẫn hộ Trần Viết Bình (thôn Đại Hòa) xây dựng vườn mẫu đạt chuẩn", owner: "Hội Nông dân", deadline: END },
    { name: "Chỉnh trang tuyến TX79 từ đường 11 ra Thạch Hội", owner: "Hội Cựu chiến binh", deadline: END },
    { name: "Hướng dẫn hộ Nguyễn Hữu Tỵ (thôn Đại Hòa) xây dựng vườn mẫu đạt chuẩn", owner: "Hội Cựu chiến binh", deadline: END },
    { name: "Chỉnh trang khuôn viên nhà văn hóa các thôn, trang trí khánh tiết hội quán", owner: "Hội Người cao tuổi", deadline: END },
    { name: "Hướng dẫn hộ Nguyễn Đăng Dũng (thôn Yên Quý) xây dựng vườn mẫu đạt chuẩn", owner: "Hội Người cao tuổi", deadline: END },
    { name: "Giải phóng hành lang các tuyến trục xã, TX79, 20/7, Quang Yên Hòa, liên xã Bắc – Phú – Mỹ", owner: "Ban chỉ huy quân sự, Công an xã", deadline: END },
    { name: "Nâng cấp mô hình rau củ quả trên cát của HTX Hà Trung", owner: "HTX Hà Trung", deadline: "trước ngày 30/4/2021" },
    { name: "Rà soát, củng cố tiêu chí NTM sau sáp nhập", owner: "Thành viên Ban chỉ đạo", deadline: "tháng 3/2021" },
  ],
};
