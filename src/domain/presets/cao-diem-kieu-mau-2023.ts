// This file is seed 002 as a campaign: xã Hà Sơn's peak drive for the model NTM commune, 01/07–30/10/2023 (KH 68/KH-UBND):
// targets 1.1–1.4, the thôn's own items (IV.2, VII.5), tasks by department as section VII assigns them (dossier due 30/9),
// the monthly sanitation, and the award standards per kind of unit (Đơn vị thi đua). The plan states no report day, no
// cut-off, no registration deadline and no household items: none is set here.
import { TO_FILL } from "../messages";
import type { Preset, PresetStandard } from "./preset";

const ASK = TO_FILL.marker;

const END = "30/10/2023";

/** Note on ongoing work: with no deadline it never goes overdue nor draws a reminder. */
const ONGOING = "Thường xuyên, kế hoạch không ghi hạn.";

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

/**
 * What the plan asks of each thôn (IV.2, VII.5), judged Đạt / Chưa đạt on its tab: the plan does not list the thôn NTM
 * kiểu mẫu criteria themselves, so these are its own words. The roads planted with trees are the DX indicator's rows
 * (cụm / tuyến), the monthly sanitation a duty (Việc định kỳ); neither is repeated here. No status: the plan states none.
 */
const VILLAGE_CRITERIA = [
  // IV.2: "Nhà văn hóa thôn, các điểm vui chơi công cộng, sân thể thao thường xuyên được dọn dẹp sạch sẽ"
  "Nhà văn hóa thôn, các điểm vui chơi công cộng, sân thể thao thường xuyên được dọn dẹp sạch sẽ",
  // IV.2: "Các hộ dân chủ động dọn dẹp, vệ sinh, duy trì cảnh quan môi trường sống ngăn nắp, gọn gàng - sạch - đẹp, an toàn"
  "Các hộ dân chủ động dọn dẹp, vệ sinh, duy trì cảnh quan môi trường sống ngăn nắp, gọn gàng - sạch - đẹp, an toàn",
  // VII.5: "100% các thôn thi đua nâng cao chất lượng các tiêu chí thôn nông thôn mới kiểu mẫu"
  "Nâng cao chất lượng các tiêu chí thôn nông thôn mới kiểu mẫu",
  // VII.5: "xây dựng đời sống văn hóa, đảm bảo an ninh, trật tự, an toàn xã hội"
  "Xây dựng đời sống văn hóa, đảm bảo an ninh, trật tự, an toàn xã hội",
  // VII.5: "Phát động đến từng hộ dân trên địa bàn thi đua về thực hiện chương trình xây dựng nông thôn mới, NTM kiểu mẫu"
  "Phát động đến từng hộ dân thi đua thực hiện chương trình xây dựng nông thôn mới, NTM kiểu mẫu",
  // VII.5: "Phát động ngày ra quân xây dựng nông thôn mới"
  "Phát động ngày ra quân xây dựng nông thôn mới",
].map((name, i) => ({ number: String(i + 1), name, hard: false }));

/** IV.2: "tiếp tục đầu tư lắp điện chiếu sáng, rãnh thoát nước cho các khu dân cư Giang sơn 9, Cẩm Cường, Vĩnh An" (no one named). */
const LIGHTING = { name: "Lắp điện chiếu sáng, rãnh thoát nước cho khu dân cư", owner: ASK, deadline: END };

