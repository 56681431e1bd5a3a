// This file describes one run of the automatic schedule as it is recorded and shown: when, whether it worked, what it said.
import * as z from "zod";
import { formatDate, formatTime, vietnamDate, vietnamMinutes } from "./dates";
import { SCHEDULE } from "./messages";

export const ScheduleRunSchema = z.object({ at: z.string().refine((text) => !Number.isNaN(Date.parse(text))), ok: z.boolean(), message: z.string() });
export type ScheduleRun = z.infer<typeof ScheduleRunSchema>;

/** The line Tổng hợp and the sidebar show for a run. */
export function scheduleNote(run: ScheduleRun): string {
  const at = new Date(run.at);
  return SCHEDULE.note(`${formatTime(vietnamMinutes(at))} ${formatDate(vietnamDate(at))}`, run.ok, run.message);
}
