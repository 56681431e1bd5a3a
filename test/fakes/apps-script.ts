// This file fakes the Apps Script services besides SpreadsheetApp (Ui, LockService, ScriptApp, PropertiesService,
// HtmlService, Session), typed by the same narrowed interfaces the entry points use, and gathers them as globals.
import type { ClockTriggerBuilderApi, HtmlOutputApi, LockApi, MenuApi, Platform, PropertiesApi, TriggerApi, UiApi } from "../../src/addon/platform";
import type { SpreadsheetApi } from "../../src/workbook/sheets-api";
import { Calls, FakeSpreadsheet, fakeSpreadsheetApp } from "./spreadsheet-app";

export class FakeUi implements UiApi {
  readonly menu: Array<[string, string] | null> = [];
  menuAdded = false;
  readonly alerts: Array<{ title: string; text: string }> = [];
  readonly sidebars: string[] = [];
  /** The answer the next prompts get: [button, text]. */
  answer: [string, string] = ["OK", ""];
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL" } as unknown as UiApi["ButtonSet"];
  readonly Button = { OK: "OK" } as unknown as UiApi["Button"];

  constructor(private readonly calls: Calls) {}

  createAddonMenu(): MenuApi {
    this.calls.count("Ui.createAddonMenu");
    const menu: MenuApi = {
      addItem: (caption, functionName) => (this.menu.push([caption, functionName]), menu),
      addSeparator: () => (this.menu.push(null), menu),
      addToUi: () => {
        this.menuAdded = true;
      },
    };
    return menu;
  }
  alert(title: string, prompt: string) {
    this.calls.count("Ui.alert");
    this.alerts.push({ title, text: prompt });
    return this.Button.OK;
  }
  prompt() {
    this.calls.count("Ui.prompt");
    const [button, text] = this.answer;
    return { getResponseText: () => text, getSelectedButton: () => button as unknown as GoogleAppsScript.Base.Button };
  }
  showSidebar(userInterface: HtmlOutputApi): void {
    this.calls.count("Ui.showSidebar");
    this.sidebars.push((userInterface as FakeHtml).title);
  }
  lastAlert(): string {
    return this.alerts[this.alerts.length - 1]?.text ?? "";
  }
}

class FakeHtml implements HtmlOutputApi {
  title = "";
  constructor(readonly file: string) {}
  setTitle(title: string): HtmlOutputApi {
    this.title = `${this.file}: ${title}`;
    return this;
  }
}

export class FakeLock implements LockApi {
  held = false;
  /** Set to true to stand for another person's run holding the lock. */
  busy = false;
  tryLock(): boolean {
    if (this.busy || this.held) return false;
    this.held = true;
    return true;
  }
  releaseLock(): void {
    this.held = false;
  }
}

export interface FakeTrigger extends TriggerApi {
  readonly everyDays: number;
  readonly hour: number;
  readonly timeZone: string;
}

export class FakeScriptApp {
  readonly triggers: FakeTrigger[] = [];
  getUserTriggers(_spreadsheet: SpreadsheetApi): TriggerApi[] {
    return [...this.triggers];
  }
  newTrigger(functionName: string): { timeBased(): ClockTriggerBuilderApi } {
    const settings = { everyDays: 0, hour: -1, timeZone: "" };
    const builder: ClockTriggerBuilderApi = {
      everyDays: (n) => ((settings.everyDays = n), builder),
      atHour: (hour) => ((settings.hour = hour), builder),
      inTimezone: (zone) => ((settings.timeZone = zone), builder),
      create: () => {
        const trigger: FakeTrigger = { ...settings, getHandlerFunction: () => functionName };
        this.triggers.push(trigger);
        return trigger;
      },
    };
    return { timeBased: () => builder };
  }
  deleteTrigger(trigger: TriggerApi): void {
    const i = this.triggers.indexOf(trigger as FakeTrigger);
    if (i >= 0) this.triggers.splice(i, 1);
  }
}

export class FakeProperties implements PropertiesApi {
  readonly values = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: string): PropertiesApi {
    this.values.set(key, value);
    return this;
  }
}

export interface FakePlatform {
  readonly calls: Calls;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLock;
  readonly scriptApp: FakeScriptApp;
  readonly properties: FakeProperties;
  /** The globals of an Apps Script run, for a vm context. */
  readonly globals: Platform;
}

export function fakePlatform(owner = "canbo.kinhte@maihoa.gov.vn"): FakePlatform {
  const calls = new Calls();
  const spreadsheet = new FakeSpreadsheet(calls, owner);
  const ui = new FakeUi(calls);
  const lock = new FakeLock();
  const scriptApp = new FakeScriptApp();
  const properties = new FakeProperties();
  const globals: Platform = {
    SpreadsheetApp: {
      ...fakeSpreadsheetApp(calls),
      getActiveSpreadsheet: () => (calls.count("SpreadsheetApp.getActiveSpreadsheet"), spreadsheet),
      getUi: () => ui,
    },
    LockService: { getDocumentLock: () => lock },
    ScriptApp: scriptApp,
    PropertiesService: { getDocumentProperties: () => (calls.count("PropertiesService.getDocumentProperties"), properties) },
    HtmlService: { createHtmlOutputFromFile: (file: string) => new FakeHtml(file) },
    Session: { getEffectiveUser: () => ({ getEmail: () => owner }) },
  };
  return { calls, spreadsheet, ui, lock, scriptApp, properties, globals };
}
