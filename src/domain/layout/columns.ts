// This file declares every table's columns: headers, kinds, widths and choices. One declaration, read by everything.
import { CADENCE_LABEL } from "../messages";
import { CRITERION_STATUS, TASK_STATUS, WEEKDAYS_FOR_CHOICE } from "./words";

/**
 * serial, derived, flag, id and link columns belong to the add-on and are rewritten by it;
 * every other kind holds what a person typed and is never overwritten.
 */
export type ColumnKind =
  | "serial"
  | "id"
  | "derived"
  | "flag"
  | "link"
  | "text"
  | "count"
  /** A percentage as people type it: 70 for 70%. */
  | "percent"
  /** A share the add-on writes as a fraction (0.556), shown as a percentage (55.6%). */
  | "ratio"
  /** Any real number a person measured or aims at (96,5; 2.627; -3), whole or not. */
  | "number"
  | "checkbox"
  | "choice"
  | "date"
  | "deadline"
  | "time"
  | "email"
  /** Values of several kinds, one per row (the settings' column): each row gets its own number format. */
  | "mixed";

export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  readonly kind: ColumnKind;
  readonly width: number;
  readonly choices?: readonly string[];
  /**
   * A column added at a table's right end after workbooks were made: until generate writes its header, a blank header
   * there is no hand edit, and the column reads as blank.
   */
  readonly addedLater?: boolean;
  /** Headers an earlier version (or another setting) wrote here: not a hand edit, and rewritten with today's. */
  readonly formerHeaders?: readonly string[];
}

const ADDON_KINDS: ReadonlySet<ColumnKind> = new Set(["serial", "id", "derived", "flag", "link"]);

export function isAddonColumn(column: ColumnSpec): boolean {
  return ADDON_KINDS.has(column.kind);
}

export interface TableSpec {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly ColumnSpec[];
}

/** The add-on's row number, and a person's note: the same first and last column of many tables. */
export const SERIAL_COLUMN: ColumnSpec = { key: "serial", header: "STT", kind: "serial", width: 44 };
export const NOTE_COLUMN: ColumnSpec = { key: "note", header: "Ghi chú", kind: "text", width: 160 };
const serial = SERIAL_COLUMN;
const note = NOTE_COLUMN;
/** "Lãnh đạo phụ trách": one leader, or several separated by commas, "và" or "/". */
const LEADER: ColumnSpec = { key: "leader", header: "Lãnh đạo phụ trách", kind: "text", width: 150 };

export const TASK_STATUSES = [TASK_STATUS.todo, TASK_STATUS.doing, TASK_STATUS.done] as const;
export const CRITERION_STATUSES = [CRITERION_STATUS.met, CRITERION_STATUS.unmet] as const;
export const CLUSTER_ROAD_KINDS = ["Cụm dân cư", "Tuyến đường"] as const;

/** Households: one checkbox per renovation item the plan names, then the derived "renovated" flag. */
export function householdsTable(items: readonly string[]): TableSpec {
  return {
    id: "households",
    title: "HỘ GIA ĐÌNH CHỈNH TRANG",
    columns: [
      serial,
      { key: "name", header: "Chủ hộ", kind: "text", width: 170 },
      ...items.map((item, i): ColumnSpec => ({ key: `item${i + 1}`, header: item, kind: "checkbox", width: 90 })),
      { key: "done", header: "Đã chỉnh trang", kind: "derived", width: 90 },
      note,
    ],
  };
}

export const GARDENS_TABLE: TableSpec = {
  id: "gardens",
  title: "VƯỜN MẪU",
  columns: [
    serial,
    { key: "name", header: "Chủ vườn", kind: "text", width: 160 },
    { key: "done", header: "Đã nâng cấp", kind: "checkbox", width: 90 },
    { key: "owner", header: "Tổ chức phụ trách", kind: "text", width: 150 },
    note,
  ],
};

export const CLUSTERS_ROADS_TABLE: TableSpec = {
  id: "clustersRoads",
  title: "CỤM DÂN CƯ, TUYẾN ĐƯỜNG SÁNG – XANH – SẠCH – ĐẸP",
  columns: [
    serial,
    { key: "name", header: "Tên cụm / tuyến", kind: "text", width: 170 },
    { key: "type", header: "Loại", kind: "choice", width: 110, choices: CLUSTER_ROAD_KINDS },
    { key: "done", header: "Đã chỉnh trang", kind: "checkbox", width: 90 },
    { key: "owner", header: "Phụ trách", kind: "text", width: 150 },
    note,
  ],
};

