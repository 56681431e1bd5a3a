// This file counts registered models (seed 004's "Dân vận khéo") by field and status, over the thôn tabs and Công việc chung.
import type { ModelRow } from "./item-rows";
import { MODEL_FIELDS, MODEL_STATUSES } from "./layout/columns";
import type { ParsedRow } from "./tables";

type Field = (typeof MODEL_FIELDS)[number];
type Status = (typeof MODEL_STATUSES)[number];

export interface ModelFieldCount {
  /** null for models whose field is not filled in. */
  readonly field: Field | null;
  readonly total: number;
  /** How many are at each status, in MODEL_STATUSES order; models without a status are in `total` only. */
  readonly byStatus: ReadonlyArray<{ readonly status: Status; readonly count: number }>;
}

/** The named models of every table given, per field in the plan's order (fields without a model left out). */
export function tallyModels(tables: ReadonlyArray<ReadonlyArray<ParsedRow<ModelRow>>>): ModelFieldCount[] {
  const models = tables.flatMap((rows) => rows.map(({ value }) => value)).filter((model) => model.name !== null);
  return [...MODEL_FIELDS, null].flatMap((field): ModelFieldCount[] => {
    const inField = models.filter((model) => model.field === field);
    if (inField.length === 0) return [];
    const byStatus = MODEL_STATUSES.map((status) => ({ status, count: inField.filter((model) => model.status === status).length })).filter((s) => s.count > 0);
    return [{ field, total: inField.length, byStatus }];
  });
}
