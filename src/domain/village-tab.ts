// This file reads a thôn tab (or Công việc chung) into typed rows per table, with every problem it found.
import { type Campaign, campaignYear } from "./campaign";
import {
  ClusterRoadRowSchema,
  type ClusterRoadRow,
  type CriterionRow,
  GardenRowSchema,
  type GardenRow,
  ModelRowSchema,
  type ModelRow,
  type HouseholdRow,
  type TaskRow,
  criterionRowSchema,
  householdRowSchema,
  taskRowSchema,
} from "./item-rows";
import { type TableSheetLayout, placement } from "./layout/sheets";
import type { DataProblem } from "./problems";
import { type ParsedRow, type SheetGrid, parseTable } from "./tables";

export interface TabRows {
  readonly households: ReadonlyArray<ParsedRow<HouseholdRow>>;
  readonly gardens: ReadonlyArray<ParsedRow<GardenRow>>;
  readonly clustersRoads: ReadonlyArray<ParsedRow<ClusterRoadRow>>;
  readonly tasks: ReadonlyArray<ParsedRow<TaskRow>>;
  readonly criteria: ReadonlyArray<ParsedRow<CriterionRow>>;
  readonly models: ReadonlyArray<ParsedRow<ModelRow>>;
  readonly problems: readonly DataProblem[];
}

/** Reads every table the layout places on the sheet; tables the layout lacks come back empty. */
export function readTab(grid: SheetGrid, layout: TableSheetLayout, campaign: Pick<Campaign, "startDate" | "householdItems">): TabRows {
  const year = campaignYear(campaign);
  const problems: DataProblem[] = [];
  const read = <T>(id: string, schema: import("zod").ZodType<T>): Array<ParsedRow<T>> => {
    const place = placement(layout, id);
    if (!place) return [];
    const table = parseTable(grid, layout, place, schema);
    problems.push(...table.problems);
    return [...table.rows] as Array<ParsedRow<T>>;
  };
  return {
    households: read("households", householdRowSchema(campaign.householdItems.length)),
    gardens: read("gardens", GardenRowSchema),
    clustersRoads: read("clustersRoads", ClusterRoadRowSchema),
    tasks: read("tasks", taskRowSchema(year)),
    criteria: read("criteria", criterionRowSchema(year)),
    models: read("models", ModelRowSchema),
    problems,
  };
}
