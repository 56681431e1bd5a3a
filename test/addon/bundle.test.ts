// Tests the pushed file itself: ES2020 script syntax only, no module or Node features, top-level wrappers with their JSDoc.
import * as acorn from "acorn";
import { MENU_ITEMS } from "../../src/addon/menu";
import { builtFile } from "./build";

const code = builtFile("Code.js");
const program = acorn.parse(code, { ecmaVersion: 2020, sourceType: "script" }) as unknown as { body: Array<{ type: string; id?: { name: string } }> };

/** Free identifiers: names read as variables, not property names or declarations' own keys. */
function freeIdentifiers(node: unknown, parent: unknown = null, key = "", found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) freeIdentifiers(child, parent, key, found);
    return found;
  }
  if (node === null || typeof node !== "object") return found;
  const n = node as Record<string, unknown> & { type?: string; name?: string };
  if (n.type === "Identifier") {
    const p = parent as Record<string, unknown> | null;
    const isProperty = p && ((p.type === "MemberExpression" && key === "property" && !p.computed) || (p.type === "Property" && key === "key" && !p.computed));
    if (!isProperty) found.add(n.name as string);
    return found;
  }
  for (const [k, v] of Object.entries(n)) if (k !== "type" && typeof v === "object") freeIdentifiers(v, n, k, found);
  return found;
}

test("the file parses as an ES2020 classic script (no import/export, nothing newer)", () => {
  expect(program.body.length).toBeGreaterThan(0);
  expect(() => acorn.parse("let a = 1; a ??= 2;", { ecmaVersion: 2020, sourceType: "script" })).toThrow();
  expect(() => acorn.parse("export const a = 1;", { ecmaVersion: 2020, sourceType: "script" })).toThrow();
});

test("it uses nothing Apps Script lacks: require, timers, fetch, Node built-ins", () => {
  const used = freeIdentifiers(program);
  // (zod's URL validator mentions URL behind a typeof guard; the add-on never calls it.)
  for (const name of ["require", "module", "exports", "setTimeout", "setInterval", "fetch", "process", "Buffer", "__dirname", "TextEncoder"]) {
    expect({ name, used: used.has(name) }).toEqual({ name, used: false });
  }
  expect(code).not.toMatch(/["']node:/);
});

test("every function the platform calls is a top-level function declaration of the file", () => {
  const declared = new Set(program.body.filter((node) => node.type === "FunctionDeclaration").map((node) => node.id?.name));
  const names = [
    ...MENU_ITEMS.flatMap((item) => (item === null ? [] : [item[1]])),
    "onOpen",
    "onInstall",
    "scheduledRun",
    "DANH_GIA_CHI_TIEU",
    "NHAN_HAN",
    "NGAY_HAN",
    "sidebarOverview",
    "sidebarRun",
    "sidebarCampaignForm",
    "sidebarSaveCampaign",
    "sidebarPresets",
    "sidebarStart",
  ];
  for (const name of names) expect({ name, declared: declared.has(name) }).toEqual({ name, declared: true });
});

test("custom functions keep their parameter names and @customfunction JSDoc right above them", () => {
  expect(code).toMatch(/@customfunction\n \*\/\nfunction DANH_GIA_CHI_TIEU\(da_dat, tong, toi_thieu, phan_dau\) \{\n  return app\.DANH_GIA_CHI_TIEU\(da_dat, tong, toi_thieu, phan_dau\);/);
  expect(code).toMatch(/@param \{string\|Date\|Array<Array<string\|Date>>\} thoi_han [^\n]+\n[\s\S]*?@customfunction\n \*\/\nfunction NHAN_HAN\(thoi_han, trang_thai, ngay_hoan_thanh, hom_nay\)/);
  expect(code).toMatch(/@customfunction\n \*\/\nfunction NGAY_HAN\(cum_tu, nam\)/);
});

test("the manifest: V8, Vietnam time, and only the narrow scopes", () => {
  const manifest = JSON.parse(builtFile("appsscript.json"));
  expect(manifest.runtimeVersion).toBe("V8");
  expect(manifest.timeZone).toBe("Asia/Ho_Chi_Minh");
  expect(manifest.oauthScopes).toEqual([
    "https://www.googleapis.com/auth/spreadsheets.currentonly",
    "https://www.googleapis.com/auth/script.container.ui",
    "https://www.googleapis.com/auth/script.scriptapp",
    "https://www.googleapis.com/auth/userinfo.email",
  ]);
  expect(builtFile("sidebar.html")).toContain("<html");
});
