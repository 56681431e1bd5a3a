// This file is seed 000 as a campaign: xã Mai Hoa's 2026 residential-area renovation drive (26/01–13/02/2026).
import { TO_FILL } from "../messages";
import type { Preset } from "./preset";

/**
 * The plan counts 22 recognised thôn without naming them: numbered placeholders ("Thôn 1" … "Thôn 22"), none invented.
 * Not yet carrying the "(cần ghi tên)" marker: the demo and the tests built on this campaign name thôn "Thôn N".
 */
const VILLAGE_NAMES = Array.from({ length: 22 }, (_, i) => `Thôn ${i + 1}`);

/**
 * V.2 and V.4: each thôn (its chi ủy and Ban phát triển thôn), Ủy ban MTTQ and each commune organisation of II.2 register
 * their works ("công trình, phần việc, mô hình điển hình") by 27/01/2026, the campaign's registration deadline. A
 * registration is a work written on the thôn's tab, or on Công việc chung under the organisation's name; after the
 * deadline, those with none are listed "Chưa đăng ký" (Đơn vị thi đua). So no registration row is seeded: a row the
 * preset wrote would look like a registration nobody made.
 */
const ORGANISATIONS = ["Ủy ban MTTQ xã", "Hội Phụ nữ xã", "Hội Nông dân xã", "Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"];

/** V.4's heading: the kind these organisations compete as. */
const ORGANISATION_KIND = "Ủy ban MTTQ, các tổ chức đoàn thể cấp xã";

export const CHINH_TRANG_2026 = {
  id: "chinh-trang-2026",
  name: "Chỉnh trang khu dân cư 2026 (xã Mai Hoa)",
  seed: "000",
  // V.2: the broadcasts are a duty of every week of the drive, counted on Việc định kỳ, not a task with one deadline.
  duties: [
    {
      name: "Biên tập tin, bài phản ánh kết quả ra quân trên hệ thống loa truyền thanh xã",
      times: 3,
      every: "tuần",
      scope: "Toàn xã",
      owner: "Phòng Văn hoá - Xã hội",
      note: "Kế hoạch (V.2): “Phòng Văn hoá- Xã hội: Phối hợp với phòng Kinh tế biên tập các tin, bài phản ánh khối lượng, kết quả thực hiện ra quân của các thôn, hộ gia đình, đơn vị trên hệ thống loa truyền thanh xã (mỗi tuần 3 lần)”.",
    },
  ],
  campaign: {
    commune: "Mai Hoa",
    title: "Phong trào thi đua chỉnh trang các khu dân cư chào mừng Đại hội Đảng toàn quốc lần thứ XIV, mừng xuân Bính Ngọ",
    planNumber: "",
    startDate: "2026-01-26",
    endDate: "2026-02-13",
    registrationDeadline: "2026-01-27",
    reportWeekday: 5,
    reportTime: "14:00",
    cadence: "weekly",
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
  units: ORGANISATIONS.map((name) => ({ name, kind: ORGANISATION_KIND, registers: true })),
  communeTasks: [
    { name: "Xây dựng, củng cố CLB “Gia đình 5 có NTM kiểu mẫu” ở các chi hội", owner: "Hội Phụ nữ xã", deadline: "13/02/2026" },
    { name: "Tư vấn, hướng dẫn hội viên chỉnh trang vườn hộ, công trình phụ trợ, chuồng trại", owner: "Hội Nông dân xã", deadline: "13/02/2026" },
    { name: "Hướng dẫn hội viên chỉnh trang hàng rào xanh", owner: "Hội Cựu chiến binh xã", deadline: "13/02/2026" },
    { name: "Hỗ trợ các thôn chỉnh trang hệ thống điện chiếu sáng các tuyến đường", owner: "Đoàn Thanh niên xã", deadline: "13/02/2026" },
  ],
  // I.1: "góp phần hoàn thành đạt chuẩn ít nhất 1-2 chỉ tiêu xã nông thôn mới, 01 thôn thông minh"; the plan names no one.
  measures: [
    {
      name: "Chỉ tiêu xã NTM (QĐ 51/2025/QĐ-TTg) hoàn thành đạt chuẩn",
      scope: "Toàn xã",
      unit: "chỉ tiêu",
      comparison: "≥",
      target: 1,
      owner: TO_FILL.marker,
      note: "Kế hoạch: “góp phần hoàn thành đạt chuẩn ít nhất 1-2 chỉ tiêu xã nông thôn mới”; 1–2 đọc là tối thiểu 1.",
    },
    { name: "Thôn thông minh", scope: "Toàn xã", unit: "thôn", comparison: "≥", target: 1, owner: TO_FILL.marker, note: "Kế hoạch: “01 thôn thông minh”." },
  ],
} satisfies Preset;
