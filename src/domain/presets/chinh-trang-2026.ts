// This file is seed 000 as a campaign: xã Mai Hoa's 2026 residential-area renovation drive (26/01–13/02/2026).
import { PLAN_QUOTE, TO_FILL } from "../messages";
import type { Preset } from "./preset";

/**
 * II.1: "22 thôn đã được công nhận đạt chuẩn" KDCKM; the plan names none of them: numbered placeholders marked as such
 * ("Thôn 1 (cần ghi tên)" …), none invented, each listed under Cần bổ sung until the officer writes the real name.
 */
const VILLAGE_NAMES = Array.from({ length: 22 }, (_, i) => TO_FILL.villageName(i + 1));

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
    // V.2: "Phòng Kinh tế: Thường xuyên kiểm tra, theo dõi, đôn đốc và hàng tuần tổng hợp kết quả của từng đơn vị".
    {
      name: "Tổng hợp kết quả của từng đơn vị, báo cáo Thường trực Đảng ủy, Ban chỉ đạo NTM xã, UBND xã",
      times: 1,
      every: "tuần",
      scope: "Toàn xã",
      owner: "Phòng Kinh tế",
      note: "Kế hoạch (V.2): “Phòng Kinh tế: Thường xuyên kiểm tra, theo dõi, đôn đốc và hàng tuần tổng hợp kết quả của từng đơn vị, định kỳ báo cáo Thường trực Đảng ủy; Ban chỉ đạo NTM xã, UBND xã theo quy định”.",
    },
    // V.1: "Thứ 6 hàng tuần tổng hợp, báo cáo bằng văn bản về UBND xã (qua phòng Kinh tế xã)", said of the BCĐ's members.
    {
      name: "Tổng hợp, báo cáo bằng văn bản về UBND xã (qua phòng Kinh tế xã) vào thứ 6",
      times: 1,
      every: "tuần",
      scope: "Toàn xã",
      owner: "Thành viên Ban chỉ đạo xây dựng NTM xã",
      note: "Kế hoạch (V.1): “Phân công nhiệm vụ cụ thể thành viên Ban chỉ đạo xây dựng NTM xã bám sát địa bàn được phân công để tổ chức thực hiện. Thứ 6 hàng tuần tổng hợp, báo cáo bằng văn bản về UBND xã (qua phòng Kinh tế xã)”.",
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
    // II.2 gives the organisations' targets for the drive and no date of their own: the deadline is the drive's end
    // (III: "từ ngày 26/01/2026 đến ngày 13/02/2026"). Quoted in Ghi chú (PLAN_QUOTE): work the plan assigns, so it is
    // no registration (V.4 asks each organisation to register its own works by 27/01/2026).
    ...[
      ["Xây dựng, củng cố CLB “Gia đình 5 có NTM kiểu mẫu” ở các chi hội", "Hội Phụ nữ xã", "Hội Phụ nữ xây dựng và củng cố các Mô hình CLB “Gia đình 5 có NTM kiểu mẫu” ở các chi hội trên toàn xã"],
      ["Tư vấn, hướng dẫn hội viên chỉnh trang vườn hộ, công trình phụ trợ, chuồng trại", "Hội Nông dân xã", "Hội Nông dân xã tư vấn, hướng dẫn các hội viên chỉnh trang vườn hộ, công trình phụ trợ, chuồng trại chăn nuôi"],
      ["Hướng dẫn hội viên chỉnh trang hàng rào xanh", "Hội Cựu chiến binh xã", "Hội Cựu chiến binh tư vấn, hỗ trợ và hướng dẫn hội viên chỉnh trang hàng rào xanh"],
      ["Hỗ trợ các thôn chỉnh trang hệ thống điện chiếu sáng các tuyến đường", "Đoàn Thanh niên xã", "Đoàn thanh niên hướng dẫn, hỗ trợ các thôn chỉnh trang hệ thống điện chiếu sáng các tuyến đường"],
    ].map(([name, owner, quote]) => ({
      name: name as string,
      owner: owner as string,
      deadline: "13/02/2026",
      note: `${PLAN_QUOTE.note("II.2", quote as string)}; hạn là ngày kết thúc đợt thi đua (III).`,
    })),
    // The plan gives the following no date: no deadline is written, so none goes overdue or draws a reminder.
    {
      name: "Phân công nhiệm vụ cụ thể thành viên Ban chỉ đạo bám sát địa bàn được phân công",
      owner: "Ban chỉ đạo xây dựng NTM xã",
      note: "Kế hoạch (V.1): “Phân công nhiệm vụ cụ thể thành viên Ban chỉ đạo xây dựng NTM xã bám sát địa bàn được phân công để tổ chức thực hiện”; kế hoạch không ghi thành viên nào phụ trách thôn nào.",
    },
    {
      name: "Phân công nhiệm vụ từng thành viên Tổ công tác, bám sát cơ sở hàng ngày để chỉ đạo, kiểm tra, giám sát các thôn",
      owner: "Tổ công tác Ban Thường vụ Đảng ủy phụ trách các thôn",
      note: "Kế hoạch (V.3): “Căn cứ Kế hoạch phát động, phân công nhiệm vụ cụ thể từng thành viên, tăng cường bám sát cơ sở hàng ngày để chỉ đạo, kiểm tra, giám sát”; kế hoạch không ghi tổ nào phụ trách thôn nào.",
    },
    {
      name: "Đăng tải hình ảnh, tin bài về tiến độ và kết quả thực hiện cuộc phát động",
      owner: "Phòng Văn hóa, Trung tâm Dịch vụ tổng hợp xã",
      note: "Kế hoạch (V.5): “Phòng Văn hóa, Trung tâm Dịch vụ tổng hợp xã: Chủ trì, phối hợp phòng Kinh tế xã và các đơn vị có liên quan, đăng tải hình ảnh, tin bài về tiến độ và kết quả thực hiện cuộc phát động”.",
    },
    {
      name: "Tổng kết, đánh giá, biểu dương, khen thưởng đơn vị làm tốt; phê bình, nhắc nhở đơn vị còn hạn chế",
      owner: "Ban chỉ đạo xây dựng NTM xã",
      note: "Kế hoạch (V.1): “Cuối đợt phát động có tổng kết, đánh giá, biểu dương, khen thưởng”; Phòng Kinh tế tham mưu (V.2). Hạn: cuối đợt phát động, kế hoạch không ghi ngày.",
    },
  ],
  // I.1: "góp phần hoàn thành đạt chuẩn ít nhất 1-2 chỉ tiêu xã nông thôn mới, 01 thôn thông minh"; V.1 gives the
  // former to the BCĐ, the smart village to no one.
  measures: [
    {
      name: "Chỉ tiêu xã NTM (QĐ 51/2025/QĐ-TTg) hoàn thành đạt chuẩn",
      scope: "Toàn xã",
      unit: "chỉ tiêu",
      comparison: "≥",
      target: 1,
      // V.1: "Đề nghị BCĐ xây dựng NTM xã: … phấn đấu hoàn thành 1-2 chỉ tiêu xây dựng xã NTM theo bộ tiêu chí mới tại QĐ
      // số 51/2025/QĐ-TTG".
      owner: "Ban chỉ đạo xây dựng NTM xã",
      note: "Kế hoạch: “góp phần hoàn thành đạt chuẩn ít nhất 1-2 chỉ tiêu xã nông thôn mới”; V.1 giao BCĐ xây dựng NTM xã “phấn đấu hoàn thành 1-2 chỉ tiêu”; 1–2 đọc là tối thiểu 1.",
    },
    { name: "Thôn thông minh", scope: "Toàn xã", unit: "thôn", comparison: "≥", target: 1, owner: TO_FILL.marker, note: "Kế hoạch: “01 thôn thông minh”." },
    // I.1: "cũng cố 100% khu dân cư kiểu mẫu giữ vững các tiêu chí đã đạt"; V.1 asks this of the BCĐ xây dựng NTM xã.
    {
      name: "Khu dân cư kiểu mẫu giữ vững các tiêu chí đã đạt",
      scope: "Toàn xã",
      unit: "%",
      comparison: "≥",
      target: 100,
      owner: "Ban chỉ đạo xây dựng NTM xã",
      note: "Kế hoạch (I.1): “cũng cố 100% khu dân cư kiểu mẫu giữ vững các tiêu chí đã đạt”; (V.1) Ban chỉ đạo “củng cố các tiêu chí Khu dân cư kiểu mẫu đã đạt chuẩn”.",
    },
  ],
} satisfies Preset;
