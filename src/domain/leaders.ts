// This file counts, per leader in charge ("Lãnh đạo phụ trách"), the criteria and tasks they answer for: a summary section.
import type { Cell } from "./cell";
import type { IsoDate } from "./dates";
import { criterionTiming, overdueDays } from "./deadlines";
import { COMMUNE_ID } from "./history";
import { COMMUNE_ROW_LABEL } from "./layout/summary-sheet";
import type { CriterionRow, TaskRow } from "./item-rows";
import { CRITERION_STATUS, LEADER_TEXT, TASK_STATUS, TO_FILL } from "./messages";
import { formatCount } from "./numbers";
import type { SummarySection } from "./summary";
import type { ParsedRow } from "./tables";
import { compareVietnamese, nameKey } from "./vietnamese-order";

export interface LeaderCounts {
  /** The leader's name as first written, without "Đồng chí" or "Đ/c". */
  readonly leader: string;
  readonly criteria: number;
  readonly achieved: number;
  /** Criteria past their deadline, counted as tasks are (an owner and a deadline, not achieved). */
  readonly overdue: number;
  readonly tasks: number;
  readonly tasksDone: number;
  readonly tasksOverdue: number;
}

/** The tabs whose tables are read: Công việc chung's and every thôn's. */
type Tables = { readonly tasks: ReadonlyArray<ParsedRow<TaskRow>>; readonly criteria: ReadonlyArray<ParsedRow<CriterionRow>> };

/**
 * The leaders a cell names: several separated by commas, semicolons, "/" or "và" each count; "Đồng chí", "Đ/c" and
 * what follows a dash (a title: "Đinh Văn Tám – Phó chủ tịch UBND xã") are not part of the name.
 */
export function leadersIn(cell: string | null | undefined): string[] {
  if (cell === null || cell === undefined || cell.trim() === TO_FILL.marker) return [];
  return cell
    .replace(/(^|[\s,;])(đ\/c|đc)\.?\s+/giu, "$1")
    .split(/[,;/]|\s+và\s+/iu)
    .map((part) => part.split(/\s[–—-]\s/u)[0] ?? "")
    .map((part) => part.replace(/^\s*(đồng chí|đ\/c|đc)\.?\s+/iu, "").replace(/\s+/g, " ").trim())
    .filter((name) => name !== "");
}

/** Leaders by name (case and spacing do not matter), in Vietnamese order; null when no criterion or task names one. */
export function countByLeader(tabs: readonly Tables[], today: IsoDate): LeaderCounts[] {
  const byKey = new Map<string, { -readonly [K in keyof LeaderCounts]: LeaderCounts[K] }>();
  const of = (name: string) => {
    const key = nameKey(name);
    const found = byKey.get(key) ?? { leader: name, criteria: 0, achieved: 0, overdue: 0, tasks: 0, tasksDone: 0, tasksOverdue: 0 };
    byKey.set(key, found);
    return found;
  };
  for (const tab of tabs) {
    for (const { value } of tab.criteria) {
      if (value.name === null) continue;
      const timing = criterionTiming(value);
      for (const name of leadersIn(value.leader)) {
        const counts = of(name);
        counts.criteria++;
        if (value.status === CRITERION_STATUS.met) counts.achieved++;
        if (timing !== null && overdueDays(timing, today) > 0) counts.overdue++;
      }
    }
    for (const { value } of tab.tasks) {
      if (value.name === null) continue;
      for (const name of leadersIn(value.leader)) {
        const counts = of(name);
        counts.tasks++;
        if (value.status === TASK_STATUS.done) counts.tasksDone++;
        if (overdueDays(value, today) > 0) counts.tasksOverdue++;
      }
    }
  }
  return [...byKey.values()].sort((a, b) => compareVietnamese(a.leader, b.leader));
}

/** The per-leader section of the summary: a line per leader, a table, Lịch sử rows and the report's sentences. */
export function leaderSection(tabs: readonly Tables[], today: IsoDate): SummarySection | null {
  const leaders = countByLeader(tabs, today);
  if (leaders.length === 0) return null;
  const lines = leaders.map((l) =>
    LEADER_TEXT.line(l.leader, formatCount(l.criteria), formatCount(l.achieved), formatCount(l.overdue), l.tasks === 0 ? null : [formatCount(l.tasks), formatCount(l.tasksDone), formatCount(l.tasksOverdue)]),
  );
  const history: Cell[][] = leaders.map((l) => [COMMUNE_ID, COMMUNE_ROW_LABEL, LEADER_TEXT.historyIndicator(l.leader), l.achieved, l.criteria, l.criteria === 0 ? null : l.achieved / l.criteria, null, l.overdue + l.tasksOverdue]);
  return {
    id: "leaders",
    title: LEADER_TEXT.title,
    lines,
    table: {
      headers: LEADER_TEXT.headers,
      rows: leaders.map((l) => [LEADER_TEXT.name(l.leader), l.criteria, l.achieved, l.overdue, l.tasks, l.tasksDone, l.tasksOverdue]),
      verdictColumn: null,
    },
    history,
    report: lines,
  };
}
