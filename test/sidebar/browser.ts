/// <reference lib="dom" />
// This file opens the built sidebar in Debian's Chromium with a google.script.run shim that calls the real server
// functions in this process, passing values the way the platform does (JSON; a Date fails the call).
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { type Browser, type Page, chromium } from "playwright-core";
import * as entry from "../../src/addon/index";

export const CHROMIUM = "/usr/bin/chromium";
const SIDEBAR_URL = "https://so-thi-dua.invalid/sidebar.html";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

const SERVER: Record<string, (...args: unknown[]) => unknown> = {
  sidebarOverview: entry.sidebarOverview,
  sidebarRun: entry.sidebarRun as (...args: unknown[]) => unknown,
  sidebarCampaignForm: entry.sidebarCampaignForm,
  sidebarSaveCampaign: entry.sidebarSaveCampaign,
  sidebarPresets: entry.sidebarPresets,
  sidebarStart: entry.sidebarStart as (...args: unknown[]) => unknown,
};

function containsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(containsDate);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsDate);
  return false;
}

/** A page at 300 px with the shim installed; `calls` records each server call's name. */
export async function openSidebar(browser: Browser, html: string, calls: string[], errors: string[] = []): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.exposeFunction("__server", (name: string, json: string) => {
    calls.push(name);
    const run = SERVER[name];
    if (!run) return JSON.stringify({ error: `Script function not found: ${name}` });
    try {
      const value = run(...(JSON.parse(json) as unknown[]));
      if (containsDate(value)) return JSON.stringify({ error: "A Date cannot be returned through google.script.run" });
      return JSON.stringify({ value });
    } catch (error) {
      return JSON.stringify({ error: String(error) });
    }
  });
  await page.addInitScript(() => {
    const hasDate = (value: unknown): boolean =>
      value instanceof Date || (Array.isArray(value) ? value.some(hasDate) : value !== null && typeof value === "object" && Object.values(value).some(hasDate));
    const runner = (success: (v: unknown) => void, failure: (e: Error) => void): unknown =>
      new Proxy(
        {},
        {
          get(_target, prop: string) {
            if (prop === "withSuccessHandler") return (handler: (v: unknown) => void) => runner(handler, failure);
            if (prop === "withFailureHandler") return (handler: (e: Error) => void) => runner(success, handler);
            return (...args: unknown[]) => {
              if (hasDate(args)) {
                setTimeout(() => failure(new Error("Invalid argument: Date")), 0);
                return;
              }
              const call = (window as unknown as { __server: (n: string, a: string) => Promise<string> }).__server;
              void call(prop, JSON.stringify(args)).then((answer) => {
                const parsed = JSON.parse(answer) as { value?: unknown; error?: string };
                if (parsed.error !== undefined) failure(new Error(parsed.error));
                else success(parsed.value);
              });
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: runner(() => undefined, () => undefined) } };
  });
  page.on("pageerror", (error) => errors.push(error.message));
  // Served from an intercepted address (no request leaves the browser), so the init script runs as on a real load.
  await page.route(SIDEBAR_URL, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  await page.goto(SIDEBAR_URL);
  return page;
}

export const AXE_SOURCE = (): string => readFileSync(path.join(path.dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
