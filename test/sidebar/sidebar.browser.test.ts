/// <reference lib="dom" />
// Tests the sidebar in real Chromium against the real server functions on a seeded (fake) Google Sheets workbook.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { fillSampleRegister, fillSampleTabs } from "../../src/actions/fill-sample-data";
import { generateTabs } from "../../src/actions/generate-tabs";
import { markOverdue } from "../../src/actions/mark-overdue";
import { overview } from "../../src/actions/overview";
import { checkCampaign } from "../../src/actions/check";
import { compileSummary } from "../../src/domain/summary";
import { setUpWorkbook } from "../../src/actions/set-up";
import { DEMO_NOW } from "../../src/cli/main";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { formatPercent } from "../../src/domain/verdicts";
import { SheetsWorkbook } from "../../src/workbook/sheets-workbook";
import { fakePlatform, type FakePlatform } from "../fakes/apps-script";
import { builtFile, ROOT } from "../addon/build";
import { AXE_SOURCE, CHROMIUM, launch, openSidebar } from "./browser";

const HOSTILE = "<img src=x onerror=alert(1)>";
const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? path.join(ROOT, "docs") : mkdtempSync(path.join(tmpdir(), "sotd-shots-"));

function seed(rename?: (platform: FakePlatform) => void): FakePlatform {
  const platform = fakePlatform();
  Object.assign(globalThis, platform.globals);
  platform.spreadsheet.setSpreadsheetTimeZone("Asia/Ho_Chi_Minh");
  const workbook = new SheetsWorkbook(platform.spreadsheet, platform.globals.SpreadsheetApp, "canbo.kinhte@maihoa.gov.vn");
  setUpWorkbook(workbook, CHINH_TRANG_2026);
  rename?.(platform);
  fillSampleRegister(workbook);
  generateTabs(workbook);
  fillSampleTabs(workbook);
  markOverdue(workbook, DEMO_NOW);
  return platform;
}

const workbookOf = (platform: FakePlatform) => new SheetsWorkbook(platform.spreadsheet, platform.globals.SpreadsheetApp, "canbo.kinhte@maihoa.gov.vn");

async function tab(page: Page, label: string): Promise<void> {
  await page.getByRole("tab", { name: label }).click();
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE() });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}, ${v.count})`);
}

let browser: Browser;
const html = builtFile("sidebar.html");

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium).`);
  jest.useFakeTimers({ now: DEMO_NOW, doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] });
  browser = await launch();
});

afterAll(async () => {
  jest.useRealTimers();
  await browser?.close();
});

