// This file holds the zod schema of each kind of row (thôn register, household, garden, cluster/road, task, criterion).
import * as z from "zod";
import { checkboxCell, choiceCell, countCell, dateCell, deadlineCell, emailCell, textCell } from "./cell-schemas";
import { CLUSTER_ROAD_KINDS, CRITERION_STATUSES, MODEL_FIELDS, MODEL_STATUSES, TASK_STATUSES } from "./layout/columns";

export const VillageRowSchema = z.object({
  id: textCell,
  name: textCell,
  head: textCell,
  email: emailCell,
  phone: textCell,
  households: countCell,
  gardens: countCell,
  clusters: countCell,
  roads: countCell,
  bcd: textCell,
  recognised: checkboxCell,
  note: textCell,
  // Optional in the type so entries made before kinds of thôn (and by hand, in tests and the bench) stay whole.
  kind: textCell.optional(),
});
export type VillageRow = z.output<typeof VillageRowSchema>;

export function householdRowSchema(itemCount: number) {
  const items = Object.fromEntries(Array.from({ length: itemCount }, (_, i) => [`item${i + 1}`, checkboxCell]));
  return z.object({ name: textCell, note: textCell, ...items }).transform((row) => ({
    name: row.name,
    note: row.note,
    ticks: Array.from({ length: itemCount }, (_, i) => (row as Record<string, unknown>)[`item${i + 1}`] === true),
  }));
}
export type HouseholdRow = z.output<ReturnType<typeof householdRowSchema>>;

export const GardenRowSchema = z.object({ name: textCell, done: checkboxCell, owner: textCell, note: textCell });
export type GardenRow = z.output<typeof GardenRowSchema>;

export const ClusterRoadRowSchema = z.object({
  name: textCell,
  type: choiceCell(CLUSTER_ROAD_KINDS),
  done: checkboxCell,
  owner: textCell,
  note: textCell,
});
export type ClusterRoadRow = z.output<typeof ClusterRoadRowSchema>;

export function taskRowSchema(campaignYear: number) {
  return z.object({
    name: textCell,
    owner: textCell,
    // Optional in the type only, so rows built elsewhere need not name one; a parsed row always has it.
    leader: textCell.optional(),
    deadline: deadlineCell(campaignYear),
    status: choiceCell(TASK_STATUSES),
    completedOn: dateCell,
    note: textCell,
  });
}
export type TaskRow = z.output<ReturnType<typeof taskRowSchema>>;

export function criterionRowSchema(campaignYear: number) {
  return z.object({
    number: textCell,
    name: textCell,
    hard: checkboxCell,
    status: choiceCell(CRITERION_STATUSES),
    owner: textCell,
    leader: textCell.optional(),
    deadline: deadlineCell(campaignYear),
    evidence: textCell,
    note: textCell,
  });
}
export type CriterionRow = z.output<ReturnType<typeof criterionRowSchema>>;

export const ModelRowSchema = z.object({
  name: textCell,
  field: choiceCell(MODEL_FIELDS),
  owner: textCell,
  status: choiceCell(MODEL_STATUSES),
  recognisedOn: dateCell,
  note: textCell,
});
export type ModelRow = z.output<typeof ModelRowSchema>;
