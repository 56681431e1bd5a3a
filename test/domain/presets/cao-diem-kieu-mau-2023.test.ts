// Tests issue 10 for seed 002 (KH 68/KH-UBND, xã Hà Sơn): the preset says what the plan says and invents nothing. The
// cut-off, 1.1–1.4's owners and the standards-not-tasks are also checked in test/actions/presets-invent-nothing.test.ts
// and test/cli/presets.test.ts; here the workbook as set up, and its summary with nothing entered.
import { compileCampaignSummary } from "../../../src/actions/compile-summary";
import { markOverdue } from "../../../src/actions/mark-overdue";
import { startFromPreset } from "../../../src/actions/start-from-preset";
import { vietnamInstant } from "../../../src/domain/dates";
import { TO_FILL } from "../../../src/domain/messages";
import { CAO_DIEM_KIEU_MAU_2023 } from "../../../src/domain/presets/cao-diem-kieu-mau-2023";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { setCutoff } from "../../helpers";
import { compact } from "../../workbook/contract";

const ASK = TO_FILL.marker;

function built(): XlsxWorkbook {
  const wb = XlsxWorkbook.create();
  startFromPreset(wb, CAO_DIEM_KIEU_MAU_2023);
  return wb;
}

/** An owner's row of Tổng hợp's table of phòng, ban, đoàn thể, the cells after its name that hold anything. */
const ownerRow = (summary: unknown[][], name: string) => summary.find((row) => row[2] === name)?.slice(3).filter((cell) => cell !== null && cell !== undefined);

const tasks = (wb: XlsxWorkbook) => compact(wb.read("Công việc chung")).slice(4).filter((row) => typeof row[1] === "string").map((row) => [row[1], row[2], row[4]]);

describe("never invent", () => {
  const wb = built();
  const config = compact(wb.read("Cấu hình"));

  test("no report day, cut-off or registration deadline: the plan states none", () => {
    expect(config.slice(9, 12).map((row) => row[1] ?? null)).toEqual([null, ASK, ASK]);
  });

  test("no household items: the plan lists none (not seed 000's seven)", () => {
    expect(config.slice(4).map((row) => row[15] ?? null).filter((cell) => cell !== null)).toEqual([]);
  });

  test("targets 1.1–1.4: no owner and no status, the plan names no one and says none is met or not", () => {
    expect(compact(wb.read("Công việc chung")).slice(4, 8).map((row) => [row[10], row[13] ?? null, row[14]])).toEqual([
      ["1.1", null, ASK],
      ["1.2", null, ASK],
      ["1.3", null, ASK],
      ["1.4", null, ASK],
    ]);
  });

  test("the road-naming plan (IV.2) names no one: not given to the Địa chính officer", () => {
    expect(tasks(wb)).toContainEqual(["Hoàn thành kế hoạch đặt tên, gắn biển các tuyến đường giao thông", ASK, "30/10/2023"]);
    expect(tasks(wb).filter((row) => String(row[0]).includes("gắn biển") && row[1] !== ASK)).toEqual([]);
  });

  test("the award standards are on Đơn vị thi đua, none a task", () => {
    expect(compact(wb.read("Đơn vị thi đua")).slice(3).map((row) => row[5])).toHaveLength(9);
    expect(tasks(wb).filter((row) => String(row[0]).includes("Tiêu chuẩn"))).toEqual([]);
  });
});

describe("ongoing work has no deadline (review of issue 10)", () => {
  // VII.1 "tiếp tục duy trì phong trào vệ sinh môi trường", VII.3 "thường xuyên cập nhật thông tin", VII.4 the funds.
  const ONGOING = [
    ["Duy trì phong trào vệ sinh môi trường đường làng, ngõ xóm; hướng dẫn thu gom, xử lý rác thải", "Công chức Địa chính - XD - NN - Môi trường"],
    ["Tuyên truyền trên cổng thông tin điện tử; pano, áp phích khu trung tâm", "Công chức Văn hóa - xã hội"],
    ["Huy động, bố trí nguồn lực kinh phí", "Tài chính - Kế hoạch"],
  ];

  test("on 31/10/2023 they have no deadline and no label, and nobody is reminded for them", () => {
    const wb = built();
    setCutoff(wb, "Thứ Sáu", "16:00");
    markOverdue(wb, vietnamInstant("2023-10-31", 9 * 60));
    const work = compact(wb.read("Công việc chung"));
    for (const [name, owner] of ONGOING) {
      // name, owner, leader, deadline, status, completed on, Theo dõi hạn, note
      expect(work.find((row) => row[1] === name)?.slice(1, 9).map((cell) => cell ?? null)).toEqual([name, owner, null, null, null, null, null, "Thường xuyên, kế hoạch không ghi hạn."]);
    }
    expect(compileCampaignSummary(wb, vietnamInstant("2023-10-31", 17 * 60)).ok).toBe(true);
    // Phòng, ban, đoàn thể: after the name, the number of tasks, done, overdue, and the proposal or why none.
    const owner = (name: string) => ownerRow(compact(wb.read("Tổng hợp")), name);
    // Tài chính - Kế hoạch has only the funds: nothing late, no reminder.
    expect(owner("Tài chính - Kế hoạch")).toEqual([1, 0, 0, "Chưa xếp hạng: chưa có việc xong hay quá hạn"]);
    // Địa chính's two works due at the drive's end are late; the sanitation it keeps up is not.
    expect(owner("Công chức Địa chính - XD - NN - Môi trường")?.slice(0, 3)).toEqual([3, 0, 2]);
    expect(owner("Công chức Văn hóa - xã hội")?.slice(0, 3)).toEqual([2, 0, 1]);
  });
});

