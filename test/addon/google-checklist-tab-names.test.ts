// Step 11e of the Google checklist (docs/kiem-thu-google.md) replayed on the strict fakes: plan 000's 22 thôn tabs,
// named for placeholders (the plan names none), take the names the officer types; a tab named by hand stays; a name another sheet has is a problem.
// Every value the run gives that the checklist quotes is looked for, word for word, in the checklist.
import { appendFileSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { PROTECTION } from "../../src/domain/messages";
import { fakePlatform } from "../fakes/apps-script";
import type { FakeSheet } from "../fakes/spreadsheet-app";
import { ROOT, loadAddon } from "./build";

const CHECKLIST = readFileSync(path.join(ROOT, "docs/kiem-thu-google.md"), "utf8");
const STEP = CHECKLIST.slice(CHECKLIST.indexOf("## 11e."), CHECKLIST.indexOf("## 12."));

/** Step 11e quotes this text (between backticks when `code`). With QUOTES=file, lists the quotes there instead. */
function quoted(text: unknown, code = true): void {
  const wanted = code ? `\`${String(text)}\`` : String(text);
  if (process.env.QUOTES) appendFileSync(process.env.QUOTES, `${wanted}\n`);
  else if (!STEP.includes(wanted)) throw new Error(`step 11e of docs/kiem-thu-google.md does not quote ${wanted}`);
}

const A = "nguoi.a@gmail.com";

function value(sheet: FakeSheet, a1: string): unknown {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!match) throw new Error(a1);
  const col = [...(match[1] as string)].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return sheet.cell(Number(match[2]), col)?.value ?? null;
}

test("11e: plan 000's thôn tabs follow the names typed in Danh sách thôn", () => {
  jest.useFakeTimers({ now: new Date("2026-11-23T03:00:00Z"), doNotFake: ["nextTick", "setImmediate"] });
  const platform = fakePlatform({ owner: A });
  const gas = loadAddon(platform);
  platform.runAs(A);
  const sheet = (name: string) => platform.spreadsheet.sheet(name);
  const names = () => platform.spreadsheet.sheetList.map((s) => s.name);

  gas.sidebarStart?.("chinh-trang-2026");
  const thon = names().filter((name) => name.startsWith("Thôn "));
  expect(thon).toHaveLength(22);
  quoted(`\`${thon[0]}\` … \`${thon[21]}\``, false);
  const register = sheet("Danh sách thôn");
  expect([value(register, "B4"), value(register, "B5"), value(register, "B6")]).toEqual(thon.slice(0, 3));
  quoted(`B4 \`${value(register, "B4")}\``, false);

  // 1. A head's first entry on Thôn 1's tab (a household), then its name in the register.
  sheet(thon[0] as string).typeByHand(A, 16, 2, [["Nguyễn Văn An"]]);
  quoted("B16 `Nguyễn Văn An`", false);
  register.typeByHand(A, 4, 2, [["Thôn Đông"]]);
  gas.menuGenerateTabs?.();
  quoted(platform.ui.lastAlert().split("\n")[0]);
  expect(names()).toContain("Thôn Đông");
  expect(names()).not.toContain(thon[0]);
  const dong = sheet("Thôn Đông");
  expect(value(dong, "B16")).toBe("Nguyễn Văn An");
  quoted(String(value(dong, "A1")).split(":")[0]);
  expect(register.formulaAt(4, 13)).toBe(`=HYPERLINK("#gid=${dong.id}","Mở tab")`);
  expect((dong.protections[0] as unknown as { description: string }).description).toBe(PROTECTION.village("Thôn Đông"));
  quoted(PROTECTION.village("Thôn Đông"));

  // 2. A tab renamed by hand keeps its name.
  sheet(thon[1] as string).renameByHand("Thôn Hai");
  register.typeByHand(A, 5, 2, [["Thôn Tây"]]);
  gas.menuGenerateTabs?.();
  expect(names()).toContain("Thôn Hai");
  expect(names()).not.toContain("Thôn Tây");
  expect(register.formulaAt(5, 13)).toBe(`=HYPERLINK("#gid=${sheet("Thôn Hai").id}","Mở tab")`);

  // 3. A name another sheet has: a problem on the register's name cell, and the tab keeps its placeholder name.
  platform.spreadsheet.insertSheet("Thôn Nam", platform.spreadsheet.sheetList.length);
  register.typeByHand(A, 6, 2, [["Thôn Nam"]]);
  gas.menuGenerateTabs?.();
  expect(names()).toContain(thon[2]);
  const problems = sheet("Lỗi dữ liệu");
  const row = Array.from({ length: 40 }, (_, i) => i + 4).find((r) => value(problems, `B${r}`) === "B6");
  if (row === undefined) throw new Error("no problem on B6");
  quoted(`\`${value(problems, `A${row}`)}\`, ô \`B6\``, false);
  quoted(value(problems, `C${row}`));
  quoted(value(problems, `D${row}`));

  // The officer deletes the blank sheet (by hand): the next run renames the tab, and the problem is gone.
  const list = platform.spreadsheet.sheetList;
  list.splice(list.indexOf(sheet("Thôn Nam")), 1);
  gas.menuGenerateTabs?.();
  expect(names()).not.toContain(thon[2]);
  expect(names()).toContain("Thôn Nam");
  expect(Array.from({ length: 40 }, (_, i) => value(problems, `B${i + 4}`))).not.toContain("B6");
  jest.useRealTimers();
});
