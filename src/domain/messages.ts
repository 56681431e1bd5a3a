// This file holds every word a user reads (Vietnamese), so wording is fixed in one place.

export const SHEET_NAMES = {
  config: "Cấu hình",
  register: "Danh sách thôn",
  communeWork: "Công việc chung",
  summary: "Tổng hợp",
  history: "Lịch sử",
  problems: "Lỗi dữ liệu",
  catalogues: "Bộ tiêu chí",
  template: "Mẫu tab thôn (sổ tự dùng)",
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
} as const;
export type Verdict = (typeof VERDICT)[keyof typeof VERDICT];

export const TASK_FLAG = {
  overdue: (days: number) => `Quá hạn ${days} ngày`,
  overduePrefix: "Quá hạn",
  dueSoon: "Sắp đến hạn",
  doneLate: "Hoàn thành trễ hạn",
} as const;

export const PROPOSAL = { praise: "Biểu dương", remind: "Nhắc nhở" } as const;

export const SUMMARY_TEXT = {
  withoutTab: (names: readonly string[]) =>
    `Chưa có trong bảng vì chưa có tab thôn: ${names.join(", ")} (cán bộ chạy "Tạo/cập nhật tab thôn").`,
} as const;

export const REMOVED_VILLAGE_MARK = "[Đã bỏ khỏi danh sách thôn]";

/** One data problem's wording: what is wrong, and how to fix it. */
export interface ProblemText {
  readonly message: string;
  readonly fix: string;
}

