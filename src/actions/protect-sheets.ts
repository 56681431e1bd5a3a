// This file keeps the add-on's own sheets editable by the officers only (a thôn tab adds its head), so that adding an
// officer in Cấu hình and running "Tạo/cập nhật tab thôn" gives them every sheet.
import { SHEET_KEYS } from "../domain/layout/sheets";
import { PROTECTION } from "../domain/messages";
import type { SheetRef, Workbook } from "../workbook/workbook";
import { sheetNamed } from "./campaign-state";
import { extraProtections } from "./extra-sheets";

const OFFICER_SHEETS: ReadonlyArray<[string, string]> = [
  [SHEET_KEYS.config, PROTECTION.config],
  [SHEET_KEYS.register, PROTECTION.register],
  [SHEET_KEYS.communeWork, PROTECTION.communeWork],
  [SHEET_KEYS.summary, PROTECTION.summary],
  [SHEET_KEYS.report, PROTECTION.report],
  [SHEET_KEYS.history, PROTECTION.history],
  [SHEET_KEYS.problems, PROTECTION.problems],
  [SHEET_KEYS.catalogues, PROTECTION.catalogues],
  ...extraProtections(),
];

export function protectOfficerSheets(workbook: Workbook, sheets: readonly SheetRef[], officers: readonly string[]): void {
  for (const [key, description] of OFFICER_SHEETS) {
    const sheet = sheetNamed({ sheets }, key);
    if (sheet !== null) workbook.protect(sheet, officers, description);
  }
}
