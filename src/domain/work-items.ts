// This file lists the work still open on a tab (tasks not done, criteria not achieved) with owner and deadline, for the
// written report's overdue work and coming deadlines.
import type { IsoDate } from "./dates";
import { type TaskTiming, criterionTiming, overdueDays } from "./deadlines";
import type { CriterionRow, TaskRow } from "./item-rows";
import { CRITERION_STATUS, TASK_STATUS } from "./messages";
import type { ParsedRow } from "./tables";

export interface WorkItem {
  readonly kind: "task" | "criterion";
  /** The thôn whose tab lists it; null for Công việc chung (the commune's own work). */
  readonly village: string | null;
  /** The task's title, or the criterion's name. */
  readonly name: string;
  /** The criterion's number ("2"); null for a task or a criterion without one. */
  readonly number: string | null;
  readonly owner: string | null;
  readonly deadline: IsoDate | null;
  /** Days past the deadline on the day judged (0 when not overdue); a criterion counts only with an owner and a deadline. */
  readonly overdueDays: number;
}

/**
 * Tasks not completed and criteria not achieved, as the tab lists them (unnamed rows left out). A criterion that names
 * its owner and deadline counts as overdue like a task, as on Tổng hợp.
 */
export function openWork(
  tab: { readonly tasks: ReadonlyArray<ParsedRow<TaskRow>>; readonly criteria: ReadonlyArray<ParsedRow<CriterionRow>> },
  village: string | null,
  today: IsoDate,
): WorkItem[] {
  const tasks = tab.tasks
    .map(({ value }) => value)
    .filter((task) => task.name !== null && task.status !== TASK_STATUS.done)
    .map((task): WorkItem => ({ kind: "task", village, name: task.name as string, number: null, owner: task.owner, deadline: task.deadline, overdueDays: overdueDays(task, today) }));
  const criteria = tab.criteria
    .map(({ value }) => value)
    .filter((criterion) => criterion.name !== null && criterion.status !== CRITERION_STATUS.met)
    .map((criterion): WorkItem => ({ kind: "criterion", village, name: criterion.name as string, number: criterion.number, owner: criterion.owner, deadline: criterion.deadline, overdueDays: overdueOf(criterionTiming(criterion), today) }));
  return [...tasks, ...criteria];
}

function overdueOf(timing: TaskTiming | null, today: IsoDate): number {
  return timing === null ? 0 : overdueDays(timing, today);
}
