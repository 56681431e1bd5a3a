// Tests preset 004 ("Dân vận khéo", xã Phú Thịnh 2026–2030) against issue 10: it holds what the plan says and invents
// nothing. Where the plan is silent (who reviews, when, how often inspections run, the award standards, which xóm and
// how many) the cell says "(cần bổ sung)" and is listed for the officer; on day one the summary ranks, praises and
// reminds no one. Tests of the xóm's tabs first do what the officer does: write the xóm in Danh sách thôn, make tabs. Other 004 checks live in test/cli/presets.test.ts (the minimum read as 100, not 09/04/1900; the years),
// test/actions/presets-invent-nothing.test.ts (no cut-off) and test/actions/report-presets.test.ts.
import { checkCampaign } from "../../../src/actions/check";
import { compileCampaignSummary } from "../../../src/actions/compile-summary";
import { generateTabs } from "../../../src/actions/generate-tabs";
import { overview } from "../../../src/actions/overview";
import { startFromPreset } from "../../../src/actions/start-from-preset";
import { vietnamInstant } from "../../../src/domain/dates";
import { INDICATORS_TABLE } from "../../../src/domain/layout/columns";
import { COUNT_FORMAT, PERCENT_FORMAT } from "../../../src/domain/layout/format";
import { CONFIG_LAYOUT, VILLAGE_TAB, firstDataRow, placement, sheetColumn, type TablePlacement } from "../../../src/domain/layout/sheets";
import { SUMMARY } from "../../../src/domain/layout/summary-sheet";
import { PROPOSAL, SHEET_NAMES, TO_FILL, VERDICT } from "../../../src/domain/messages";
import { BLANK, findPreset } from "../../../src/domain/presets";
import { CHINH_TRANG_2026 } from "../../../src/domain/presets/chinh-trang-2026";
import { DAN_VAN_KHEO_2026 } from "../../../src/domain/presets/dan-van-kheo-2026";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { engineFor } from "../../formula-engine";
import { setUpWorkbook } from "../../../src/actions/set-up";
import { nameVillages, setCutoff } from "../../helpers";
import { compact } from "../../workbook/contract";

const preset = DAN_VAN_KHEO_2026;
const WORK = "Công việc chung";

function built(): XlsxWorkbook {
  const wb = XlsxWorkbook.create();
  startFromPreset(wb, preset);
  return wb;
}

/** The xóm the officer of xã Phú Thịnh writes in Danh sách thôn (the plan names none). */
const XOM_NAMES = ["Xóm Đông", "Xóm Tây", "Xóm Nam", "Xóm Bắc"];

/** The preset as the officer has it once the xóm are written in Danh sách thôn and their tabs made. */
function named(): XlsxWorkbook {
  const wb = built();
  nameVillages(wb, XOM_NAMES);
  return wb;
}

/** Công việc chung's task rows: name, owner, leader, deadline, status (columns B–F). */
const tasks = (wb: XlsxWorkbook) =>
  compact(wb.read(WORK))
    .slice(4)
    .filter((row) => typeof row[1] === "string" && row[1] !== "")
    .map((row) => row.slice(1, 6));

const task = (wb: XlsxWorkbook, start: string) => tasks(wb).find((row) => String(row[0]).startsWith(start));

test("is the preset findPreset gives for its id", () => {
  expect(findPreset("dan-van-kheo-2026")).toBe(preset);
});

