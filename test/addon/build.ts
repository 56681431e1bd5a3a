// This file builds dist/ once for the add-on tests and hands out the pushed file's text.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
let built = false;

export function builtFile(name: string): string {
  if (!built) {
    execFileSync(process.execPath, ["esbuild.config.mjs"], { cwd: ROOT, stdio: "pipe" });
    built = true;
  }
  return readFileSync(path.join(ROOT, "dist", name), "utf8");
}
