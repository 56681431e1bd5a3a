// This file names the Apps Script services the entry points use, and hands them out: typed narrowly, checked against the real ones.
import type { SpreadsheetApi, SpreadsheetAppApi, UserApi } from "../workbook/sheets-api";

type Base = typeof GoogleAppsScript.Base;

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
}

export interface UiApi {
  createAddonMenu(): MenuApi;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  showSidebar(userInterface: HtmlOutputApi): void;
  ButtonSet: Pick<Base["ButtonSet"], "OK">;
}

export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface TriggerApi {
  getHandlerFunction(): string;
  getUniqueId(): string;
}

export interface ClockTriggerBuilderApi {
  everyDays(n: number): ClockTriggerBuilderApi;
  atHour(hour: number): ClockTriggerBuilderApi;
  inTimezone(timezone: string): ClockTriggerBuilderApi;
  create(): TriggerApi;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesApi;
}

export interface UtilitiesApi {
  formatDate(date: Date, timeZone: string, format: string): string;
  parseDate(date: string, timeZone: string, format: string): Date;
}

export interface Platform {
  /** getActiveSpreadsheet is null where the run has no document (a trigger the platform ran outside it). */
  SpreadsheetApp: SpreadsheetAppApi & { getActiveSpreadsheet(): SpreadsheetApi | null; getUi(): UiApi };
  LockService: { getDocumentLock(): LockApi | null };
  ScriptApp: {
    getUserTriggers(spreadsheet: SpreadsheetApi): TriggerApi[];
    newTrigger(functionName: string): { timeBased(): ClockTriggerBuilderApi };
    deleteTrigger(trigger: TriggerApi): void;
  };
  PropertiesService: { getDocumentProperties(): PropertiesApi | null; getUserProperties(): PropertiesApi };
  HtmlService: { createHtmlOutputFromFile(filename: string): HtmlOutputApi };
  Session: { getEffectiveUser(): UserApi };
  Utilities: UtilitiesApi;
}

/** The platform's services. Assigning the real globals here is the compile-time check that each narrowed type fits. */
export function platform(): Platform {
  return { SpreadsheetApp, LockService, ScriptApp, PropertiesService, HtmlService, Session, Utilities };
}
