// This file fakes the Apps Script services besides SpreadsheetApp (Ui, LockService, ScriptApp, PropertiesService,
// HtmlService, Session, Utilities) and gathers them as the globals of one execution, run as a given user and mode.
import type { ClockTriggerBuilderApi, HtmlOutputApi, LockApi, MenuApi, Platform, PropertiesApi, TriggerApi, UiApi } from "../../src/addon/platform";
import type { SpreadsheetApi } from "../../src/workbook/sheets-api";
import { canEditFile, FakeUser } from "./protection";
import { type AuthMode, Calls, MANIFEST_SCOPES } from "./runtime";
import { FakeSpreadsheet, fakeSpreadsheetApp } from "./spreadsheet-app";
import { fakeUtilities } from "./utilities";

export class FakeUi implements UiApi {
  readonly menu: Array<[string, string] | null> = [];
  menuAdded = false;
  readonly alerts: Array<{ title: string; text: string }> = [];
  readonly sidebars: string[] = [];
  readonly ButtonSet = { OK: "OK" } as unknown as UiApi["ButtonSet"];

  constructor(private readonly calls: Calls) {}

  createAddonMenu(): MenuApi {
    this.calls.count("Ui.createAddonMenu");
    this.menu.length = 0;
    const menu: MenuApi = {
      addItem: (caption, functionName) => (this.calls.count("Menu.addItem"), this.menu.push([caption, functionName]), menu),
      addSeparator: () => (this.calls.count("Menu.addSeparator"), this.menu.push(null), menu),
      addToUi: () => {
        this.calls.count("Menu.addToUi");
        this.menuAdded = true;
      },
    };
    return menu;
  }
  alert(title: string, prompt: string) {
    this.calls.count("Ui.alert");
    this.alerts.push({ title, text: prompt });
    return "OK" as unknown as GoogleAppsScript.Base.Button;
  }
  /** "Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED."
   * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle */
  showSidebar(userInterface: HtmlOutputApi): void {
    this.calls.count("Ui.showSidebar");
    if (this.calls.execution.authMode !== "FULL") throw new Error("Authorization is required to perform that action. (Ui.showSidebar)");
    this.sidebars.push((userInterface as FakeHtml).title);
  }
  lastAlert(): string {
    return this.alerts[this.alerts.length - 1]?.text ?? "";
  }
}

class FakeHtml implements HtmlOutputApi {
  title = "";
  constructor(private readonly calls: Calls, readonly file: string) {}
  setTitle(title: string): HtmlOutputApi {
    this.calls.count("HtmlOutput.setTitle");
    this.title = `${this.file}: ${title}`;
    return this;
  }
}

export class FakeLock implements LockApi {
  held = false;
  /** Set to true to stand for another person's run holding the lock. */
  busy = false;
  constructor(private readonly calls: Calls) {}
  tryLock(): boolean {
    this.calls.count("Lock.tryLock");
    if (this.busy || this.held) return false;
    this.held = true;
    return true;
  }
  releaseLock(): void {
    this.calls.count("Lock.releaseLock");
    this.held = false;
  }
}

export interface FakeTrigger extends TriggerApi {
  readonly owner: string;
  readonly everyDays: number;
  readonly hour: number;
  readonly timeZone: string;
}

/** Add-on triggers: "Each add-on can only have one trigger of each type, per user, per document" and "Time-driven
 * triggers cannot run more frequently than once per hour." https://developers.google.com/workspace/add-ons/concepts/editor-triggers */
export class FakeScriptApp {
  readonly triggers: FakeTrigger[] = [];
  private nextId = 1;
  constructor(private readonly calls: Calls) {}
  private mine(): FakeTrigger[] {
    return this.triggers.filter((t) => t.owner === this.calls.execution.user);
  }
  getUserTriggers(_spreadsheet: SpreadsheetApi): TriggerApi[] {
    this.calls.count("ScriptApp.getUserTriggers");
    return this.mine();
  }
  newTrigger(functionName: string): { timeBased(): ClockTriggerBuilderApi } {
    this.calls.count("ScriptApp.newTrigger");
    const settings = { everyDays: 0, hour: -1, timeZone: "" };
    const builder: ClockTriggerBuilderApi = {
      everyDays: (n) => (this.calls.count("ClockTriggerBuilder.everyDays"), (settings.everyDays = n), builder),
      atHour: (hour) => (this.calls.count("ClockTriggerBuilder.atHour"), (settings.hour = hour), builder),
      inTimezone: (zone) => (this.calls.count("ClockTriggerBuilder.inTimezone"), (settings.timeZone = zone), builder),
      create: () => {
        this.calls.count("ClockTriggerBuilder.create");
        if (this.mine().length > 0) throw new Error("This add-on has created too many time-based triggers in this document for this Google user account.");
        const id = String(this.nextId++);
        const trigger: FakeTrigger = {
          ...settings,
          owner: this.calls.execution.user,
          getHandlerFunction: () => (this.calls.count("Trigger.getHandlerFunction"), functionName),
          getUniqueId: () => (this.calls.count("Trigger.getUniqueId"), id),
        };
        this.triggers.push(trigger);
        return trigger;
      },
    };
    return { timeBased: () => (this.calls.count("TriggerBuilder.timeBased"), builder) };
  }
  deleteTrigger(trigger: TriggerApi): void {
    this.calls.count("ScriptApp.deleteTrigger");
    const i = this.triggers.indexOf(trigger as FakeTrigger);
    if (i >= 0 && this.triggers[i]?.owner === this.calls.execution.user) this.triggers.splice(i, 1);
  }
}