describe("on the demo workbook (22 thôn)", () => {
  let platform: FakePlatform;
  let page: Page;
  const calls: string[] = [];

  beforeAll(async () => {
    platform = seed();
    page = await openSidebar(browser, html, calls);
    await page.locator(".village").nth(21).waitFor();
  });

  test("Tổng quan shows all 22 thôn with the right percentages and verdicts", async () => {
    const expected = overview(workbookOf(platform), DEMO_NOW, null);
    if (!expected.ok) throw new Error(expected.message);
    const shown = await page.$$eval(".village", (cards) =>
      cards.map((card) => ({
        name: card.querySelector("h3")?.textContent,
        verdicts: Array.from(card.querySelectorAll(".verdict"), (v) => v.textContent),
      })),
    );
    expect(shown).toHaveLength(22);
    expect(shown).toEqual(
      expected.villages.map((v) => ({ name: v.name, verdicts: v.indicators.map((i) => `${formatPercent(i.ratio)} · ${i.verdict}`) })),
    );
    expect(shown.slice(0, 3).map((v) => v.name)).toEqual(["Thôn 1", "Thôn 2", "Thôn 3"]);
    expect(await page.locator("#period").textContent()).toBe(
      "Số liệu lúc 10:00 thứ Sáu, 06/02/2026, tuần 2/3 (31/01/2026 – 06/02/2026); tuần này chốt lúc 14:00 thứ Sáu, 06/02/2026.",
    );
    expect(calls.filter((c) => c === "sidebarOverview")).toHaveLength(1);
    await page.screenshot({ path: path.join(SHOTS, "sidebar-tong-quan.png") });
  });

  test("sorting by rank shows Tổng hợp's order and states its rule", async () => {
    const expected = overview(workbookOf(platform), DEMO_NOW, null);
    if (!expected.ok) throw new Error(expected.message);
    await page.selectOption("#sort", "rank");
    const shown = await page.$$eval(".village", (cards) => cards.map((card) => [card.querySelector("h3")?.textContent, card.querySelector(".rank")?.textContent]));
    const rule = await page.locator("#rank-rule").textContent();
    await page.selectOption("#sort", "name");
    const summary = compileSummary(CHINH_TRANG_2026.campaign, checkCampaign(workbookOf(platform), DEMO_NOW).readout as never, DEMO_NOW);
    expect(shown).toEqual(summary.rows.map((row) => [row.name, row.rank === null ? "Chưa xếp hạng" : `Hạng ${row.rank}`]));
    expect(shown[0]?.[1]).toBe("Hạng 1");
    expect(rule).toBe(expected.rankRule);
    expect(rule).toContain("ít việc quá hạn hơn");
  });

  test("clicking Tổng hợp updates the workbook and the view", async () => {
    expect(await page.locator("#last-compile").textContent()).toBe("Chưa lập bảng tổng hợp.");
    const thon1 = platform.spreadsheet.sheet("Thôn 1");
    // Thôn 1 lists 90 households, the first 50 renovated; 15 more are ticked before compiling.
    thon1.getRange(66, 3, 15, 1).setValues(Array.from({ length: 15 }, () => [true]));
    await tab(page, "Thao tác");
    const button = page.getByRole("button", { name: "Tổng hợp", exact: true });
    await button.click();
    await page.locator("#action-result", { hasText: "Đã lập bảng tổng hợp" }).waitFor();
    expect(await page.locator("#action-result").textContent()).toMatch(/^Đã lập bảng tổng hợp 22 thôn \(tuần 2\/3\) và ghi vào Lịch sử\./);
    expect(await button.isEnabled()).toBe(true);
    const summary = platform.spreadsheet.sheet("Tổng hợp").getDataRange().getValues().find((row) => row[2] === "Thôn 1");
    expect(summary?.slice(3, 7)).toEqual([65, 90, 65 / 90, "Đạt"]);
    await page.screenshot({ path: path.join(SHOTS, "sidebar-thao-tac.png") });
    await tab(page, "Tổng quan");
    await page.locator("#last-compile", { hasText: "Tổng hợp lần cuối: 10:00 06/02/2026" }).waitFor();
    expect(await page.locator('.village[data-id="T01"] .verdict').first().textContent()).toBe("72,2% · Đạt");
  });

  test("clicking Lập báo cáo tuần compiles and drafts the week's report on Báo cáo", async () => {
    await tab(page, "Thao tác");
    await page.getByRole("button", { name: "Lập báo cáo tuần" }).click();
    await page.locator("#action-result", { hasText: "báo cáo tuần 2" }).waitFor();
    expect(await page.locator("#action-result").textContent()).toMatch(
      /^Đã lập bảng tổng hợp 22 thôn \(tuần 2\/3\), ghi vào Lịch sử, và lập báo cáo tuần 2 ở trang Báo cáo\. In hoặc tải PDF theo dòng hướng dẫn ở cuối trang đó;/,
    );
    const report = platform.spreadsheet.sheet("Báo cáo").getDataRange().getValues();
    expect([report[0]?.[0], report[5]?.[1]]).toEqual(["UBND XÃ MAI HOA", "BÁO CÁO"]);
    await tab(page, "Tổng quan");
  });

  test("a bad date in the form shows the Vietnamese message beside it and saves nothing", async () => {
    await tab(page, "Cấu hình");
    await page.getByLabel("Ngày bắt đầu (ngày/tháng/năm)").waitFor();
    const before = platform.spreadsheet.sheet("Cấu hình").getDataRange().getValues();
    await page.getByLabel("Ngày bắt đầu (ngày/tháng/năm)").fill("31/02/2026");
    await page.getByRole("button", { name: "Lưu cấu hình" }).click();
    expect(await page.locator("#f-startDate-error").textContent()).toBe('"31/02/2026" không phải ngày hợp lệ.');
    expect(await page.getByLabel("Ngày bắt đầu (ngày/tháng/năm)").getAttribute("aria-invalid")).toBe("true");
    expect(calls).not.toContain("sidebarSaveCampaign");
    expect(platform.spreadsheet.sheet("Cấu hình").getDataRange().getValues()).toEqual(before);
    await page.screenshot({ path: path.join(SHOTS, "sidebar-cau-hinh.png"), fullPage: true });
  });

  test("a valid change is saved through one server call that validates again", async () => {
    await page.getByLabel("Ngày bắt đầu (ngày/tháng/năm)").fill("26/01/2026");
    await page.getByLabel("Tối thiểu (%)").first().fill("75");
    await page.getByRole("button", { name: "Lưu cấu hình" }).click();
    await page.locator(".status", { hasText: "Đã lưu cấu hình" }).waitFor();
    expect(calls.filter((c) => c === "sidebarSaveCampaign")).toHaveLength(1);
    expect(platform.spreadsheet.sheet("Cấu hình").cell(5, 11)?.value).toBe(75);
    // The cadence select shows the campaign's own (weekly), and saving it keeps it.
    expect(await page.getByLabel("Kỳ báo cáo").inputValue()).toBe("weekly");
    expect(platform.spreadsheet.sheet("Cấu hình").getDataRange().getValues().find((row) => row[0] === "Kỳ báo cáo")?.[1]).toBe("Hằng tuần");
    const aimBelow = entrySave({ startDate: "2026-01-26", endDate: "2026-02-13", reportWeekday: 5, reportTime: "14:00", indicators: [{ id: "HO", name: "Hộ", minimum: 80, aim: 70 }] });
    expect(aimBelow).toEqual({ ok: false, message: "Chưa lưu: sửa các ô có thông báo đỏ.", errors: { "indicators.0.aim": "Mức phấn đấu thấp hơn mức tối thiểu." } });
  });

  test("at 300 px nothing scrolls sideways, on every tab", async () => {
    for (const label of ["Tổng quan", "Thao tác", "Cấu hình"]) {
      await tab(page, label);
      expect({ label, fits: await noHorizontalScroll(page) }).toEqual({ label, fits: true });
    }
  });

  test("axe-core finds no serious or critical accessibility violation on any tab", async () => {
    for (const label of ["Tổng quan", "Thao tác", "Cấu hình"]) {
      await tab(page, label);
      expect({ label, violations: await seriousViolations(page) }).toEqual({ label, violations: [] });
    }
  });
});

