// This file holds every word a user reads (Vietnamese), so wording is fixed in one place.
import type { Cadence } from "./campaign";
import { formatCount } from "./numbers";

/** The word for one report period of each cadence: "tuần 2/3", "năm 2/5". */
export const PERIOD_UNIT: Readonly<Record<Cadence, string>> = { weekly: "tuần", monthly: "tháng", quarterly: "quý", yearly: "năm" };

/** Lịch sử's words, by the period's word ("tuần"): its title, and its trend's title, first header and chart title. */
export const HISTORY_WORDS = {
  title: (unit: string) => `LỊCH SỬ TỔNG HỢP HẰNG ${unit.toUpperCase()}`,
  trendTitle: (unit: string, indicator: string) => `XU HƯỚNG THEO ${unit.toUpperCase()}: ${indicator}`,
  trendHeader: (unit: string) => unit.charAt(0).toUpperCase() + unit.slice(1),
  trendChart: (unit: string, indicator: string) => `${indicator}: tỷ lệ theo ${unit}`,
} as const;

/** The cadence as Cấu hình's "Kỳ báo cáo" setting writes it. */
export const CADENCE_LABEL: Readonly<Record<Cadence, string>> = {
  weekly: "Hằng tuần",
  monthly: "Hằng tháng",
  quarterly: "Hằng quý",
  yearly: "Hằng năm",
};

export const SHEET_NAMES = {
  config: "Cấu hình",
  register: "Danh sách thôn",
  communeWork: "Công việc chung",
  summary: "Tổng hợp",
  history: "Lịch sử",
  problems: "Lỗi dữ liệu",
  catalogues: "Bộ tiêu chí",
  template: "Mẫu tab thôn (sổ tự dùng)",
  report: "Báo cáo",
  duties: "Việc định kỳ",
  measures: "Chỉ tiêu đo lường",
  units: "Đơn vị thi đua",
} as const;

/** The title in A1 of each of the add-on's sheets (a single-table sheet's second row says what its table is for). */
export const SHEET_TITLES = {
  config: "CẤU HÌNH PHONG TRÀO THI ĐUA (cán bộ quản lý chỉnh sửa)",
  register: "DANH SÁCH THÔN",
  communeWork: "CÔNG VIỆC CHUNG CỦA XÃ: phòng, ban, đoàn thể",
  history: "LỊCH SỬ TỔNG HỢP HẰNG TUẦN",
  problems: "LỖI DỮ LIỆU CẦN SỬA",
  catalogues: "BỘ TIÊU CHÍ (chép tiêu chí cần dùng sang Cấu hình hoặc Công việc chung; sửa tên theo quy định của tỉnh)",
  duties: "VIỆC ĐỊNH KỲ: mỗi lần làm ghi một dòng ở bảng Đã thực hiện; Từ ngày, Đến ngày để trống là ngày bắt đầu, kết thúc đợt thi đua",
  measures: "CHỈ TIÊU ĐO LƯỜNG: nhập kết quả đo được và ngày đo; cột Đánh giá sổ tự tính",
  units: "ĐƠN VỊ THI ĐUA: phòng, ban, đoàn thể, doanh nghiệp, hộ gia đình, cá nhân (cán bộ quản lý cập nhật)",
} as const;

export const TASK_STATUS = {
  todo: "Chưa thực hiện",
  doing: "Đang thực hiện",
  done: "Hoàn thành",
} as const;

export const CRITERION_STATUS = { met: "Đạt", unmet: "Chưa đạt" } as const;

export const VERDICT = {
  below: "Chưa đạt",
  met: "Đạt",
  exceeded: "Vượt",
  noData: "Chưa có số liệu",
  /** A share counted against no minimum (the plan states none): never met, never below. */
  noTarget: "Chưa có mức chỉ tiêu",
} as const;
export type Verdict = (typeof VERDICT)[keyof typeof VERDICT];

export const TASK_FLAG = {
  overdue: (days: number) => `Quá hạn ${days} ngày`,
  overduePrefix: "Quá hạn",
  dueSoon: "Sắp đến hạn",
  doneLate: "Hoàn thành trễ hạn",
} as const;

/** The per-leader section of the summary (issue 9.5): criteria and tasks each leader in charge answers for. */
export const LEADER_TEXT = {
  title: "Lãnh đạo phụ trách",
  name: (leader: string) => `Đ/c ${leader}`,
  line: (leader: string, criteria: string, achieved: string, overdue: string, tasks: readonly [string, string, string] | null) =>
    `Đ/c ${leader}: phụ trách ${criteria} tiêu chí, đạt ${achieved}, quá hạn ${overdue}` +
    (tasks === null ? "" : `; ${tasks[0]} việc, hoàn thành ${tasks[1]}, quá hạn ${tasks[2]}`),
  headers: ["Lãnh đạo phụ trách", "Tiêu chí phụ trách", "Tiêu chí đạt", "Tiêu chí quá hạn", "Việc phụ trách", "Việc hoàn thành", "Việc quá hạn"],
  historyIndicator: (leader: string) => `Tiêu chí do đ/c ${leader} phụ trách`,
} as const;

/** Việc định kỳ: the duties sheet, its Theo dõi column, its problems and its section of the summary. */
export const DUTY_TEXT = {
  /** The "Mỗi" dropdown, in DUTY_EVERY's order (week, month, quarter, year). */
  everyWords: ["tuần", "tháng", "quý", "năm"] as const,
  wholeCommune: "Toàn xã",
  /** The rule, said on the sheet above the duties. */
  rule: "VIỆC ĐỊNH KỲ (kỳ: tuần thứ Hai–Chủ nhật, tháng, quý, năm; kỳ bị cắt bởi Từ ngày/Đến ngày cần số lần theo tỷ lệ ngày, làm tròn lên; kỳ đã qua mà chưa đủ là quá hạn)",
  logTitle: "ĐÃ THỰC HIỆN (mỗi lần làm một dòng; Việc ghi đúng tên ở bảng bên trái)",
  sectionTitle: "Việc định kỳ",
  /** "3 lần/tuần". */
  requirement: (times: number, unit: string) => `${formatCount(times)} lần/${unit}`,
  /** The current period's name: "Tuần này", "Tháng 10/2023", "Quý IV/2024", "Năm 2026". */
  thisWeek: "Tuần này",
  current: (period: string, done: number, required: number) =>
    done >= required ? `${period}: đã đủ ${formatCount(done)}/${formatCount(required)} lần` : `${period}: còn ${formatCount(required - done)}/${formatCount(required)} lần`,
  short: (period: string, missing: number) => `${period} thiếu ${formatCount(missing)} lần`,
  moreShort: (count: number) => `và ${formatCount(count)} kỳ khác`,
  overdue: (shorts: readonly string[]) => `${TASK_FLAG.overduePrefix}: ${shorts.join("; ")}`,
  notStarted: (from: string) => `Chưa đến kỳ: bắt đầu từ ${from}`,
  endedInFull: "Đã kết thúc: các kỳ đều đủ số lần",
  doneThisPeriod: (done: number, required: number) => `đã làm ${formatCount(done)}/${formatCount(required)}`,
  noPeriod: "—",
  /** Lịch sử's verdict of a duty: "Đạt", or how many closed periods fell short. */
  met: "Đạt",
  overdueVerdict: (periods: number) => `${TASK_FLAG.overduePrefix} ${formatCount(periods)} kỳ`,
  headers: ["Việc", "Phạm vi", "Phụ trách", "Yêu cầu", "Kỳ này", "Theo dõi"] as const,
  line: (duties: number, onTrack: number, overdue: number, shortPeriods: number) =>
    `${formatCount(duties)} việc định kỳ: ${formatCount(onTrack)} việc làm đủ số lần ở mọi kỳ đã qua; ${formatCount(overdue)} việc quá hạn` +
    (shortPeriods > 0 ? ` (thiếu ở ${formatCount(shortPeriods)} kỳ).` : "."),
  reportShort: (duty: string, owner: string | null, shorts: readonly string[]) => `${duty}${owner === null ? "" : ` (${owner})`}: ${shorts.join("; ")}.`,
  problem: {
    unknownScope: (text: string): ProblemText => ({
      message: `Phạm vi "${text}" không phải "Toàn xã" hay tên một thôn có tab.`,
      fix: `Ghi "Toàn xã", hoặc tên thôn đúng như trong ${SHEET_NAMES.register}.`,
    }),
    unknownDuty: (text: string): ProblemText => ({
      message: `Việc "${text}" không có trong bảng Việc định kỳ, nên lần thực hiện này chưa được tính.`,
      fix: "Ghi tên việc đúng như cột Việc của bảng Việc định kỳ (không phân biệt chữ hoa, chữ thường).",
    }),
    duplicateDuty: (text: string): ProblemText => ({
      message: `Việc "${text}" trùng tên với một việc ở dòng trên; ngày thực hiện chỉ được tính cho việc ở dòng trên.`,
      fix: "Đặt cho mỗi việc một tên riêng (ví dụ thêm \"hằng tháng\", \"hằng quý\").",
    }),
    noTimes: (): ProblemText => ({
      message: "Số lần phải từ 1 trở lên.",
      fix: "Nhập số lần phải làm trong mỗi kỳ, ví dụ 3.",
    }),
    futureDate: (date: string): ProblemText => ({
      message: `Ngày thực hiện ${date} ở sau hôm nay.`,
      fix: "Chỉ ghi lần đã làm, với ngày đã làm; sửa lại ngày.",
    }),
    outsideDuty: (date: string, from: string, to: string): ProblemText => ({
      message: `Ngày ${date} nằm ngoài thời gian của việc (${from} đến ${to}), nên không được tính.`,
      fix: "Sửa lại ngày thực hiện, hoặc sửa Từ ngày / Đến ngày của việc.",
    }),
  },
} as const;