const LAND = "Công chức Địa chính - XD - NN - Môi trường";
const CULTURE = "Công chức Văn hóa - xã hội";
const SCHOOLS = "Ban giám hiệu các trường TH, THCS";

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
    commune: "Hà Sơn",
    title: "Phong trào thi đua cao điểm “Chung sức xây dựng xã Hà Sơn đạt xã nông thôn mới kiểu mẫu” năm 2023",
    planNumber: "68/KH-UBND",
    // III: "Từ ngày 01/07 - 30/10/2023".
    startDate: "2023-07-01",
    endDate: "2023-10-30",
    registrationDeadline: null,
    // The plan states no report day or cut-off time: left for the officer ("(cần bổ sung)" on Cấu hình). Nor a reporting
    // period: "báo cáo" appears only as "(b/c)" in Nơi nhận, and VII.2 says "Theo dõi, đôn đốc … sơ kết và tổng kết đợt
    // thi đua" with no period. Kỳ báo cáo is a choice that cannot hold "(cần bổ sung)", so the model's default (weekly)
    // stands; the record (docs/presets/002) lists it as a gap the officer must confirm.
    reportWeekday: null,
    reportTime: null,
    // No household items (the plan lists none); the schema wants a minimum of at least 1, which counts nothing here.
    householdMinItems: 1,
    officers: [],
    lastVillageNumber: 0,
    phases: [{ name: "Đợt cao điểm", start: "2023-07-01", end: "2023-10-30" }],
    indicators: [
      // IV.2: "Các tuyến đường thôn quản lý được trồng cây xanh; hoặc trồng hoa, cây cảnh tạo cảnh quan": every one of them.
      { kind: "share", id: "DX", name: "Tuyến đường thôn quản lý được trồng cây xanh, hoa", table: "clustersRoads", minimum: 100, aim: null },
      { kind: "criteria", id: "TC", name: "Tiêu chí thôn NTM kiểu mẫu", table: "criteria", minimumAchieved: null, hardRequired: false },
    ],
    householdItems: [],
    criteria: VILLAGE_CRITERIA,
  },
  villages: [
    { name: "Chí Phúc", note: "Xây dựng mô hình thôn thông minh (mục tiêu 1.3)" },
    { name: "Giang Sơn 9", note: "Lắp điện chiếu sáng, rãnh thoát nước khu dân cư", tasks: [LIGHTING] },
    { name: "Cẩm Cường", note: "Lắp điện chiếu sáng, rãnh thoát nước khu dân cư", tasks: [LIGHTING] },
    { name: "Vĩnh An", note: "Lắp điện chiếu sáng, rãnh thoát nước khu dân cư", tasks: [LIGHTING] },
  ],
  communeCriteria: [
    // II.2.1: "Hoàn thành 100% các chỉ tiêu trong bộ tiêu chí xã NTM kiểu mẫu" in 2023 (the drive's end). The plan names
    // no one for the targets themselves (the officer fills each owner in), nor says which is already met: no status.
    { number: "1.1", name: "Hoàn thành các tiêu chí xã NTM nâng cao giai đoạn 2022–2025", owner: ASK, deadline: END },
    { number: "1.2", name: "Thu nhập bình quân đầu người cao hơn ít nhất 10% so với mức xã NTM nâng cao", owner: ASK, deadline: END },
    { number: "1.3", name: "Có ít nhất một mô hình thôn thông minh (thôn Chí Phúc)", owner: ASK, deadline: END },
    { number: "1.4", name: "Đạt tiêu chí xã NTM kiểu mẫu nổi trội: lĩnh vực chuyển đổi số", owner: ASK, deadline: END },
  ],
  // Each task with the owner the plan gives it (IV, VII) and, where it gives no date of its own, the drive's end (III);
  // ongoing work the plan sets no date or frequency for ("tiếp tục duy trì", "thường xuyên") has no deadline.
  communeTasks: [
    // IV.7: "Cán bộ công chức tập trung thực hiện các nội dung được phân công, hoàn thành hồ sơ đề nghị công nhận xã đạt NTM kiểu mẫu trước 30/9."
    { name: "Hoàn thành hồ sơ đề nghị công nhận xã đạt NTM kiểu mẫu", owner: "Cán bộ, công chức", deadline: "trước 30/9" },
    // IV.5, VII.1: "Kiểm tra, đôn đốc các nhà thầu đẩy nhanh tiến độ thi công các công trình xây dựng cơ bản"
    { name: "Đôn đốc nhà thầu đẩy nhanh các công trình XDCB (trường học, giao thông, kênh mương)", owner: LAND, deadline: END },
    // VII.1: "tổ chức thực hiện tiêu chí giao thông, trọng tâm là thực hiện nghiêm túc Kế hoạch 172/KH-UBND ngày
    // 07/12/2020 của Chủ tịch UBND huyện, chỉnh trang hành lang giao thông, rãnh thoát nước"
    { name: "Tiêu chí giao thông (Kế hoạch 172/KH-UBND): chỉnh trang hành lang giao thông, rãnh thoát nước", owner: LAND, deadline: END },
    // VII.1: "Tham mưu UBND xã tiếp tục duy trì phong trào vệ sinh môi trường đường làng, ngõ xóm và khu dân cư; hướng dẫn
    // thu gom, xử lý rác thải": ongoing work with no date and no frequency (IV.2's monthly sanitation is a duty above).
    { name: "Duy trì phong trào vệ sinh môi trường đường làng, ngõ xóm; hướng dẫn thu gom, xử lý rác thải", owner: LAND, note: ONGOING },
    // IV.2: "hoàn thành dựng kế hoạch đặt tên, gắn biển các tuyến đường giao thông trên địa bàn xã" (no one named)
    { name: "Hoàn thành kế hoạch đặt tên, gắn biển các tuyến đường giao thông", owner: ASK, deadline: END },
    // VII.2: "hướng dẫn thực hiện công tác thi đua, khen thưởng, sơ kết và tổng kết đợt thi đua theo kế hoạch"
    { name: "Hướng dẫn thi đua, khen thưởng; sơ kết, tổng kết đợt thi đua", owner: "Công chức Văn phòng - Thống kê", deadline: END },
    // VII.3: "cập nhật thông tin, kết quả thực hiện vào chuyên mục nông thôn mới trên cổng thông tin điện tử xã; thường
    // xuyên cập nhật thông tin, kết quả thực hiện các nội dung thi đua"; "tuyên truyền trực quan thông qua các cụm tin,
    // pano, áp phích, đường tranh bích họa,... tại khu trung tâm xã": ongoing, no date, no frequency.
    { name: "Tuyên truyền trên cổng thông tin điện tử; pano, áp phích khu trung tâm", owner: CULTURE, note: ONGOING },
    // VII.3: "nâng cao chất lượng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”. Hướng dẫn các thôn thực hiện
    // đồng nhất sắp xếp hệ thống thiết chế văn hóa; lập kế hoạch tuyên truyền xây dựng xã NTM kiểu mẫu"
    { name: "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; hướng dẫn các thôn sắp xếp thiết chế văn hóa; kế hoạch tuyên truyền xã NTM kiểu mẫu", owner: CULTURE, deadline: END },
    // VII.4: "Tham mưu cho UBND xã huy động và bố trí nguồn lực kinh phí đảm bảo theo quy định." (ongoing, no date)
    { name: "Huy động, bố trí nguồn lực kinh phí", owner: "Tài chính - Kế hoạch", note: ONGOING },
    // IV.4: the health records and the e-health app, by the commune health station.
    { name: "Hồ sơ sức khỏe điện tử; cài ứng dụng sổ sức khỏe điện tử cho người dân", owner: "Trạm y tế xã", deadline: END },
    // IV.3: "Ban giám hiệu các trường TH; THCS xây dựng kế hoạch bổ xung các mô hình giáo dục thể chất cho học sinh ...
    // như dạy bơi trong dịp hè hàng năm. Hoàn thành đầy đủ hồ sơ chất lượng cho việc công nhận lại chuẩn."
    { name: "Kế hoạch bổ sung mô hình giáo dục thể chất cho học sinh (dạy bơi dịp hè)", owner: SCHOOLS, deadline: END },
    { name: "Hoàn thành hồ sơ chất lượng công nhận lại chuẩn", owner: SCHOOLS, deadline: END },
    // IV.6: "Hoàn thành mô hình về camera an ninh và các mô hình về PCTP, tệ nạn xã hội; bảo đảm TTATXH; phòng cháy, chữa cháy." (no one named)
    { name: "Hoàn thành mô hình camera an ninh", owner: ASK, deadline: END },
    { name: "Hoàn thành các mô hình phòng, chống tội phạm, tệ nạn xã hội; bảo đảm TTATXH", owner: ASK, deadline: END },
    { name: "Hoàn thành mô hình phòng cháy, chữa cháy", owner: ASK, deadline: END },
    // IV.2: "Hướng dẫn cho người trong độ tuổi lao động biết, thực hiện các thao tác cài đặt, hướng dẫn sử dụng các dịch vụ công trực tuyến" (no one named)
    { name: "Hướng dẫn người trong độ tuổi lao động cài đặt, sử dụng dịch vụ công trực tuyến", owner: ASK, deadline: END },
    // VII.6: "Phối hợp thực hiện hiệu quả các phong trào, cuộc vận động, như: “xây dựng khu dân cư sáng - xanh - sạch - đẹp,
    // an toàn”, “toàn dân chung tay xây dựng NTM”; “Xây dựng gia đình 5 không, 3 sạch”, các phong trào về vệ sinh môi trường"
    {
      name: "Phối hợp thực hiện các phong trào, cuộc vận động (khu dân cư sáng - xanh - sạch - đẹp, an toàn; toàn dân chung tay xây dựng NTM; gia đình 5 không, 3 sạch)",
      owner: "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã",
      deadline: END,
    },
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