function entrySave(form: unknown) {
  // The server validates what arrives even when a client skipped its own check.
  return (require("../../src/addon/index") as typeof import("../../src/addon/index")).sidebarSaveCampaign(form);
}

describe("a hostile thôn name", () => {
  test("shows as text: no dialog, no injected element", async () => {
    const platform = seed((p) => p.spreadsheet.sheet("Danh sách thôn").getRange(4, 2, 1, 1).setValues([[`'${HOSTILE}`]]));
    const page = await openSidebar(browser, html, []);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.locator(".village").nth(21).waitFor();
    expect(await page.locator(".village h3", { hasText: HOSTILE }).count()).toBe(1);
    expect(await page.locator("img").count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toBe(0);
    expect(platform.spreadsheet.sheet("Danh sách thôn").cell(4, 2)?.value).toBe(HOSTILE);
    await page.close();
  });
});

describe("a workbook not set up yet", () => {
  test("the officer picks a seed plan in the sidebar and the overview fills with its thôn", async () => {
    const platform = fakePlatform();
    Object.assign(globalThis, platform.globals);
    const calls: string[] = [];
    const page = await openSidebar(browser, html, calls);
    await page.getByLabel("Kế hoạch mẫu").waitFor();
    expect(await page.locator("#preset option").allTextContents()).toEqual([
      "Chỉnh trang khu dân cư 2026 (xã Mai Hoa)",
      "NTM nâng cao / kiểu mẫu 2024 (xã Mai Đình)",
      "Cao điểm xã NTM kiểu mẫu 2023 (xã Hà Sơn)",
      "Cao điểm huyện NTM 2021 (khu dân cư mẫu, vườn mẫu)",
      "Dân vận khéo 2026–2030 (xã Phú Thịnh)",
      "Phong trào mới (để trống)",
    ]);
    await page.selectOption("#preset", "ntm-nang-cao-2024");
    await page.getByRole("button", { name: "Bắt đầu từ kế hoạch này" }).click();
    await page.locator(".village").nth(3).waitFor();
    const villages = await page.$$eval(".village", (cards) => cards.map((card) => [card.querySelector("h3")?.textContent, card.querySelector(".verdict")?.textContent]));
    expect(villages).toEqual([
      ["Giáp Ngũ", "— · Chưa có số liệu"],
      ["Mai Hạ", "83,3% · Chưa đạt"],
      ["Thắng Lợi", "14,3% · Chưa đạt"],
      ["Vọng Giang", "— · Chưa có số liệu"],
    ]);
    expect(platform.spreadsheet.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(calls).toContain("sidebarStart");
    await page.close();
  });
});

describe("registration of works (Đơn vị thi đua)", () => {
  test("after 27/01/2026 the overview names who registered no work: the organisation with nothing on Công việc chung", async () => {
    const platform = seed();
    const page = await openSidebar(browser, html, []);
    await page.locator(".village").nth(21).waitFor();
    // Every demo thôn marked its registration done, and four of the five organisations registered a work of their own on
    // Công việc chung (the work the plan assigns them is no registration).
    expect(await page.locator("#not-registered").textContent()).toBe("Chưa đăng ký công trình, phần việc: Ủy ban MTTQ xã.");
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    expect((overview(workbookOf(platform), DEMO_NOW, null) as { notRegistered: string[] }).notRegistered).toEqual(["Ủy ban MTTQ xã"]);
  });
});

describe("what only the owner can fix, and a failed scheduled run", () => {
  test("the overview lists a head the file isn't shared with, and the schedule's failure as an alert", async () => {
    const platform = seed();
    platform.spreadsheet.sheet("Danh sách thôn").getRange(4, 4, 1, 1).setValues([["truongthon1@gmail.com"]]);
    platform.properties.values.set("sotd.lastScheduledRun", JSON.stringify({ at: "2026-02-06T06:00:00.000Z", ok: false, message: "Lỗi thử." }));
    const page = await openSidebar(browser, html, []);
    await page.locator(".village").nth(21).waitFor();
    expect(await page.locator("#warnings li").allTextContents()).toEqual([
      // Plan 000 names no one for its two measured targets: their owner cells wait for the officer.
      'Cần bổ sung 1 ô kế hoạch không ghi (xem đầu trang "Lỗi dữ liệu"): Chỉ tiêu đo lường!I5.',
      "Email truongthon1@gmail.com của trưởng Thôn 1 chưa được chia sẻ quyền chỉnh sửa bảng tính, nên chưa đánh dấu được trên tab thôn.",
    ]);
    expect(await page.getByRole("alert").textContent()).toBe("Lịch tự động chạy lúc 13:00 06/02/2026 KHÔNG THÀNH CÔNG: Lỗi thử.");
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "sidebar-canh-bao.png") });
    await page.close();
  });
});