describe("never invent", () => {
  test("no task carries a date the plan does not give: every deadline is empty or left to fill", () => {
    const deadlines = preset.communeTasks.map((t) => t.deadline ?? null);
    expect(deadlines.filter((d) => d !== null && d !== TO_FILL.marker)).toEqual([]);
    // The old invented dates (31/12/2026, 30/06/2026, 31/12/2028, 31/12/2030) are nowhere on Công việc chung.
    const cells = compact(built().read(WORK)).flat().map(String);
    expect(cells.filter((c) => /\d\d\/\d\d\/\d{4}/.test(c))).toEqual([]);
  });

  test("no status, and no one the plan does not name: owners are the plan's words or left to fill", () => {
    const named = ["Phòng Văn hóa - Xã hội", "Trung tâm dịch vụ tổng hợp xã", "Ủy ban MTTQ, các tổ chức chính trị - xã hội, các hội quần chúng xã", TO_FILL.marker];
    expect(preset.communeTasks.filter((t) => !named.includes(t.owner)).map((t) => t.owner)).toEqual([]);
    expect(preset.communeTasks.filter((t) => t.status !== undefined || t.leader !== undefined)).toEqual([]);
    expect(preset.duties?.map((d) => d.owner)).toEqual(["Phòng Văn hóa - Xã hội", TO_FILL.marker]);
  });

  test("no model registered for anyone: the commune registry and every xóm's start empty", () => {
    expect(preset.communeModels ?? []).toEqual([]);
    expect(preset.villages.flatMap((v) => v.models ?? [])).toEqual([]);
  });

  test("the units are those the plan names (IV.2–IV.4), not organisations it does not name", () => {
    const units = compact(built().read("Đơn vị thi đua")).slice(3).filter((row) => row[0]).map((row) => row.slice(0, 3));
    expect(units).toEqual([
      ["Phòng Văn hóa - Xã hội", "Cơ quan, tổ chức, đơn vị thuộc xã", false],
      ["Trung tâm dịch vụ tổng hợp xã", "Cơ quan, tổ chức, đơn vị thuộc xã", false],
      ["Ban Xây dựng đảng Đảng ủy xã", "Cơ quan, tổ chức, đơn vị thuộc xã", false],
      ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban MTTQ Việt Nam xã, các tổ chức chính trị - xã hội, các hội quần chúng", false],
    ]);
  });

  test("no household items of another plan, no registration deadline, no plan number, no cut-off", () => {
    const { campaign } = preset;
    expect([campaign.householdItems, campaign.registrationDeadline, campaign.planNumber, campaign.reportWeekday, campaign.reportTime]).toEqual([[], null, "", null, null]);
    const config = compact(built().read("Cấu hình"));
    expect(config.slice(4).map((row) => row[15]).filter((cell) => cell !== null && cell !== undefined)).toEqual([]);
  });

  test("no xóm is listed, not even a number of placeholders: Danh sách thôn!B4 says (cần bổ sung), in Cần bổ sung, and makes no tab", () => {
    expect(preset.villages).toEqual([{ name: TO_FILL.marker }]);
    const wb = built();
    const register = compact(wb.read(SHEET_NAMES.register));
    expect(register.slice(3).map((row) => row.filter((cell) => cell !== null && cell !== undefined))).toEqual([[TO_FILL.marker]]);
    expect(register[3]?.[1]).toBe(TO_FILL.marker);
    expect(wb.sheets().filter((sheet) => sheet.key !== null && /^T\d+$/.test(sheet.key)).map((sheet) => sheet.name)).toEqual([]);
    expect(wb.sheets().map((sheet) => sheet.name).filter((name) => /xóm|cần ghi tên/i.test(name))).toEqual([]);
    const now = vietnamInstant("2026-04-01", 9 * 60);
    const checked = checkCampaign(wb, now);
    const toFill = checked.problems.filter((p) => p.message.startsWith("Cần bổ sung")).map((p) => `${p.sheet}!${p.cell}`);
    expect(toFill).toContain(`${SHEET_NAMES.register}!B4`);
    const lines = compact(wb.read(SHEET_NAMES.problems)).map((row) => row.join(" | "));
    expect(lines.filter((line) => line.startsWith(`${SHEET_NAMES.register} | B4 | Cần bổ sung`))).toHaveLength(1);
    const sidebar = overview(wb, now, null);
    expect(sidebar.ok && sidebar.warnings.find((w) => w.startsWith("Cần bổ sung"))).toContain(`${SHEET_NAMES.register}!B4`);
  });

  test("day one tells the officer where the xóm go: on starting, in the sidebar, and when making tabs with none written", () => {
    const wb = XlsxWorkbook.create();
    const hint = "Danh sách thôn chưa có thôn nào: ghi tên từng thôn (xóm) của xã vào trang Danh sách thôn, mỗi dòng một thôn, từ ô B4, rồi chạy lệnh so-thi-dua generate TỆP (TỆP là tên tệp sổ này).";
    expect(startFromPreset(wb, preset).message).toBe(`Đã thiết lập sổ: tạo 10 trang tính. ${hint}`);
    const sidebar = overview(wb, vietnamInstant("2026-04-01", 9 * 60), null);
    expect(sidebar.ok && sidebar.warnings).toContain(hint);
    expect(sidebar.ok && sidebar.villages).toEqual([]);
    expect(generateTabs(wb).message).toBe(`Đã tạo 0 tab thôn, cập nhật 0 tab. ${hint}`);
    // Once the officer has written them, the tabs are made and the hint is gone.
    nameVillages(wb, XOM_NAMES);
    expect(wb.sheets().filter((sheet) => sheet.name.startsWith("Xóm ")).map((sheet) => sheet.name).sort()).toEqual([...XOM_NAMES].sort());
    const after = overview(wb, vietnamInstant("2026-04-01", 9 * 60), null);
    expect(after.ok && after.warnings.filter((w) => w.includes("chưa có thôn nào"))).toEqual([]);
    expect(after.ok && after.warnings.find((w) => w.startsWith("Cần bổ sung"))).not.toContain(`${SHEET_NAMES.register}!B4`);
  });

  test("nothing of plan 000 in Cấu hình: every setting is 004's own or the blank campaign's", () => {
    const settingsOf = (chosen: typeof preset) => {
      const wb = XlsxWorkbook.create();
      startFromPreset(wb, chosen);
      return compact(wb.read("Cấu hình"));
    };
    const [mine, plan000] = [settingsOf(preset), settingsOf(CHINH_TRANG_2026)];
    const blank = XlsxWorkbook.create();
    setUpWorkbook(blank, BLANK);
    const neutral = compact(blank.read("Cấu hình"));
    // A cell 004 shares with 000 below the headers is one the blank campaign has too (the household minimum of 1).
    const shared = mine.slice(4).flatMap((row, r) =>
      row.flatMap((cell, c) => {
        const same = (other: unknown[][]) => JSON.stringify(other[r + 4]?.[c] ?? null) === JSON.stringify(cell ?? null);
        return cell !== null && cell !== undefined && same(plan000) && !same(neutral) ? [`${String.fromCharCode(65 + c)}${r + 5}: ${JSON.stringify(cell)}`] : [];
      }),
    );
    expect(shared).toEqual([]);
    const row = (label: string) => mine.find((line) => String(line[0]).startsWith(label));
    // 000's seven household items, its officers, its 22 thôn numbers: none here.
    expect(mine.slice(4).map((line) => line[15]).filter((cell) => cell !== null && cell !== undefined)).toEqual([]);
    expect([row("Hộ tính là đã chỉnh trang")?.[1], row("Email cán bộ quản lý")?.[1] ?? null, row("Số mã thôn đã cấp")?.[1]]).toEqual([1, null, 0]);
    // The preset itself: each setting equal to 000's is the blank campaign's too.
    const campaign = preset.campaign as Record<string, unknown>;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const of = (other: typeof preset, key: string) => (other.campaign as Record<string, unknown>)[key];
    expect(Object.keys(campaign).filter((key) => same(campaign[key], of(CHINH_TRANG_2026, key)) && !same(campaign[key], of(BLANK, key)))).toEqual([]);
    expect(Object.keys(campaign)).toEqual(expect.arrayContaining(Object.keys(BLANK.campaign)));
  });
});

