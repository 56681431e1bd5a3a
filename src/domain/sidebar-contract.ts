// This file is the contract between the sidebar and the server: one zod schema per message, checked on both sides.
// Dates cross as ISO strings (google.script.run rejects Date values).
import * as z from "zod";
import { CADENCES, IsoDateSchema } from "./campaign";
import { parseDisplayDate, parseTime, formatTime } from "./dates";
import { PROBLEM } from "./messages";
import { addProblem } from "./problems";
import { ScheduleRunSchema } from "./schedule-run";

export const IndicatorProgressSchema = z.object({
  id: z.string(),
  name: z.string(),
  done: z.number(),
  total: z.number(),
  ratio: z.number().nullable(),
  verdict: z.string(),
  /** Percent; null for criteria indicators. */
  minimum: z.number().nullable(),
  aim: z.number().nullable(),
});
export type IndicatorProgress = z.infer<typeof IndicatorProgressSchema>;

export const VillageOverviewSchema = z.object({
  id: z.string(),
  name: z.string(),
  indicators: z.array(IndicatorProgressSchema),
  overdue: z.number(),
  problems: z.number(),
  /** The thôn's place by the same rule as Tổng hợp's Hạng; null before it has any figure. */
  rank: z.number().nullable(),
});
export type VillageOverview = z.infer<typeof VillageOverviewSchema>;

export const OverviewSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    title: z.string(),
    commune: z.string(),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    week: z.number(),
    weeks: z.number(),
    cutoff: z.string(),
    /** Which moment the figures stand at and which week that is, or that it is outside the campaign. */
    period: z.string(),
    /** Tổng hợp's ranking rule, in words. */
    rankRule: z.string(),
    /** ISO instant of the last compile, or null. */
    lastCompile: z.string().nullable(),
    /** The automatic schedule's last run, or null when it never ran here. */
    schedule: ScheduleRunSchema.nullable(),
    /** What keeps people from working that only the file's owner can fix (a head the file isn't shared with). */
    warnings: z.array(z.string()),
    /** After the registration deadline: thôn and units that registered no work (Đơn vị thi đua), in Vietnamese order. */
    notRegistered: z.array(z.string()),
    villages: z.array(VillageOverviewSchema),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type Overview = z.infer<typeof OverviewSchema>;

export const ACTION_NAMES = ["generate", "check", "overdue", "compile", "report"] as const;
export const ActionNameSchema = z.enum(ACTION_NAMES);
export type ActionName = z.infer<typeof ActionNameSchema>;

export const RunResultSchema = z.object({ ok: z.boolean(), message: z.string() });
export type RunResult = z.infer<typeof RunResultSchema>;

const percent = z.number({ error: PROBLEM.notPercent("").message }).min(0, PROBLEM.notPercent("").message).max(100, PROBLEM.notPercent("").message);

/** The campaign form as it is sent: ISO dates, weekday 0–6, HH:mm, the cadence (left as it is when not sent), each share indicator's band. */
export const CampaignFormSchema = z
  .object({
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    /** Null while the plan's cut-off is not set: the form shows it empty, and saving asks for it. */
    reportWeekday: z.number().int().min(0).max(6).nullable(),
    reportTime: z.string().refine((text) => parseTime(text) !== null, PROBLEM.notTime("").message).nullable(),
    cadence: z.enum(CADENCES).optional(),
    /** A minimum left empty: the plan states none, and the share is counted, not judged. */
    indicators: z.array(z.object({ id: z.string().min(1), name: z.string(), minimum: percent.nullable(), aim: percent.nullable() })),
  })
  .superRefine((form, ctx) => {
    if (form.endDate < form.startDate) addProblem(ctx, PROBLEM.endBeforeStart(), ["endDate"]);
    if (form.reportTime === null) addProblem(ctx, PROBLEM.required("giờ chốt số liệu"), ["reportTime"]);
    if (form.reportWeekday === null && (form.cadence ?? "weekly") === "weekly") addProblem(ctx, PROBLEM.required("ngày báo cáo"), ["reportWeekday"]);
    form.indicators.forEach((indicator, i) => {
      if (indicator.aim === null) return;
      if (indicator.minimum === null) addProblem(ctx, PROBLEM.aimWithoutMinimum(), ["indicators", i, "minimum"]);
      else if (indicator.aim < indicator.minimum) addProblem(ctx, PROBLEM.aimBelowMinimum(), ["indicators", i, "aim"]);
    });
  });
export type CampaignForm = z.infer<typeof CampaignFormSchema>;

function typedDate(text: string, ctx: z.RefinementCtx): string {
  const date = parseDisplayDate(text);
  if (date === null) {
    addProblem(ctx, text.trim() === "" ? PROBLEM.required("ngày") : PROBLEM.notDate(text));
    return z.NEVER;
  }
  return date;
}

/** A percent as typed; empty is none (no minimum, no aim). */
function typedPercent(text: string, ctx: z.RefinementCtx): number | null {
  if (text.trim() === "") return null;
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    addProblem(ctx, PROBLEM.notPercent(text));
    return z.NEVER;
  }
  return value;
}

/** The form as typed (dd/MM/yyyy, "70"), turned into a CampaignForm: the client's first check. */
export const CampaignFormInputSchema = z
  .object({
    startDate: z.string().transform(typedDate),
    endDate: z.string().transform(typedDate),
    // An empty choice (the plan stated none) stays null, and the form schema asks for it where it is needed.
    reportWeekday: z.string().transform((text) => (text.trim() === "" ? null : Number(text))),
    reportTime: z.string().transform((text, ctx) => {
      if (text.trim() === "") return null;
      const minutes = parseTime(text);
      if (minutes === null) {
        addProblem(ctx, PROBLEM.notTime(text));
        return z.NEVER;
      }
      return formatTime(minutes);
    }),
    // The select's value, checked against the cadences by the form schema it pipes into.
    cadence: z.string().optional(),
    indicators: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        minimum: z.string().transform((text, ctx) => typedPercent(text, ctx)),
        aim: z.string().transform((text, ctx) => typedPercent(text, ctx)),
      }),
    ),
  })
  .pipe(CampaignFormSchema);
export type CampaignFormInput = z.input<typeof CampaignFormInputSchema>;

export const CampaignFormResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), form: CampaignFormSchema }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type CampaignFormResult = z.infer<typeof CampaignFormResultSchema>;

export const SaveResultSchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  /** Messages by field path ("startDate", "indicators.0.aim"). */
  errors: z.record(z.string(), z.string()),
});
export type SaveResult = z.infer<typeof SaveResultSchema>;

/** Field path → first message, for showing next to each field. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join(".");
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

export const PresetListSchema = z.array(z.object({ id: z.string(), name: z.string() }));
export type PresetList = z.infer<typeof PresetListSchema>;
