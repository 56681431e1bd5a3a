// This file is seed 004 as a campaign: "Dân vận khéo" in xã Phú Thịnh, 2026–2030 in two phases, a registry of models
// by xóm and organisation in the plan's four fields, reviewed each year.
import { CHINH_TRANG_2026 } from "./chinh-trang-2026";
import { TO_FILL } from "../messages";
import type { Preset, PresetModel, PresetStandard } from "./preset";

/** The plan names no xóm; numbered placeholders, each listed for the officer to name. */
const XOM = [1, 2, 3, 4].map((n) => TO_FILL.villageName(n).replace(/^Thôn/, "Xóm"));

/** One registration line for each organisation the plan asks to take part; the plan leaves the field to each. */
const ORGANISATIONS = ["Ủy ban MTTQ xã", "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"];

/** II.1 "Đối tượng thi đua": the kinds of unit that compete, as the plan lists them. */
const KINDS = {
  agencies: "Cơ quan, tổ chức, đơn vị thuộc xã",
  organisations: "Ủy ban MTTQ Việt Nam xã, các tổ chức chính trị - xã hội, các hội quần chúng",
  xom: "Xóm",
  people: "Tập thể, cá nhân tham gia Phong trào thi đua",
};

/**
 * IV.1 leaves "hình thức, số lượng, tiêu chuẩn" of awards to a separate guidance of UBND xã: each kind gets one standards
 * row for the officer to fill from it.
 */
const STANDARDS: PresetStandard[] = Object.values(KINDS).map((kind) => ({ kind, standard: TO_FILL.marker }));

const registration = (owner: string): PresetModel => ({
  name: "(ghi tên mô hình đăng ký)",
  field: TO_FILL.marker,
  owner,
  status: "Đăng ký",
});

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
      owner: "Phòng Văn hóa - Xã hội",
      note: "Kế hoạch (IV.2): “Tham mưu xây dựng kế hoạch thực hiện phong trào thi đua hằng năm”.",
    },
    {
      name: "Bình xét thi đua, khen thưởng hằng năm",
      times: 1,
      every: "năm",
      scope: "Toàn xã",
      owner: TO_FILL.marker,
      note: "Kế hoạch (III): “... làm căn cứ quan trọng để đánh giá mức độ hoàn thành nhiệm vụ và bình xét thi đua, khen thưởng hằng năm”.",
    },
  ],
  campaign: {
    ...CHINH_TRANG_2026.campaign,
    commune: "Phú Thịnh",
    title: "Phong trào thi đua “Dân vận khéo” trên địa bàn xã Phú Thịnh giai đoạn 2026–2030",
    planNumber: "",
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
    indicators: [{ kind: "share", id: "MH", name: "Mô hình “Dân vận khéo” được công nhận", table: "models", minimum: 100, aim: null }],
    criteria: [],
  },
  villages: XOM.map((name) => ({ name })),
  communeModels: ORGANISATIONS.map(registration),
  units: ORGANISATIONS.map((name) => ({ name, kind: KINDS.organisations })),
  standards: STANDARDS,
  communeTasks: [
    { name: "Hướng dẫn khen thưởng gắn với công nhận mô hình “Dân vận khéo”", owner: "Phòng Văn hóa - Xã hội", deadline: "31/12/2026" },
    { name: "Phổ biến kế hoạch trên Trang thông tin điện tử và đài truyền thanh xã", owner: "Trung tâm dịch vụ tổng hợp xã", deadline: "30/06/2026" },
    { name: "Sơ kết giai đoạn 1", owner: "Phòng Văn hóa - Xã hội", deadline: "31/12/2028" },
    { name: "Tổng kết phong trào giai đoạn 2026–2030", owner: "Phòng Văn hóa - Xã hội", deadline: "31/12/2030" },
  ],
};