describe("what the plan asks, each where the workbook holds it", () => {
  test("II.1: the four kinds of unit that compete, each with III.3's basis and a row for IV.1's separate guidance", () => {
    const standards = compact(built().read("Đơn vị thi đua")).slice(3).filter((row) => row[5]).map((row) => [row[5], String(row[6]).slice(0, 20)]);
    const kinds = ["Cơ quan, tổ chức, đơn vị thuộc xã", "Ủy ban MTTQ Việt Nam xã, các tổ chức chính trị - xã hội, các hội quần chúng", "Xóm", "Tập thể, cá nhân tham gia Phong trào thi đua"];
    expect(standards).toEqual(kinds.flatMap((kind) => [[kind, "Căn cứ đánh giá (III"], [kind, TO_FILL.marker]]));
    // People's satisfaction is a basis of the yearly evaluation, as III.3 writes it.
    expect(preset.standards?.[0]?.standard).toContain("mức độ hài lòng của Nhân dân");
  });

  test("IV: the tasks of Phòng VH-XH, MTTQ and the organisations, and the Trung tâm, as written; reviews and inspections left to fill", () => {
    const wb = built();
    expect(task(wb, "Tham mưu UBND xã ban hành hướng dẫn về khen thưởng")?.slice(1, 4)).toEqual(["Phòng Văn hóa - Xã hội", null, null]);
    expect(task(wb, "Thẩm định hồ sơ")?.[1]).toBe("Phòng Văn hóa - Xã hội");
    // Reporting goes through Phòng VH-XH ("qua Phòng Văn hóa - Xã hội để tổng hợp").
    expect(task(wb, "Tổng hợp khó khăn, vướng mắc")?.[1]).toBe("Phòng Văn hóa - Xã hội");
    // MTTQ guiding the xóm's registration of models.
    expect(task(wb, "Hướng dẫn, đồng hành và phối hợp với cơ sở xóm trong việc đăng ký")?.[1]).toBe("Ủy ban MTTQ, các tổ chức chính trị - xã hội, các hội quần chúng xã");
    expect(task(wb, "Phổ biến Kế hoạch trên Trang thông tin điện tử xã")?.[1]).toBe("Trung tâm dịch vụ tổng hợp xã");
    // Scheduled and surprise inspections: the plan names no one and no frequency.
    expect(task(wb, "Kiểm tra, giám sát định kỳ và đột xuất")?.slice(1, 4)).toEqual([TO_FILL.marker, null, null]);
    // Mid-term and final reviews by phase: who and when are left to fill.
    expect(task(wb, "Sơ kết Phong trào thi đua giai đoạn 1 (2026–2028)")?.slice(1, 4)).toEqual([TO_FILL.marker, null, TO_FILL.marker]);
    expect(task(wb, "Tổng kết Phong trào thi đua giai đoạn 2026–2030")?.slice(1, 4)).toEqual([TO_FILL.marker, null, TO_FILL.marker]);
  });

  test("yearly plans and yearly bình xét are duties of once a year on Việc định kỳ", () => {
    const duties = compact(built().read("Việc định kỳ")).slice(3).filter((row) => row[1]).map((row) => row.slice(1, 6));
    expect(duties).toEqual([
      ["Tham mưu xây dựng kế hoạch thực hiện phong trào thi đua hằng năm", 1, "năm", "Toàn xã", "Phòng Văn hóa - Xã hội"],
      ["Bình xét thi đua, khen thưởng hằng năm", 1, "năm", "Toàn xã", TO_FILL.marker],
    ]);
  });

  test("Cấu hình: Phú Thịnh, 2026–2030, the two phases as written, reported by year", () => {
    const config = compact(built().read("Cấu hình"));
    expect(config.slice(4, 6).map((row) => row.slice(3, 6))).toEqual([
      ["Giai đoạn 1 (2026–2028)", { date: "2026-04-01" }, { date: "2028-12-31" }],
      ["Giai đoạn II (2028–2030)", { date: "2028-01-01" }, { date: "2030-12-31" }],
    ]);
    expect(config.find((row) => row[0] === "Kỳ báo cáo")?.[1]).toBe("Hằng năm");
  });
});