export const PROPOSAL = { praise: "Biểu dương", remind: "Nhắc nhở" } as const;

/** Why a row of the organisations' ranking is not ranked. */
export const OWNER_UNRANKED = {
  noOwner: "Không xếp hạng: việc chưa giao cho ai",
  severalUnits: "Không xếp hạng: việc giao chung nhiều đơn vị",
  nothingYet: "Chưa xếp hạng: chưa có việc xong hay quá hạn",
  judgedAsUnit: "Xét ở mục Đơn vị thi đua",
} as const;

export const SUMMARY_TEXT = {
  /** The ranking rule as rankVillages applies it: the order, then the proposals (two lines, each fits a printed page). */
  rankRule: (remind: number) => [
    "Cách xếp hạng: đạt nhiều chỉ tiêu hơn → vượt nhiều chỉ tiêu hơn → ít việc quá hạn hơn → tỷ lệ trung bình cao hơn; bằng nhau cả bốn thì đồng hạng; thôn chưa có số liệu không xếp hạng.",
    remind === 0
      ? "Biểu dương: thôn đạt mọi chỉ tiêu, không có việc quá hạn. Nhắc nhở: thôn có chỉ tiêu chưa đạt ở 1/5 số vị trí cuối bảng, ít nhất 1 (kể cả thôn đồng hạng); kỳ này chưa thôn nào được xếp hạng."
      : `Biểu dương: thôn đạt mọi chỉ tiêu, không có việc quá hạn. Nhắc nhở: thôn có chỉ tiêu chưa đạt ở ${remind} vị trí cuối bảng (kể cả thôn đồng hạng).`,
  ] as const,
  /** Said under the ranking rule where the campaign has kinds of thôn: one ranking, each thôn against its own rule. */
  kindRule: "Loại thôn: mỗi thôn được đánh giá tiêu chí theo quy tắc và bộ tiêu chí của loại thôn mình (thôn chưa ghi loại theo quy tắc của chỉ tiêu); xếp hạng chung một bảng.",
  ownerRankRule: [
    "Xếp hạng phòng, ban, đoàn thể: ít việc quá hạn hơn → tỷ lệ việc hoàn thành cao hơn → nhiều việc hoàn thành hơn; bằng nhau thì đồng hạng.",
    "Biểu dương: xong mọi việc, không quá hạn. Nhắc nhở: nhiều việc quá hạn nhất. Việc chưa giao hay giao chung nhiều đơn vị không xếp hạng.",
  ] as const,
  withoutTab: (names: readonly string[], frontEnd: FrontEnd) =>
    `Chưa có trong bảng vì chưa có tab thôn: ${names.join(", ")}. Cán bộ làm tab: ${lowerFirst(RUN_STEP[frontEnd].generate)}.`,
  /** The register lists no thôn yet (a plan that names none, as 004's "các xóm"): `cell` is its first name cell. */
  noVillages: (sheet: string, cell: string, frontEnd: FrontEnd) =>
    `${sheet} chưa có thôn nào: ghi tên từng thôn (xóm) của xã vào trang ${sheet}, mỗi dòng một thôn, từ ô ${cell}, rồi ${lowerFirst(RUN_STEP[frontEnd].generate)}.`,
} as const;

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/**
 * "Mai Hoa, ngày 06 tháng 02 năm 2026", as a signed document dates itself: the decree (Nghị định 30/2020/NĐ-CP) writes
 * a day below 10, and the months 1 and 2, with a leading 0; "tháng 3" onwards without.
 */
export function placeDate(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.split("-") as [string, string, string];
  return `${place}, ngày ${day} tháng ${Number(month) < 3 ? month : String(Number(month))} năm ${year}`;
}

export const REMOVED_VILLAGE_MARK = "[Đã bỏ khỏi danh sách thôn]";

/** Words a thôn's name may already start with ("Thôn 4", "Xóm Đông", "Bản Lác"), so "thôn" is not put before it again. */
const VILLAGE_UNIT = /^(thôn|xóm|bản|ấp|tổ|làng|khu|buôn|plei|sóc|khóm|phum)(\s|$)/iu;

/** What the commune calls its units, from their names: "xóm" when every name starts "Xóm …", otherwise "thôn". */
export function villageUnitOf(names: readonly string[]): string {
  const units = new Set(names.map((name) => VILLAGE_UNIT.exec(name.normalize("NFC").trim())?.[1]?.toLocaleLowerCase("vi") ?? "thôn"));
  const [only] = units;
  return units.size === 1 && only !== undefined ? only : "thôn";
}

