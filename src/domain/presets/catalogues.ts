// This file holds the criteria catalogues shipped with the presets; the workbook keeps them as editable tables.
import type { PresetCriterion } from "./preset";

const numbered = (names: readonly string[], hard: readonly number[] = []): PresetCriterion[] =>
  names.map((name, i) => ({ number: String(i + 1), name, hard: hard.includes(i + 1) }));

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030: Phụ lục I of Quyết định 51/2025/QĐ-TTg ngày 29/12/2025,
 * 10 criteria; seed 000 cites it ("bộ tiêu chí mới tại QĐ số 51/2025/QĐ-TTg").
 */
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

/**
 * Bộ tiêu chí quốc gia về xã nông thôn mới NÂNG CAO giai đoạn 2021–2025, issued with the xã NTM set by Quyết định
 * 318/QĐ-TTg ngày 08/3/2022. The xã NTM set is another list (5 Trường học, 14 Giáo dục và Đào tạo, 15 Y tế, 17 Môi trường
 * và an toàn thực phẩm, 18 Hệ thống chính trị và tiếp cận pháp luật). Seed 001 counts its 11/19 against this one, by these
 * numbers (7 Dịch vụ, thương mại; 14 Y tế; 17 Môi trường; 18 Chất lượng môi trường sống), as Bắc Giang applies it (QĐ
 * 741/QĐ-UBND ngày 26/7/2022, the province's xã NTM nâng cao set 2022–2025).
 */
export const COMMUNE_ADVANCED_2021_2025 = numbered([
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
 * Model residential area (khu dân cư NTM kiểu mẫu): a provincial set, not a national one. Seed 003 names no decision,
 * only the 3 hard criteria it requires (vườn hộ và công trình chăn nuôi; hàng rào xanh; vệ sinh môi trường), marked
 * here; the spec takes the set to be Hà Tĩnh's, and the other seven names are to be checked against the province's
 * decision (seed 000's province has its own: "Quyết định số 39/2022-UBND ngày 09/12/2022"). The table is editable.
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
  { id: "catalogue2026", title: "XÃ NTM 2026–2030 (QĐ 51/2025/QĐ-TTg)", rows: COMMUNE_2026_2030 },
  { id: "catalogue2021", title: "XÃ NTM NÂNG CAO 2021–2025 (QĐ 318/QĐ-TTg)", rows: COMMUNE_ADVANCED_2021_2025 },
  { id: "catalogueKdc", title: "KHU DÂN CƯ NTM KIỂU MẪU (bộ tiêu chí của tỉnh)", rows: MODEL_RESIDENTIAL_AREA },
] as const;
