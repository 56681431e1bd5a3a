// This file is seed 004 as a campaign: "Dân vận khéo" in xã Phú Thịnh, 2026–2030 in two phases, a registry of models
// by xóm in the plan's four fields, reviewed each year. It holds what the plan says and nothing else: where the plan is
// silent (who reviews, when, how often inspections run, the award standards, what share of models must be recognised,
// which xóm and how many) the cell says "(cần bổ sung)".
import { TO_FILL } from "../messages";
import type { Preset, PresetStandard, PresetTask, PresetUnit } from "./preset";

/** II.1 "Đối tượng thi đua": the kinds of unit that compete, as the plan lists them. */
const KINDS = {
  agencies: "Cơ quan, tổ chức, đơn vị thuộc xã",
  organisations: "Ủy ban MTTQ Việt Nam xã, các tổ chức chính trị - xã hội, các hội quần chúng",
  xom: "Xóm",
  people: "Tập thể, cá nhân tham gia Phong trào thi đua",
};

/** The plan's own names for who does the work (IV.2–IV.4). */
const VHXH = "Phòng Văn hóa - Xã hội";
const TTDV = "Trung tâm dịch vụ tổng hợp xã";
const MTTQ_AND_ORGANISATIONS = "Ủy ban MTTQ, các tổ chức chính trị - xã hội, các hội quần chúng xã";

/**
 * The units the plan names (IV.2–IV.4); the other organisations and agencies of II.1 ("các tổ chức chính trị - xã hội,
 * các hội quần chúng") it does not name, so the officer adds them.
 */
const UNITS: PresetUnit[] = [
  { name: VHXH, kind: KINDS.agencies },
  { name: TTDV, kind: KINDS.agencies },
  { name: "Ban Xây dựng đảng Đảng ủy xã", kind: KINDS.agencies, note: "Kế hoạch (IV.2): phối hợp với Phòng Văn hóa - Xã hội tham mưu hướng dẫn khen thưởng." },
  { name: "Ủy ban Mặt trận Tổ quốc Việt Nam xã", kind: KINDS.organisations },
];

/**
 * III.3 names what each year's evaluation and bình xét rest on; IV.1 leaves "hình thức, số lượng, tiêu chuẩn" of awards
 * to a separate guidance of UBND xã, so each kind also gets a row for the officer to fill from it.
 */
const BASIS =
  "Căn cứ đánh giá (III.3): kết quả thực hiện công tác dân vận, mức độ hài lòng của Nhân dân, hiệu quả giải quyết kiến nghị, phản ánh của người dân";
const STANDARDS: PresetStandard[] = Object.values(KINDS).flatMap((kind) => [
  { kind, standard: BASIS },
  { kind, standard: TO_FILL.marker },
]);

/** IV's tasks, as written; the plan gives none of them a date, and names no one for the reviews and inspections. */
const TASKS: PresetTask[] = [
  {
    name: "Tham mưu UBND xã ban hành hướng dẫn về khen thưởng trong phong trào thi đua “Dân vận khéo”, gắn với kết quả công nhận mô hình, điển hình",
    owner: VHXH,
    note: "Kế hoạch (IV.2): “Chủ trì, phối hợp với Ban Xây dựng đảng Đảng ủy xã tham mưu UBND xã ban hành hướng dẫn về khen thưởng …”; không ghi thời hạn.",
  },
  {
    name: "Thẩm định hồ sơ đề nghị các cấp khen thưởng",
    owner: VHXH,
    note: "Kế hoạch (IV.2): “thẩm định hồ sơ đề nghị các cấp khen thưởng theo quy định”.",
  },
  {
    name: "Tổng hợp khó khăn, vướng mắc các đơn vị phản ánh về UBND xã",
    owner: VHXH,
    note: "Kế hoạch (đoạn cuối): “phản ánh về UBND xã (qua Phòng Văn hóa - Xã hội) để tổng hợp, xem xét, giải quyết”.",
  },
  {
    name: "Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân về vị trí, vai trò của Phong trào thi đua “Dân vận khéo”",
    owner: MTTQ_AND_ORGANISATIONS,
    note: "Kế hoạch (IV.3): “Tăng cường công tác tuyên truyền, vận động đoàn viên, hội viên và Nhân dân …”.",
  },
  {
    name: "Hướng dẫn, đồng hành và phối hợp với cơ sở xóm trong việc đăng ký, xây dựng, công nhận mô hình “Dân vận khéo” theo các lĩnh vực quản lý",
    owner: MTTQ_AND_ORGANISATIONS,
    note: "Kế hoạch (IV.3).",
  },
  {
    name: "Phổ biến Kế hoạch trên Trang thông tin điện tử xã; biên tập nội dung phát thanh tuyên truyền về phong trào thi đua “Dân vận khéo”",
    owner: TTDV,
    note: "Kế hoạch (IV.4); không ghi thời hạn.",
  },
  {
    name: "Tuyên truyền về mô hình mới, cách làm sáng tạo, hiệu quả, điển hình tiên tiến trong Phong trào thi đua",
    owner: TTDV,
    note: "Kế hoạch (IV.4).",
  },
  {
    name: "Kiểm tra, giám sát định kỳ và đột xuất việc triển khai Phong trào thi đua",
    owner: TO_FILL.marker,
    note: "Kế hoạch (III.5): “Thực hiện kiểm tra, giám sát định kỳ và đột xuất …”; không ghi ai kiểm tra, bao lâu một lần.",
  },
  {
    name: "Sơ kết Phong trào thi đua giai đoạn 1 (2026–2028)",
    owner: TO_FILL.marker,
    deadline: TO_FILL.marker,
    note: "Kế hoạch (II.2, III.4): “Giai đoạn 1: Từ năm 2026-2028”; “tổ chức sơ kết, tổng kết”; không ghi ai, ngày nào.",
  },
  {
    name: "Tổng kết Phong trào thi đua giai đoạn 2026–2030",
    owner: TO_FILL.marker,
    deadline: TO_FILL.marker,
    note: "Kế hoạch (II.2, III.4): “Giai đoạn II: Từ năm 2028-2030”; “tổ chức sơ kết, tổng kết”; không ghi ai, ngày nào.",
  },
];