describe("wrong today", () => {
  test("a model an organisation registers on Công việc chung is counted with the xóm's, under the field it gives", () => {
    const wb = named();
    setCutoff(wb, "Thứ Sáu", "16:00");
    // The registry from column V: serial, name, field, owner, status.
    wb.write(WORK, 5, 23, [["Chi hội phụ nữ giúp nhau giảm nghèo", "Kinh tế", "Hội Liên hiệp Phụ nữ xã", "Được công nhận"]]);
    wb.write("Xóm Đông", 16, 2, [["Tổ tự quản an ninh", "Quốc phòng – an ninh", "Chi hội CCB xóm Đông", "Đăng ký"]]);
    const result = compileCampaignSummary(wb, vietnamInstant("2026-06-01", 9 * 60));
    expect(result.ok).toBe(true);
    expect(result.summary?.models.map((m) => [m.field, m.total, m.byStatus])).toEqual([
      ["Kinh tế", 1, [{ status: "Được công nhận", count: 1 }]],
      ["Quốc phòng – an ninh", 1, [{ status: "Đăng ký", count: 1 }]],
    ]);
  });
});

describe("day one: nothing entered", () => {
  const wb = built();
  setCutoff(wb, "Thứ Sáu", "16:00");
  const now = vietnamInstant("2026-04-01", 9 * 60);
  const result = compileCampaignSummary(wb, now);

  test("the summary lists no xóm, ranks, praises and reminds no one, and counts no model", () => {
    expect(result.ok).toBe(true);
    const summary = result.summary!;
    expect(summary.models).toEqual([]);
    expect(summary.rows).toEqual([]);
    expect(summary.total.indicators[0]?.verdict).toBe(VERDICT.noData);
    const sheet = compact(wb.read("Tổng hợp")).flat();
    expect(sheet.filter((cell) => cell === "Biểu dương" || cell === "Nhắc nhở")).toEqual([]);
    expect(summary.total.tasks.overdue + summary.communeTasks.overdue).toBe(0);
  });

  test("every gap the plan leaves is listed in Cần bổ sung with its cell", () => {
    const checked = checkCampaign(built(), now);
    const toFill = checked.problems.filter((p) => p.message.startsWith("Cần bổ sung")).map((p) => `${p.sheet}!${p.cell}`);
    const workRow = (start: string) => 5 + preset.communeTasks.findIndex((t) => t.name.startsWith(start));
    const sokết = workRow("Sơ kết");
    const tongket = workRow("Tổng kết");
    expect(toFill).toEqual(
      expect.arrayContaining([
        `${SHEET_NAMES.register}!B4`,
        `${WORK}!C${workRow("Kiểm tra")}`,
        `${WORK}!C${sokết}`,
        `${WORK}!E${sokết}`,
        `${WORK}!C${tongket}`,
        `${WORK}!E${tongket}`,
        "Việc định kỳ!F5",
        "Đơn vị thi đua!G5",
      ]),
    );
  });
});

