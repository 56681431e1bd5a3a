// This file re-exports the user-facing words the layout needs, so layout files read from the one messages module.
import { WEEKDAY_NAMES } from "../dates";

export { CRITERION_STATUS, TASK_STATUS } from "../messages";

/** Report weekdays as officers choose them (Monday first). */
export const WEEKDAYS_FOR_CHOICE: readonly string[] = [...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0]];
