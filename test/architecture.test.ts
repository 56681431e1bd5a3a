// Tests the layering: the domain imports nothing of the rest, actions know only the Workbook interface, and only the
// Google adapters name Apps Script services.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";

const SRC = path.resolve(__dirname, "../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from "([^"]+)"/g)].map((m) => {
    const target = m[1] as string;
    return target.startsWith(".") ? path.relative(SRC, path.resolve(path.dirname(file), target)) : `pkg:${target}`;
  });
}

const APPS_SCRIPT = /\b(SpreadsheetApp|LockService|ScriptApp|PropertiesService|HtmlService|Session|Utilities|UrlFetchApp|GoogleAppsScript)\b/;

test("the domain imports only itself, zod and date-fns", () => {
  for (const file of files(path.join(SRC, "domain"))) {
    for (const target of imports(file)) {
      const ok = target.startsWith("domain/") || /^pkg:(zod|zod\/locales|date-fns|@date-fns\/utc)$/.test(target);
      expect({ file: path.relative(SRC, file), target, ok }).toEqual({ file: path.relative(SRC, file), target, ok: true });
    }
  }
});

test("actions import the domain, each other and the Workbook interface only", () => {
  for (const file of files(path.join(SRC, "actions"))) {
    for (const target of imports(file)) {
      const ok = target.startsWith("domain/") || target.startsWith("actions/") || target === "workbook/workbook";
      expect({ file: path.relative(SRC, file), target, ok }).toEqual({ file: path.relative(SRC, file), target, ok: true });
    }
  }
});

test("only the Google adapters name Apps Script services", () => {
  const allowed = (rel: string) => rel.startsWith("addon/") || rel.startsWith("workbook/sheets-");
  for (const file of files(SRC)) {
    const rel = path.relative(SRC, file);
    const names = readFileSync(file, "utf8").split("\n").filter((line) => !line.trim().startsWith("//") && APPS_SCRIPT.test(line));
    if (!allowed(rel)) expect({ rel, names }).toEqual({ rel, names: [] });
  }
});

test("only the command line imports docx, so the Apps Script bundle never carries it", () => {
  for (const file of files(SRC)) {
    const rel = path.relative(SRC, file);
    const docx = imports(file).filter((target) => target === "pkg:docx");
    if (!rel.startsWith("cli/")) expect({ rel, docx }).toEqual({ rel, docx: [] });
  }
});
