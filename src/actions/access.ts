// This file refuses an officers' action to anyone who isn't one, before the action writes anything.
import { isOfficer } from "../domain/access";
import { ADDON } from "../domain/messages";
import type { Workbook } from "../workbook/workbook";
import type { StateReading } from "./campaign-state";
import type { ActionResult } from "./result";

function refused(message: string): ActionResult {
  return { ok: false, message, counts: {}, problems: [], refused: true };
}

/**
 * Null when the person running may run an officers' action on this workbook (a local file: always); otherwise the
 * result that tells them why not. A workbook without a Cấu hình yet can be set up by any of its editors.
 */
export function refusal(workbook: Workbook, loaded: StateReading): ActionResult | null {
  const access = workbook.access();
  if (access === null) return null;
  if (access.user === "") return refused(ADDON.unknownUser);
  const officers = loaded.ok ? loaded.state.campaign.officers : loaded.officers;
  const configSheet = loaded.ok ? loaded.state.configSheet : (loaded.configSheet ?? null);
  if (configSheet === null || officers === undefined) return null;
  if (!isOfficer(access, officers)) return refused(ADDON.officersOnly(access.user, access.owner));
  if (!workbook.canEdit(configSheet)) return refused(ADDON.noEditRights(access.user, access.owner));
  return null;
}