export const TASKS_TABLE: TableSpec = {
  id: "tasks",
  title: "CÔNG TRÌNH, PHẦN VIỆC ĐĂNG KÝ",
  columns: [
    serial,
    { key: "name", header: "Công việc", kind: "text", width: 220 },
    { key: "owner", header: "Người / đơn vị phụ trách", kind: "text", width: 160 },
    // The leader in charge (seed 001's vice-chairmen) besides the one doing the work; generate moves older tables.
    LEADER,
    { key: "deadline", header: "Thời hạn", kind: "deadline", width: 110 },
    { key: "status", header: "Trạng thái", kind: "choice", width: 120, choices: TASK_STATUSES },
    { key: "completedOn", header: "Ngày hoàn thành", kind: "date", width: 110 },
    { key: "flag", header: "Theo dõi hạn", kind: "flag", width: 130 },
    note,
  ],
};

export const MODEL_FIELDS = ["Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh", "Xây dựng hệ thống chính trị"] as const;
export const MODEL_STATUSES = ["Đăng ký", "Đang thực hiện", "Được công nhận"] as const;
export const MODEL_RECOGNISED = "Được công nhận";

/** Models (mô hình) registered by xóm and organisations, seed 004's "Dân vận khéo". */
export const MODELS_TABLE: TableSpec = {
  id: "models",
  title: "MÔ HÌNH ĐĂNG KÝ",
  columns: [
    serial,
    { key: "name", header: "Mô hình", kind: "text", width: 200 },
    { key: "field", header: "Lĩnh vực", kind: "choice", width: 150, choices: MODEL_FIELDS },
    { key: "owner", header: "Xóm / tổ chức đăng ký", kind: "text", width: 160 },
    { key: "status", header: "Trạng thái", kind: "choice", width: 120, choices: MODEL_STATUSES },
    { key: "recognisedOn", header: "Ngày công nhận", kind: "date", width: 110 },
    note,
  ],
};

export const CRITERIA_TABLE: TableSpec = {
  id: "criteria",
  title: "TIÊU CHÍ",
  columns: [
    { key: "number", header: "Số", kind: "text", width: 44 },
    { key: "name", header: "Tiêu chí", kind: "text", width: 220 },
    { key: "hard", header: "Tiêu chí cứng", kind: "checkbox", width: 80 },
    { key: "status", header: "Trạng thái", kind: "choice", width: 100, choices: CRITERION_STATUSES },
    { key: "owner", header: "Phụ trách", kind: "text", width: 150 },
    LEADER,
    { key: "deadline", header: "Thời hạn", kind: "deadline", width: 110 },
    // A criterion with an owner and a deadline is tracked like a task ("Đánh dấu việc quá hạn" writes it).
    { key: "flag", header: "Theo dõi hạn", kind: "flag", width: 130 },
    { key: "evidence", header: "Hồ sơ minh chứng", kind: "text", width: 160 },
    note,
  ],
};

export const REGISTER_TABLE: TableSpec = {
  id: "register",
  // The sheet's title is above; this line says what the table is for.
  title: "Mỗi dòng một thôn; mã thôn do sổ tự cấp. Số hộ, vườn mẫu, cụm dân cư, tuyến đường ghi ở đây là tổng số để tính tỷ lệ của thôn.",
  columns: [
    { key: "id", header: "Mã thôn", kind: "id", width: 70 },
    { key: "name", header: "Tên thôn", kind: "text", width: 150 },
    { key: "head", header: "Trưởng thôn", kind: "text", width: 150 },
    { key: "email", header: "Email trưởng thôn", kind: "email", width: 190 },
    { key: "phone", header: "Điện thoại", kind: "text", width: 100 },
    { key: "households", header: "Số hộ", kind: "count", width: 70 },
    { key: "gardens", header: "Số vườn mẫu", kind: "count", width: 80 },
    { key: "clusters", header: "Số cụm dân cư", kind: "count", width: 80 },
    { key: "roads", header: "Số tuyến đường", kind: "count", width: 80 },
    { key: "bcd", header: "Thành viên BCĐ phụ trách", kind: "text", width: 170 },
    { key: "recognised", header: "Đã đạt chuẩn KDC kiểu mẫu", kind: "checkbox", width: 100 },
    { key: "note", header: "Ghi chú", kind: "text", width: 160 },
    { key: "tab", header: "Tab thôn", kind: "link", width: 90 },
    // Added after workbooks were made: read through sheetColumn, never by its place.
    { key: "kind", header: "Loại thôn", kind: "text", width: 150, addedLater: true },
  ],
};

