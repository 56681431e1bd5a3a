// This file is seed 000 as a campaign: xã Mai Hoa's 2026 residential-area renovation drive (26/01–13/02/2026).
import type { Preset } from "./preset";

/** The plan names 22 recognised thôn without listing them; these names are placeholders an officer replaces. */
const VILLAGE_NAMES = [
  "Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Thôn 6", "Thôn 7", "Thôn 8", "Thôn 9", "Thôn 10", "Thôn 11",
  "Thôn Đông Tiến", "Thôn Dương Liễu", "Thôn An Lạc", "Thôn Bắc Sơn", "Thôn Trung Hòa", "Thôn Tân Mỹ",
  "Thôn Hòa Bình", "Thôn Yên Hồ", "Thôn Phúc Thịnh", "Thôn Ấp Mới", "Thôn Quyết Tiến",
];

export const CHINH_TRANG_2026: Preset = {
  id: "chinh-trang-2026",
  name: "Chỉnh trang khu dân cư 2026 (xã Mai Hoa)",
  seed: "000",
  campaign: {
    commune: "Mai Hoa",
    title: "Phong trào thi đua chỉnh trang các khu dân cư chào mừng Đại hội Đảng toàn quốc lần thứ XIV, mừng xuân Bính Ngọ",
    planNumber: "",
    startDate: "2026-01-26",
    endDate: "2026-02-13",
    registrationDeadline: "2026-01-27",
    reportWeekday: 5,
    reportTime: "14:00",
    householdMinItems: 1,
    officers: [],
    lastVillageNumber: 0,
    phases: [{ name: "Đợt cao điểm", start: "2026-01-26", end: "2026-02-13" }],
    indicators: [
      { kind: "share", id: "HO", name: "Hộ chỉnh trang", table: "households", minimum: 70, aim: 80 },
      { kind: "share", id: "VM", name: "Vườn mẫu được nâng cấp", table: "gardens", minimum: 30, aim: null },
      { kind: "share", id: "CD", name: "Cụm dân cư, tuyến đường được chỉnh trang", table: "clustersRoads", minimum: 100, aim: null },
    ],
    householdItems: [
      "Nhà ở và công trình phụ trợ",
      "Vườn",
      "Cổng ngõ",
      "Nhà vệ sinh tự hoại",
      "Hố xử lý rác hữu cơ",
      "Hố lắng lọc nước thải",
      "Chuồng trại",
    ],
    criteria: [],
  },
  villages: VILLAGE_NAMES.map((name) => ({ name, recognised: true })),
  communeTasks: [
    { name: "Đăng ký công trình, phần việc, mô hình gắn với đợt thi đua", owner: "Các thôn, đoàn thể", deadline: "27/01/2026" },
    { name: "Xây dựng, củng cố CLB “Gia đình 5 có NTM kiểu mẫu” ở các chi hội", owner: "Hội Phụ nữ xã", deadline: "13/02/2026" },
    { name: "Tư vấn, hướng dẫn hội viên chỉnh trang vườn hộ, công trình phụ trợ, chuồng trại", owner: "Hội Nông dân xã", deadline: "13/02/2026" },
    { name: "Hướng dẫn hội viên chỉnh trang hàng rào xanh", owner: "Hội Cựu chiến binh xã", deadline: "13/02/2026" },
    { name: "Hỗ trợ các thôn chỉnh trang hệ thống điện chiếu sáng các tuyến đường", owner: "Đoàn Thanh niên xã", deadline: "13/02/2026" },
    { name: "Biên tập tin, bài trên loa truyền thanh xã (mỗi tuần 3 lần)", owner: "Phòng Văn hoá - Xã hội", deadline: "13/02/2026" },
  ],
};
