// This file builds dist/ once for the add-on tests and hands out the pushed file's text.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import type { FakePlatform } from "../fakes/apps-script";

export const ROOT = path.resolve(__dirname, "../..");
let built = false;

export function builtFile(name: string): string {
  if (!built) {
    execFileSync(process.execPath, ["esbuild.config.mjs"], { cwd: ROOT, stdio: "pipe" });
    built = true;
  }
  return readFileSync(path.join(ROOT, "dist", name), "utf8");
}

/** The add-on's top-level functions, as Apps Script calls them. */
export type AddonContext = Record<string, (...args: unknown[]) => unknown>;

/**
 * Runs the built Code.js with the fakes as its only globals. Date is shared with the test's realm so dates crossing the
 * fake stay dates, as they do in Apps Script's single realm.
 */
export function loadAddon(platform: FakePlatform, code = builtFile("Code.js")): AddonContext {
  const context = vm.createContext({ ...platform.globals, Date });
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as unknown as AddonContext;
}
