// This file is seed 001 as a campaign: xã Mai Đình 2024, commune NTM nâng cao (11/19 at 30/12/2023), thôn Thắng Lợi
// NTM kiểu mẫu, thôn Mai Hạ NTM (10/12); each gap a task with its officer and the deadline as the plan writes it.
import { COMMUNE_ADVANCED_2021_2025 } from "./catalogues";
import { TO_FILL } from "../messages";
import type { Preset, PresetCriterion } from "./preset";

const ASK = TO_FILL.marker;

/**
 * The plan's unmet commune criteria with who answers for each and by when; where it names no one, the officer fills it in.
 * A criterion whose parts have their own officers or dates names neither on its row (`{}`): each part is a task on Công
 * việc chung with its own, so no part's officer answers, and no part's date falls due, for the whole criterion.
 */
const UNMET: Record<string, { owner?: string; deadline?: string }> = {
  "2": { owner: "Công chức Địa chính", deadline: "quý I/2024" },
  // III.1.2: "Đẩy nhanh tiến độ xây dưng trường THCS" (no one, no date); "nhà văn hóa thôn Mai Hạ đảm bảo trong quý
  // 4/2024"; "khuôn viên cây xanh … trong quý 4/2024"; "Thành viên BQL phụ trách tiêu chí văn hóa … dự kiến xong trong
  // tháng 7 /2024": four tasks, one of them the member's.
  "6": {},
  "7": { owner: ASK, deadline: "tháng 10/2024" },
  "8": { owner: "Thành viên BQL phụ trách tiêu chí", deadline: "tháng 8/2024" },
  // III.1.5: 13.2 "giao HND xã … dự kiến xong trong tháng 10/2024"; 13.3 "Giao HND … hoàn thiện tiêu chí trong tháng
  // 8/2024"; 13.4, 13.5, 13.7 "giao cho Đoàn thanh niên, HPN … hoàn thiện hồ sơ minh chứng xong trong quý III/2024".
  "13": {},
  "14": { owner: ASK, deadline: "tháng 10/2024" },
  "17": { owner: ASK, deadline: "tháng 10/2024" },
  "18": { owner: "Đồng chí Lan", deadline: "tháng 10/2024" },
};

/**
 * The vice-chairman in charge of each commune criterion, as the plan gives them: "giao cho Đồng chí Đinh Văn Tám … các
 * tiêu chí số: 5, 6, 11, 12, 14, 15, 16, 18" and "Đồng chí Ngô Văn Đồng … các tiêu chí số: 1, 2, 3, 4, 7, 8, 9, 10, 13,
 * 17, 18" (18 under both; 19 under neither, so left blank).
 */
const LEADERS: ReadonlyArray<[string, readonly string[]]> = [
  ["Đinh Văn Tám", ["5", "6", "11", "12", "14", "15", "16", "18"]],
  ["Ngô Văn Đồng", ["1", "2", "3", "4", "7", "8", "9", "10", "13", "17", "18"]],
];
const leaderOf = (number: string): { leader?: string } => {
  const names = LEADERS.filter(([, numbers]) => numbers.includes(number)).map(([name]) => name);
  return names.length === 0 ? {} : { leader: names.join(", ") };
};

const communeCriteria: PresetCriterion[] = COMMUNE_ADVANCED_2021_2025.map((criterion) => {
  const gap = UNMET[criterion.number];
  return { ...(gap ? { ...criterion, status: "Chưa đạt" as const, ...gap } : { ...criterion, status: "Đạt" as const }), ...leaderOf(criterion.number) };
});

/**
 * Thôn Mai Hạ: 10 of 12 thôn NTM criteria at 30/12/2023; the plan names only the two unmet ones. Criterion 5's parts
 * have their own officers (5.1 đ/c Cao, no date; 5.2 đ/c Quyên, tháng 9/2024): they are tasks, the row names neither.
 * Criterion 6 has no date in the plan.
 */
const maiHaCriteria: PresetCriterion[] = Array.from({ length: 12 }, (_, i) => {
  const number = String(i + 1);
  if (number === "5") return { number, name: "Cơ sở vật chất văn hóa – thông tin", status: "Chưa đạt" };
  if (number === "6") return { number, name: "Phát triển sản xuất", status: "Chưa đạt", owner: "Ban phát triển thôn, Chi hội Nông dân thôn", deadline: ASK };
  return { number, name: `Tiêu chí số ${number} (theo QĐ 16/2023/QĐ-UBND tỉnh Bắc Giang)`, status: "Đạt" };
});

