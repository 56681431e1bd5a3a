// This file is seed 002 as a campaign: xã Hà Sơn's peak drive for the model NTM commune, 01/07–30/10/2023 (KH 68/KH-UBND):
// targets 1.1–1.4, tasks by department (dossier due 30/9), and the award standards as a checklist.
import { CHINH_TRANG_2026 } from "./chinh-trang-2026";
import { TO_FILL } from "../messages";
import type { Preset, PresetTask } from "./preset";

const ASK = TO_FILL.marker;

const END = "30/10/2023";

/**
 * The plan's award standards (VI.1), judged at the review: standards, not work with a date, so no deadline (nothing goes
 * overdue or is reminded); a checklist per unit waits for issue 9. The plan names Văn phòng - Thống kê as the standing
 * part of the Hội đồng TĐKT that advises on awards (VII.2).
 */
const AWARD_CHECKLIST: PresetTask[] = [
  "Ban, ngành, đoàn thể: đạt 100% chỉ tiêu được giao; có cách làm hay, sáng tạo",
  "Thôn: tiêu biểu, nổi bật trong xây dựng thôn NTM kiểu mẫu, thôn thông minh",
  "Doanh nghiệp, HTX: đầu tư sản xuất hiệu quả, liên kết tiêu thụ, ủng hộ hạ tầng",
  "Hộ gia đình, cá nhân: gương mẫu đóng góp, hiến đất; cán bộ có sáng kiến, giải pháp",
].map((name) => ({ name: `Tiêu chuẩn khen thưởng – ${name}`, owner: "Công chức Văn phòng - Thống kê", note: "Tiêu chuẩn xét khen thưởng khi tổng kết, không phải việc có hạn." }));

export const CAO_DIEM_KIEU_MAU_2023: Preset = {
  id: "cao-diem-kieu-mau-2023",
  name: "Cao điểm xã NTM kiểu mẫu 2023 (xã Hà Sơn)",
  seed: "002",
  duties: [
    {
      name: "Vệ sinh môi trường ngõ xóm",
      times: 1,
      every: "tháng",
      scope: "Toàn xã",
      owner: TO_FILL.marker,
      note: "Kế hoạch (IV.2): “Định kỳ hàng tháng tháng vệ sinh môi trường ngõ xóm, ít nhất mỗi tháng 01 lần”.",
    },
  ],
  campaign: {
    ...CHINH_TRANG_2026.campaign,
    commune: "Hà Sơn",
    title: "Phong trào thi đua cao điểm “Chung sức xây dựng xã Hà Sơn đạt xã nông thôn mới kiểu mẫu” năm 2023",
    planNumber: "68/KH-UBND",
    startDate: "2023-07-01",
    endDate: "2023-10-30",
    registrationDeadline: null,
    reportWeekday: 5,
    reportTime: "16:00",
    phases: [{ name: "Đợt cao điểm", start: "2023-07-01", end: "2023-10-30" }],
    indicators: [
      { kind: "share", id: "DX", name: "Tuyến đường thôn quản lý được trồng cây xanh, hoa", table: "clustersRoads", minimum: 100, aim: null },
      { kind: "criteria", id: "TC", name: "Tiêu chí thôn NTM kiểu mẫu", table: "criteria", minimumAchieved: null, hardRequired: false },
    ],
    criteria: [],
  },
  villages: [
    { name: "Chí Phúc", note: "Xây dựng mô hình thôn thông minh (mục tiêu 1.3)" },
    { name: "Giang Sơn 9", note: "Lắp điện chiếu sáng, rãnh thoát nước khu dân cư" },
    { name: "Cẩm Cường", note: "Lắp điện chiếu sáng, rãnh thoát nước khu dân cư" },
    { name: "Vĩnh An", note: "Lắp điện chiếu sáng, rãnh thoát nước khu dân cư" },
  ],
  communeCriteria: [
    // The plan names no one for the targets themselves: the officer fills each owner in.
    { number: "1.1", name: "Hoàn thành các tiêu chí xã NTM nâng cao giai đoạn 2022–2025", status: "Chưa đạt", owner: ASK, deadline: END },
    { number: "1.2", name: "Thu nhập bình quân đầu người cao hơn ít nhất 10% so với mức xã NTM nâng cao", status: "Chưa đạt", owner: ASK, deadline: END },
    { number: "1.3", name: "Có ít nhất một mô hình thôn thông minh (thôn Chí Phúc)", status: "Chưa đạt", owner: ASK, deadline: END },
    { number: "1.4", name: "Đạt tiêu chí xã NTM kiểu mẫu nổi trội: lĩnh vực chuyển đổi số", status: "Chưa đạt", owner: ASK, deadline: END },
  ],
  communeTasks: [
    { name: "Hoàn thành hồ sơ đề nghị công nhận xã đạt NTM kiểu mẫu", owner: "Cán bộ, công chức", deadline: "trước 30/9" },
    { name: "Đôn đốc nhà thầu đẩy nhanh các công trình XDCB (trường học, giao thông, kênh mương)", owner: "Công chức Địa chính - XD - NN - Môi trường", deadline: END },
    { name: "Chỉnh trang hành lang giao thông, rãnh thoát nước; đặt tên, gắn biển các tuyến đường", owner: "Công chức Địa chính - XD - NN - Môi trường", deadline: END },
    { name: "Hướng dẫn thi đua, khen thưởng; sơ kết, tổng kết đợt thi đua", owner: "Công chức Văn phòng - Thống kê", deadline: END },
    { name: "Tuyên truyền trên cổng thông tin điện tử; pano, áp phích khu trung tâm", owner: "Công chức Văn hóa - xã hội", deadline: END },
    { name: "Huy động, bố trí nguồn lực kinh phí", owner: "Tài chính - Kế hoạch", deadline: END },
    { name: "Hồ sơ sức khỏe điện tử; cài ứng dụng sổ sức khỏe điện tử cho người dân", owner: "Trạm y tế xã", deadline: END },
    { name: "Mô hình giáo dục thể chất (dạy bơi); hồ sơ công nhận lại chuẩn", owner: "Trường TH, THCS", deadline: END },
    ...AWARD_CHECKLIST,
  ],
};
