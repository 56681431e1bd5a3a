// This file is seed 002 as a campaign: xã Hà Sơn's peak drive for the model NTM commune, 01/07–30/10/2023 (KH 68/KH-UBND):
// targets 1.1–1.4, tasks by department (dossier due 30/9), and the award standards per kind of unit (Đơn vị thi đua).
import { CHINH_TRANG_2026 } from "./chinh-trang-2026";
import { TO_FILL } from "../messages";
import type { Preset, PresetStandard } from "./preset";

const ASK = TO_FILL.marker;

const END = "30/10/2023";

/**
 * The plan's award standards (VI.1), judged at the review: a checklist per unit on Đơn vị thi đua, not work with a date
 * (nothing goes overdue or is reminded for a standard). Each kind of unit as its heading names it, each standard as written.
 */
const STANDARDS: PresetStandard[] = [
  {
    kind: "Cơ quan, ban, ngành, đoàn thể xã",
    standards: [
      "Hoàn thành có chất lượng, đúng tiến độ các nhiệm vụ đối với vai trò là thành viên Ban chỉ đạo các chương trình MTQG và thành viên của tổ công tác thực hiện chương trình MTQG xây dựng nông thôn mới, bám sát các văn bản hướng dẫn của trung ương, của tỉnh, huyện để tổ chức triển khai thực hiện theo lĩnh vực được giao; tham mưu cấp có thẩm quyền thực hiện có hiệu quả chương trình xây dựng nông thôn mới trên địa bàn xã.",
      "Tổ chức có hiệu quả, đạt 100% chỉ tiêu được giao trong kế hoạch hoàn thành xã đạt nông thôn mới kiểu mẫu theo chức năng, nhiệm vụ của ngành, cơ quan, đơn vị",
      "Có cách làm hay, sáng tạo, nổi bật trong thực hiện phong trào thi đua cao điểm, đạt chất lượng cao trong xây dựng xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu theo kế hoạch.",
    ],
  },
  {
    kind: "Thôn",
    standards: ["Tiêu biểu, nổi bật trong thực hiện phong trào thi đua nâng cao chất lượng xây dựng thôn nông thôn mới kiểu mẫu, thôn thông minh."],
  },
  {
    kind: "Doanh nghiệp, hợp tác xã",
    standards: [
      "Tích cực đầu tư vào sản xuất kinh doanh các sản phẩm nông nghiệp đạt hiệu quả cao hoặc liên kết, phối hợp tiêu thụ được nhiều sản phẩm nông nghiệp và giải quyết được nhiều việc làm trên địa bàn xã.",
      "Tích cực ủng hộ, đóng góp tiền, hiện vật...trong xây dựng cơ sở hạ tầng nông thôn.",
    ],
  },
  {
    kind: "Hộ gia đình, cá nhân",
    standards: [
      "Hộ gia đình tiêu biểu, gương mẫu, tích cực tham gia đóng góp tiền, hiện vật, công lao động, hiến đất - tài sản để giải phóng mặt bằng...thực hiện xây dựng nông thôn mới.",
      "Cán bộ, công chức, nỗ lực bám sát nhiệm vụ, có sáng kiến, giải pháp hữu ích trong việc thực hiện hoàn thành tốt nhiệm vụ được giao",
      "Cán bộ, công chức, người lao động tích cực hưởng ứng, tham gia đợt thi đua với những việc làm thiết thực (đóng góp tiền của, công sức, đất đai...) hoặc có mô hình hay, cách làm mới, sáng tạo, hiệu quả, trong lao động, sản xuất góp phần hoàn thành nhiệm vụ xây dựng xã nông thôn mới kiểu mẫu.",
    ],
  },
].flatMap(({ kind, standards }) => standards.map((standard) => ({ kind, standard })));

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
    // The plan states no report day or cut-off time: left for the officer ("(cần bổ sung)" on Cấu hình).
    reportWeekday: null,
    reportTime: null,
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
  ],
  standards: STANDARDS,
  // Targets 1.2 and 1.3, which are numbers; the plan names no one for them.
  measures: [
    {
      name: "Thu nhập bình quân đầu người cao hơn mức xã NTM nâng cao",
      scope: "Toàn xã",
      unit: "%",
      comparison: "≥",
      target: 10,
      owner: ASK,
      note: "Mục tiêu 1.2: “cao hơn từ 10% trở lên, so với mức thu nhập bình quân đầu người, áp dụng theo quy định đối với xã nông thôn mới nâng cao tại cùng thời điểm”; ghi số % cao hơn.",
    },
    {
      name: "Mô hình thôn thông minh",
      scope: "Toàn xã",
      unit: "mô hình",
      comparison: "≥",
      target: 1,
      owner: ASK,
      note: "Mục tiêu 1.3: “Có ít nhất một mô hình thôn thông minh” (xây dựng thôn Chí Phúc làm mô hình thôn thông minh).",
    },
  ],
};
