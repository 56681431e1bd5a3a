// This file is Danh sách thôn's look: the table's format, and a dropdown of the campaign's kinds of thôn in "Loại thôn".
import { type Campaign, kindsOf } from "../campaign";
import { type SheetFormat, tableSheetFormat } from "./format";
import { REGISTER_LAYOUT, firstDataRow, sheetColumn } from "./sheets";
import type { TablePlacement } from "./sheets";

/**
 * The register's format; where the campaign has kinds of thôn, "Loại thôn" offers them as a dropdown that still accepts
 * another value (with a warning), so a kind typed before it is defined stays as typed and the check names it.
 */
export function registerSheetFormat(campaign: Pick<Campaign, "kinds">): SheetFormat {
  const base = tableSheetFormat(REGISTER_LAYOUT);
  const kinds = kindsOf(campaign).map((kind) => kind.name);
  if (kinds.length === 0) return base;
  const place = REGISTER_LAYOUT.tables[0] as TablePlacement;
  const area = { row: firstDataRow(REGISTER_LAYOUT), col: sheetColumn(place, "kind"), rows: REGISTER_LAYOUT.maxRows, cols: 1 };
  return { ...base, validations: [...base.validations, { area, validation: { kind: "list", values: kinds, others: true } }] };
}
