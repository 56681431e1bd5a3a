// This file builds the add-on menu. It runs before authorisation (AuthMode.NONE), so it touches nothing but the menu.
import { ADDON } from "../domain/messages";
import { platform } from "./platform";

/** Caption and the top-level function each item calls; null is a separator. */
export const MENU_ITEMS: ReadonlyArray<readonly [string, string] | null> = [
  [ADDON.menu.setUp, "menuSetUp"],
  [ADDON.menu.generate, "menuGenerateTabs"],
  [ADDON.menu.repair, "menuRepairTabs"],
  [ADDON.menu.check, "menuCheck"],
  [ADDON.menu.overdue, "menuMarkOverdue"],
  [ADDON.menu.compile, "menuCompileSummary"],
  [ADDON.menu.report, "menuWeeklyReport"],
  null,
  [ADDON.menu.sidebar, "menuOpenSidebar"],
  [ADDON.menu.installSchedule, "menuInstallSchedule"],
  [ADDON.menu.removeSchedule, "menuRemoveSchedule"],
  null,
  [ADDON.menu.help, "menuHelp"],
];

/**
 * Builds the Sổ Thi Đua menu under Extensions.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  const menu = platform().SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}

/**
 * Runs when the add-on is installed: the menu appears without reopening the file.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