/** A thôn as a sentence names it: "Thôn 4" and "Xóm Đông" as they are, "Mai Hạ" as "thôn Mai Hạ" (never "thôn Thôn 4"). */
export function villageCalled(name: string): string {
  return VILLAGE_UNIT.test(name.normalize("NFC").trim()) ? name : `thôn ${name}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** A value a problem quotes: the text as typed, or "Giá trị này" where there is no text to show. */
function quoted(text: string): string {
  return text === "" ? "Giá trị này" : `"${text}"`;
}

/**
 * Where people run the product on a workbook: the add-on's menu in Google Sheets, or the so-thi-dua command on an
 * .xlsx file. A fix text names the step in the words of the one they use.
 */
export type FrontEnd = "sheets" | "xlsx";

/** One data problem's wording: what is wrong, and how to fix it. */
export interface ProblemText {
  readonly message: string;
  readonly fix: string;
}

export const PROBLEM = {
  notCheckbox: (text: string): ProblemText => ({
    message: `${quoted(text)} không phải ô đánh dấu.`,
    fix: "Chỉ đánh dấu (✓) hoặc bỏ đánh dấu ô này; không gõ chữ.",
  }),
  notCount: (text: string): ProblemText => ({
    message: `${quoted(text)} không phải một số đếm hợp lệ.`,
    fix: "Nhập một số nguyên không âm, ví dụ 300.",
  }),
  notPercent: (text: string): ProblemText => ({
    message: `${quoted(text)} không phải tỷ lệ phần trăm hợp lệ.`,
    fix: "Nhập một số từ 0 đến 100, ví dụ 70.",
  }),
  notDate: (text: string): ProblemText => ({
    message: `${quoted(text)} không phải ngày hợp lệ.`,
    fix: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/01/2026.",
  }),
  notTime: (text: string): ProblemText => ({
    message: `${quoted(text)} không phải giờ hợp lệ.`,
    fix: "Nhập giờ theo dạng giờ:phút, ví dụ 14:00.",
  }),
  notDeadline: (text: string): ProblemText => ({
    message: `Không hiểu thời hạn "${text}".`,
    fix: "Ghi theo một trong các dạng: 30/4/2021, tháng 8/2024, quý I/2024, trước 30/9, trước tháng 6/2024.",
  }),
  notChoice: (text: string, choices: readonly string[]): ProblemText => ({
    message: `${quoted(text)} không nằm trong danh sách cho phép.`,
    fix: `Chọn một trong: ${choices.join("; ")}.`,
  }),
  notEmail: (text: string): ProblemText => ({
    message: `${quoted(text)} không phải địa chỉ email hợp lệ.`,
    fix: "Nhập email dạng ten@example.com (Google) của trưởng thôn.",
  }),
  required: (what: string): ProblemText => ({
    message: `Thiếu ${what}.`,
    fix: `Nhập ${what} vào ô này.`,
  }),
  endBeforeStart: (): ProblemText => ({
    message: "Ngày kết thúc sớm hơn ngày bắt đầu.",
    fix: "Sửa ngày kết thúc cho bằng hoặc sau ngày bắt đầu.",
  }),
  aimBelowMinimum: (): ProblemText => ({
    message: "Mức phấn đấu thấp hơn mức tối thiểu.",
    fix: "Sửa mức phấn đấu cho bằng hoặc cao hơn mức tối thiểu, hoặc để trống.",
  }),
  aimWithoutMinimum: (): ProblemText => ({
    message: "Có mức phấn đấu nhưng chưa có mức tối thiểu.",
    fix: "Ghi mức tối thiểu (%) vào ô bên trái, hoặc xoá mức phấn đấu.",
  }),
  noIndicators: (): ProblemText => ({
    message: "Chưa có chỉ tiêu nào.",
    fix: "Thêm ít nhất một chỉ tiêu vào bảng Chỉ tiêu.",
  }),
  tooManyIndicators: (max: number): ProblemText => ({
    message: `Có quá nhiều chỉ tiêu (tối đa ${max}).`,
    fix: `Giữ lại nhiều nhất ${max} chỉ tiêu.`,
  }),
  duplicateIndicator: (id: string): ProblemText => ({
    message: `Mã chỉ tiêu "${id}" bị trùng.`,
    fix: "Đặt cho mỗi chỉ tiêu một mã riêng.",
  }),
  duplicateVillage: (name: string): ProblemText => ({
    message: `Tên thôn "${name}" bị trùng với một thôn khác.`,
    fix: "Đặt tên riêng cho mỗi thôn (ví dụ thêm số hoặc tên xóm).",
  }),
  duplicateKind: (name: string): ProblemText => ({
    message: `Loại thôn "${name}" bị trùng với một loại khác.`,
    fix: "Mỗi loại thôn ghi một dòng trong bảng Loại thôn; đặt tên khác hoặc xóa dòng trùng.",
  }),
  kindWithoutCriteria: (name: string): ProblemText => ({
    message: `Loại thôn "${name}" chưa có tiêu chí nào.`,
    fix: `Thêm các tiêu chí của loại này vào bảng Tiêu chí theo loại thôn, cột Loại thôn ghi "${name}".`,
  }),
  kindNeedsMoreThanListed: (name: string, needed: number, listed: number): ProblemText => ({
    message: `Loại thôn "${name}" phải đạt ${needed} tiêu chí nhưng bộ tiêu chí của loại chỉ có ${listed} tiêu chí.`,
    fix: "Sửa số tiêu chí phải đạt, hoặc bổ sung tiêu chí cho loại này.",
  }),
  unknownKind: (name: string): ProblemText => ({
    message: `Loại thôn "${name}" chưa có trong bảng Loại thôn (trang Cấu hình).`,
    fix: "Chọn một loại có trong bảng Loại thôn, hoặc thêm loại này vào bảng đó.",
  }),
  kindNameWithComma: (name: string): ProblemText => ({
    message: `Tên loại thôn "${name}" có dấu phẩy; Excel và LibreOffice tách danh sách chọn tại dấu phẩy.`,
    fix: "Đặt tên loại thôn không có dấu phẩy (ví dụ dùng dấu gạch ngang).",
  }),
  countMismatch: (what: string, rows: number, registered: number): ProblemText => ({
    message: `Tab thôn có ${formatCount(rows)} ${what}, ${SHEET_NAMES.register} ghi ${formatCount(registered)} ${what}.`,
    fix: `Bổ sung hoặc bỏ bớt dòng trên tab thôn cho đủ, hoặc sửa số ${what} trong ${SHEET_NAMES.register}.`,
  }),
  moreDoneThanTotal: (what: string, done: number, total: number): ProblemText => ({
    message: `Số ${what} đã hoàn thành (${formatCount(done)}) nhiều hơn tổng số (${formatCount(total)}).`,
    fix: `Kiểm tra lại các dòng đã đánh dấu hoặc tổng số ${what} trong ${SHEET_NAMES.register}.`,
  }),
  tickedWithoutName: (what: string): ProblemText => ({
    message: `Dòng đã đánh dấu nhưng chưa ghi ${what}.`,
    fix: `Ghi ${what} vào dòng này, hoặc bỏ đánh dấu.`,
  }),
  completedWithoutDone: (): ProblemText => ({
    message: "Có ngày hoàn thành nhưng trạng thái chưa là Hoàn thành.",
    fix: `Chọn trạng thái "${TASK_STATUS.done}", hoặc xoá ngày hoàn thành.`,
  }),
  headerChanged: (expected: string, found: string): ProblemText => ({
    message: `Tiêu đề cột đã bị đổi: cần "${expected}", đang là "${found}". Dữ liệu bảng này chưa được tính.`,
    fix: `Đổi lại tiêu đề thành "${expected}" (không chèn hay xoá cột trong bảng).`,
  }),
  olderLayout: (frontEnd: FrontEnd): ProblemText => ({
    message: "Các bảng của trang này còn theo mẫu cũ (chưa có các cột mới): số liệu vẫn được tính đủ, nhưng ô lỗi chưa được chỉ ra.",
    fix: `${RUN_STEP[frontEnd].generate} để chuyển các bảng sang mẫu mới (mọi dữ liệu đã nhập được giữ nguyên), rồi kiểm tra lại.`,
  }),
  columnWithoutPlace: (header: string): ProblemText => ({
    message: `Cột ${header === "" ? "không có tiêu đề" : `"${header}"`} có dữ liệu nhưng không thuộc bảng nào của mẫu mới, nên sổ chưa chuyển các bảng sang mẫu mới (không dữ liệu nào bị mất).`,
    fix: "Chuyển dữ liệu của cột này sang chỗ khác (hoặc xoá nếu không cần), rồi cập nhật tab thôn lại.",
  }),
  villageWithoutTab: (name: string, frontEnd: FrontEnd): ProblemText => ({
    message: `${capitalised(villageCalled(name))} chưa có tab.`,
    fix: `${RUN_STEP[frontEnd].generate}.`,
  }),
  headCannotEdit: (email: string, village: string): ProblemText => ({
    message: `Email ${email} của trưởng ${villageCalled(village)} chưa được chia sẻ quyền chỉnh sửa bảng tính, nên chưa đánh dấu được trên tab thôn.`,
    fix: `Chủ sở hữu bảng tính bấm Chia sẻ, thêm ${email} với quyền Người chỉnh sửa (sổ không tự chia sẻ tệp).`,
  }),
  sheetMissing: (sheet: string, frontEnd: FrontEnd): ProblemText => ({
    message: `Không có trang tính "${sheet}".`,
    fix: `${RUN_STEP[frontEnd].makeSheetsAgain}.`,
  }),
  tabNameTaken: (tab: string, wanted: string, taken: string, frontEnd: FrontEnd): ProblemText => ({
    message: `Tab "${tab}" chưa đổi được sang tên thôn "${wanted}": đã có trang tính "${taken}".`,
    fix: `Đổi tên trang tính "${taken}" (hoặc sửa tên thôn ở ô này cho khác đi), rồi ${lowerFirst(RUN_STEP[frontEnd].generate)}.`,
  }),
} as const;

export const CLI = {
  intro: "Sổ Thi Đua: theo dõi phong trào thi đua xây dựng nông thôn mới trên tệp Excel (.xlsx).",
  steps: [
    "Các bước (TỆP là tên sổ, ví dụ so-thi-dua.xlsx):",
    "  1. so-thi-dua init TỆP --preset MÃ: tạo sổ từ một kế hoạch mẫu (xem các mã: so-thi-dua presets).",
    "  2. Mở sổ bằng Excel hoặc LibreOffice, điền trang Danh sách thôn (tên thôn, trưởng thôn, số hộ…), lưu rồi đóng tệp.",
    "  3. so-thi-dua generate TỆP: tạo tab cho từng thôn; trưởng thôn đánh dấu trên tab của thôn mình.",
    "  4. Mỗi kỳ báo cáo (tuần, tháng, quý hoặc năm, theo Kỳ báo cáo trong Cấu hình): so-thi-dua overdue TỆP",
    "     (đánh dấu việc quá hạn), rồi so-thi-dua check TỆP (in các lỗi cần sửa).",
    "  5. Trước giờ chốt của kỳ: so-thi-dua summary TỆP (lập bảng Tổng hợp, ghi Lịch sử),",
    "     hoặc so-thi-dua report TỆP (như summary, rồi ghi báo cáo của kỳ ra tệp Word .docx để in, ký).",
    "  Thêm hay đổi thôn trong Danh sách thôn thì chạy lại bước 3.",
  ],
  commandsTitle: "Các lệnh:",
  footer: [
    "Ngày ghi theo ngày/tháng/năm, ví dụ 06/02/2026. Đóng sổ trong Excel hoặc LibreOffice trước khi chạy lệnh.",
    "Hướng dẫn từng lệnh: so-thi-dua LỆNH --help. Phiên bản: so-thi-dua --version.",
  ],
  usage: (usage: string) => `Cách dùng: ${usage}`,
  optionsTitle: "Tuỳ chọn:",
  version: (version: string) => `so-thi-dua ${version}`,
  /** Each command's usage line and what it does; the option table of each command is in src/cli/commands.ts. */
  commands: {
    init: { usage: "so-thi-dua init TỆP --preset MÃ", about: "Tạo sổ mới từ một kế hoạch mẫu (không ghi đè tệp đã có)." },
    presets: { usage: "so-thi-dua presets", about: "Liệt kê các kế hoạch mẫu: mã và tên." },
    generate: {
      usage: "so-thi-dua generate TỆP",
      about: "Tạo tab cho thôn mới trong Danh sách thôn và cập nhật các tab đã có (số liệu đã nhập được giữ nguyên).",
    },
    overdue: {
      usage: "so-thi-dua overdue TỆP [--today ngày/tháng/năm]",
      about: "Đánh dấu việc quá hạn, sắp đến hạn, hoàn thành trễ hạn trong các bảng công việc.",
    },
    check: {
      usage: "so-thi-dua check TỆP [--today ngày/tháng/năm]",
      about: "Kiểm tra chỉ tiêu từng thôn, in các lỗi dữ liệu cần sửa và ghi chúng vào trang Lỗi dữ liệu.",
    },
    summary: {
      usage: "so-thi-dua summary TỆP [--today ngày/tháng/năm]",
      about: "Kiểm tra, lập bảng Tổng hợp, ghi số liệu tuần vào Lịch sử và in bảng tổng hợp.",
    },
    report: {
      usage: "so-thi-dua report TỆP [--today ngày/tháng/năm] [--out TỆP.docx] [--force]",
      about: "Lập bảng Tổng hợp như summary, rồi ghi báo cáo tuần (văn bản theo Nghị định 30/2020/NĐ-CP) vào trang Báo cáo và ra tệp Word .docx.",
    },
    demo: {
      usage: "so-thi-dua demo [--out TỆP] [--force]",
      about: "Tạo sổ mẫu (xã Mai Hoa, 22 thôn, có sẵn số liệu và vài lỗi) và in bảng tổng hợp.",
    },
  },
  /** Each option as its help shows it: how it is written, and what it does. */
  options: {
    today: ["--today ngày/tháng/năm", "tính như vào ngày này, ví dụ --today 06/02/2026 (mặc định: hôm nay, giờ Việt Nam)"],
    preset: ["--preset MÃ", "kế hoạch mẫu để bắt đầu (xem các mã: so-thi-dua presets)"],
    out: ["--out TỆP", "tên tệp ghi ra (mặc định so-thi-dua-demo.xlsx)"],
    force: ["--force", "ghi đè nếu tệp đã có"],
    reportOut: ["--out TỆP.docx", "tên tệp báo cáo (mặc định bao-cao-tuan-SỐ.docx, cùng thư mục với sổ)"],
    reportForce: ["--force", "ghi đè nếu tệp báo cáo đã có (những gì đã sửa trong tệp đó sẽ mất)"],
    help: ["-h, --help", "xem hướng dẫn lệnh này"],
  },
  unknownCommand: (name: string) => `Không có lệnh "${name}". Chưa đọc hay ghi tệp nào.`,
  unknownOption: (option: string, command: string) => `Lệnh ${command} không có tuỳ chọn "${option}". Chưa đọc hay ghi tệp nào.`,
  missingValue: (option: string, written: string) =>
    `Tuỳ chọn ${option} cần một giá trị ngay sau nó: ${written}. Chưa đọc hay ghi tệp nào.`,
  takesNoValue: (option: string) => `Tuỳ chọn ${option} không nhận giá trị. Chưa đọc hay ghi tệp nào.`,
  repeatedOption: (option: string) => `Tuỳ chọn ${option} được ghi hai lần; chỉ ghi một lần. Chưa đọc hay ghi tệp nào.`,
  extraArgument: (text: string) =>
    `Thừa "${text}". Nếu tên tệp có dấu cách, đặt cả tên trong ngoặc kép, ví dụ "so thi dua.xlsx". Chưa đọc hay ghi tệp nào.`,
  missingFile: "Thiếu tên tệp .xlsx. Chưa đọc hay ghi tệp nào.",
  notXlsxName: (file: string) => `Tên tệp "${file}" phải có đuôi .xlsx. Chưa đọc hay ghi tệp nào.`,
  badToday: (text: string) =>
    `Ngày "${text}" không hợp lệ; ghi theo ngày/tháng/năm, ví dụ 06/02/2026. Chưa đọc hay ghi tệp nào.`,
  presetNeeded: (file: string) =>
    `Chưa chọn kế hoạch mẫu. Thêm --preset và mã của một kế hoạch, ví dụ: so-thi-dua init "${file}" --preset chinh-trang-2026 ` +
    `(hoặc --preset trong để bắt đầu từ sổ trống). Chưa ghi tệp nào. Các kế hoạch mẫu:`,
  unknownPreset: (id: string) => `Không có kế hoạch mẫu "${id}". Chưa ghi tệp nào. Các kế hoạch mẫu:`,
  presetChoice: (id: string, name: string) => `  ${id}  ${name}`,
  fileMissing: (file: string) =>
    `Không tìm thấy tệp "${file}". Kiểm tra tên tệp, và chạy lệnh trong thư mục chứa tệp (hoặc ghi cả đường dẫn).`,
  fileExists: (file: string) => `Tệp "${file}" đã có; so-thi-dua init không ghi đè. Chọn tên khác cho sổ mới.`,
  demoExists: (file: string) =>
    `Tệp "${file}" đã có; sổ mẫu không ghi đè tệp đó. Chọn tên khác, ví dụ: so-thi-dua demo --out so-mau-2.xlsx, ` +
    `hoặc thêm --force nếu muốn ghi đè. Chưa ghi tệp nào.`,
  /** What each file kind the CLI cannot read is called. */
  formats: { ods: "LibreOffice (.ods)", xls: "Excel 97–2003 (.xls)", csv: "văn bản CSV (.csv)" },
  foreignFormat: (file: string, kind: string) =>
    `Tệp "${file}" là tệp ${kind}; so-thi-dua chỉ đọc tệp .xlsx. Mở tệp bằng LibreOffice hoặc Excel, chọn ` +
    `Tệp ▸ Lưu thành… (File ▸ Save As…), chọn kiểu .xlsx ("Excel 2007-365 (.xlsx)" trong LibreOffice, ` +
    `"Sổ làm việc Excel (*.xlsx)" trong Excel), lưu, rồi chạy lại lệnh với tệp .xlsx đó. Tệp này được giữ nguyên.`,
  fileUnreadable: (file: string) =>
    `Không đọc được tệp "${file}": tệp không phải .xlsx hợp lệ hoặc đã hỏng. Tệp được giữ nguyên.`,
  /** Which program leaves which lock file beside an open file. */
  lockOwners: { libreOffice: "LibreOffice", excel: "Excel" },
  fileLocked: (file: string, lock: string, program: string) =>
    `Tệp "${file}" đang mở trong ${program}: bên cạnh nó có tệp khoá "${lock}". Đóng tệp trong ${program} rồi chạy lại. ` +
    `Nếu tệp không mở ở đâu cả (chẳng hạn ${program} đã bị tắt đột ngột), tệp khoá này còn sót lại: xoá "${lock}" ` +
    `(đó là tệp ẩn, cùng thư mục) rồi chạy lại. Tệp được giữ nguyên.`,
  cannotSave: (file: string) =>
    `Không ghi được tệp "${file}": tệp đang mở trong Excel hoặc LibreOffice, hoặc thư mục không cho ghi. Đóng tệp rồi chạy lại; tệp được giữ nguyên.`,
  notAWorkbook: (file: string) =>
    `Tệp "${file}" không phải sổ Sổ Thi Đua (thiếu trang "${SHEET_NAMES.config}"), nên không sửa gì. ` +
    `Muốn tạo sổ mới thì chạy so-thi-dua init SỔ-MỚI.xlsx --preset MÃ (lệnh này tạo tệp mới, không đụng tới tệp này).`,
  configInvalid: (count: number) =>
    `Cấu hình có ${formatCount(count)} lỗi, cần sửa trước khi chạy tiếp (các lỗi cũng được ghi ở trang "${SHEET_NAMES.problems}"):`,
  problemsFound: (count: number, file: string) =>
    `Có ${formatCount(count)} lỗi dữ liệu: xem trang "${SHEET_NAMES.problems}", hoặc chạy so-thi-dua check "${file}" để in ra.`,
  problemPlace: (sheet: string, cell: string) => (cell === "" ? sheet : `${sheet}, ô ${cell}`),
  problem: (place: string, message: string, fix: string) => `  ${place}: ${message}${fix === "" ? "" : ` Cách sửa: ${fix}`}`,
  moreProblems: (count: number) => `  … và ${formatCount(count)} lỗi khác (xem đủ ở trang "${SHEET_NAMES.problems}").`,
  initNext: (file: string) =>
    `Tiếp theo: mở sổ bằng Excel hoặc LibreOffice, điền trang ${SHEET_NAMES.register}, lưu và đóng tệp, rồi chạy: so-thi-dua generate "${file}"`,
  progress: (done: number, total: number, what: string) => `  ${what} ${formatCount(done)}/${formatCount(total)}`,
  saved: (file: string) => `Đã lưu "${file}".`,
  /** The weekly report's default file name, beside the workbook. */
  reportFileName: (week: number) => `bao-cao-tuan-${week}.docx`,
  notDocxName: (file: string) => `Tên tệp báo cáo "${file}" phải có đuôi .docx. Chưa đọc hay ghi tệp nào.`,
  docxExists: (file: string) =>
    `Tệp "${file}" đã có; báo cáo không ghi đè tệp đó (có thể anh/chị đã sửa nó trong Word). Chọn tên khác, ví dụ --out bao-cao-moi.docx, ` +
    `hoặc thêm --force nếu muốn ghi đè. Chưa ghi tệp nào.`,
  cannotWriteDocx: (file: string) =>
    `Không ghi được tệp "${file}": tệp đang mở trong Word hoặc LibreOffice, hoặc thư mục không cho ghi. Đóng tệp rồi chạy lại. Sổ được giữ nguyên.`,
  reportWritten: (file: string) => `Đã ghi báo cáo vào "${file}": mở bằng Word hoặc LibreOffice Writer, điền số văn bản và họ tên người ký, rồi in.`,
  unexpected: (detail: string) => `Lỗi ngoài dự kiến (xin báo cho nhóm phát triển): ${detail}`,
} as const;

export const RESULT = {
  setUp: (created: number) => `Đã thiết lập sổ: tạo ${created} trang tính.`,
  generated: (created: number, updated: number, removed: number) =>
    `Đã tạo ${created} tab thôn, cập nhật ${updated} tab` + (removed > 0 ? `, đánh dấu ${removed} tab thôn đã bỏ.` : "."),
  generatedPart: (created: number, updated: number, remaining: number) =>
    `Đã tạo ${created} tab thôn, cập nhật ${updated} tab; còn ${remaining} thôn chưa làm vì lần chạy này sắp hết thời gian Google cho phép (6 phút). ` +
    `Hãy chạy lại "Tạo/cập nhật tab thôn" để làm tiếp: các tab đã làm được giữ nguyên.`,
  checked: (villages: number, below: number, problems: number) =>
    `Đã kiểm tra ${villages} thôn: ${below} thôn có chỉ tiêu chưa đạt, ${formatCount(problems)} lỗi dữ liệu.`,
  overdue: (overdue: number, dueSoon: number) => `Đánh dấu xong: ${formatCount(overdue)} việc quá hạn, ${formatCount(dueSoon)} việc sắp đến hạn.`,
  /** `cells` are the cut-off settings' A1 cells on Cấu hình (`sheet`). */
  noCutoff: (sheet: string, cells: readonly string[]) =>
    `Chưa lập bảng tổng hợp: chưa đặt ngày và giờ chốt số liệu (trang ${sheet}, ô ${cells.join(", ")}); kế hoạch không nêu nên sổ để trống. Điền vào đó rồi lập lại. Chưa thay đổi gì ở Tổng hợp và Lịch sử.`,
  beforeCampaign: (start: string, unit: string) =>
    `Phong trào bắt đầu ngày ${start.split("-").reverse().join("/")}: chưa đến ${unit} báo cáo nào nên chưa lập bảng tổng hợp. Chưa thay đổi gì; "Kiểm tra chỉ tiêu và dữ liệu" xem được số liệu ngay bây giờ.`,
  compiledAfterEnd: (villages: number, end: string, unit: string) =>
    `Đã lập bảng tổng hợp ${villages} thôn, sau khi phong trào kết thúc (${end.split("-").reverse().join("/")}). Lịch sử giữ nguyên số liệu các ${unit} đã chốt.`,
  /** `unit` is the period's word: "tuần", "năm". */
  compiled: (villages: number, unit: string, week: number, weeks: number) =>
    `Đã lập bảng tổng hợp ${villages} thôn (${unit} ${week}/${weeks}) và ghi vào ${SHEET_NAMES.history}.`,
  reported: (villages: number, unit: string, week: number, weeks: number, frontEnd: FrontEnd) =>
    `Đã lập bảng tổng hợp ${villages} thôn (${unit} ${week}/${weeks}), ghi vào ${SHEET_NAMES.history}, và lập báo cáo ${unit} ${week} ở trang ${SHEET_NAMES.report}. ${PRINT_REPORT[frontEnd]}`,
  reportedAfterEnd: (villages: number, end: string, frontEnd: FrontEnd) =>
    `Đã lập bảng tổng hợp ${villages} thôn và báo cáo ở trang ${SHEET_NAMES.report}, sau khi phong trào kết thúc (${end.split("-").reverse().join("/")}); ${SHEET_NAMES.history} giữ nguyên. ${PRINT_REPORT[frontEnd]}`,
} as const;

export const ADDON = {
  title: "Sổ Thi Đua",
  menu: {
    setUp: "Thiết lập sổ…",
    generate: "Tạo/cập nhật tab thôn",
    repair: "Sửa lại định dạng và quyền các tab",
    check: "Kiểm tra chỉ tiêu và dữ liệu",
    overdue: "Đánh dấu việc quá hạn",
    compile: "Lập bảng tổng hợp",
    report: "Lập báo cáo tuần",
    sidebar: "Mở bảng điều khiển",
    installSchedule: "Bật lịch tự động",
    removeSchedule: "Tắt lịch tự động",
    help: "Hướng dẫn",
  },
  busy: "Đang có người khác chạy một thao tác của Sổ Thi Đua trên bảng tính này. Đợi một lát rồi thử lại.",
  failed: (detail: string) =>
    `Thao tác chưa xong vì gặp lỗi: ${detail}. Dữ liệu người dùng nhập không bị mất; chạy lại thao tác là an toàn. Nếu vẫn lỗi, xin báo cán bộ phụ trách.`,
  officersOnly: (user: string, owner: string | null) =>
    `Thao tác này dành cho cán bộ quản lý của xã. Tài khoản ${user} không có trong ô "Email cán bộ quản lý" ở trang ${SHEET_NAMES.config}` +
    (owner === null ? "" : ` (chủ sở hữu tệp: ${owner})`) +
    `. Chưa thay đổi gì. Trưởng thôn chỉ cần đánh dấu trên tab của thôn mình; số liệu tự cập nhật.`,
  noEditRights: (user: string, owner: string | null) =>
    `Tài khoản ${user} có trong danh sách cán bộ quản lý nhưng chưa được quyền sửa các trang của sổ. Nhờ ${owner ?? "chủ sở hữu tệp"} hoặc một cán bộ khác chạy "Tạo/cập nhật tab thôn" một lần để cấp quyền, rồi thử lại. Chưa thay đổi gì.`,
  unknownUser: "Google không cho biết tài khoản đang dùng, nên sổ không kiểm tra được quyền. Hãy đăng nhập tài khoản Google rồi thử lại. Chưa thay đổi gì.",
  noDocument: "Lần chạy này không mở được bảng tính (Google chạy lịch tự động ngoài bảng tính). Chưa thay đổi gì.",
  wrongTimeZone: (zone: string) =>
    `Múi giờ của bảng tính đang là "${zone}". Hãy chạy "Thiết lập sổ…" hoặc chọn (GMT+07:00) Hà Nội trong Tệp ▸ Cài đặt, rồi chạy lại.`,
  problemsFound: (count: number) => `Có ${formatCount(count)} lỗi dữ liệu: xem trang "${SHEET_NAMES.problems}".`,
  unknownPreset: (id: string) => `Không có kế hoạch mẫu "${id}". Chưa thay đổi gì.`,
  /** `day` is `scheduleDay`'s: "Thứ Sáu hằng tuần", "ngày cuối mỗi năm". */
  scheduleInstalled: (hour: number, day: string) =>
    `Đã bật lịch tự động: mỗi ngày khoảng ${hour}:00 sổ đánh dấu việc quá hạn; ${day} sổ lập bảng tổng hợp trước giờ chốt. (Chỉ có một lịch cho mỗi người trên mỗi bảng tính.)`,
  scheduleDay: (cadence: Cadence, weekday: string) => (cadence === "weekly" ? `${weekday} hằng tuần` : `ngày cuối mỗi ${PERIOD_UNIT[cadence]}`),
  scheduleCompiled: "Bảng tổng hợp này do lịch tự động lập.",
  scheduleNeedsCutoff: (sheet: string, cells: readonly string[]) =>
    `Chưa bật lịch tự động: chưa đặt ngày và giờ chốt số liệu (trang ${sheet}, ô ${cells.join(", ")}); kế hoạch không nêu nên sổ để trống. Điền vào đó rồi bật lại.`,
  scheduleRemoved: (count: number) => (count > 0 ? "Đã tắt lịch tự động." : "Chưa có lịch tự động nào để tắt."),
  help: [
    "1. Thiết lập sổ…: tạo các trang Cấu hình, Danh sách thôn, Công việc chung, Tổng hợp, Lịch sử, Lỗi dữ liệu (từ một kế hoạch mẫu).",
    "2. Điền Danh sách thôn (tên, trưởng thôn, email, số hộ…), rồi Tạo/cập nhật tab thôn.",
    "3. Trưởng thôn đánh dấu trên tab của thôn mình; số liệu ở đầu tab tự cập nhật.",
    "4. Kiểm tra chỉ tiêu và dữ liệu: các lỗi cần sửa ghi ở trang Lỗi dữ liệu (tên trang, ô, cách sửa).",
    "5. Lập bảng tổng hợp trước giờ chốt của mỗi kỳ báo cáo (tuần, tháng, quý hoặc năm, theo Cấu hình); Bật lịch tự động để sổ tự làm việc này.",
    "6. Lập báo cáo tuần: sổ tổng hợp rồi soạn văn bản báo cáo (theo Nghị định 30/2020/NĐ-CP) ở trang Báo cáo, để in hoặc tải PDF.",
    "Sổ không bao giờ xoá hay ghi đè dữ liệu do người dùng nhập.",
  ].join("\n"),
} as const;

/** How the officer gets the report on paper, in each front end. */
const PRINT_REPORT: Record<FrontEnd, string> = {
  sheets: "In hoặc tải PDF theo dòng hướng dẫn ở cuối trang đó; số văn bản và họ tên người ký để trống cho cán bộ ghi.",
  xlsx: "Trang đó đã đặt sẵn khổ A4 dọc và lề theo Nghị định 30/2020/NĐ-CP; số văn bản và họ tên người ký để trống cho cán bộ ghi.",
};

/** Each step a fix text sends a person to, as their front end has them take it (a sentence without its full stop). */
export const RUN_STEP: Record<FrontEnd, { readonly generate: string; readonly makeSheetsAgain: string }> = {
  sheets: {
    generate: `Chọn Tiện ích mở rộng ▸ ${ADDON.title} ▸ ${ADDON.menu.generate}`,
    makeSheetsAgain: `Chọn Tiện ích mở rộng ▸ ${ADDON.title} ▸ ${ADDON.menu.setUp} để tạo lại trang tính này (các trang đã có được giữ nguyên)`,
  },
  xlsx: {
    generate: "Chạy lệnh so-thi-dua generate TỆP (TỆP là tên tệp sổ này)",
    // init never writes over a file, so a sheet deleted from an .xlsx book comes back only from a copy or a new book.
    makeSheetsAgain:
      "Trang tính này đã bị xoá khỏi tệp: lấy lại từ một bản sao trước đó của tệp, hoặc tạo sổ mới bằng lệnh so-thi-dua init SỔ-MỚI.xlsx --preset MÃ rồi chép dữ liệu sang",
  },
};

export const CUSTOM_FUNCTION = {
  needToday:
    "Thiếu hom_nay: trỏ tới một ô chứa ngày hôm nay (ví dụ ô A1 có =TODAY(), rồi =NHAN_HAN(D5:D40; E5:E40; F5:F40; $A$1)).",
} as const;

/** What each protected sheet says about who edits it (shown in Sheets' protected sheets panel). */
export const PROTECTION = {
  config: "Chỉ cán bộ quản lý sửa cấu hình",
  register: "Chỉ cán bộ quản lý sửa danh sách thôn",
  communeWork: "Cán bộ quản lý và các phòng, đoàn thể cập nhật",
  summary: "Sổ tự lập khi tổng hợp; chỉ cán bộ quản lý",
  report: "Báo cáo tuần: sổ tự lập khi tổng hợp; chỉ cán bộ quản lý",
  history: "Sổ tự ghi mỗi lần tổng hợp",
  problems: "Sổ tự ghi khi kiểm tra",
  catalogues: "Chỉ cán bộ quản lý sửa bộ tiêu chí",
  duties: "Cán bộ quản lý ghi việc định kỳ và ngày thực hiện",
  measures: "Cán bộ quản lý cập nhật kết quả đo",
  village: (name: string) => `Tab của ${villageCalled(name)}`,
  template: "Mẫu để sổ tạo tab thôn mới; không sửa",
  units: "Chỉ cán bộ quản lý sửa đơn vị thi đua và tiêu chuẩn khen thưởng",
} as const;

export const SCHEDULE = {
  note: (at: string, ok: boolean, message: string) =>
    ok ? `Lịch tự động chạy lúc ${at}: ${message}` : `Lịch tự động chạy lúc ${at} KHÔNG THÀNH CÔNG: ${message}`,
} as const;

/**
 * What a preset writes where its plan is silent and the officer must fill the cell in. Readers take the marker for an
 * empty cell; a thôn name keeps its number before it ("Thôn 3 (cần ghi tên)"), so the thôn still has a tab.
 */
export const TO_FILL = {
  marker: "(cần bổ sung)",
  villageName: (n: number) => `Thôn ${n} (cần ghi tên)`,
  /** Matches a cell that still holds a marker. */
  pattern: /\(cần (bổ sung|ghi tên)\)\s*$/u,
  problem: () => ({
    message: "Cần bổ sung: kế hoạch không ghi nội dung này, sổ để trống.",
    fix: "Ghi nội dung vào ô (thay chữ “(cần bổ sung)” hoặc “(cần ghi tên)”); dòng này tự mất khi ô đã được điền.",
  }),
} as const;

/**
 * A row a preset wrote from the plan quotes it in Ghi chú, opening with "Kế hoạch" ("Kế hoạch (II.2): “…”"): work the
 * plan assigns, which counts as the unit's work but is no work it registered (Đơn vị thi đua's Chưa đăng ký).
 */
export const PLAN_QUOTE = {
  note: (where: string, quote: string) => `Kế hoạch (${where}): “${quote}”`,
  pattern: /^Kế hoạch[\s(:]/u,
} as const;

/**
 * A criterion's status the plan itself gives (its starting point, "tại 30/12/2023"), written by a preset in the row's
 * Ghi chú. A status still equal to it is the plan's, not an entry: the summary shows the figure but ranks no one on it.
 */
export const PLAN_BASELINE = {
  note: (asOf: string | null, status: string) => `Hiện trạng theo kế hoạch${asOf === null ? "" : ` (${asOf})`}: ${status}`,
  /** The status a note records, anywhere in it ("Chưa đạt" tried first, since it ends in "đạt"). */
  pattern: /Hiện trạng theo kế hoạch[^:]*:\s*(Chưa đạt|Đạt)/u,
  /** Đề xuất of a thôn whose only figures are the plan's; the line below the table says why. */
  unranked: "Chưa xếp hạng",
  line: (names: string) => `Chưa xếp hạng vì mới có hiện trạng theo kế hoạch, chưa cập nhật: ${names}.`,
} as const;

export const SIDEBAR = {
  noCutoff: (sheet: string, cells: readonly string[]) =>
    `Chưa đặt ngày và giờ chốt số liệu (trang ${sheet}, ô ${cells.join(", ")}): kế hoạch không nêu. Điền vào đó để lập bảng tổng hợp theo kỳ.`,
  saved: "Đã lưu cấu hình. Chạy Tạo/cập nhật tab thôn để các tab dùng chỉ tiêu mới.",
  fixFields: "Chưa lưu: sửa các ô có thông báo đỏ.",
  unknownIndicator: (id: string) => `Không còn chỉ tiêu "${id}" trong Cấu hình; tải lại bảng điều khiển.`,
  notReady: (message: string) => `${message} Xem trang "${SHEET_NAMES.problems}".`,
  /** Every cell a preset left for the officer, "sheet!cell", as Lỗi dữ liệu lists them first. */
  toFill: (cells: ReadonlyArray<{ sheet: string; cell: string }>) =>
    `Cần bổ sung ${formatCount(cells.length)} ô kế hoạch không ghi (xem đầu trang "${SHEET_NAMES.problems}"): ${cells.map((c) => `${c.sheet}!${c.cell}`).join(", ")}.`,
} as const;

/**
 * The written weekly report (báo cáo), in the form of Nghị định 30/2020/NĐ-CP: each sentence takes its figures already
 * written the Vietnamese way (2.627; 70,1%; 06/02/2026), so every number in it reads as on Tổng hợp.
 */
export const REPORT = {
  number: "Số: …/BC-UBND",
  title: "BÁO CÁO",
  /** "14 giờ", "16 giờ 30". */
  hour: (hours: number, minutes: number) => (minutes === 0 ? `${hours} giờ` : `${hours} giờ ${String(minutes).padStart(2, "0")}`),
  /** `unit` is the period's word: "tuần", "năm". */
  subjectWeek: (campaign: string, unit: string, week: number, hour: string, date: string) => `Kết quả thực hiện ${campaign} ${unit} ${week}, tính đến ${hour} ngày ${date}`,
  subjectAfter: (campaign: string, end: string) => `Kết quả thực hiện ${campaign} (phong trào đã kết thúc ngày ${end})`,
  issuer: (commune: string) => `Ủy ban nhân dân xã${commune === "" ? "" : ` ${commune}`}`,
  plan: (number: string, campaign: string) => (number === "" ? `Thực hiện kế hoạch ${campaign}` : `Thực hiện Kế hoạch số ${number} về ${campaign}`),
  introWeek: (plan: string, issuer: string, unit: string, week: number, weeks: number, start: string, cutoff: string, moment: string) =>
    `${plan}, ${issuer} báo cáo kết quả ${unit} ${week}/${weeks} (từ ${start} đến ${cutoff}), số liệu tổng hợp lúc ${moment}, như sau:`,
  introAfter: (plan: string, issuer: string, end: string, moment: string) =>
    `${plan}, ${issuer} báo cáo kết quả đến khi phong trào kết thúc (${end}), số liệu tổng hợp lúc ${moment}, như sau:`,
  headings: {
    results: "Kết quả thực hiện các chỉ tiêu",
    work: "Công trình, phần việc",
    problems: "Số liệu cần rà soát",
    proposals: "Đề xuất biểu dương, nhắc nhở",
  },
  nextPeriodHeading: (unit: string) => `Nhiệm vụ ${unit} tới`,
  /** `numbered` is the section's number. */
  heading: (numbered: number, text: string) => `${numbered}. ${text}`,
  noVillages: (unit: string) => `Danh sách ${unit} của sổ chưa có ${unit} nào, nên chưa có số liệu để báo cáo.`,
  noData: (moment: string, unit: string, indicators: string) =>
    `Đến ${moment}, chưa ${unit} nào cập nhật số liệu trên sổ theo dõi (${indicators}), nên chưa có kết quả để báo cáo.`,
  withoutTab: (names: string) => `${names} chưa có tab trên sổ theo dõi nên chưa có số liệu.`,
  /** "Toàn xã có 2.627/3.746 hộ (70,1%) đã chỉnh trang, đạt chỉ tiêu tối thiểu 70%, chưa đạt mức phấn đấu 80%." */
  shareTotal: (done: string, total: string, subject: string, percent: string, predicate: string, verdict: string) =>
    `Toàn xã có ${done}/${total} ${subject} (${percent}) ${predicate}, ${verdict}.`,
  /** For an indicator whose name has no "được"/"đã"/"đạt" to split at. */
  shareTotalNamed: (name: string, done: string, total: string, percent: string, verdict: string) =>
    `${name}: toàn xã đạt ${done}/${total} (${percent}), ${verdict}.`,
  shareNoData: (name: string) => `${name}: chưa có số liệu.`,
  /** A share with no minimum (the plan states none): the count, not judged. */
  shareCounted: (done: string, total: string, subject: string, percent: string, predicate: string) =>
    `Toàn xã có ${done}/${total} ${subject} (${percent}) ${predicate} (chưa có mức chỉ tiêu để đánh giá).`,
  shareCountedNamed: (name: string, done: string, total: string, percent: string) =>
    `${name}: toàn xã có ${done}/${total} (${percent}), chưa có mức chỉ tiêu để đánh giá.`,
  shareVerdict: {
    aimReached: (aim: string) => `đạt mức phấn đấu ${aim}`,
    metBelowAim: (minimum: string, aim: string) => `đạt chỉ tiêu tối thiểu ${minimum}, chưa đạt mức phấn đấu ${aim}`,
    met: (minimum: string) => `đạt chỉ tiêu ${minimum}`,
    belowWithAim: (minimum: string) => `chưa đạt chỉ tiêu tối thiểu ${minimum}`,
    below: (minimum: string) => `chưa đạt chỉ tiêu ${minimum}`,
  },
  /** The thôn by verdict, one group each: "6 thôn đạt mức phấn đấu 80% trở lên: …". */
  groups: {
    aimReached: (count: string, unit: string, aim: string, names: string) => `${count} ${unit} đạt mức phấn đấu ${aim} trở lên: ${names}`,
    metWithAim: (count: string, unit: string, names: string) => `${count} ${unit} đạt chỉ tiêu tối thiểu: ${names}`,
    met: (count: string, unit: string, names: string) => `${count} ${unit} đạt: ${names}`,
    below: (count: string, unit: string, names: string) => `${count} ${unit} chưa đạt: ${names}`,
    noData: (count: string, unit: string, names: string) => `${count} ${unit} chưa có số liệu: ${names}`,
    counted: (count: string, unit: string, names: string) => `${count} ${unit} có số liệu: ${names}`,
  },
  groupsSentence: (groups: string) => `Trong đó, ${groups}.`,
  /** A name with its share: "Thôn 7 (69,7%)". */
  withShare: (name: string, percent: string) => `${name} (${percent})`,
  changeUp: (unit: string, week: number, count: string, subject: string, before: string, now: string) => `So với ${unit} ${week}, tăng ${count} ${subject} (từ ${before} lên ${now})`,
  changeDown: (unit: string, week: number, count: string, subject: string, before: string, now: string) => `So với ${unit} ${week}, giảm ${count} ${subject} (từ ${before} xuống ${now})`,
  changeNone: (unit: string, week: number) => `So với ${unit} ${week}, chưa có thay đổi`,
  newlyMet: (names: string) => `${names} đã đạt chỉ tiêu`,
  newlyBelow: (names: string) => `${names} từ đạt chuyển sang chưa đạt`,
  changeSentence: (parts: string) => `${parts}.`,
  criteriaTotal: (name: string, met: string, total: string, unit: string) => `${name}: ${met}/${total} ${unit} đạt.`,
  /** A thôn's criteria: "thôn Mai Hạ (10/12 tiêu chí)", "(6/10 tiêu chí, thiếu 1 tiêu chí cứng)". */
  /** "Mai Hạ (10/12 tiêu chí, theo hiện trạng kế hoạch)" when the figure is still only the plan's (PLAN_BASELINE). */
  criteriaOf: (name: string, achieved: string, total: string, hardMissing: string | null, planBaseline = false) =>
    `${name} (${achieved}/${total} tiêu chí${hardMissing === null ? "" : `, thiếu ${hardMissing} tiêu chí cứng`}${planBaseline ? ", theo hiện trạng kế hoạch" : ""})`,
  criteriaGroups: {
    met: (names: string) => `đạt: ${names}`,
    below: (names: string) => `chưa đạt: ${names}`,
    noData: (names: string) => `chưa có số liệu: ${names}`,
  },
  criteriaGroupsSentence: (groups: string) => `${groups.charAt(0).toLocaleUpperCase("vi")}${groups.slice(1)}.`,
  communeCriteria: (achieved: string, total: string, hardMissing: string | null) =>
    `Tiêu chí của xã: đạt ${achieved}/${total} tiêu chí${hardMissing === null ? "" : `, còn thiếu ${hardMissing} tiêu chí cứng`}.`,
  communeCriteriaOpen: (items: string) => `Các tiêu chí chưa đạt: ${items}.`,
  /** "tiêu chí số 2 (Giao thông)"; a name with brackets of its own after a colon, so brackets don't nest. */
  criterion: (number: string | null, name: string) =>
    number === null || number.trim() === "" ? `tiêu chí ${name}` : name.includes("(") ? `tiêu chí số ${number.trim()}: ${name}` : `tiêu chí số ${number.trim()} (${name})`,
  /** Who answers for it and by when: "Công chức Địa chính, hạn 31/03/2024". */
  ownerDeadline: (owner: string | null, deadline: string | null) => [owner, deadline === null ? null : `hạn ${deadline}`].filter((part) => part !== null).join(", "),
  withDetail: (text: string, detail: string) => (detail === "" ? text : `${text} – ${detail}`),
  models: (total: string, fields: string) => `Mô hình đã đăng ký: ${total} mô hình; ${fields}.`,
  modelField: (field: string, total: string, statuses: string) => `${field} ${total} (${statuses})`,
  modelNoField: "chưa ghi lĩnh vực",
  modelStatus: { "Đăng ký": "mới đăng ký", "Đang thực hiện": "đang thực hiện", "Được công nhận": "được công nhận" } as Readonly<Record<string, string>>,
  modelCount: (count: string, status: string) => `${count} ${status}`,
  tasksDone: (unit: string, done: string, total: string) => `Các ${unit} đã hoàn thành ${done}/${total} công trình, phần việc đăng ký`,
  communeTasksDone: (done: string, total: string) => `các phòng, ban, đoàn thể xã hoàn thành ${done}/${total} việc chung`,
  tasksSentence: (parts: string) => `${parts.charAt(0).toLocaleUpperCase("vi")}${parts.slice(1)}.`,
  overdue: (count: string) => `Còn ${count} việc quá hạn:`,
  /** One line of overdue work: who, where, what, since when. */
  overdueItem: (who: string, what: string, deadline: string, days: string) => `${who}: ${what}, hạn ${deadline}, quá hạn ${days} ngày.`,
  dueItem: (who: string, what: string, deadline: string) => `${who}: ${what}, hạn ${deadline}.`,
  /** Owner and the thôn whose tabs list the work: "Chi đoàn thanh niên (Thôn 2, Thôn 6)". */
  ownerAt: (owner: string, places: string) => (places === "" ? owner : `${owner} (${places})`),
  noOwner: "Chưa giao người phụ trách",
  moreItems: (count: string) => `Còn ${count} việc khác (xem cột Theo dõi hạn trên các tab).`,
  problems: (count: string, places: string) => `Còn ${count} lỗi dữ liệu chưa sửa (chi tiết ở trang ${SHEET_NAMES.problems}): ${places}.`,
  problemPlace: (place: string, count: string) => `${place} (${count})`,
  praise: (names: string) => `Đề nghị biểu dương: ${names} (đạt mọi chỉ tiêu, không có việc quá hạn).`,
  remind: (names: string) => `Đề nghị nhắc nhở: ${names} (còn chỉ tiêu chưa đạt, ở nhóm cuối bảng xếp hạng).`,
  praiseOwners: (names: string) => `Đề nghị biểu dương đơn vị: ${names} (hoàn thành mọi việc được giao, không có việc quá hạn).`,
  remindOwners: (names: string) => `Đề nghị nhắc nhở đơn vị có nhiều việc quá hạn nhất: ${names}.`,
  overdueCount: (count: string) => `${count} việc quá hạn`,
  nextWeek: (until: string) => `Việc đến hạn từ nay đến ${until}, đề nghị các đơn vị, cá nhân phụ trách hoàn thành đúng hạn:`,
  closingWeek: (unit: string, week: number, issuer: string) => `Trên đây là báo cáo kết quả thực hiện ${unit} ${week} của ${issuer}./.`,
  closingAfter: (issuer: string) => `Trên đây là báo cáo kết quả thực hiện phong trào của ${issuer}./.`,
  recipientsTitle: "Nơi nhận:",
  recipients: (unit: string) => ["- Thường trực Đảng ủy xã (b/c);", "- Thường trực HĐND xã (b/c);", "- Chủ tịch, các PCT UBND xã;", "- Các phòng, ban, đoàn thể xã;", `- Các ${unit};`, "- Lưu: VT."],
  signature: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
} as const;

/** Words of the Báo cáo sheet itself (not of the report). */
export const REPORT_SHEET_TEXT = {
  /** Google Sheets' API cannot set page setup: what to choose in its print dialog, for the page's `rows` rows. */
  printHint: (rows: number) =>
    `Khi in hoặc tải PDF (dòng này không cần in): chọn vùng A1:D${rows}, rồi Tệp ▸ In (hoặc Tệp ▸ Tải xuống ▸ PDF): In Ô đã chọn; ` +
    "Khổ giấy A4, Hướng Dọc, Tỷ lệ Vừa với chiều rộng; Lề Tùy chỉnh: trên 2 cm, dưới 2 cm, trái 3 cm, phải 1,5 cm (trên, dưới 0,79 inch; trái 1,18 inch; phải 0,59 inch); bỏ chọn Hiện đường lưới.",
} as const;

/** Đơn vị thi đua: its tables' words, its problems, and what its summary section says. */
export const UNITS_TEXT = {
  sectionTitle: "Đơn vị thi đua",
  unitsTable: "ĐƠN VỊ THI ĐUA",
  standardsTable: "TIÊU CHUẨN KHEN THƯỞNG",
  resultsTable: "KẾT QUẢ THEO TIÊU CHUẨN",
  registered: "Đã đăng ký",
  notRegistered: "Chưa đăng ký",
  /** Thôn and units that registered no work by the deadline, in Vietnamese order. */
  notRegisteredLine: (deadline: string, names: string) => `Chưa đăng ký công trình, phần việc, mô hình (hạn ${deadline}): ${names}.`,
  praiseLine: (kind: string, names: string) => `Đề xuất biểu dương (${kind}): ${names}.`,
  remindLine: (kind: string, names: string) => `Đề xuất nhắc nhở (${kind}): ${names}.`,
  /** Why a unit is reminded, after its name. */
  remindNotRegistered: "chưa đăng ký",
  remindOverdue: (count: string) => `${count} việc quá hạn`,
  noKind: "(chưa ghi loại)",
  headers: ["Đơn vị", "Loại đơn vị", "Tiêu chuẩn đạt", "Đăng ký", "Việc quá hạn", "Đề xuất"],
  unitNameMissing: (): ProblemText => ({
    message: "Dòng đơn vị thi đua chưa có tên đơn vị.",
    fix: "Ghi tên đơn vị vào cột Đơn vị, hoặc xóa cả dòng.",
  }),
  unitKindMissing: (unit: string): ProblemText => ({
    message: `Đơn vị "${unit}" chưa ghi loại đơn vị, nên chưa xét được theo tiêu chuẩn khen thưởng.`,
    fix: "Ghi loại đơn vị đúng như ở bảng Tiêu chuẩn khen thưởng (ví dụ: Doanh nghiệp, hợp tác xã).",
  }),
  duplicateUnit: (unit: string): ProblemText => ({
    message: `Đơn vị "${unit}" được ghi hai lần.`,
    fix: "Giữ một dòng cho mỗi đơn vị; xóa dòng thừa.",
  }),
  standardKindMissing: (): ProblemText => ({
    message: "Tiêu chuẩn khen thưởng chưa ghi áp dụng cho loại đơn vị nào.",
    fix: "Ghi loại đơn vị vào cột Loại đơn vị của dòng tiêu chuẩn.",
  }),
  resultUnitUnknown: (unit: string): ProblemText => ({
    message: `"${unit}" không có trong bảng Đơn vị thi đua.`,
    fix: "Ghi tên đơn vị đúng như ở bảng Đơn vị thi đua, hoặc thêm đơn vị vào bảng đó.",
  }),
  resultUnitMissing: (): ProblemText => ({
    message: "Dòng kết quả chưa ghi đơn vị.",
    fix: "Ghi tên đơn vị đúng như ở bảng Đơn vị thi đua, hoặc xóa cả dòng.",
  }),
  resultStandardUnknown: (unit: string, kind: string): ProblemText => ({
    message: `Tiêu chuẩn này không có trong các tiêu chuẩn khen thưởng của loại "${kind}" (đơn vị "${unit}").`,
    fix: "Chép đúng nội dung tiêu chuẩn từ bảng Tiêu chuẩn khen thưởng.",
  }),
} as const;

/** Words of Chỉ tiêu đo lường (targets measured as a number, not as ticked rows) and its summary section. */
export const MEASURE_WORDS = {
  tableTitle: "Mỗi dòng một chỉ tiêu đo bằng con số; Phạm vi là Toàn xã hoặc tên một thôn trong Danh sách thôn",
  commune: "Toàn xã",
  sectionTitle: "Chỉ tiêu đo lường",
  headers: ["Chỉ tiêu", "Phạm vi", "Kết quả", "Mục tiêu", "Ngày đo", "Phụ trách", "Đánh giá"],
  /** "2/5 chỉ tiêu đạt; 1 chưa có số liệu". */
  tally: (met: string, total: string, noData: string) => `${met}/${total} chỉ tiêu đạt${noData === "0" ? "" : `; ${noData} chưa có số liệu`}`,
  /** Said instead of a tally while nothing is measured yet, so day one reads as nothing entered, not as failing. */
  nothingYet: (total: string) => `Chưa có kết quả đo của ${total} chỉ tiêu.`,
  /** A measured target in the written report: "Tỷ lệ tham gia BHYT (thôn Thắng Lợi): 96% (mục tiêu ≥ 100%), Chưa đạt, đo ngày 15/06/2024." */
  reportItem: (name: string, scope: string, value: string, target: string, verdict: string, measuredOn: string) =>
    `${name} (${scope}): ${value} (mục tiêu ${target}), ${verdict}${measuredOn === "" ? "" : `, đo ngày ${measuredOn}`}.`,
  reportNoData: (names: string) => `Chưa có kết quả đo: ${names}.`,
  noValue: "—",
  notNumber: (text: string): ProblemText => ({
    message: `${quoted(text)} không phải một số.`,
    fix: "Gõ con số, không kèm chữ hay dấu %: 96 cho 96%; số lẻ gõ theo cách của bảng tính (96,5 hoặc 96.5).",
  }),
  unknownScope: (text: string): ProblemText => ({
    message: `Phạm vi "${text}" không phải Toàn xã, cũng không phải thôn nào có tab trong sổ.`,
    fix: "Ghi Toàn xã, hoặc tên thôn đúng như trong Danh sách thôn (thôn mới thêm thì tạo tab thôn trước).",
  }),
  missing: (what: string): ProblemText => ({
    message: `Chỉ tiêu này thiếu ${what}, nên chưa đánh giá được.`,
    fix: `Nhập ${what} vào ô này.`,
  }),
} as const;
