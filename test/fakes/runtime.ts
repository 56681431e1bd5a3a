// This file is the fake Apps Script runtime's bookkeeping: who runs, in which authorization mode and with which scopes,
// every service call counted, and the flushes that a read forces after queued writes.
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { requiredScopes } from "./method-scopes";

/** How the platform started this execution (ScriptApp.AuthMode, plus the custom-function context). */
export type AuthMode = "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";

export interface Execution {
  /** The effective user's email (Session.getEffectiveUser): the person running, or the trigger's installer. */
  readonly user: string;
  readonly authMode: AuthMode;
  /** The scopes the user granted: exactly the manifest's oauthScopes once authorised. */
  readonly scopes: readonly string[];
  /** A time-driven trigger's run: there is no user interface to show anything in. */
  readonly trigger: boolean;
}

/** The manifest's oauthScopes: what an authorised execution of this add-on holds, no more. */
export const MANIFEST_SCOPES: readonly string[] = (JSON.parse(readFileSync(manifestPath(), "utf8")) as { oauthScopes: string[] }).oauthScopes;

/** The repository's appsscript.json, found from here upwards (the fakes also run bundled, in dist/cli for the bench). */
function manifestPath(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "appsscript.json");
    if (existsSync(candidate) && !candidate.includes(`${path.sep}dist${path.sep}`)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve("appsscript.json");
  }
}

/** The reference namespace of each class the fakes implement, to look its methods' scopes up. */
const NAMESPACE: Readonly<Record<string, string>> = {
  SpreadsheetApp: "Spreadsheet",
  Spreadsheet: "Spreadsheet",
  Sheet: "Spreadsheet",
  Range: "Spreadsheet",
  RangeList: "Spreadsheet",
  Protection: "Spreadsheet",
  DataValidationBuilder: "Spreadsheet",
  ConditionalFormatRuleBuilder: "Spreadsheet",
  ConditionalFormatRule: "Spreadsheet",
  DeveloperMetadata: "Spreadsheet",
  DeveloperMetadataFinder: "Spreadsheet",
  DeveloperMetadataLocation: "Spreadsheet",
  EmbeddedChartBuilder: "Spreadsheet",
  EmbeddedChart: "Spreadsheet",
  Ui: "Base",
  Menu: "Base",
  Session: "Base",
  User: "Base",
  ScriptApp: "Script",
  ClockTriggerBuilder: "Script",
  TriggerBuilder: "Script",
  Trigger: "Script",
  LockService: "Lock",
  Lock: "Lock",
  PropertiesService: "Properties",
  Properties: "Properties",
  HtmlService: "HTML",
  HtmlOutput: "HTML",
  Utilities: "Utilities",
};

/**
 * What may run before the user authorised the add-on: menus only (and Logger, Utilities). "If your add-on tries to use
 * these services in onOpen, onInstall, or global scope, permissions fail".
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 */
const ALLOWED_IN_NONE = new Set(["SpreadsheetApp.getUi", "Ui.createAddonMenu", "Menu.addItem", "Menu.addSeparator", "Menu.addToUi"]);

/**
 * Custom functions may use Utilities and read-only Spreadsheet get…() methods, nothing that needs the user's
 * authorisation. https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services
 */
function allowedInCustomFunction(method: string): boolean {
  const [cls = "", name = ""] = method.split(".");
  if (cls === "Utilities") return true;
  return NAMESPACE[cls] === "Spreadsheet" && /^(get|is)/.test(name);
}

/** What a call does to the document: reads wait for queued writes (a flush); writes are queued. */
export type Effect = "get" | "read" | "write";

export class Calls {
  readonly byMethod = new Map<string, number>();
  /** Reads that had to wait for queued writes to be applied. */
  flushes = 0;
  /** The read that forced each flush, in order: what to look at when there are too many. */
  readonly flushedBy: string[] = [];
  private pending = false;
  execution: Execution = { user: "", authMode: "FULL", scopes: MANIFEST_SCOPES, trigger: false };

  /**
   * Counts one service call after checking the platform would allow it. Writes are queued and a read after a write
   * forces them out first: "Every time you do a read, we must first empty (commit) the write cache."
   * https://developers.google.com/apps-script/guides/support/best-practices#minimize_calls_to_services
   */
  count(method: string, effect: Effect = "get"): void {
    this.authorize(method);
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
    if (effect === "write") this.pending = true;
    if (effect === "read" && this.pending) {
      this.flushes++;
      this.flushedBy.push(method);
      this.pending = false;
    }
  }

  /** Service calls so far (every method of every service object). */
  total(): number {
    return [...this.byMethod.values()].reduce((a, b) => a + b, 0);
  }

  reset(): void {
    this.byMethod.clear();
    this.flushes = 0;
    this.flushedBy.length = 0;
    this.pending = false;
  }

  /** Throws what the platform throws when the execution may not make this call. */
  private authorize(method: string): void {
    const { authMode, scopes } = this.execution;
    if (authMode === "NONE" && !ALLOWED_IN_NONE.has(method)) {
      // Not documented word for word; this is the message seen in add-ons that touch services in AuthMode.NONE.
      throw new Error(`Authorization is required to perform that action. (${method})`);
    }
    if (authMode === "CUSTOM_FUNCTION" && !allowedInCustomFunction(method)) {
      throw new Error(`You do not have permission to call ${method}`);
    }
    const cls = method.split(".")[0] ?? "";
    const namespace = NAMESPACE[cls];
    if (namespace === undefined) throw new Error(`The fake has no reference namespace for ${method}`);
    const needed = requiredScopes(`${namespace}.${method}`);
    if (needed === undefined) throw new Error(`${namespace}.${method} is not in Google's reference`);
    // "Scripts that use this method require authorization with one or more of the following scopes" (each method's page).
    if (needed.length > 0 && !needed.some((scope) => scopes.includes(scope))) {
      throw new Error(`You do not have permission to call ${method}. Required permissions: ${needed.join(", ")}`);
    }
  }
}
