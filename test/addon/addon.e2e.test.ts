// Loads the built dist/Code.js into a fresh vm whose globals are the Apps Script fakes, and drives the add-on as
// an officer would from the menu: set up, register, tabs, typing, overdue, compile, schedule, custom functions.
import * as vm from "node:vm";
import { MENU_ITEMS } from "../../src/addon/menu";
import { fakePlatform, type FakePlatform } from "../fakes/apps-script";
import { builtFile } from "./build";

const code = builtFile("Code.js");
type Context = Record<string, (...args: unknown[]) => unknown>;

function load(platform: FakePlatform): Context {
  // The only globals are the fakes. Date is shared with the test's realm so dates crossing the fake stay dates,
  // as they do in Apps Script's single realm.
  const context = vm.createContext({ ...platform.globals, Date });
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as unknown as Context;
}

const HEAD_EMAIL = "truongthon1@gmail.com";

describe("the add-on in a vm, on a seeded workbook", () => {
  let platform: FakePlatform;
  let gas: Context;

  beforeAll(() => {
    jest.useFakeTimers({ now: new Date("2026-02-05T03:00:00Z"), doNotFake: ["nextTick", "setImmediate"] });
    platform = fakePlatform();
    gas = load(platform);
  });
  afterAll(() => jest.useRealTimers());

  test("onOpen in AuthMode.NONE builds the menu and touches nothing else", () => {
    gas.onOpen?.({ authMode: "NONE" });
    expect(platform.ui.menuAdded).toBe(true);
    expect([...platform.calls.byMethod.keys()]).toEqual(["Ui.createAddonMenu"]);
    expect(platform.ui.menu).toEqual(MENU_ITEMS.map((item) => (item === null ? null : [item[0], item[1]])));
    for (const item of platform.ui.menu) if (item) expect({ item: item[1], type: typeof gas[item[1]] }).toEqual({ item: item[1], type: "function" });
  });

  test("set up from the seed 000 preset", () => {
    platform.ui.answer = ["OK", "chinh-trang-2026"];
    gas.menuSetUp?.();
    expect(platform.ui.lastAlert()).toBe("Đã thiết lập sổ: tạo 7 trang tính. Đã tạo 22 tab thôn, cập nhật 0 tab.");
    expect(platform.spreadsheet.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(platform.spreadsheet.sheetList.map((s) => s.name).slice(0, 7)).toEqual(["Cấu hình", "Danh sách thôn", "Công việc chung", "Tổng hợp", "Lịch sử", "Lỗi dữ liệu", "Bộ tiêu chí"]);
  });

  test("the officer fills the register, then tabs are updated with protections for each head", () => {
    const register = platform.spreadsheet.sheet("Danh sách thôn");
    register.getRange(4, 4, 1, 3).setValues([[HEAD_EMAIL, "'0912345678", 10]]);
    register.getRange(5, 6, 21, 1).setValues(Array.from({ length: 21 }, () => [10]));
    gas.menuGenerateTabs?.();
    expect(platform.ui.lastAlert()).toBe("Đã tạo 0 tab thôn, cập nhật 22 tab.");
    expect(platform.spreadsheet.sheetList).toHaveLength(7 + 22);
    const thon1 = platform.spreadsheet.sheet("Thôn 1");
    expect(thon1.metadata).toEqual([{ key: "sotd.key", value: "T01" }]);
    expect(thon1.protections[0]?.editors).toEqual(["canbo.kinhte@maihoa.gov.vn", HEAD_EMAIL]);
    expect(platform.spreadsheet.sheet("Tổng hợp").protections[0]?.editors).toEqual(["canbo.kinhte@maihoa.gov.vn"]);
    expect(thon1.formulaAt(16, 10)).toBe('=IF(LEN(B16)=0,"",COUNTIF(C16:I16,TRUE())>=1)');
    expect(register.cell(4, 1)?.value).toBe("T01");
    expect(register.cell(4, 5)?.value).toBe("0912345678");
    expect(register.formulaAt(4, 13)).toBe(`=HYPERLINK("#gid=${thon1.id}","Mở tab")`);
    expect(thon1.validations.get("C16:I2015")?.criteria).toBe("CHECKBOX");
  });

  test("a head ticks households and updates tasks; overdue marking labels the late one", () => {
    const thon1 = platform.spreadsheet.sheet("Thôn 1");
    thon1.getRange(16, 2, 10, 2).setValues(Array.from({ length: 10 }, (_, i) => [`Hộ ${i + 1}`, i < 7]));
    thon1.getRange(16, 27, 2, 4).setValues([
      ["Ra quân tổng vệ sinh", "Chi đoàn", "'30/01/2026", "Đang thực hiện"],
      ["Trồng hàng rào xanh", "Chi hội Phụ nữ", "'trước 8/2", "Đang thực hiện"],
    ]);
    gas.menuMarkOverdue?.();
    expect(platform.ui.lastAlert()).toBe("Đánh dấu xong: 2 việc quá hạn, 1 việc sắp đến hạn.");
    expect([thon1.cell(16, 32)?.value, thon1.cell(17, 32)?.value]).toEqual(["Quá hạn 6 ngày", "Sắp đến hạn"]);
    expect(platform.spreadsheet.sheet("Công việc chung").cell(5, 7)?.value).toBe("Quá hạn 9 ngày");
  });

  test("compiling writes the summary figures, the chart and the week in Lịch sử", () => {
    gas.menuCompileSummary?.();
    expect(platform.ui.lastAlert()).toBe("Đã lập bảng tổng hợp 22 thôn (tuần 2/3) và ghi vào Lịch sử.");
    const summary = platform.spreadsheet.sheet("Tổng hợp");
    const row = summary.getDataRange().getValues().find((r) => r[2] === "Thôn 1");
    expect(row?.slice(1, 11)).toEqual(["T01", "Thôn 1", 7, 10, 0.7, "Đạt", 0, 0, "", "Chưa có số liệu"]);
    expect(row?.slice(15, 18)).toEqual([0, 2, 1]);
    expect(summary.cell(3, 1)?.value).toBe("Số liệu tính đến 14:00 thứ Sáu, 06/02/2026 (tuần 2/3); lập lúc 05/02/2026 10:00");
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]?.ranges.map((r) => r.a1())).toEqual(["C6:C28", "F6:F28", "J6:J28", "N6:N28"]);
    const history = platform.spreadsheet.sheet("Lịch sử").getDataRange().getValues().slice(3);
    expect(history.filter((r) => r[2] === "T01").map((r) => [r[0], r[4], r[5], r[6], r[8]])).toContainEqual([2, "Hộ chỉnh trang", 7, 10, "Đạt"]);
  });

  test("a data problem is pointed to after the action's own line", () => {
    platform.spreadsheet.sheet("Thôn 2").getRange(16, 2, 1, 2).setValues([["Hộ A", "có"]]);
    gas.menuCheck?.();
    expect(platform.ui.lastAlert()).toBe('Đã kiểm tra 22 thôn: 21 thôn có chỉ tiêu chưa đạt, 2 lỗi dữ liệu.\nCó 2 lỗi dữ liệu: xem trang "Lỗi dữ liệu".');
    const problems = platform.spreadsheet.sheet("Lỗi dữ liệu").getDataRange().getValues().slice(3);
    expect(problems).toContainEqual(["Thôn 2", "C16", '"có" không phải ô đánh dấu.', "Chỉ đánh dấu (✓) hoặc bỏ đánh dấu ô này; không gõ chữ."]);
    platform.spreadsheet.sheet("Thôn 2").getRange(16, 2, 1, 2).setValues([["", ""]]);
  });

  test("with someone else's run holding the lock, an action says so and changes nothing", () => {
    platform.lock.busy = true;
    const before = platform.spreadsheet.sheet("Tổng hợp").getDataRange().getValues();
    gas.menuCompileSummary?.();
    expect(platform.ui.lastAlert()).toBe("Đang có người khác chạy một thao tác của Sổ Thi Đua trên bảng tính này. Đợi một lát rồi thử lại.");
    expect(platform.spreadsheet.sheet("Tổng hợp").getDataRange().getValues()).toEqual(before);
    platform.lock.busy = false;
  });

  test("installing the schedule twice leaves one daily trigger an hour before the cut-off; removing leaves none", () => {
    gas.menuInstallSchedule?.();
    gas.menuInstallSchedule?.();
    expect(platform.scriptApp.triggers.map((t) => [t.getHandlerFunction(), t.everyDays, t.hour, t.timeZone])).toEqual([["scheduledRun", 1, 13, "Asia/Ho_Chi_Minh"]]);
    expect(platform.ui.lastAlert()).toMatch(/^Đã bật lịch tự động: mỗi ngày khoảng 13:00/);
    gas.menuRemoveSchedule?.();
    expect(platform.scriptApp.triggers).toEqual([]);
  });

  test("the scheduled run on the report Friday marks overdue work and compiles week 2 before the cut-off", () => {
    jest.setSystemTime(new Date("2026-02-06T06:10:00Z"));
    platform.spreadsheet.sheet("Thôn 1").getRange(24, 3, 1, 1).setValues([[true]]);
    gas.scheduledRun?.({});
    const row = platform.spreadsheet.sheet("Tổng hợp").getDataRange().getValues().find((r) => r[2] === "Thôn 1");
    expect(row?.slice(3, 7)).toEqual([8, 10, 0.8, "Vượt"]);
    expect(platform.spreadsheet.sheet("Thôn 1").cell(16, 32)?.value).toBe("Quá hạn 7 ngày");
    expect(platform.properties.getProperty("sotd.lastScheduledRun")).toMatch(/^2026-02-06T06:10:00.000Z Đánh dấu xong/);
  });

  test("custom functions take a value or a range and return arrays for ranges", () => {
    expect(gas.DANH_GIA_CHI_TIEU?.(7, 10, 70, 80)).toEqual([[0.7, "Đạt"]]);
    expect(gas.DANH_GIA_CHI_TIEU?.([[7], [8], [0]], [[10], [10], [0]], 70, 80)).toEqual([[0.7, "Đạt"], [0.8, "Vượt"], ["", "Chưa có số liệu"]]);
    expect(gas.NGAY_HAN?.("quý I/2024")).toEqual(new Date("2024-03-30T17:00:00Z"));
    expect(gas.NGAY_HAN?.([["tháng 8/2024"], ["sau Tết"]])).toEqual([[new Date("2024-08-30T17:00:00Z")], ['Không hiểu thời hạn "sau Tết".']]);
    const today = new Date("2026-02-04T17:00:00Z");
    expect(gas.NHAN_HAN?.("30/01/2026", "Đang thực hiện", "", today)).toBe("Quá hạn 6 ngày");
    expect(gas.NHAN_HAN?.([["30/01/2026"], [new Date("2026-01-26T17:00:00Z")]], [["Hoàn thành"], ["Hoàn thành"]], [[new Date("2026-02-01T17:00:00Z")], [""]], today)).toEqual([
      ["Hoàn thành trễ hạn"],
      [""],
    ]);
  });

  test("help and the sidebar open without touching the workbook", () => {
    platform.calls.reset();
    gas.menuHelp?.();
    gas.menuOpenSidebar?.();
    expect(platform.ui.lastAlert()).toMatch(/^1\. Thiết lập sổ…/);
    expect(platform.ui.sidebars).toEqual(["sidebar: Sổ Thi Đua"]);
    expect([...platform.calls.byMethod.keys()].filter((k) => !k.startsWith("Ui."))).toEqual([]);
  });
});
