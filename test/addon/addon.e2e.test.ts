// Loads the built dist/Code.js into a fresh vm whose globals are the strict Apps Script fakes, and drives the add-on as
// each kind of person would on a file owned by a gmail.com account: the officer who sets it up (an editor, not the
// owner), a thôn head, a thôn head the file isn't shared with, a former officer, a new officer, and a viewer.
import { MENU_ITEMS } from "../../src/addon/menu";
import { ADDON, CUSTOM_FUNCTION, PROBLEM, TO_FILL } from "../../src/domain/messages";
import { SUMMARY } from "../../src/domain/layout/summary-sheet";
import { fakePlatform, type FakePlatform } from "../fakes/apps-script";
import type { FakeSheet } from "../fakes/spreadsheet-app";
import { type AddonContext, builtFile, loadAddon } from "./build";

const code = builtFile("Code.js");
type Context = AddonContext;
const load = (platform: FakePlatform): Context => loadAddon(platform, code);

const OWNER = "xa.maihoa.ntm@gmail.com";
const OFFICER = "canbo.kinhte.maihoa@gmail.com";
const HEAD = "truongthon1.maihoa@gmail.com";
const UNSHARED_HEAD = "truongthon2.maihoa@gmail.com";
const FORMER = "canbo.cu.maihoa@gmail.com";
const NEW_OFFICER = "canbo.moi.maihoa@gmail.com";
const VIEWER = "bithu.maihoa@gmail.com";
/** Thôn n of plan 000 as the add-on sets it up: the plan names none, so each is "Thôn n (cần ghi tên)", unnamed here. */
const THON = (n: number) => TO_FILL.villageName(n);
/** Their name cells on Danh sách thôn, B4 … B25. */
const THON_CELLS = Array.from({ length: 22 }, (_, i) => `Danh sách thôn!B${4 + i}`);

/** Every cell of every sheet, to show that a refused action wrote nothing. */
function snapshot(platform: FakePlatform): string {
  return JSON.stringify(platform.spreadsheet.sheetList.map((sheet) => [sheet.name, [...sheet.cells], [...sheet.styles]]));
}

function rowOf(sheet: FakeSheet, label: string): number {
  for (const [key, cell] of sheet.cells) if (cell.value === label) return Number(key.split(",")[0]);
  throw new Error(`No row labelled ${label}`);
}