/**
 * Thôn Thắng Lợi: the seven model-village criteria of the plan's list; 4 (nhà ở và vườn hộ) is not among the unmet
 * ones, so 1/7. A criterion whose parts have their own officers or dates (1, 2, 5, 6, 7) names neither on its row: each
 * part is a task below with its own, as Mai Hạ's criterion 5. Only 3 is one piece of work with one officer and date.
 */
const thangLoiCriteria: PresetCriterion[] = [
  // 2.1: đ/c Hiền "thời gian xong trong quý I/2024"; "Ban phát triển thôn … trong tháng 6/2024"; cấp ủy, ban lãnh đạo
  // thôn "trước tháng 04/ 2024" (điện chiếu sáng) and "trước tháng 6/ 2024" (trục đường chính).
  { number: "1", name: "Giao thông", status: "Chưa đạt" },
  // 2.2: đ/c Hiền "trước tháng 8/2024" (phân loại rác) and "trong tháng 8/ 2024" (điểm tập kết); "các đoàn thể … trước
  // tháng 8/ 2024"; cấp ủy BLĐ thôn "thường xuyên tổ chức tổng vệ sinh ngày thứ 7" (Việc định kỳ).
  { number: "2", name: "Môi trường", status: "Chưa đạt" },
  // 2.3: "Giao cho đồng chí Nguyễn Thị Lan, cán bộ khuyến nông … hướng dẫn ban phát triển thôn hoàn thiện hồ sơ, thời
  // gian xong trong tháng 8/ 2024": one piece of work, so the row holds its officer and date.
  { number: "3", name: "Phát triển sản xuất", status: "Chưa đạt", owner: "Đồng chí Nguyễn Thị Lan – khuyến nông", deadline: "tháng 8/ 2024" },
  { number: "4", name: "Nhà ở và vườn hộ gia đình", status: "Đạt" },
  // 2.4: đ/c Quyên "pano, các thiết chế văn hóa tại Nhà văn hóa … trong tháng 10/2024"; "dụng cụ tập luyện thể thao
  // ngoài trời; Giao cho cấp ủy, ban lãnh đạo thôn … trong tháng 9/2024".
  { number: "5", name: "Nhà văn hóa, khu thể thao thôn", status: "Chưa đạt" },
  // 2.5: đ/c Quyên "Quyết định thành lập các CLB … trong tháng 5/ 2024"; đ/c Thêu "BHYT … trước tháng 8/ 2024".
  { number: "6", name: "Văn hóa, y tế", status: "Chưa đạt" },
  // 2.6: đ/c Hữu's patrols (no date) and the evidence file "trước tháng 9 năm 2024" of cấp ủy BLĐ thôn.
  { number: "7", name: "Hệ thống chính trị, an ninh trật tự xã hội", status: "Chưa đạt" },
];

/**
 * The plan's two kinds of thôn (II: "thôn Thắng Lợi đạt thôn NTM kiểu mẫu, thôn Mai Hạ đạt thôn NTM"), each to reach
 * every criterion of its own set: the model village's seven of III.2, the NTM village's twelve of III.3 ("10/12").
 */
/** VI: the standing office for reports and for the dossiers sent up for appraisal. */
const LAN_STANDING_OFFICE = "Đồng chí Nguyễn Thị Lan – Khuyến nông xã (cơ quan thường trực)";

/**
 * VI, Lưu ý: "Đối với các thôn về đích NTM kiểu mẫu và NTM tất cả các tiêu chí đã hoàn thành thì cử cán bộ hoàn thành hồ
 * sơ minh chứng xong trong quý 4 năm 2024" (the officer is not named). V.1: "Thành lập Ban phát triển thôn Thắng Lợi
 * …, Ban phát triển thôn Mai Hạ" (no one, no date).
 */
const villageEvidence = { name: "Hoàn thiện hồ sơ minh chứng các tiêu chí đã hoàn thành", owner: ASK, deadline: "quý 4 năm 2024" };
const developmentBoard = (village: string) => ({ name: `Thành lập Ban phát triển thôn ${village}`, owner: ASK, deadline: ASK });

/** IV.1: "Sửa chữa nhà văn hóa thôn Giáp Ngũ, Vọng Giang" (no one, no date). */
const culturalHouseRepair = { name: "Sửa chữa nhà văn hóa thôn", owner: ASK, deadline: ASK, note: "Kế hoạch (IV.1): “Sửa chữa nhà văn hóa thôn Giáp Ngũ, Vọng Giang”." };

