// This file holds the criteria catalogues shipped with the presets; the workbook keeps them as editable tables.
import type { PresetCriterion } from "./preset";

const numbered = (names: readonly string[], hard: readonly number[] = []): PresetCriterion[] =>
  names.map((name, i) => ({ number: String(i + 1), name, hard: hard.includes(i + 1) }));

/** Commune criteria 2026–2030 (QĐ 51/2025/QĐ-TTg), used by seed 000. */
export const COMMUNE_2026_2030 = numbered([
  "Quy hoạch",
  "Hạ tầng kinh tế - xã hội",
  "Phát triển kinh tế nông thôn",
  "Đào tạo nguồn nhân lực nông thôn",
  "Văn hóa, giáo dục, y tế",
  "Giảm nghèo và an sinh xã hội",
  "Khoa học công nghệ và chuyển đổi số",
  "Môi trường và cảnh quan nông thôn",
  "Xây dựng hệ thống chính trị và hành chính công",
  "Tiếp cận pháp luật và an ninh, quốc phòng",
]);

/** Commune criteria 2021–2025, numbered as seed 001 numbers them (6 Văn hóa, 14 Y tế, 18 Chất lượng môi trường sống). */
export const COMMUNE_2021_2025 = numbered([
  "Quy hoạch",
  "Giao thông",
  "Thủy lợi và phòng, chống thiên tai",
  "Điện",
  "Giáo dục",
  "Văn hóa",
  "Cơ sở hạ tầng thương mại nông thôn (dịch vụ, thương mại)",
  "Thông tin và Truyền thông",
  "Nhà ở dân cư",
  "Thu nhập",
  "Nghèo đa chiều",
  "Lao động",
  "Tổ chức sản xuất và phát triển kinh tế nông thôn",
  "Y tế",
  "Hành chính công",
  "Tiếp cận pháp luật",
  "Môi trường",
  "Chất lượng môi trường sống",
  "Quốc phòng và An ninh",
]);

/**
 * Model residential area (khu dân cư NTM kiểu mẫu), the Hà Tĩnh set of 10; the 3 hard criteria are those seed 003
 * names (vườn hộ và công trình chăn nuôi; hàng rào xanh; vệ sinh môi trường). Provinces differ: the table is editable.
 */
export const MODEL_RESIDENTIAL_AREA = numbered(
  [
    "Quy hoạch và thực hiện quy hoạch khu dân cư",
    "Nhà ở và công trình phụ trợ",
    "Vườn hộ và công trình chăn nuôi",
    "Hàng rào xanh",
    "Đường giao thông và rãnh thoát nước",
    "Vệ sinh môi trường",
    "Phát triển sản xuất, thu nhập",
    "Nhà văn hóa, khu thể thao",
    "Văn hóa, giáo dục, y tế",
    "An ninh trật tự, tổ chức cộng đồng",
  ],
  [3, 4, 6],
);

export const CATALOGUES = [
  { id: "catalogue2026", title: "TIÊU CHÍ XÃ NTM 2026–2030 (QĐ 51/2025/QĐ-TTg)", rows: COMMUNE_2026_2030 },
  { id: "catalogue2021", title: "TIÊU CHÍ XÃ NTM 2021–2025 (19 tiêu chí)", rows: COMMUNE_2021_2025 },
  { id: "catalogueKdc", title: "KHU DÂN CƯ NTM KIỂU MẪU (10 tiêu chí, 3 tiêu chí cứng)", rows: MODEL_RESIDENTIAL_AREA },
] as const;