describe("missing until now", () => {
  const wb = built();

  test("IV.6's camera, crime-prevention and fire-safety models, and IV.2's online public services, owner to fill in", () => {
    expect(tasks(wb)).toEqual(
      expect.arrayContaining([
        ["Hoàn thành mô hình camera an ninh", ASK, "30/10/2023"],
        ["Hoàn thành các mô hình phòng, chống tội phạm, tệ nạn xã hội; bảo đảm TTATXH", ASK, "30/10/2023"],
        ["Hoàn thành mô hình phòng cháy, chữa cháy", ASK, "30/10/2023"],
        ["Hướng dẫn người trong độ tuổi lao động cài đặt, sử dụng dịch vụ công trực tuyến", ASK, "30/10/2023"],
      ]),
    );
  });

  test("section VII's owners as written: the schools' two tasks, MTTQ and the organisations", () => {
    expect(tasks(wb)).toEqual(
      expect.arrayContaining([
        ["Kế hoạch bổ sung mô hình giáo dục thể chất cho học sinh (dạy bơi dịp hè)", "Ban giám hiệu các trường TH, THCS", "30/10/2023"],
        ["Hoàn thành hồ sơ chất lượng công nhận lại chuẩn", "Ban giám hiệu các trường TH, THCS", "30/10/2023"],
        [expect.stringContaining("gia đình 5 không, 3 sạch"), "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã", "30/10/2023"],
      ]),
    );
    expect(tasks(wb)).toHaveLength(17);
  });

  test("lighting and drainage are a task on Giang Sơn 9's, Cẩm Cường's and Vĩnh An's tabs, not Chí Phúc's", () => {
    const task = (tab: string) => compact(wb.read(tab))[15]?.slice(19, 23) ?? [];
    for (const tab of ["Giang Sơn 9", "Cẩm Cường", "Vĩnh An"]) {
      expect([tab, ...task(tab)]).toEqual([tab, "Lắp điện chiếu sáng, rãnh thoát nước cho khu dân cư", ASK, null, "30/10/2023"]);
    }
    expect(task("Chí Phúc")[0] ?? null).toBeNull();
  });

  test("every thôn tab lists the plan's six thôn items as criteria, with no status", () => {
    for (const tab of ["Chí Phúc", "Giang Sơn 9", "Cẩm Cường", "Vĩnh An"]) {
      const rows = compact(wb.read(tab)).slice(15, 21).map((row) => [row[7], row[10] ?? null]);
      expect([tab, rows]).toEqual([tab, ["1", "2", "3", "4", "5", "6"].map((n) => [n, null])]);
    }
  });
});

describe("with nothing entered", () => {
  const summaryOn = (day: string) => {
    const wb = built();
    setCutoff(wb, "Thứ Sáu", "16:00");
    expect(compileCampaignSummary(wb, vietnamInstant(day, 17 * 60)).ok).toBe(true);
    return compact(wb.read("Tổng hợp"));
  };
  const villages = (summary: unknown[][]) => summary.filter((row) => ["Chí Phúc", "Giang Sơn 9", "Cẩm Cường", "Vĩnh An"].includes(String(row[2])));

  test("day one: no thôn ranked, praised or reminded; the criteria count 6 each, none entered", () => {
    const summary = summaryOn("2023-07-01");
    expect(villages(summary).map((row) => [row[0], row[7], row[8], row[15] ?? null])).toEqual(Array(4).fill([null, 0, 6, null]));
    expect(summary.flat().filter((cell) => cell === "Biểu dương" || cell === "Nhắc nhở")).toEqual([]);
  });

  test("after the drive, the unassigned work (owner to fill in) is listed as not given to anyone, not ranked or reminded", () => {
    const summary = summaryOn("2023-10-31");
    expect(villages(summary).map((row) => row[0] ?? null)).toEqual([null, null, null, null]);
    expect(ownerRow(summary, "(chưa giao)")).toEqual([5, 0, 5, "Không xếp hạng: việc chưa giao cho ai"]);
    expect(summary.some((row) => row[2] === ASK)).toBe(false);
  });
});