export class FakeProperties implements PropertiesApi {
  readonly values = new Map<string, string>();
  constructor(private readonly calls: Calls) {}
  getProperty(key: string): string | null {
    this.calls.count("Properties.getProperty");
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: string): PropertiesApi {
    this.calls.count("Properties.setProperty");
    this.values.set(key, value);
    return this;
  }
}

export interface PlatformOptions {
  readonly owner?: string;
  readonly editors?: readonly string[];
  readonly viewers?: readonly string[];
}

export interface FakePlatform {
  readonly calls: Calls;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLock;
  readonly scriptApp: FakeScriptApp;
  readonly properties: FakeProperties;
  /** User properties, per user (they follow the user across documents). */
  userProperties(user: string): FakeProperties;
  /** The globals of an Apps Script run, for a vm context. */
  readonly globals: Platform;
  /** Starts an execution as `user` in `authMode` (FULL by default); a time-driven trigger's run when `trigger`. */
  runAs(user: string, authMode?: AuthMode, trigger?: boolean): void;
  /** Whether the platform shows this user the add-on's menu: only for people who can edit the file. */
  seesMenu(user: string): boolean;
  /**
   * Whether a time-driven trigger's run finds its document (active spreadsheet, document lock and properties). The
   * reference doesn't say for add-ons; both cases are tested and the Google checklist settles which is real.
   */
  triggerReachesDocument: boolean;
}

export function fakePlatform(options: PlatformOptions = {}): FakePlatform {
  const owner = options.owner ?? "canbo.kinhte@maihoa.gov.vn";
  const calls = new Calls();
  const spreadsheet = new FakeSpreadsheet(calls, owner, { editors: options.editors ?? [], viewers: options.viewers ?? [] });
  const ui = new FakeUi(calls);
  const lock = new FakeLock(calls);
  const scriptApp = new FakeScriptApp(calls);
  const properties = new FakeProperties(calls);
  const perUser = new Map<string, FakeProperties>();
  const userProperties = (user: string) => perUser.get(user) ?? (perUser.set(user, new FakeProperties(calls)), perUser.get(user) as FakeProperties);
  const reachesDocument = () => !calls.execution.trigger || fake.triggerReachesDocument;
  const globals: Platform = {
    SpreadsheetApp: {
      ...fakeSpreadsheetApp(calls),
      getActiveSpreadsheet: () => (calls.count("SpreadsheetApp.getActiveSpreadsheet"), reachesDocument() ? spreadsheet : (null as unknown as FakeSpreadsheet)),
      getUi: () => {
        calls.count("SpreadsheetApp.getUi");
        if (calls.execution.trigger) throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
        return ui;
      },
    },
    // "If this method is called outside of the context of a containing document … null is returned."
    LockService: { getDocumentLock: () => (calls.count("LockService.getDocumentLock"), reachesDocument() ? lock : null) },
    ScriptApp: scriptApp,
    PropertiesService: {
      getDocumentProperties: () => (calls.count("PropertiesService.getDocumentProperties"), reachesDocument() ? properties : null),
      getUserProperties: () => (calls.count("PropertiesService.getUserProperties"), userProperties(calls.execution.user)),
    },
    HtmlService: { createHtmlOutputFromFile: (file: string) => (calls.count("HtmlService.createHtmlOutputFromFile"), new FakeHtml(calls, file)) },
    Session: { getEffectiveUser: () => (calls.count("Session.getEffectiveUser"), new FakeUser(calls, calls.execution.user)) },
    Utilities: fakeUtilities(calls),
  };
  const fake: FakePlatform = {
    triggerReachesDocument: true,
    calls,
    spreadsheet,
    ui,
    lock,
    scriptApp,
    properties,
    userProperties,
    globals,
    runAs: (user, authMode = "FULL", trigger = false) => {
      calls.execution = { user, authMode, scopes: authMode === "NONE" ? [] : MANIFEST_SCOPES, trigger };
    },
    // "onOpen … only executes if the user has permission to edit the file" (view and comment modes get no menu).
    seesMenu: (user) => canEditFile(spreadsheet.access, user),
  };
  return fake;
}