/** The campaign's single settings, one per row: label in the first column, value in the second. */
export const SETTINGS_TABLE: TableSpec = {
  id: "settings",
  title: "THÔNG TIN PHONG TRÀO",
  columns: [
    { key: "label", header: "Mục", kind: "text", width: 260 },
    { key: "value", header: "Giá trị", kind: "mixed", width: 220 },
  ],
};

export interface SettingSpec {
  readonly key: string;
  readonly label: string;
  readonly kind: "text" | "date" | "time" | "count" | "choice" | "weekday";
  readonly choices?: readonly string[];
  readonly required?: boolean;
  /** A row added after workbooks were made: where it is missing, the setting reads as blank. */
  readonly addedLater?: boolean;
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: "commune", label: "Xã", kind: "text", required: true },
  { key: "title", label: "Tên phong trào", kind: "text", required: true },
  { key: "planNumber", label: "Số kế hoạch", kind: "text" },
  { key: "startDate", label: "Ngày bắt đầu", kind: "date", required: true },
  { key: "endDate", label: "Ngày kết thúc", kind: "date", required: true },
  { key: "registrationDeadline", label: "Hạn đăng ký công trình, phần việc", kind: "date" },
  // Not required to read the campaign (a plan may not state its cut-off); compiling asks for them.
  { key: "reportWeekday", label: "Ngày báo cáo hằng tuần", kind: "weekday", choices: WEEKDAYS_FOR_CHOICE },
  { key: "reportTime", label: "Giờ chốt số liệu (giờ:phút)", kind: "time" },
  { key: "householdMinItems", label: "Hộ tính là đã chỉnh trang khi làm ít nhất (số hạng mục)", kind: "count" },
  { key: "officers", label: "Email cán bộ quản lý (cách nhau bằng dấu phẩy)", kind: "text" },
  { key: "lastVillageNumber", label: "Số mã thôn đã cấp (sổ tự ghi)", kind: "count" },
  // Last, so the rows above keep their places in workbooks made before it; blank means weekly.
  { key: "cadence", label: "Kỳ báo cáo", kind: "choice", choices: Object.values(CADENCE_LABEL), addedLater: true },
];

export const PHASES_TABLE: TableSpec = {
  id: "phases",
  title: "GIAI ĐOẠN",
  columns: [
    { key: "name", header: "Giai đoạn", kind: "text", width: 140 },
    { key: "start", header: "Từ ngày", kind: "date", width: 95 },
    { key: "end", header: "Đến ngày", kind: "date", width: 95 },
  ],
};

export const INDICATOR_TABLE_CHOICES = {
  households: "Hộ gia đình",
  gardens: "Vườn mẫu",
  // No comma in a dropdown value: Excel and LibreOffice split list values at commas.
  clustersRoads: "Cụm dân cư và tuyến đường",
  models: "Mô hình",
  criteria: "Tiêu chí",
} as const;

export const INDICATORS_TABLE: TableSpec = {
  id: "indicators",
  title: "CHỈ TIÊU",
  columns: [
    { key: "id", header: "Mã", kind: "text", width: 60 },
    { key: "name", header: "Chỉ tiêu", kind: "text", width: 220 },
    { key: "table", header: "Tính trên bảng", kind: "choice", width: 150, choices: Object.values(INDICATOR_TABLE_CHOICES) },
    { key: "minimum", header: "Tối thiểu (%)", kind: "percent", width: 80 },
    { key: "aim", header: "Phấn đấu (%)", kind: "percent", width: 80 },
    { key: "minimumAchieved", header: "Số tiêu chí phải đạt (trống = tất cả)", kind: "count", width: 120 },
    { key: "hardRequired", header: "Phải đạt đủ tiêu chí cứng", kind: "checkbox", width: 110 },
  ],
};

export const HOUSEHOLD_ITEMS_TABLE: TableSpec = {
  id: "householdItems",
  title: "HẠNG MỤC CHỈNH TRANG CỦA HỘ",
  columns: [{ key: "name", header: "Hạng mục", kind: "text", width: 220 }],
};