export const KIND_MODEL_VILLAGE = "Thôn NTM kiểu mẫu";
export const KIND_NTM_VILLAGE = "Thôn NTM";
const catalogue = (rows: readonly PresetCriterion[]) => rows.map(({ number, name }) => ({ number, name, hard: false }));

export const NTM_NANG_CAO_2024: Preset = {
  id: "ntm-nang-cao-2024",
  name: "NTM nâng cao / kiểu mẫu 2024 (xã Mai Đình)",
  seed: "001",
  // The plan's recurring work: weekend clean-ups, the BCĐ's monthly and quarterly meetings, each vice-chairman's
  // monthly and quarterly review of his criteria. Saturday and Sunday come once a week, so once a week each.
  duties: [
    {
      name: "Tổng vệ sinh ngày thứ 7 ở thôn Thắng Lợi",
      times: 1,
      every: "tuần",
      scope: "Thắng Lợi",
      owner: "Cấp ủy, Ban lãnh đạo thôn Thắng Lợi",
      note: "Kế hoạch (thôn Thắng Lợi, tiêu chí 2): “Giao cấp ủy BLĐ thôn thường xuyên tổ chức tổng vệ sinh ngày thứ 7, chủ nhật xanh”.",
    },
    {
      name: "Duy trì ngày “Chủ nhật xanh”",
      times: 1,
      every: "tuần",
      scope: "Toàn xã",
      owner: TO_FILL.marker,
      note: "Kế hoạch: “Thường xuyên vệ sinh đường làng, ngõ xóm ...; duy trì ngày “Chủ nhật xanh” trên địa bàn toàn xã”.",
    },
    {
      name: "Giao ban Ban chỉ đạo xây dựng NTM xã hằng tháng",
      times: 1,
      every: "tháng",
      scope: "Toàn xã",
      owner: "Ban chỉ đạo xây dựng NTM xã",
      note: "Kế hoạch: “Hàng tháng, quý Ban chỉ đạo xây dựng NTM xã tổ chức giao ban để nắm kiểm điểm tiến độ”.",
    },
    {
      name: "Giao ban Ban chỉ đạo xây dựng NTM xã hằng quý",
      times: 1,
      every: "quý",
      scope: "Toàn xã",
      owner: "Ban chỉ đạo xây dựng NTM xã",
      note: "Kế hoạch: “Hàng tháng, quý Ban chỉ đạo xây dựng NTM xã tổ chức giao ban để nắm kiểm điểm tiến độ”.",
    },
    // VI: "Giao cho đồng chí Nguyễn Thị Lan – Khuyến nông xã là cơ quan thường trực tham mưu BCĐ tổng hợp báo cáo hàng
    // tuần, hàng tháng, quý với BCĐ xã".
    ...([["tuần", "hằng tuần"], ["tháng", "hằng tháng"], ["quý", "hằng quý"]] as const).map(([every, when]) => ({
      name: `Tổng hợp báo cáo ${when} với BCĐ xã về xây dựng NTM`,
      times: 1,
      every,
      scope: "Toàn xã",
      owner: LAN_STANDING_OFFICE,
      note: "Kế hoạch (VI): “Giao cho đồng chí Nguyễn Thị Lan – Khuyến nông xã là cơ quan thường trực tham mưu BCĐ tổng hợp báo cáo hàng tuần, hàng tháng, quý với BCĐ xã”.",
    })),
    {
      name: "Kiểm điểm tiến độ, báo cáo kết quả về Đảng ủy, HĐND, UBND xã",
      times: 1,
      every: "tuần",
      scope: "Toàn xã",
      owner: "Ban quản lý chương trình MTQG xây dựng NTM xã",
      note: "Kế hoạch (VI): “Hàng tuần kiểm điểm tiến độ báo cáo kết quả thực hiện về Đảng ủy, HĐND, UBND xã theo quy định”.",
    },
    ...(
      [
        ["Đinh Văn Tám", "5, 6, 11, 12, 14, 15, 16, 18", "văn xã"],
        ["Ngô Văn Đồng", "1, 2, 3, 4, 7, 8, 9, 10, 13, 17, 18", "kinh tế nông nghiệp"],
      ] as const
    ).flatMap(([leader, criteria, field]) =>
      ([["tháng", "hằng tháng"], ["quý", "hằng quý"]] as const).map(([every, when]) => ({
        name: `Họp rà soát tiến độ các tiêu chí số ${criteria} ${when}`,
        times: 1,
        every,
        scope: "Toàn xã",
        owner: `Đồng chí ${leader}`,
        leader: `Đồng chí ${leader} – Phó chủ tịch UBND xã, Phó trưởng BCĐ phụ trách ${field}`,
        note: `Kế hoạch: “Định kỳ hàng tháng, quý tổ chức họp rà soát tiến độ, rút kinh nghiệm trong quá trình tổ chức thực hiện các tiêu chí trên” (tiêu chí số ${criteria}).`,
      })),
    ),
  ],
  campaign: {
    commune: "Mai Đình",
    title: "Xã Mai Đình đạt chuẩn NTM nâng cao, thôn Thắng Lợi đạt NTM kiểu mẫu, thôn Mai Hạ đạt thôn NTM năm 2024",
    planNumber: "",
    // IV.2: the unmet criteria "tập trung triển khai từ tháng 03/2024 đến hết tháng 10/2024" (the first phase below); the
    // plan itself is for "Năm 2024" (its title) and its last date is the thôn evidence files' "xong trong quý 4 năm 2024"
    // (VI, Lưu ý): the campaign ends with the year, so every deadline the plan writes falls inside it.
    startDate: "2024-03-01",
    endDate: "2024-12-31",
    registrationDeadline: null,
    // The plan states no report day or cut-off time: left for the officer ("(cần bổ sung)" on Cấu hình). It reports
    // weekly: "Hàng tuần kiểm điểm tiến độ báo cáo kết quả thực hiện về Đảng ủy, HĐND, UBND xã".
    reportWeekday: null,
    reportTime: null,
    cadence: "weekly",
    householdMinItems: 1,
    officers: [],
    lastVillageNumber: 0,
    // The plan tracks no household items (seed 000's list is not this plan's).
    householdItems: [],
    phases: [
      { name: "Triển khai các tiêu chí chưa đạt", start: "2024-03-01", end: "2024-10-31" },
      { name: "Hoàn thiện hồ sơ minh chứng", start: "2024-03-01", end: "2024-10-31" },
    ],
    indicators: [{ kind: "criteria", id: "TC", name: "Tiêu chí thôn (NTM kiểu mẫu / NTM)", table: "criteria", minimumAchieved: null, hardRequired: false }],
    criteria: [],
    kinds: [
      { name: KIND_MODEL_VILLAGE, minimumAchieved: null, hardRequired: false, criteria: catalogue(thangLoiCriteria) },
      { name: KIND_NTM_VILLAGE, minimumAchieved: null, hardRequired: false, criteria: catalogue(maiHaCriteria) },
    ],
  },
  villages: [
    {
      name: "Thắng Lợi",
      kind: KIND_MODEL_VILLAGE,
      note: "Phấn đấu đạt thôn NTM kiểu mẫu năm 2024",
      criteria: thangLoiCriteria,
      tasks: [
        { name: "Lắp đặt bổ sung biển báo, biển chỉ dẫn, chiếu sáng, gờ giảm tốc", owner: "Đồng chí Đặng Thị Hiền – Địa chính NN-MT", deadline: "quý I/2024" },
        { name: "Khắc phục các tuyến đường ứ đọng mùa mưa", owner: "Ban phát triển thôn", deadline: "tháng 6/2024" },
        { name: "Vận động lắp điện chiếu sáng ngõ xóm, trục đường chính", owner: "Cấp ủy, ban lãnh đạo thôn", deadline: "trước tháng 04/ 2024" },
        { name: "Giải tỏa mặt bằng trục đường chính của thôn", owner: "Cấp ủy, ban lãnh đạo thôn", deadline: "trước tháng 6/ 2024" },
        // 2.2: "Giao đồng chí Đặng Thị Hiền …: Hướng dẫn đôn đốc cấp ủy, lãnh đạo thôn Thắng Lợi phối hợp với hội phụ nữ xã
        // triển khai, hướng dẫn các hộ dân phân loại rác thải": đ/c Hiền does it; Hội Phụ nữ xã works with the thôn.
        {
          name: "Phân loại rác tại nguồn; cam kết bảo vệ môi trường với các hộ",
          owner: "Đồng chí Đặng Thị Hiền – Địa chính NN-MT",
          deadline: "trước tháng 8/2024",
          note: "Kế hoạch (tiêu chí 2): “Hướng dẫn đôn đốc cấp ủy, lãnh đạo thôn Thắng Lợi phối hợp với hội phụ nữ xã triển khai, hướng dẫn các hộ dân phân loại rác thải tại đầu nguồn”.",
        },
        { name: "Đoàn thể nhận tuyến đường tự quản, gắn biển tên", owner: "Các đoàn thể", deadline: "trước tháng 8/ 2024" },
        { name: "Chỉnh trang điểm tập kết rác thải tập trung", owner: "Đồng chí Đặng Thị Hiền – Địa chính NN-MT", deadline: "trong tháng 8/ 2024" },
        // 2.4: "Giao cho đồng chí Đặng Văn Quyên, Công chức VHXH … hướng dẫn thôn tổ chức chỉnh trang, lắp đặt pano, các
        // thiết chế văn hóa tại Nhà văn hóa theo quy định, thời gian xong trong tháng 10/2024".
        { name: "Hướng dẫn thôn chỉnh trang, lắp đặt pano, các thiết chế văn hóa tại nhà văn hóa thôn", owner: "Đồng chí Đặng Văn Quyên – VHXH", deadline: "trong tháng 10/2024" },
        { name: "Lắp dụng cụ thể thao ngoài trời tại khu trung tâm văn hóa thôn", owner: "Cấp ủy, ban lãnh đạo thôn", deadline: "trong tháng 9/2024" },
        { name: "Quyết định thành lập các CLB văn hóa văn nghệ, thể dục thể thao", owner: "Đồng chí Đặng Văn Quyên – VHXH", deadline: "trong tháng 5/ 2024" },
        { name: "Danh sách người dân tham gia BHYT đạt 100%", owner: "Đồng chí Đỗ Thị Thêu – Tài chính, TBXH", deadline: "trước tháng 8/ 2024" },
        {
          name: "Chỉ đạo công an xã phối hợp đội tự quản CCB của thôn tuần tra, xử lý vi phạm (tiêu chí 7)",
          owner: "Đồng chí Lương Văn Hữu – Trưởng công an xã",
          note: "Thường xuyên, kế hoạch không ghi hạn.",
        },
        { name: "Hoàn thiện hồ sơ minh chứng tiêu chí 7", owner: "Cấp ủy, ban lãnh đạo thôn phối hợp công an xã", deadline: "trước tháng 9 năm 2024" },
        villageEvidence,
        developmentBoard("Thắng Lợi"),
      ],
    },
    {
      name: "Mai Hạ",
      kind: KIND_NTM_VILLAGE,
      note: "Phấn đấu đạt thôn NTM năm 2024 (10/12 tiêu chí tại 30/12/2023)",
      criteria: maiHaCriteria,
      // "Tính đến 30/12/2023 Thôn Mai Hạ: Đã đạt 10/12 tiêu chí": each status is noted as the plan's starting point.
      criteriaAsOf: "30/12/2023",
      tasks: [
        { name: "5.1. Rà soát quỹ đất, chuẩn bị hồ sơ và GPMB xây dựng nhà văn hóa thôn", owner: "Đồng chí Cao – Địa chính, xây dựng", deadline: ASK },
        { name: "5.2. Khu thể thao thôn: hướng dẫn thực hiện, hoàn thiện hồ sơ", owner: "Đồng chí Quyên – Công chức VHXH", deadline: "tháng 9/2024" },
        // Criterion 6: "Giao cho Hội phụ nữ, đoàn thanh niên phối hợp với Phòng NN&PTNT huyện, xây dựng kế hoạch và quy
        // trình đăng ký mã vùng … và quảng bá sản phẩm trên các sàn thương mại điện tử" (no date).
        {
          name: "Kế hoạch, quy trình đăng ký mã vùng sản phẩm nông nghiệp; quảng bá sản phẩm trên sàn thương mại điện tử; hướng dẫn phân loại rác tại nguồn (tiêu chí 6)",
          owner: "Hội Phụ nữ, Đoàn Thanh niên xã (phối hợp Phòng NN&PTNT huyện)",
          deadline: ASK,
        },
        villageEvidence,
        developmentBoard("Mai Hạ"),
      ],
    },
    { name: "Giáp Ngũ", tasks: [culturalHouseRepair] },
    { name: "Vọng Giang", tasks: [culturalHouseRepair] },
  ],
  communeCriteria,
  communeTasks: [
    { name: "Rà soát các tuyến đường; nâng cấp, cải tạo một số tuyến (tiêu chí 2)", owner: "Công chức Địa chính", deadline: "quý I/2024" },
    { name: "Đẩy nhanh tiến độ xây dựng trường THCS (tiêu chí 6)", owner: ASK, deadline: ASK },
    { name: "GPMB, xây dựng nhà văn hóa thôn Mai Hạ (tiêu chí 6)", owner: ASK, deadline: "quý 4/2024" },
    { name: "GPMB, xây dựng khuôn viên cây xanh khu trung tâm xã (tiêu chí 6)", owner: ASK, deadline: "quý 4/2024" },
    { name: "Lắp đặt dụng cụ thể thao tại các điểm vui chơi của các thôn (tiêu chí 6)", owner: "Thành viên BQL phụ trách tiêu chí văn hóa", deadline: "tháng 7 /2024" },
    { name: "Minh chứng tiêu chí dịch vụ, thương mại: vệ sinh chợ, ATTP (tiêu chí 7)", owner: ASK, deadline: "trong tháng 10/2024" },
    { name: "Hồ sơ minh chứng tiêu chí thông tin và truyền thông (tiêu chí 8)", owner: "Thành viên BQL phụ trách tiêu chí", deadline: "tháng 8/2024" },
    { name: "Sản phẩm OCOP (Bún, Tằm): hồ sơ gửi UBND tỉnh (chỉ tiêu 13.2)", owner: "Hội Nông dân xã", deadline: "tháng 10/2024" },
    { name: "Mô hình ứng dụng công nghệ cao, liên kết chuỗi giá trị (chỉ tiêu 13.3)", owner: "Hội Nông dân xã", deadline: "tháng 8/2024" },
    { name: "Minh chứng chỉ tiêu 13.4, 13.5, 13.7 (truy xuất nguồn gốc, vùng nguyên liệu, quảng bá du lịch)", owner: "Đoàn Thanh niên, Hội Phụ nữ xã", deadline: "trong quý III/2024" },
    { name: "Minh chứng tiêu chí y tế (tiêu chí 14)", owner: ASK, deadline: "tháng 10/2024" },
    { name: "Minh chứng tiêu chí môi trường (tiêu chí 17)", owner: ASK, deadline: "tháng 10/2024" },
    { name: "Vận động hộ đấu nối nước sạch tập trung (tiêu chí 18)", owner: "Đồng chí Lan", deadline: "tháng 10/2024" },
    { name: "Hoàn thiện hồ sơ, tài liệu minh chứng các tiêu chí đã đạt", owner: "Cán bộ chuyên môn phụ trách lĩnh vực", deadline: "trước 11/2024" },
    // IV.1's works that III does not already give (no one, no date).
    { name: "Tu sửa, chỉnh trang các thiết chế văn hóa còn thiếu của nhà văn hóa xã và các thôn", owner: ASK, deadline: ASK },
    { name: "Trồng hoa, trồng cây xanh các tuyến đường còn thiếu", owner: ASK, deadline: ASK },
    { name: "Xây dựng các công trình trường, lớp học; kênh mương nội đồng", owner: ASK, deadline: ASK },
    // V.1 / VI: "UBND xã tham mưu Đảng ủy ban hành Nghị quyết chuyên đề về xây dựng NTM" (no date).
    { name: "Tham mưu Đảng ủy ban hành Nghị quyết chuyên đề về xây dựng NTM năm 2024", owner: "UBND xã", deadline: ASK },
    // VI: Lan "Hoàn thiện các hồ sơ để đề nghị cấp trên thẩm định" (no date).
    { name: "Hoàn thiện các hồ sơ đề nghị cấp trên thẩm định", owner: LAN_STANDING_OFFICE, deadline: ASK },
  ],
  measures: [
    {
      name: "Người dân tham gia BHYT",
      scope: "Thắng Lợi",
      unit: "%",
      comparison: "≥",
      target: 100,
      owner: "Đồng chí Đỗ Thị Thêu – Tài chính, TBXH",
      note: "Kế hoạch (thôn Thắng Lợi, tiêu chí 6): “tổng số người dân của thôn Thắng Lợi tham gia BHYT đạt 100%, thời gian xong trước tháng 8/ 2024”.",
    },
    {
      name: "Hộ nghe được hệ thống loa kết nối đài truyền thanh xã",
      scope: "Mai Hạ",
      unit: "%",
      comparison: "≥",
      // 2/3 of the households, kept exact: 66,67% is shown, 200/3 is compared.
      target: 200 / 3,
      owner: ASK,
      note: "Kế hoạch (thôn Mai Hạ, 5.3): “Có hệ thống loa kết nối được với đài truyền thanh xã, đảm bảo ít nhất 2/3 số hộ trong thôn nghe được”; 2/3 ghi là 66,67%.",
    },
  ],
};