describe("the add-on in a vm, on a gmail-owned workbook, as each kind of user", () => {
  let platform: FakePlatform;
  let gas: Context;

  beforeAll(() => {
    jest.useFakeTimers({ now: new Date("2026-02-05T03:00:00Z"), doNotFake: ["nextTick", "setImmediate"] });
    platform = fakePlatform({ owner: OWNER, editors: [OFFICER, HEAD, FORMER, NEW_OFFICER], viewers: [VIEWER] });
    gas = load(platform);
  });
  afterAll(() => jest.useRealTimers());

  test("before authorisation, onOpen builds the menu and nothing else; viewers get no menu at all", () => {
    platform.runAs(OFFICER, "NONE");
    gas.onOpen?.({ authMode: "NONE" });
    expect(platform.ui.menuAdded).toBe(true);
    expect([...platform.calls.byMethod.keys()].every((method) => /^(Ui|Menu)\.|^SpreadsheetApp\.getUi$/.test(method))).toBe(true);
    expect(platform.ui.menu).toEqual(MENU_ITEMS.map((item) => (item === null ? null : [item[0], item[1]])));
    for (const item of platform.ui.menu) if (item) expect({ item: item[1], type: typeof gas[item[1]] }).toEqual({ item: item[1], type: "function" });
    expect(() => platform.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/Authorization is required/);
    expect([platform.seesMenu(VIEWER), platform.seesMenu(HEAD), platform.seesMenu(OWNER)]).toEqual([false, true, true]);
  });

  test("an officer who is an editor, not the owner, sets up seed 000: sized sheets, protections without a domain", () => {
    platform.runAs(OFFICER);
    // On a workbook not set up yet, the menu opens the sidebar, whose picker starts the chosen plan.
    gas.menuSetUp?.();
    expect(platform.ui.sidebars).toEqual(["sidebar: Sổ Thi Đua"]);
    // Seven sheets of the add-on's own, and the other officer sheets (Đơn vị thi đua, Việc định kỳ, Chỉ tiêu đo lường).
    expect(gas.sidebarStart?.("chinh-trang-2026")).toEqual({ ok: true, message: "Đã thiết lập sổ: tạo 10 trang tính. Đã tạo 22 tab thôn, cập nhật 0 tab." });
    expect(platform.spreadsheet.timeZone).toBe("Asia/Ho_Chi_Minh");
    const config = platform.spreadsheet.sheet("Cấu hình");
    expect(config.cell(rowOf(config, "Email cán bộ quản lý (cách nhau bằng dấu phẩy)"), 2)?.value).toBe(OFFICER);
    expect(config.protections[0]?.editors).toEqual([OWNER, OFFICER]);
    // A gmail.com file has no domain: setDomainEdit would throw, so it is never called there.
    expect(platform.calls.byMethod.get("Protection.setDomainEdit")).toBeUndefined();
    const thon1 = platform.spreadsheet.sheet(THON(1));
    // Its last table (the tasks, with Lãnh đạo phụ trách) ends in column AH.
    expect([thon1.maxRows, thon1.maxCols]).toEqual([115, 34]);
    expect(thon1.validations.get("C16:I115")?.criteria).toBe("CHECKBOX");
    expect([platform.spreadsheet.sheet("Lỗi dữ liệu").maxRows, platform.spreadsheet.sheet("Lỗi dữ liệu").maxCols]).toEqual([5003, 4]);
  });

  test("the officer fills the register; each tab is protected for its head, and a head the file isn't shared with is named", () => {
    const register = platform.spreadsheet.sheet("Danh sách thôn");
    register.getRange(4, 4, 2, 3).setValues([
      [HEAD, "'0912345678", 10],
      [UNSHARED_HEAD, "", 10],
    ]);
    register.getRange(6, 6, 20, 1).setValues(Array.from({ length: 20 }, () => [10]));
    gas.menuGenerateTabs?.();
    expect(platform.ui.lastAlert()).toBe('Đã tạo 0 tab thôn, cập nhật 22 tab.\nCó 1 lỗi dữ liệu: xem trang "Lỗi dữ liệu".');
    const problems = platform.spreadsheet.sheet("Lỗi dữ liệu").getDataRange().getValues();
    const unshared = PROBLEM.headCannotEdit(UNSHARED_HEAD, THON(2));
    expect(problems).toContainEqual([`Danh sách thôn (${THON(2)})`, "D5", unshared.message, unshared.fix]);
    const thon1 = platform.spreadsheet.sheet(THON(1));
    expect(thon1.metadata).toEqual([{ key: "sotd.key", value: "T01" }]);
    expect(thon1.protections[0]?.editors).toEqual([OWNER, OFFICER, HEAD]);
    expect(thon1.formulaAt(16, 10)).toBe('=IF(LEN(B16)=0,"",IF(SUMPRODUCT(((C16:I16=TRUE())+(C16:I16=1)>0)*1)>=1,"✓",""))');
    // The rows through the column headers stay in view, and the KPI labels link into the tab.
    expect(thon1.frozenRows).toBe(15);
    expect(thon1.formulaAt(5, 2)).toBe(`=HYPERLINK("#gid=${thon1.id}&range=M14","Vườn mẫu được nâng cấp")`);
    expect(register.cell(4, 1)?.value).toBe("T01");
    expect(register.cell(4, 5)?.value).toBe("0912345678");
    expect(register.formulaAt(4, 13)).toBe(`=HYPERLINK("#gid=${thon1.id}","Mở tab")`);
    expect(platform.spreadsheet.sheet(THON(2)).mayEdit(UNSHARED_HEAD)).toBe(false);
  });

  test("a thôn head ticks their own tab, can't type on another's, and is told the officers' actions are not theirs", () => {
    const thon1 = platform.spreadsheet.sheet(THON(1));
    thon1.typeByHand(HEAD, 16, 2, Array.from({ length: 10 }, (_, i) => [`Hộ ${i + 1}`, i < 7]));
    thon1.typeByHand(HEAD, 16, 27, [
      // name, owner, leader in charge, deadline, status
      ["Ra quân tổng vệ sinh", "Chi đoàn", null, "30/01/2026", "Đang thực hiện"],
      ["Trồng hàng rào xanh", "Chi hội Phụ nữ", null, "trước 8/2", "Đang thực hiện"],
    ]);
    expect(() => platform.spreadsheet.sheet(THON(3)).typeByHand(HEAD, 16, 2, [["Hộ X"]])).toThrow(/protected cell or object/);

    platform.runAs(HEAD);
    const before = snapshot(platform);
    gas.menuCheck?.();
    expect(platform.ui.lastAlert()).toBe(ADDON.officersOnly(HEAD, OWNER));
    expect(gas.sidebarRun?.("compile")).toEqual({ ok: false, message: ADDON.officersOnly(HEAD, OWNER) });
    gas.menuWeeklyReport?.();
    expect(platform.ui.lastAlert()).toBe(ADDON.officersOnly(HEAD, OWNER));
    expect(gas.sidebarRun?.("report")).toEqual({ ok: false, message: ADDON.officersOnly(HEAD, OWNER) });
    expect(gas.sidebarSaveCampaign?.({ startDate: "2026-01-26", endDate: "2026-02-13", reportWeekday: 5, reportTime: "14:00", indicators: [] })).toMatchObject({
      ok: false,
      message: ADDON.officersOnly(HEAD, OWNER),
    });
    expect(snapshot(platform)).toBe(before);
    // The overview only reads: a head may look at the commune's progress.
    expect(gas.sidebarOverview?.()).toMatchObject({ ok: true, commune: "Mai Hoa" });
  });

  test("a former officer, still an editor of the file, is refused before anything is written", () => {
    platform.runAs(FORMER);
    const before = snapshot(platform);
    gas.menuCompileSummary?.();
    expect(platform.ui.lastAlert()).toBe(ADDON.officersOnly(FORMER, OWNER));
    gas.menuInstallSchedule?.();
    expect(platform.ui.lastAlert()).toBe(ADDON.officersOnly(FORMER, OWNER));
    expect(platform.scriptApp.triggers).toEqual([]);
    expect(snapshot(platform)).toBe(before);
  });

  test("an officer added in Cấu hình can act once an officer has re-run generate to give them the sheets", () => {
    platform.runAs(OFFICER);
    const config = platform.spreadsheet.sheet("Cấu hình");
    config.getRange(rowOf(config, "Email cán bộ quản lý (cách nhau bằng dấu phẩy)"), 2, 1, 1).setValues([[`${OFFICER}, ${NEW_OFFICER}`]]);
    platform.runAs(NEW_OFFICER);
    const before = snapshot(platform);
    gas.menuCheck?.();
    expect(platform.ui.lastAlert()).toBe(ADDON.noEditRights(NEW_OFFICER, OWNER));
    expect(snapshot(platform)).toBe(before);
    platform.runAs(OFFICER);
    gas.menuGenerateTabs?.();
    expect(platform.spreadsheet.sheet(THON(1)).protections[0]?.editors).toEqual([OWNER, OFFICER, HEAD, NEW_OFFICER]);
    platform.runAs(NEW_OFFICER);
    gas.menuCheck?.();
    expect(platform.ui.lastAlert()).toMatch(/^Đã kiểm tra 22 thôn/);
  });

  test("a thôn added later gets its tab from the template, editable by its head and not by other heads", () => {
    platform.runAs(OFFICER);
    const newHead = "truongthon23.maihoa@gmail.com";
    platform.spreadsheet.shareWith(newHead);
    platform.spreadsheet.sheet("Danh sách thôn").getRange(26, 2, 1, 3).setValues([["Thôn Mới", "Lê Văn Mới", newHead]]);
    // Until its tab exists the sidebar says it has no figures, and why.
    expect((gas.sidebarOverview?.() as { warnings: string[] }).warnings).toContain('Chưa có trong bảng vì chưa có tab thôn: Thôn Mới. Cán bộ làm tab: chọn Tiện ích mở rộng ▸ Sổ Thi Đua ▸ Tạo/cập nhật tab thôn.');
    gas.menuGenerateTabs?.();
    expect(platform.ui.lastAlert()).toMatch(/^Đã tạo 1 tab thôn, cập nhật 22 tab\./);
    const added = platform.spreadsheet.sheet("Thôn Mới");
    expect([added.mayEdit(newHead), added.mayEdit(HEAD), added.hidden]).toEqual([true, false, false]);
    expect(platform.spreadsheet.sheet("Mẫu tab thôn (sổ tự dùng)").hidden).toBe(true);
    platform.spreadsheet.sheet("Danh sách thôn").getRange(26, 2, 1, 3).setValues([["", "", ""]]);
    gas.menuGenerateTabs?.();
  });

  test("overdue marking labels the late tasks on the head's tab and in Công việc chung, after tabs were moved and renamed", () => {
    platform.runAs(OFFICER);
    // Between runs a person drags Thôn 1 to the end and renames Thôn 2: the next run still finds each by its key.
    const tabs = platform.spreadsheet.sheetList;
    tabs.push(...tabs.splice(tabs.indexOf(platform.spreadsheet.sheet(THON(1))), 1));
    platform.spreadsheet.sheet(THON(2)).renameByHand("Thôn Hai");
    gas.menuMarkOverdue?.();
    // Thôn 1's late task and its task due soon. Registration (due 27/01/2026) is no task row any more: Đơn vị thi đua
    // lists who has not registered, so Công việc chung's first task (the Hội Phụ nữ's, due 13/02/2026) is not late.
    expect(platform.ui.lastAlert()).toBe("Đánh dấu xong: 1 việc quá hạn, 1 việc sắp đến hạn.");
    const thon1 = platform.spreadsheet.sheet(THON(1));
    // The tasks' tracking column is AG (33), after Lãnh đạo phụ trách; Công việc chung's is H.
    expect([thon1.cell(16, 33)?.value, thon1.cell(17, 33)?.value]).toEqual(["Quá hạn 6 ngày", "Sắp đến hạn"]);
    expect(platform.spreadsheet.sheet("Công việc chung").cell(5, 8)?.value ?? null).toBeNull();
  });

  test("compiling writes the summary figures, the chart and the week in Lịch sử", () => {
    gas.menuCompileSummary?.();
    // The one problem found before, and what plan 000 leaves to fill (Cần bổ sung): the 22 thôn names on Danh sách thôn
    // and the smart village's owner on Chỉ tiêu đo lường (V.1 gives the QĐ 51 targets to the BCĐ).
    expect(platform.ui.lastAlert()).toBe('Đã lập bảng tổng hợp 22 thôn (tuần 2/3) và ghi vào Lịch sử.\nCó 24 lỗi dữ liệu: xem trang "Lỗi dữ liệu".');
    const toFill = platform.spreadsheet.sheet("Lỗi dữ liệu").getDataRange().getValues().filter((r) => String(r[2]).startsWith("Cần bổ sung"));
    expect(toFill.map((r) => `${r[0]}!${r[1]}`)).toEqual([...THON_CELLS, "Chỉ tiêu đo lường!I5"]);
    const summary = platform.spreadsheet.sheet("Tổng hợp");
    const row = summary.getDataRange().getValues().find((r) => r[2] === THON(1));
    expect(row?.slice(1, 11)).toEqual(["T01", THON(1), 7, 10, 0.7, "Đạt", 0, 0, "", "Chưa có số liệu"]);
    expect(row?.slice(15, 18)).toEqual([0, 2, 1]);
    expect(summary.cell(SUMMARY.cutoffRow, 1)?.value).toBe(
      "Số liệu lúc 10:00 thứ Năm, 05/02/2026, tuần 2/3 (31/01/2026 – 06/02/2026); tuần này chốt lúc 14:00 thứ Sáu, 06/02/2026.",
    );
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]?.ranges.map((r) => r.a1())).toEqual(["C9:C31", "F9:F31", "J9:J31", "N9:N31"]);
    const history = platform.spreadsheet.sheet("Lịch sử").getDataRange().getValues().slice(3);
    expect(history.filter((r) => r[2] === "T01").map((r) => [r[0], r[4], r[5], r[6], r[8]])).toContainEqual([2, "Hộ chỉnh trang", 7, 10, "Đạt"]);
  });

  test("Lập báo cáo tuần drafts the report on Báo cáo, officers only, with the print dialog's settings below the page", () => {
    gas.menuWeeklyReport?.();
    expect(platform.ui.lastAlert()).toMatch(/^Đã lập bảng tổng hợp 22 thôn \(tuần 2\/3\), ghi vào Lịch sử, và lập báo cáo tuần 2 ở trang Báo cáo\./);
    const report = platform.spreadsheet.sheet("Báo cáo");
    const rows = report.getDataRange().getValues();
    expect(rows[0]?.slice(0, 3)).toEqual(["UBND XÃ MAI HOA", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(rows.some((row) => String(row[0]).startsWith("Khi in hoặc tải PDF"))).toBe(true);
    expect(report.protections[0]?.editors).toEqual([OWNER, OFFICER, NEW_OFFICER]);
    expect(report.mayEdit(HEAD)).toBe(false);
  });

  test("formats changed by hand stay until the officer asks for a repair, which restores them and nothing else", () => {
    const thon1 = platform.spreadsheet.sheet(THON(1));
    const checkboxes = thon1.validations.get("C16:I115");
    const typedBefore = JSON.stringify([...thon1.cells]);
    thon1.validations.clear();
    gas.menuGenerateTabs?.();
    expect(thon1.validations.size).toBe(0);
    gas.menuRepairTabs?.();
    // (Thôn Mới, taken off the register above, keeps its tab, marked.)
    expect(platform.ui.lastAlert()).toMatch(/^Đã tạo 0 tab thôn, cập nhật 22 tab, đánh dấu 1 tab thôn đã bỏ\./);
    expect(thon1.validations.get("C16:I115")).toEqual(checkboxes);
    expect(JSON.stringify([...thon1.cells])).toBe(typedBefore);
  });

  test("with someone else's run holding the lock, an action says so and changes nothing", () => {
    platform.lock.busy = true;
    const before = snapshot(platform);
    gas.menuCompileSummary?.();
    expect(platform.ui.lastAlert()).toBe(ADDON.busy);
    expect(snapshot(platform)).toBe(before);
    platform.lock.busy = false;
  });

  test("the schedule: installing twice leaves one trigger; its Friday run compiles and says so on Tổng hợp", () => {
    gas.menuInstallSchedule?.();
    gas.menuInstallSchedule?.();
    expect(platform.scriptApp.triggers.map((t) => [t.owner, t.everyDays, t.hour, t.timeZone])).toEqual([[OFFICER, 1, 13, "Asia/Ho_Chi_Minh"]]);
    expect(platform.ui.lastAlert()).toMatch(/^Đã bật lịch tự động: mỗi ngày khoảng 13:00/);
    const uid = platform.scriptApp.triggers[0]?.getUniqueId();

    jest.setSystemTime(new Date("2026-02-06T06:10:00Z"));
    platform.spreadsheet.sheet(THON(1)).typeByHand(HEAD, 24, 3, [[true]]);
    // The run belongs to the officer who installed it, with no user interface to show anything in.
    platform.runAs(OFFICER, "FULL", true);
    gas.scheduledRun?.({ triggerUid: uid, authMode: "FULL" });
    const summary = platform.spreadsheet.sheet("Tổng hợp");
    const row = summary.getDataRange().getValues().find((r) => r[2] === THON(1));
    expect(row?.slice(3, 7)).toEqual([8, 10, 0.8, "Vượt"]);
    expect(summary.cell(SUMMARY.scheduleRow, 1)?.value).toMatch(/^Lịch tự động chạy lúc 13:10 06\/02\/2026: Đánh dấu xong: 1 việc quá hạn/);
    expect(platform.spreadsheet.sheet(THON(1)).cell(16, 33)?.value).toBe("Quá hạn 7 ngày");
    expect(JSON.parse(platform.properties.values.get("sotd.lastScheduledRun") ?? "{}")).toMatchObject({ at: "2026-02-06T06:10:00.000Z", ok: true });
  });

  test("a scheduled run that can't reach the document is not silent: the sidebar shows its failure", () => {
    const uid = platform.scriptApp.triggers[0]?.getUniqueId();
    jest.setSystemTime(new Date("2026-02-07T06:10:00Z"));
    platform.triggerReachesDocument = false;
    platform.runAs(OFFICER, "FULL", true);
    gas.scheduledRun?.({ triggerUid: uid, authMode: "FULL" });
    platform.triggerReachesDocument = true;
    platform.runAs(OFFICER);
    const overview = gas.sidebarOverview?.() as { schedule: unknown };
    expect(overview.schedule).toEqual({ at: "2026-02-07T06:10:00.000Z", ok: false, message: ADDON.noDocument });
    // A manual compile then puts the failure on Tổng hợp too.
    gas.menuCompileSummary?.();
    expect(platform.spreadsheet.sheet("Tổng hợp").cell(SUMMARY.scheduleRow, 1)?.value).toBe(`Lịch tự động chạy lúc 13:10 07/02/2026 KHÔNG THÀNH CÔNG: ${ADDON.noDocument}`);
  });

  test("each person removes only their own schedule; a call from outside a trigger does nothing", () => {
    platform.runAs(HEAD);
    const before = snapshot(platform);
    gas.scheduledRun?.({});
    gas.menuRemoveSchedule?.();
    expect(platform.ui.lastAlert()).toBe("Chưa có lịch tự động nào để tắt.");
    expect(platform.scriptApp.triggers).toHaveLength(1);
    expect(snapshot(platform)).toBe(before);
    platform.runAs(OFFICER);
    gas.menuRemoveSchedule?.();
    expect(platform.scriptApp.triggers).toEqual([]);
  });

  test("custom functions take a value or a range, read dates in the file's own time zone, and need today's date passed", () => {
    platform.runAs("", "CUSTOM_FUNCTION");
    platform.spreadsheet.timeZone = "Asia/Tokyo";
    const tokyoMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 9 * 3600_000);
    expect(gas.DANH_GIA_CHI_TIEU?.(7, 10, 70, 80)).toEqual([[0.7, "Đạt"]]);
    expect(gas.DANH_GIA_CHI_TIEU?.([[7], [8], [0]], [[10], [10], [0]], 70, 80)).toEqual([[0.7, "Đạt"], [0.8, "Vượt"], ["", "Chưa có số liệu"]]);
    // A blank minimum cell (a plan that states none) reaches the function as "": counted, not judged.
    expect(gas.DANH_GIA_CHI_TIEU?.(1, 2, "", "")).toEqual([[0.5, "Chưa có mức chỉ tiêu"]]);
    expect(gas.NGAY_HAN?.("quý I/2024")).toEqual(tokyoMidnight("2024-03-31"));
    expect(gas.NGAY_HAN?.([["tháng 8/2024"], ["sau Tết"]])).toEqual([[tokyoMidnight("2024-08-31")], ['Không hiểu thời hạn "sau Tết".']]);
    const today = tokyoMidnight("2026-02-05");
    expect(gas.NHAN_HAN?.("30/01/2026", "Đang thực hiện", "", today)).toBe("Quá hạn 6 ngày");
    // A date cell holding 26/01/2026 in Tokyo is 25/01 15:00 UTC, still the 26th: completed on time.
    expect(gas.NHAN_HAN?.([["30/01/2026"], [tokyoMidnight("2026-01-26")]], [["Hoàn thành"], ["Hoàn thành"]], [[tokyoMidnight("2026-02-01")], [tokyoMidnight("2026-01-26")]], today)).toEqual([
      ["Hoàn thành trễ hạn"],
      [""],
    ]);
    expect(gas.NHAN_HAN?.("30/01/2026", "Đang thực hiện", "")).toBe(CUSTOM_FUNCTION.needToday);
    expect(() => platform.globals.Session.getEffectiveUser()).toThrow(/permission/);
    platform.spreadsheet.timeZone = "Asia/Ho_Chi_Minh";
  });

  test("help and the sidebar open without touching the workbook", () => {
    platform.runAs(OFFICER);
    platform.calls.reset();
    gas.menuHelp?.();
    gas.menuOpenSidebar?.();
    expect(platform.ui.lastAlert()).toMatch(/^1\. Thiết lập sổ…/);
    expect(platform.ui.sidebars).toEqual(["sidebar: Sổ Thi Đua", "sidebar: Sổ Thi Đua"]);
    expect([...platform.calls.byMethod.keys()].filter((k) => !/^(Ui\.|SpreadsheetApp\.getUi|Html)/.test(k))).toEqual([]);
  });
});