export const PROBLEM = {
  notCheckbox: (text: string): ProblemText => ({
    message: `"${text}" không phải ô đánh dấu.`,
    fix: "Chỉ đánh dấu (✓) hoặc bỏ đánh dấu ô này; không gõ chữ.",
  }),
  notCount: (text: string): ProblemText => ({
    message: `"${text}" không phải một số đếm hợp lệ.`,
    fix: "Nhập một số nguyên không âm, ví dụ 300.",
  }),
  notPercent: (text: string): ProblemText => ({
    message: `"${text}" không phải tỷ lệ phần trăm hợp lệ.`,
    fix: "Nhập một số từ 0 đến 100, ví dụ 70.",
  }),
  notDate: (text: string): ProblemText => ({
    message: `"${text}" không phải ngày hợp lệ.`,
    fix: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 30/01/2026.",
  }),
  notTime: (text: string): ProblemText => ({
    message: `"${text}" không phải giờ hợp lệ.`,
    fix: "Nhập giờ theo dạng giờ:phút, ví dụ 14:00.",
  }),
  notDeadline: (text: string): ProblemText => ({
    message: `Không hiểu thời hạn "${text}".`,
    fix: "Ghi theo một trong các dạng: 30/4/2021, tháng 8/2024, quý I/2024, trước 30/9, trước tháng 6/2024.",
  }),
  notChoice: (text: string, choices: readonly string[]): ProblemText => ({
    message: `"${text}" không nằm trong danh sách cho phép.`,
    fix: `Chọn một trong: ${choices.join("; ")}.`,
  }),
  notEmail: (text: string): ProblemText => ({
    message: `"${text}" không phải địa chỉ email hợp lệ.`,
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
  countMismatch: (what: string, rows: number, registered: number): ProblemText => ({
    message: `Danh sách có ${rows} ${what}, sổ đăng ký ghi ${registered} ${what}.`,
    fix: `Bổ sung hoặc bỏ bớt dòng cho đủ, hoặc sửa số ${what} trong ${SHEET_NAMES.register}.`,
  }),
  moreDoneThanTotal: (what: string, done: number, total: number): ProblemText => ({
    message: `Số ${what} đã hoàn thành (${done}) nhiều hơn tổng số (${total}).`,
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
  villageWithoutTab: (name: string): ProblemText => ({
    message: `Thôn "${name}" chưa có tab.`,
    fix: "Chạy Tạo/cập nhật tab thôn.",
  }),
  headCannotEdit: (email: string, village: string): ProblemText => ({
    message: `Email ${email} của trưởng thôn ${village} chưa được chia sẻ quyền chỉnh sửa bảng tính, nên chưa đánh dấu được trên tab thôn.`,
    fix: `Chủ sở hữu bảng tính bấm Chia sẻ, thêm ${email} với quyền Người chỉnh sửa (sổ không tự chia sẻ tệp).`,
  }),
  sheetMissing: (sheet: string): ProblemText => ({
    message: `Không có trang tính "${sheet}".`,
    fix: "Chạy Thiết lập sổ để tạo lại trang tính này.",
  }),
} as const;

export const CLI = {
  usage: [
    "Sổ Thi Đua: quản lý phong trào thi đua xây dựng nông thôn mới trên tệp .xlsx",
    "",
    "Cách dùng:",
    "  so-thi-dua demo [--out TỆP]                 tạo sổ mẫu (xã Mai Hoa, 22 thôn) và in bảng tổng hợp",
    "  so-thi-dua init TỆP --preset MÃ              tạo sổ mới từ kế hoạch mẫu",
    "  so-thi-dua generate TỆP                      tạo/cập nhật tab cho từng thôn",
    "  so-thi-dua check TỆP                         kiểm tra chỉ tiêu và dữ liệu",
    "  so-thi-dua overdue TỆP [--today dd/MM/yyyy]  đánh dấu công việc quá hạn",
    "  so-thi-dua summary TỆP [--today dd/MM/yyyy]  lập bảng tổng hợp và ghi lịch sử",
    "  so-thi-dua presets                           liệt kê các kế hoạch mẫu",
  ].join("\n"),
  fileMissing: (file: string) => `Không tìm thấy tệp "${file}".`,
  fileExists: (file: string) => `Tệp "${file}" đã có; chọn tên khác để không ghi đè dữ liệu.`,
  fileUnreadable: (file: string) =>
    `Không đọc được tệp "${file}": tệp không phải .xlsx hợp lệ hoặc đã hỏng. Tệp được giữ nguyên.`,
  fileLocked: (file: string) =>
    `Không ghi được tệp "${file}": tệp đang mở ở chương trình khác hoặc không có quyền ghi. Đóng tệp rồi chạy lại; tệp được giữ nguyên.`,
  notAWorkbook: (file: string) =>
    `Tệp "${file}" chưa phải sổ Sổ Thi Đua (thiếu trang "${SHEET_NAMES.config}"). Chạy "so-thi-dua init" trước.`,
  unknownCommand: (name: string) => `Không có lệnh "${name}".`,
  missingArgument: (what: string) => `Thiếu ${what}.`,
  badToday: (text: string) => `Ngày "${text}" không hợp lệ; ghi theo dạng dd/MM/yyyy, ví dụ 06/02/2026.`,
  unknownPreset: (id: string, ids: readonly string[]) => `Không có kế hoạch mẫu "${id}". Các mã có: ${ids.join(", ")}.`,
  configInvalid: (count: number) =>
    `Cấu hình có ${count} lỗi; xem trang "${SHEET_NAMES.problems}" và sửa trước khi chạy tiếp.`,
  progress: (done: number, total: number, what: string) => `  ${what} ${done}/${total}`,
  saved: (file: string) => `Đã lưu "${file}".`,
} as const;

export const RESULT = {
  setUp: (created: number) => `Đã thiết lập sổ: tạo ${created} trang tính.`,
  generated: (created: number, updated: number, removed: number) =>
    `Đã tạo ${created} tab thôn, cập nhật ${updated} tab` + (removed > 0 ? `, đánh dấu ${removed} tab thôn đã bỏ.` : "."),
  generatedPart: (created: number, updated: number, remaining: number) =>
    `Đã tạo ${created} tab thôn, cập nhật ${updated} tab; còn ${remaining} thôn chưa làm vì lần chạy này sắp hết thời gian Google cho phép (6 phút). ` +
    `Hãy chạy lại "Tạo/cập nhật tab thôn" để làm tiếp: các tab đã làm được giữ nguyên.`,
  checked: (villages: number, below: number, problems: number) =>
    `Đã kiểm tra ${villages} thôn: ${below} thôn có chỉ tiêu chưa đạt, ${problems} lỗi dữ liệu.`,
  overdue: (overdue: number, dueSoon: number) => `Đánh dấu xong: ${overdue} việc quá hạn, ${dueSoon} việc sắp đến hạn.`,
  compiled: (villages: number, week: number, weeks: number) =>
    `Đã lập bảng tổng hợp ${villages} thôn (tuần ${week}/${weeks}) và ghi vào ${SHEET_NAMES.history}.`,
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
  problemsFound: (count: number) => `Có ${count} lỗi dữ liệu: xem trang "${SHEET_NAMES.problems}".`,
  unknownPreset: (id: string) => `Không có kế hoạch mẫu "${id}". Chưa thay đổi gì.`,
  scheduleInstalled: (hour: number, weekday: string) =>
    `Đã bật lịch tự động: mỗi ngày khoảng ${hour}:00 sổ đánh dấu việc quá hạn; ${weekday} hằng tuần sổ lập bảng tổng hợp trước giờ chốt. (Chỉ có một lịch cho mỗi người trên mỗi bảng tính.)`,
  scheduleCompiled: "Bảng tổng hợp này do lịch tự động lập.",
  scheduleRemoved: (count: number) => (count > 0 ? "Đã tắt lịch tự động." : "Chưa có lịch tự động nào để tắt."),
  help: [
    "1. Thiết lập sổ…: tạo các trang Cấu hình, Danh sách thôn, Công việc chung, Tổng hợp, Lịch sử, Lỗi dữ liệu (từ một kế hoạch mẫu).",
    "2. Điền Danh sách thôn (tên, trưởng thôn, email, số hộ…), rồi Tạo/cập nhật tab thôn.",
    "3. Trưởng thôn đánh dấu trên tab của thôn mình; số liệu ở đầu tab tự cập nhật.",
    "4. Kiểm tra chỉ tiêu và dữ liệu: các lỗi cần sửa ghi ở trang Lỗi dữ liệu (tên trang, ô, cách sửa).",
    "5. Lập bảng tổng hợp trước giờ chốt hằng tuần; Bật lịch tự động để sổ tự làm việc này.",
    "Sổ không bao giờ xoá hay ghi đè dữ liệu do người dùng nhập.",
  ].join("\n"),
} as const;

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
  history: "Sổ tự ghi mỗi lần tổng hợp",
  problems: "Sổ tự ghi khi kiểm tra",
  catalogues: "Chỉ cán bộ quản lý sửa bộ tiêu chí",
  village: (name: string) => `Tab của ${name}`,
  template: "Mẫu để sổ tạo tab thôn mới; không sửa",
} as const;

export const SCHEDULE = {
  note: (at: string, ok: boolean, message: string) =>
    ok ? `Lịch tự động chạy lúc ${at}: ${message}` : `Lịch tự động chạy lúc ${at} KHÔNG THÀNH CÔNG: ${message}`,
} as const;

export const SIDEBAR = {
  saved: "Đã lưu cấu hình. Chạy Tạo/cập nhật tab thôn để các tab dùng chỉ tiêu mới.",
  fixFields: "Chưa lưu: sửa các ô có thông báo đỏ.",
  unknownIndicator: (id: string) => `Không còn chỉ tiêu "${id}" trong Cấu hình; tải lại bảng điều khiển.`,
  notReady: (message: string) => `${message} Xem trang "${SHEET_NAMES.problems}".`,
} as const;