describe("the plan sets no share of models to recognise: counted, not judged", () => {
  const XOM = "Xóm Đông";
  const minimumCell = `${String.fromCharCode(64 + sheetColumn(placement(CONFIG_LAYOUT, INDICATORS_TABLE.id) as TablePlacement, "minimum"))}${firstDataRow(CONFIG_LAYOUT)}`;
  const now = vietnamInstant("2026-06-01", 9 * 60);

  /** Xóm Đông with two models, one of them recognised; the cut-off set so it compiles. */
  function oneOfTwo(): XlsxWorkbook {
    const wb = named();
    setCutoff(wb, "Thứ Sáu", "16:00");
    wb.write(XOM, 16, 2, [
      ["Tổ tự quản an ninh", "Quốc phòng – an ninh", "Chi hội CCB xóm Đông", "Được công nhận"],
      ["Đường hoa xóm", "Văn hóa – xã hội", "Chi hội Phụ nữ", "Đang thực hiện"],
    ]);
    return wb;
  }

  test("the preset holds no minimum, and Cấu hình's minimum cell says (cần bổ sung)", () => {
    expect(preset.campaign.indicators).toEqual([expect.objectContaining({ kind: "share", table: "models", minimum: null, aim: null })]);
    expect(minimumCell).toBe("K5");
    expect(built().read("Cấu hình")[4]?.[10]).toBe(TO_FILL.marker);
  });

  test("the minimum cell is listed in Cần bổ sung, on Lỗi dữ liệu and in the sidebar, and checking still runs", () => {
    const wb = built();
    const checked = checkCampaign(wb, now);
    expect(checked.ok).toBe(true);
    const toFill = checked.problems.filter((p) => p.message.startsWith("Cần bổ sung")).map((p) => `${p.sheet}!${p.cell}`);
    expect(toFill).toContain(`Cấu hình!${minimumCell}`);
    const lines = compact(wb.read("Lỗi dữ liệu")).map((row) => row.join(" "));
    expect(lines.filter((line) => line.includes(minimumCell) && line.includes("Cần bổ sung"))).toHaveLength(1);
    const sidebar = overview(wb, now, null);
    expect(sidebar.ok && sidebar.warnings.find((w) => w.startsWith("Cần bổ sung"))).toContain(`Cấu hình!${minimumCell}`);
  });

  test("an officer's 60 judges the xóm; emptying the cell again is no minimum, not a problem", () => {
    const wb = oneOfTwo();
    const verdict = () => compileCampaignSummary(wb, now).summary?.rows.find((r) => r.name === XOM)?.indicators[0]?.verdict;
    wb.write("Cấu hình", 5, 11, [[60]]);
    expect(verdict()).toBe(VERDICT.below);
    wb.write("Cấu hình", 5, 11, [[null]]);
    expect(verdict()).toBe(VERDICT.noTarget);
    const checked = checkCampaign(wb, now);
    expect(checked.ok).toBe(true);
    expect(checked.problems.filter((p) => p.sheet === "Cấu hình" && p.cell === minimumCell)).toEqual([]);
  });

  test("a xóm with 1 of 2 models recognised shows 1, 2, 50% and Chưa có mức chỉ tiêu on Tổng hợp, neither praised nor reminded", () => {
    const wb = oneOfTwo();
    const result = compileCampaignSummary(wb, now);
    expect(result.ok).toBe(true);
    const row = result.summary?.rows.find((r) => r.name === XOM);
    expect([row?.indicators[0]?.done, row?.indicators[0]?.total, row?.indicators[0]?.ratio, row?.indicators[0]?.verdict, row?.proposal]).toEqual([1, 2, 0.5, VERDICT.noTarget, ""]);
    // It is the only xóm with figures: with a 100% target it was last and reminded ("Nhắc nhở").
    expect(result.summary?.rows.map((r) => r.proposal)).toEqual(["", "", "", ""]);
    expect(result.summary?.total.indicators[0]).toMatchObject({ done: 1, total: 2, verdict: VERDICT.noTarget });
    const sheet = compact(wb.read("Tổng hợp"));
    const line = sheet.slice(SUMMARY.firstRow - 1).find((r) => r[2] === XOM);
    expect(line?.slice(3, 7)).toEqual([1, 2, 0.5, VERDICT.noTarget]);
    expect(sheet.flat().filter((cell) => cell === PROPOSAL.praise || cell === PROPOSAL.remind)).toEqual([]);
    // Shown as 50,0%: the share's cell has the percent format.
    const at = (sheetName: string, r: number, c: number) => wb.book.getWorksheet(sheetName)?.getCell(r, c);
    const summaryRow = SUMMARY.firstRow + sheet.slice(SUMMARY.firstRow - 1).findIndex((r) => r[2] === XOM);
    expect([at("Tổng hợp", summaryRow, 6)?.value, at("Tổng hợp", summaryRow, 6)?.numFmt]).toEqual([0.5, PERCENT_FORMAT]);
  });

  test("the xóm tab's live KPI agrees with the compile: 1, 2, 50,0%, an empty minimum (not 0, not a date), Chưa có mức chỉ tiêu", () => {
    const wb = oneOfTwo();
    const compiled = compileCampaignSummary(wb, now).summary?.rows.find((r) => r.name === XOM)?.indicators[0];
    const engine = engineFor(wb.book);
    const id = engine.getSheetId(XOM) as number;
    const row = VILLAGE_TAB.kpiFirstRow;
    const live = (offset: number) => engine.getCellValue({ sheet: id, row: row - 1, col: VILLAGE_TAB.kpiFirstCol - 1 + offset });
    expect([live(1), live(2), live(3), live(4), live(6)]).toEqual([compiled?.done, compiled?.total, compiled?.ratio, null, compiled?.verdict]);
    expect(live(6)).toBe(VERDICT.noTarget);
    const cell = (offset: number) => wb.book.getWorksheet(XOM)?.getCell(row, VILLAGE_TAB.kpiFirstCol + offset);
    // Done and total as whole numbers, the share as a percentage, the minimum empty in a number (not date) format.
    expect([cell(1)?.numFmt, cell(2)?.numFmt, cell(3)?.numFmt, cell(4)?.numFmt]).toEqual([COUNT_FORMAT, COUNT_FORMAT, PERCENT_FORMAT, COUNT_FORMAT]);
    expect([cell(4)?.value ?? null, cell(4)?.text]).toEqual([null, ""]);
    // Nothing listed: the verdict is no data until a model is written.
    engine.setCellContents({ sheet: id, row: 15, col: 1 }, [[null, null, null, null], [null, null, null, null]]);
    expect([live(2), live(6)]).toEqual([0, VERDICT.noData]);
    engine.destroy();
  });

  test("the xóm tabs' minimum cell is no Cần bổ sung of its own: only Cấu hình's is listed", () => {
    const toFill = checkCampaign(named(), now).problems.filter((p) => p.message.startsWith("Cần bổ sung") && p.sheet.startsWith("Xóm"));
    expect(toFill.filter((p) => p.cell === `F${VILLAGE_TAB.kpiFirstRow}`)).toEqual([]);
  });
});