export const DAN_VAN_KHEO_2026: Preset = {
  id: "dan-van-kheo-2026",
  name: "Dân vận khéo 2026–2030 (xã Phú Thịnh)",
  seed: "004",
  // The yearly plan stood as a one-off task for 2026; it is every year's duty, counted on Việc định kỳ.
  duties: [
    {
      name: "Tham mưu xây dựng kế hoạch thực hiện phong trào thi đua hằng năm",
      times: 1,
      every: "năm",
      scope: "Toàn xã",
      owner: VHXH,
      note: "Kế hoạch (IV.2): “Tham mưu xây dựng kế hoạch thực hiện phong trào thi đua hằng năm”.",
    },
    {
      name: "Bình xét thi đua, khen thưởng hằng năm",
      times: 1,
      every: "năm",
      scope: "Toàn xã",
      owner: TO_FILL.marker,
      note: "Kế hoạch (III.3): “... làm căn cứ quan trọng để đánh giá mức độ hoàn thành nhiệm vụ và bình xét thi đua, khen thưởng hằng năm”.",
    },
  ],
  // Every setting written out, each from the plan or, where it is silent, the blank campaign's neutral value (BLANK in
  // index.ts): nothing carried over from another plan.
  campaign: {
    commune: "Phú Thịnh",
    title: "Phong trào thi đua “Dân vận khéo” trên địa bàn xã Phú Thịnh giai đoạn 2026–2030",
    // "Số: /KH-UBND": the plan is not numbered yet.
    planNumber: "",
    // "Phú Thịnh, ngày tháng 4 năm 2026" (no day), "từ năm 2026 đến năm 2030": the month the plan is issued to the
    // year's end of 2030.
    startDate: "2026-04-01",
    endDate: "2030-12-31",
    registrationDeadline: null,
    // The plan states no report day or cut-off time: left for the officer ("(cần bổ sung)" on Cấu hình).
    reportWeekday: null,
    reportTime: null,
    // "bình xét thi đua, khen thưởng hằng năm": a five-year drive reports by year, not by week.
    cadence: "yearly",
    phases: [
      { name: "Giai đoạn 1 (2026–2028)", start: "2026-04-01", end: "2028-12-31" },
      { name: "Giai đoạn II (2028–2030)", start: "2028-01-01", end: "2030-12-31" },
    ],
    // The models registry is the campaign's one table. The plan sets no share of models to be recognised: the minimum
    // stays empty ("(cần bổ sung)" on Cấu hình), and the share is counted, not judged (the record
    // docs/presets/004-dan-van-kheo-2026.md).
    indicators: [{ kind: "share", id: "MH", name: "Mô hình “Dân vận khéo” được công nhận", table: "models", minimum: null, aim: null }],
    // No household items: the plan counts models, not households (plan 000's items are not this plan's); the minimum
    // of items a household needs is then unused, left at the blank campaign's 1.
    householdItems: [],
    householdMinItems: 1,
    // The plan names no officer's email: Cấu hình leaves it empty (the workbook's owner is always an officer).
    officers: [],
    // The register's ids start at T01: no xóm is listed yet.
    lastVillageNumber: 0,
    // The plan has no thôn criteria and no kinds of xóm.
    criteria: [],
  },
  // II.1 has "các xóm" compete but names none and gives no number of them: no xóm is listed, not even a count of
  // placeholders. The register's first name cell (Danh sách thôn!B4) says "(cần bổ sung)" instead, listed in Cần bổ
  // sung, and makes no tab; the officer writes the commune's xóm there, one a row, and makes their tabs.
  villages: [{ name: TO_FILL.marker }],
  // The plan says no organisation has registered a model yet; MTTQ and the organisations guide the xóm's registration
  // (IV.3), a task below.
  communeModels: [],
  units: UNITS,
  standards: STANDARDS,
  communeTasks: TASKS,
};
