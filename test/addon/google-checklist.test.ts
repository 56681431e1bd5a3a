// The Google checklist (docs/kiem-thu-google.md) replayed on the strict fakes: the built add-on in a vm, driven step by
// step as the checklist's person A (owner and officer) and B (head of Thôn 1) do, on plan 000, "today" 23/11/2026 10:00
// (after the campaign ended, as when a person runs the checklist). Every value the run gives that the checklist quotes is
// looked for, word for word, in the checklist: the test fails when a message, a cell address or a count drifts.
import { appendFileSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { ADDON, PROTECTION, RESULT, TO_FILL } from "../../src/domain/messages";
import { fakePlatform, type FakePlatform } from "../fakes/apps-script";
import type { FakeSheet } from "../fakes/spreadsheet-app";
import { type AddonContext, ROOT, builtFile, loadAddon } from "./build";

const CHECKLIST = readFileSync(path.join(ROOT, "docs/kiem-thu-google.md"), "utf8");
type Context = AddonContext;

/** The checklist quotes this text (between backticks when `code`). With QUOTES=file, lists the quotes there instead. */
function quoted(text: unknown, code = true): void {
  const wanted = code ? `\`${String(text)}\`` : String(text);
  if (process.env.QUOTES) appendFileSync(process.env.QUOTES, `${wanted}\n`);
  else if (!CHECKLIST.includes(wanted)) throw new Error(`docs/kiem-thu-google.md does not quote ${wanted}`);
}

const load = (platform: FakePlatform, code: string): Context => loadAddon(platform, code);

const A = "nguoi.a@gmail.com";
const B = "truong.thon1@gmail.com";
const X = "chua.chia.se@gmail.com";
const TODAY = new Date("2026-11-23T03:00:00Z");
/** Plan 000 names no thôn: the checklist keeps the preset's marked placeholders, "Thôn n (cần ghi tên)", B4 … B25. */
const THON = (n: number) => TO_FILL.villageName(n);
const THON_CELLS = Array.from({ length: 22 }, (_, i) => ["Danh sách thôn", `B${4 + i}`]);

function value(sheet: FakeSheet, a1: string): unknown {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(a1);
  const col = [...(match[1] as string)].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return sheet.cell(Number(match[2]), col)?.value ?? null;
}

/** The tab of thôn `n`, found by its key as the add-on finds it (its name is the register's). */
function tab(platform: FakePlatform, n: number): FakeSheet {
  const key = `T${String(n).padStart(2, "0")}`;
  const found = platform.spreadsheet.sheetList.find((sheet) => sheet.metadata.some((m) => m.value === key));
  if (!found) throw new Error(`no tab ${key}`);
  return found;
}

describe("docs/kiem-thu-google.md, replayed on the strict fakes", () => {
  let platform: FakePlatform;
  let gas: Context;
  const sheet = (name: string) => platform.spreadsheet.sheet(name);

  beforeAll(() => {
    jest.useFakeTimers({ now: TODAY, doNotFake: ["nextTick", "setImmediate"] });
    platform = fakePlatform({ owner: A, editors: [B] });
    gas = load(platform, builtFile("Code.js"));
    platform.runAs(A);
  });
  afterAll(() => jest.useRealTimers());

  test("1–2: help, then set-up of plan 000: ten sheets, their protections, the tables' places", () => {
    gas.menuHelp?.();
    const help = platform.ui.lastAlert().split("\n");
    quoted(help[0]);
    quoted(help[help.length - 1]);
    const started = gas.sidebarStart?.("chinh-trang-2026") as { message: string };
    quoted(started.message);
    const names = platform.spreadsheet.sheetList.map((s) => s.name);
    const own = names.slice(0, names.indexOf("Mẫu tab thôn (sổ tự dùng)"));
    expect(own).toHaveLength(10);
    quoted(`${own.length} trang ${own.map((n) => `\`${n}\``).join(", ")}`, false);
    const village = (n: number) => tab(platform, n).name;
    quoted(`22 tab: \`${village(1)}\` … \`${village(22)}\``, false);
    // One protection a sheet: the ten, the hidden template, 22 tabs.
    const protections = platform.spreadsheet.sheetList.flatMap((s) => s.protections);
    expect(protections).toHaveLength(33);
    quoted("33 mục", false);
    for (const description of [PROTECTION.template, PROTECTION.config, PROTECTION.register, PROTECTION.communeWork, PROTECTION.summary, PROTECTION.history, PROTECTION.problems, PROTECTION.catalogues, PROTECTION.units, PROTECTION.duties, PROTECTION.measures]) {
      expect(protections.map((p) => (p as unknown as { description: string }).description)).toContain(description);
      quoted(description);
    }
    expect(protections.every((p) => p.editors.length === 1 && p.editors[0] === A)).toBe(true);

    const config = sheet("Cấu hình");
    quoted(value(config, "A14"));
    expect(value(config, "B14")).toBe(A);
    expect([value(config, "B11"), value(config, "B12")]).toEqual(["Thứ Sáu", "14:00"]);
    quoted(`V3 \`${value(config, "V3")}\``, false);
    quoted(`Z3 \`${value(config, "Z3")}\``, false);
    const register = sheet("Danh sách thôn");
    quoted(`N3 \`${value(register, "N3")}\``, false);
    expect([value(register, "A4"), value(register, "A25")]).toEqual(["T01", "T22"]);

    const thon1 = tab(platform, 1);
    quoted(`A2 \`${value(thon1, "A2")}\``, false);
    quoted(`B3:I3 \`${["B3", "C3", "D3", "E3", "F3", "G3", "H3", "I3"].map((c) => value(thon1, c)).join(" | ")}\``, false);
    for (const a1 of ["A14", "M14", "S14", "Z14"]) quoted(`\`${value(thon1, a1)}\` (${a1})`, false);
    const taskHeaders = ["Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH"].map((c) => `${c} \`${value(thon1, `${c}15`)}\``);
    quoted(taskHeaders.join(", "), false);
    expect(value(thon1, "AA16")).toBeNull();
    expect([thon1.maxRows, thon1.maxCols]).toEqual([115, 34]);
    expect([...thon1.validations.keys()]).toEqual(["C16:I115", "O16:O115", "U16:U115", "V16:V115", "AE16:AE115", "AF16:AF115"]);

    const work = sheet("Công việc chung");
    quoted(`A4:I4 \`${["A4", "B4", "C4", "D4", "E4", "F4", "G4", "H4", "I4"].map((c) => value(work, c)).join(" | ")}\``, false);
    quoted(`C5:C8 ${["C5", "C6", "C7", "C8"].map((c) => `\`${value(work, c)}\``).join(", ")}`, false);
    expect(["E5", "E6", "E7", "E8"].map((c) => value(work, c))).toEqual(Array(4).fill("13/02/2026"));
    // Four tasks the plan gives no date (owners as it names them); then the table ends.
    quoted(`C9:C12 ${["C9", "C10", "C11", "C12"].map((c) => `\`${value(work, c)}\``).join(", ")}`, false);
    expect(["E9", "E10", "E11", "E12", "B13"].map((c) => value(work, c))).toEqual([null, null, null, null, null]);
    expect([sheet("Lỗi dữ liệu").maxCols]).toEqual([4]);

    const units = sheet("Đơn vị thi đua");
    quoted(`A4:A8 ${["A4", "A5", "A6", "A7", "A8"].map((c) => `\`${value(units, c)}\``).join(", ")}`, false);
    quoted(value(units, "B4"));
    expect(units.validations.get("C4:C303")?.criteria).toBe("CHECKBOX");
    const duties = sheet("Việc định kỳ");
    quoted(`B4 \`${value(duties, "B4")}\``, false);
    quoted(`C4 \`${value(duties, "C4")}\`, D4 \`${value(duties, "D4")}\`, E4 \`${value(duties, "E4")}\`, F4 \`${value(duties, "F4")}\``, false);
    quoted(`B5 \`${value(duties, "B5")}\` (\`${value(duties, "C5")}\` lần mỗi \`${value(duties, "D5")}\`, F5 \`${value(duties, "F5")}\`)`, false);
    quoted(`B6 \`${value(duties, "B6")}\` (\`${value(duties, "C6")}\` lần mỗi \`${value(duties, "D6")}\`, F6 \`${value(duties, "F6")}\`)`, false);
    expect(value(duties, "B7")).toBeNull();
    const measures = sheet("Chỉ tiêu đo lường");
    quoted(`B4 \`${value(measures, "B4")}\``, false);
    quoted(`B5 \`${value(measures, "B5")}\``, false);
    expect(["E4", "F4", "I4", "E5", "F5", "I5"].map((c) => value(measures, c))).toEqual(["≥", 1, "Ban chỉ đạo xây dựng NTM xã", "≥", 1, TO_FILL.marker]);
    quoted(`B6 \`${value(measures, "B6")}\`, D6 \`${value(measures, "D6")}\`, E6 \`${value(measures, "E6")}\`, F6 \`${value(measures, "F6")}\`, I6 \`${value(measures, "I6")}\``, false);
    quoted(`G3 \`${value(measures, "G3")}\``, false);
    quoted(`K3 \`${value(measures, "K3")}\``, false);
    expect(measures.validations.get("F4:G103")?.criteria).toBe("NUMBER_BETWEEN");
    expect(measures.validations.get("F4:G103")?.allowInvalid).toBe(false);
  });

  test("3: the register, generate, the one problem (the head the file isn't shared with)", () => {
    const register = sheet("Danh sách thôn");
    register.getRange(4, 4, 1, 1).setValues([[B]]);
    register.getRange(4, 6, 1, 1).setValues([[10]]);
    register.getRange(5, 4, 1, 1).setValues([[X]]);
    register.getRange(5, 6, 1, 1).setValues([[10]]);
    gas.menuGenerateTabs?.();
    const [first, second] = platform.ui.lastAlert().split("\n");
    quoted(first);
    quoted(second);
    const problems = sheet("Lỗi dữ liệu");
    expect(value(problems, "A5")).toBeNull();
    quoted(`A4 \`${value(problems, "A4")}\`, B4 \`${value(problems, "B4")}\``, false);
    quoted(String(value(problems, "C4")).replace(X, "<X>"));
    expect(tab(platform, 1).protections[0]?.editors).toEqual([A, B]);
  });

  test("4–5: ticks, a task, check (with the owner plan 000 leaves to fill), a bad deadline, overdue, compile", () => {
    const thon1 = tab(platform, 1);
    thon1.typeByHand(B, 16, 2, Array.from({ length: 10 }, (_, i) => [`Hộ ${i + 1}`, i < 7]));
    // 5.1: the task table's first row; the leader column (AC) is left blank.
    thon1.typeByHand(A, 16, 27, [["Ra quân tổng vệ sinh", "Chi đoàn", null, "30/01/2026", "Đang thực hiện"]]);
    gas.menuCheck?.();
    const checked = platform.ui.lastAlert().split("\n");
    quoted(checked[0]);
    quoted(checked[1]);
    const problems = sheet("Lỗi dữ liệu");
    // First what the plan leaves to fill (Cần bổ sung): the 22 names, then the smart village's owner; then the head's email (D5).
    const rows = problems.getRange(4, 1, 30, 3).getValues();
    expect(rows.slice(0, 23).map((r) => [r[0], r[1]])).toEqual([...THON_CELLS, ["Chỉ tiêu đo lường", "I5"]]);
    expect(rows.slice(0, 23).every((r) => r[2] === rows[0]?.[2])).toBe(true);
    quoted(value(problems, "C4"));
    expect([value(problems, "B27"), value(problems, "A28")]).toEqual(["D5", null]);

    // 2b: a deadline the add-on can't read, in the task table's second row.
    thon1.typeByHand(A, 17, 27, [["Dọn kênh", null, null, "sau Tết"]]);
    gas.menuCheck?.();
    quoted(platform.ui.lastAlert().split("\n")[0]);
    quoted(`\`${value(problems, "A27")} | ${value(problems, "B27")} | ${value(problems, "C27")}\``, false);
    expect(value(problems, "B28")).toBe("D5");
    thon1.typeByHand(A, 17, 27, [["", null, null, ""]]);
    gas.menuCheck?.();

    gas.menuMarkOverdue?.();
    quoted(platform.ui.lastAlert());
    expect(value(thon1, "AG16")).toBe("Quá hạn 297 ngày");
    expect(value(tab(platform, 2), "AG16")).toBeNull();
    expect(["H5", "H6", "H7", "H8"].map((c) => value(sheet("Công việc chung"), c))).toEqual(Array(4).fill("Quá hạn 283 ngày"));
    quoted(value(sheet("Việc định kỳ"), "J4"));

    gas.menuCompileSummary?.();
    const compiled = platform.ui.lastAlert().split("\n");
    quoted(compiled[0]);
    quoted(compiled[1]);
    const summary = sheet("Tổng hợp");
    quoted(String(value(summary, "A6")).replace("10:00 thứ Hai, 23/11/2026", "<HH:mm thứ …, dd/MM/yyyy>"));
    const row = (r: number) => summary.getRange(r, 1, 1, 20).getValues()[0]?.map((v) => (v === "" || v === null ? "(trống)" : typeof v === "number" && v > 0 && v < 1 ? `${(v * 100).toFixed(1).replace(".", ",")}%` : String(v)));
    quoted(row(10)?.join(" | "));
    expect(row(11)?.slice(0, 7)).toEqual(["(trống)", "T02", THON(2), "0", "10", "0", "Chưa đạt"]);
    quoted(`\`(trống) | T02 | ${THON(2)} | 0 | 10 | 0,0% | Chưa đạt\``, false);
    quoted(`P11:S11 \`${row(11)?.slice(15, 19).join(" | ")}\``, false);
    quoted(`P32:S32 \`${row(32)?.slice(15, 19).join(" | ")}\``, false);
    quoted(row(32)?.slice(3, 7).join(" | "));
    for (const a1 of ["A35", "A36", "A37", "A50", "A51", "A60", "A61", "A67", "A68"]) quoted(`${a1} \`${value(summary, a1)}\``, false);
    quoted(value(summary, "A52"));
    const filled = (r: number) => summary.getRange(r, 2, 1, 19).getValues()[0]?.filter((v) => v !== "" && v !== null).join(" | ");
    for (const r of [42, 43, 47, 48]) quoted(`\`${filled(r)}\``, false);
    for (const r of [54, 58, 63, 72]) quoted(`\`${filled(r)}\``, false);
    quoted(`hàng 62 \`${filled(62)}\``, false);
    quoted(`hàng 69 \`${filled(69)}\``, false);
    // Each column of the tables below the thôn rows is a merged cell as wide as its text needs: read by what they hold.
    expect(value(summary, "B41")).toBe("Hạng");
    quoted(`hàng 41 (\`${filled(41)}\``, false);
    quoted(`hàng 53 (\`${filled(53)}\``, false);
    expect(String(value(summary, "Q74"))).toMatch(/^Mai Hoa, ngày /);
    quoted(`Q74 \`Mai Hoa, ngày <dd> tháng <m> năm <yyyy>\``, false);
    quoted(`hàng 75 \`${value(summary, "B75")}\` (B) / \`${value(summary, "Q75")}\` (Q)`, false);
    quoted(`A78, chữ thường`, false);
    expect(String(value(summary, "A78"))).toMatch(/^Khi in: Tệp ▸ In, chọn Khổ giấy A4, Hướng Ngang, /);
    const history = sheet("Lịch sử");
    quoted(`hàng 3 tiêu đề \`${history.getRange(3, 1, 1, 10).getValues()[0]?.join(" | ")}\``, false);
    expect(history.getRange(4, 1, 1, 10).getValues()[0]?.every((v) => v === "" || v === null)).toBe(true);
    expect(platform.spreadsheet.sheetList.at(-1)?.name).toBe("Báo cáo");
  });

  test("5.5: with Ngày kết thúc moved past today, the compile of week 44/46 and its rows in Lịch sử", () => {
    sheet("Cấu hình").getRange(9, 2, 1, 1).setValues([[new Date("2026-12-10T17:00:00Z")]]);
    gas.menuCompileSummary?.();
    quoted((platform.ui.lastAlert().split("\n")[0] ?? "").replace("44/46", "<k>/<n>"));
    quoted(String(value(sheet("Tổng hợp"), "A6")).replace("10:00 thứ Hai, 23/11/2026", "<HH:mm thứ …, dd/MM/yyyy>").replace("44/46", "<k>/<n>").replace("21/11/2026 – 27/11/2026", "<S> – <F>").replace(/27\/11\/2026\.$/, "<F>."));
    const history = sheet("Lịch sử").getRange(4, 1, 200, 10).getValues().filter((r) => r[0] !== "" && r[0] !== null);
    expect(history).toHaveLength(75);
    quoted("75 dòng", false);
    const shown = (r: unknown[]) =>
      r.map((v, i) => (v instanceof Date ? "<F>" : i === 0 ? "<k>" : i === 7 && typeof v === "number" ? `${(v * 100).toFixed(1).replace(".", ",")}%` : v === "" ? "(trống)" : String(v))).join(" | ");
    quoted(shown(history[0] as unknown[]));
    quoted(shown(history[3] as unknown[]));
    quoted(shown(history[66] as unknown[]));
    // After the thôn and the commune: the duty and the two measured targets, one row each.
    expect(history.slice(69).map((r) => [r[2], r[8]])).toEqual([["XA", "Quá hạn 43 kỳ"], ["XA", "Quá hạn 43 kỳ"], ["XA", "Quá hạn 43 kỳ"], ["XA", "Chưa có số liệu"], ["XA", "Chưa có số liệu"], ["XA", "Chưa có số liệu"]]);
    quoted(`\`${history[69]?.[4]}\`, \`${history[70]?.[4]}\`, \`${history[71]?.[4]}\`, cột I \`Quá hạn <k − 1> kỳ\``, false);
    quoted(`\`${history[72]?.[4]}\`, \`${history[73]?.[4]}\`, \`${history[74]?.[4]}\`, cột I \`Chưa có số liệu\``, false);
    const duty = sheet("Tổng hợp").getRange(63, 1, 1, 20).getValues()[0]?.filter((v) => v !== "" && v !== null) ?? [];
    quoted(`\`${duty[4]}\``, false);
    quoted(String(duty[5]).replace(/^.*\. /, ""));
    gas.menuCompileSummary?.();
    expect(sheet("Lịch sử").getRange(4, 1, 200, 1).getValues().filter((r) => r[0] !== "" && r[0] !== null)).toHaveLength(75);
    sheet("Cấu hình").getRange(9, 2, 1, 1).setValues([[new Date("2026-02-12T17:00:00Z")]]);
  });

  test("6: the sidebar's overview", () => {
    const overview = gas.sidebarOverview?.() as { period: string; warnings: string[] };
    quoted(overview.period.replace("10:00 thứ Hai, 23/11/2026", "<HH:mm thứ …, dd/MM/yyyy>"));
    quoted(overview.warnings[0]);
  });

  test("5.4's chart, and 11b: the report after the campaign's end", () => {
    const summary = sheet("Tổng hợp");
    quoted(`quanh hàng ${summary.charts[0]?.position[0]}`, false);
    gas.menuWeeklyReport?.();
    quoted(platform.ui.lastAlert().split("\n")[0]);
    const lines = sheet("Báo cáo").getDataRange().getValues().map((r) => String(r[0]).trim());
    quoted("- Toàn xã có 7/20 hộ (35,0%) đã chỉnh trang, chưa đạt chỉ tiêu tối thiểu 70%.");
    expect(lines).toContain("- Toàn xã có 7/20 hộ (35,0%) đã chỉnh trang, chưa đạt chỉ tiêu tối thiểu 70%.");
    const headings = lines.filter((l) => /^\d\. /.test(l));
    expect(headings.slice(0, 3)).toEqual(["1. Kết quả thực hiện các chỉ tiêu", "2. Đơn vị thi đua", "3. Việc định kỳ"]);
    for (const heading of headings.slice(1, 3)) quoted(heading);
    for (const heading of headings.slice(3)) quoted(heading.replace(/^\d\. /, ""));
  });

  test("5b: the three officer sheets and the leader in charge", () => {
    const measures = sheet("Chỉ tiêu đo lường");
    // 5b.1: the verdict is a live formula, comparing G with F by E.
    expect(measures.formulaAt(4, 11)).toContain('AND(TRIM(E4)="≥",G4>=F4),AND(TRIM(E4)="≤",G4<=F4),AND(TRIM(E4)="=",G4=F4)),"Đạt"');
    // 5b.2: three broadcasts in the first week; marking overdue leaves the two weeks short.
    const duties = sheet("Việc định kỳ");
    const duty = value(duties, "B4");
    duties.getRange(4, 14, 3, 2).setValues(["2026-01-27", "2026-01-28", "2026-01-29"].map((d) => [duty, new Date(`${d}T17:00:00Z`)]));
    gas.menuMarkOverdue?.();
    quoted(value(duties, "J4"));
    quoted(platform.ui.lastAlert());
    duties.getRange(4, 14, 3, 2).setValues([["", ""], ["", ""], ["", ""]]);
    gas.menuMarkOverdue?.();
    expect(value(duties, "J4")).toBe("Quá hạn: tuần 26/01–01/02/2026 thiếu 3 lần; tuần 02/02–08/02/2026 thiếu 3 lần; tuần 09/02–13/02/2026 thiếu 3 lần");
    // 5b.3: the head may not type on the officers' sheets.
    for (const name of ["Chỉ tiêu đo lường", "Việc định kỳ", "Đơn vị thi đua"]) expect(sheet(name).mayEdit(B)).toBe(false);
    // 5b.4: a leader typed on a task makes Tổng hợp's section.
    const thon1 = tab(platform, 1);
    thon1.typeByHand(A, 16, 29, [["Nguyễn Văn Tám"]]);
    gas.menuCompileSummary?.();
    const summary = sheet("Tổng hợp");
    const at = summary.getRange(1, 1, summary.maxRows, 1).getValues().findIndex((r) => r[0] === "Lãnh đạo phụ trách") + 1;
    const filled = (r: number) => summary.getRange(r, 3, 1, 18).getValues()[0]?.filter((v) => v !== "" && v !== null).join(" | ");
    quoted(`A${at} \`${value(summary, `A${at}`)}\`, A${at + 1} \`${value(summary, `A${at + 1}`)}\``, false);
    quoted(`hàng ${at + 2} \`${filled(at + 2)}\``, false);
    quoted(`hàng ${at + 3} \`${filled(at + 3)}\``, false);
    const signed = summary.getRange(1, 17, summary.maxRows, 1).getValues().findIndex((r) => String(r[0]).startsWith("Mai Hoa, ngày")) + 1;
    quoted(`phần ký dời xuống Q${signed}`, false);
    thon1.typeByHand(A, 16, 29, [[""]]);
    gas.menuCompileSummary?.();
    expect(String(value(summary, "Q74"))).toMatch(/^Mai Hoa, ngày /);
    expect(summary.getRange(79, 1, 3, 20).getValues().flat().filter((v) => v !== "" && v !== null)).toEqual([]);
  });

  test("Chỉ tiêu đo lường: a measured value is a number, read by check and compile", () => {
    const measures = sheet("Chỉ tiêu đo lường");
    measures.getRange(4, 7, 1, 2).setValues([[2, new Date("2026-11-22T17:00:00Z")]]);
    measures.getRange(5, 9, 1, 1).setValues([["Phòng Kinh tế"]]);
    gas.menuCompileSummary?.();
    const summary = sheet("Tổng hợp");
    quoted(`A68 \`${value(summary, "A68")}\``, false);
    gas.menuCheck?.();
    const toFill = sheet("Lỗi dữ liệu").getRange(4, 1, 40, 3).getValues().filter((r) => String(r[2]).startsWith("Cần bổ sung"));
    expect(toFill.map((r) => [r[0], r[1]])).toEqual(THON_CELLS);
    // 5b.1: "100%" kept as text (pasted, or typed after an apostrophe) is named, not guessed at.
    measures.getRange(6, 7, 1, 1).setValues([["100%"]]);
    gas.menuCheck?.();
    const problems = sheet("Lỗi dữ liệu").getRange(4, 1, 40, 4).getValues();
    const typed = problems.find((r) => r[0] === "Chỉ tiêu đo lường" && r[1] === "G6");
    quoted(`${typed?.[0]} | ${typed?.[1]} | ${typed?.[2]}`);
    measures.getRange(6, 7, 1, 1).setValues([[null]]);
    measures.getRange(4, 7, 1, 2).setValues([[null, null]]);
    measures.getRange(5, 9, 1, 1).setValues([[TO_FILL.marker]]);
  });

  test("plan 001 states no cut-off: Cấu hình says (cần bổ sung) and compiling refuses, naming the cells", () => {
    const other = fakePlatform({ owner: A });
    const run = load(other, builtFile("Code.js"));
    other.runAs(A);
    run.sidebarStart?.("ntm-nang-cao-2024");
    const config = other.spreadsheet.sheet("Cấu hình");
    expect([value(config, "A11"), value(config, "B11"), value(config, "A12"), value(config, "B12")]).toEqual(["Ngày báo cáo hằng tuần", TO_FILL.marker, "Giờ chốt số liệu (giờ:phút)", TO_FILL.marker]);
    run.menuCompileSummary?.();
    const refused = other.ui.lastAlert().split("\n")[0];
    expect(refused).toBe(RESULT.noCutoff("Cấu hình", ["B11", "B12"]));
    quoted(refused);
    quoted((run.sidebarOverview?.() as { period: string }).period);
    run.menuInstallSchedule?.();
    quoted(other.ui.lastAlert());
    expect(ADDON.scheduleNeedsCutoff("Cấu hình", ["B11", "B12"])).toBe(other.ui.lastAlert());
  });
});