export const CRITERIA_CATALOGUE_TABLE: TableSpec = {
  id: "criteriaCatalogue",
  title: "BỘ TIÊU CHÍ CỦA THÔN",
  columns: [
    { key: "number", header: "Số", kind: "text", width: 44 },
    { key: "name", header: "Tiêu chí", kind: "text", width: 240 },
    { key: "hard", header: "Tiêu chí cứng", kind: "checkbox", width: 80 },
  ],
};

/** Kinds of thôn, each with its criteria rule; added after workbooks were made, so a blank header means no kinds. */
export const VILLAGE_KINDS_TABLE: TableSpec = {
  id: "villageKinds",
  title: "LOẠI THÔN",
  columns: [
    { key: "name", header: "Loại thôn", kind: "text", width: 170, addedLater: true },
    { key: "minimumAchieved", header: "Số tiêu chí phải đạt (trống = tất cả)", kind: "count", width: 120, addedLater: true },
    { key: "hardRequired", header: "Phải đạt đủ tiêu chí cứng", kind: "checkbox", width: 110, addedLater: true },
  ],
};

/** Each kind's own criteria catalogue, one row per criterion, the kind named on each row. */
export const KIND_CRITERIA_TABLE: TableSpec = {
  id: "kindCriteria",
  title: "TIÊU CHÍ THEO LOẠI THÔN",
  columns: [
    { key: "kind", header: "Loại thôn", kind: "text", width: 170, addedLater: true },
    { key: "number", header: "Số", kind: "text", width: 44, addedLater: true },
    { key: "name", header: "Tiêu chí", kind: "text", width: 240, addedLater: true },
    { key: "hard", header: "Tiêu chí cứng", kind: "checkbox", width: 80, addedLater: true },
  ],
};

export const PROBLEMS_TABLE: TableSpec = {
  id: "problems",
  title: "Sổ ghi lại mỗi lần kiểm tra. Sửa ở đúng trang tính và ô được chỉ (thôn của lỗi ghi trong ngoặc), rồi kiểm tra lại.",
  columns: [
    { key: "sheet", header: "Trang tính", kind: "text", width: 150 },
    { key: "cell", header: "Ô", kind: "text", width: 60 },
    { key: "message", header: "Vấn đề", kind: "text", width: 380 },
    { key: "fix", header: "Cách sửa", kind: "text", width: 380 },
  ],
};

/** The period words Lịch sử's first column may carry, one per cadence. */
const PERIOD_HEADERS = ["Tuần", "Tháng", "Quý", "Năm"] as const;

/**
 * Lịch sử's table for a campaign reporting by `unit` ("tuần", "năm"): its first column and its line say that period,
 * and a header written for another cadence is rewritten, not taken for a hand edit.
 */
export function historyTable(unit: string): TableSpec {
  const header = unit.charAt(0).toLocaleUpperCase("vi") + unit.slice(1);
  const [first, ...rest] = HISTORY_TABLE.columns;
  return {
    ...HISTORY_TABLE,
    title: `Mỗi lần lập bảng tổng hợp, sổ ghi số liệu của ${unit} vào đây; lập lại trong ${unit} thì thay số của ${unit} đó.`,
    columns: [{ ...(first as ColumnSpec), header, formerHeaders: PERIOD_HEADERS.filter((word) => word !== header) }, ...rest],
  };
}

export const HISTORY_TABLE: TableSpec = {
  id: "history",
  title: "Mỗi lần lập bảng tổng hợp, sổ ghi số liệu của tuần vào đây; lập lại trong tuần thì thay số của tuần đó.",
  columns: [
    { key: "week", header: "Tuần", kind: "count", width: 50, formerHeaders: ["Tháng", "Quý", "Năm"] },
    { key: "cutoff", header: "Số liệu đến ngày", kind: "date", width: 100 },
    { key: "villageId", header: "Mã thôn", kind: "text", width: 70 },
    { key: "village", header: "Thôn", kind: "text", width: 150 },
    { key: "indicator", header: "Chỉ tiêu", kind: "text", width: 200 },
    { key: "done", header: "Đạt", kind: "count", width: 60 },
    { key: "total", header: "Tổng", kind: "count", width: 60 },
    { key: "ratio", header: "Tỷ lệ", kind: "ratio", width: 70 },
    { key: "verdict", header: "Đánh giá", kind: "text", width: 110 },
    { key: "overdue", header: "Việc quá hạn", kind: "count", width: 80 },
  ],
};
