// This file is the campaign: its zod schema (shared by the config sheet, the CLI and the sidebar form) and its type.
import * as z from "zod";
import { vi } from "zod/locales";
import { makeDate, parseTime } from "./dates";
import { PROBLEM } from "./messages";
import { addProblem } from "./problems";
import { nameKey } from "./vietnamese-order";

// Messages zod writes itself (a wrong type reaching a schema) are in Vietnamese too.
z.config(vi());

/** Thôn tabs keep a fixed block of KPI rows above the item tables; this many indicators fit in it. */
export const MAX_INDICATORS = 7;

const message = (text: { message: string }) => ({ error: text.message });

export const IsoDateSchema = z
  .string()
  .refine((text) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    return m !== null && makeDate(Number(m[1]), Number(m[2]), Number(m[3])) === text;
  }, message(PROBLEM.notDate("")))
  .describe("yyyy-MM-dd");

const percent = z.number().min(0).max(100);

export const ShareIndicatorSchema = z.object({
  kind: z.literal("share"),
  id: z.string().min(1, message(PROBLEM.required("mã chỉ tiêu"))),
  name: z.string().min(1, message(PROBLEM.required("tên chỉ tiêu"))),
  table: z.enum(["households", "gardens", "clustersRoads", "models"]),
  /** Null where the plan states no minimum: the share is counted, not judged ("Chưa có mức chỉ tiêu"). */
  minimum: percent.nullable(),
  aim: percent.nullable(),
});

export const CriteriaIndicatorSchema = z.object({
  kind: z.literal("criteria"),
  id: z.string().min(1, message(PROBLEM.required("mã chỉ tiêu"))),
  name: z.string().min(1, message(PROBLEM.required("tên chỉ tiêu"))),
  table: z.literal("criteria"),
  minimumAchieved: z.number().int().min(1).nullable(),
  hardRequired: z.boolean(),
});

export const IndicatorSchema = z.discriminatedUnion("kind", [ShareIndicatorSchema, CriteriaIndicatorSchema]);

export const PhaseSchema = z.object({ name: z.string().min(1), start: IsoDateSchema, end: IsoDateSchema });

export const CriterionDefinitionSchema = z.object({
  number: z.string(),
  name: z.string().min(1),
  hard: z.boolean(),
});

/**
 * A kind of thôn (seed 003: the area built to the full model standard, the recognised areas, the rest; seed 001: the
 * model village, the NTM village): a thôn of this kind is judged by this rule against this catalogue.
 */
export const VillageKindSchema = z.object({
  name: z.string().min(1),
  /** Criteria that must be achieved; null means all of them. */
  minimumAchieved: z.number().int().min(1).nullable(),
  hardRequired: z.boolean(),
  criteria: z.array(CriterionDefinitionSchema),
});

/** How often the campaign reports: weekly at a weekday and time, or at the end of each calendar month, quarter or year. */
export const CADENCES = ["weekly", "monthly", "quarterly", "yearly"] as const;
export type Cadence = (typeof CADENCES)[number];

export const CampaignSchema = z
  .object({
    commune: z.string().min(1, message(PROBLEM.required("tên xã"))),
    title: z.string().min(1, message(PROBLEM.required("tên phong trào"))),
    planNumber: z.string(),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    registrationDeadline: IsoDateSchema.nullable(),
    /** 0 = Sunday … 6 = Saturday; null until the officer sets it (a plan may not state its cut-off). */
    reportWeekday: z.number().int().min(0).max(6).nullable(),
    /** "14:00"; null until the officer sets it. Compiling needs it (and the weekday, for a weekly cadence). */
    reportTime: z.string().refine((text) => parseTime(text) !== null, message(PROBLEM.notTime(""))).nullable(),
    /** Missing (campaigns made before cadences) means weekly. */
    cadence: z.enum(CADENCES).optional(),
    householdMinItems: z.number().int().min(1),
    officers: z.array(z.email()),
    lastVillageNumber: z.number().int().min(0),
    phases: z.array(PhaseSchema),
    indicators: z
      .array(IndicatorSchema)
      .min(1, message(PROBLEM.noIndicators()))
      .max(MAX_INDICATORS, message(PROBLEM.tooManyIndicators(MAX_INDICATORS))),
    householdItems: z.array(z.string().min(1)),
    criteria: z.array(CriterionDefinitionSchema),
    /** Missing (campaigns made before kinds of thôn) means none: every thôn is judged by the indicators' rules. */
    kinds: z.array(VillageKindSchema).optional(),
  })
  .superRefine((campaign, ctx) => {
    if (campaign.endDate < campaign.startDate) addProblem(ctx, PROBLEM.endBeforeStart(), ["endDate"]);
    campaign.phases.forEach((phase, i) => {
      if (phase.end < phase.start) addProblem(ctx, PROBLEM.endBeforeStart(), ["phases", i, "end"]);
    });
    const seen = new Set<string>();
    campaign.indicators.forEach((indicator, i) => {
      if (indicator.kind === "share" && indicator.aim !== null) {
        if (indicator.minimum === null) addProblem(ctx, PROBLEM.aimWithoutMinimum(), ["indicators", i, "minimum"]);
        else if (indicator.aim < indicator.minimum) addProblem(ctx, PROBLEM.aimBelowMinimum(), ["indicators", i, "aim"]);
      }
      if (seen.has(indicator.id)) addProblem(ctx, PROBLEM.duplicateIndicator(indicator.id), ["indicators", i, "id"]);
      seen.add(indicator.id);
    });
    const kinds = new Set<string>();
    (campaign.kinds ?? []).forEach((kind, i) => {
      const key = kindKey(kind.name);
      if (kinds.has(key)) addProblem(ctx, PROBLEM.duplicateKind(kind.name), ["kinds", i, "name"]);
      kinds.add(key);
      if (kind.criteria.length === 0) addProblem(ctx, PROBLEM.kindWithoutCriteria(kind.name), ["kinds", i, "name"]);
      else if (kind.minimumAchieved !== null && kind.minimumAchieved > kind.criteria.length) {
        addProblem(ctx, PROBLEM.kindNeedsMoreThanListed(kind.name, kind.minimumAchieved, kind.criteria.length), ["kinds", i, "minimumAchieved"]);
      }
    });
  });

export type Campaign = z.infer<typeof CampaignSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type ShareIndicator = z.infer<typeof ShareIndicatorSchema>;
export type CriteriaIndicator = z.infer<typeof CriteriaIndicatorSchema>;
export type ItemTableId = ShareIndicator["table"];
export type VillageKind = z.infer<typeof VillageKindSchema>;

/** How kind names compare: the same kind written with other spacing or case is one kind. */
export function kindKey(name: string): string {
  return nameKey(name);
}

/** The campaign's kinds of thôn; none for a campaign made before them. */
export function kindsOf(campaign: Pick<Campaign, "kinds">): readonly VillageKind[] {
  return campaign.kinds ?? [];
}

/** The kind a register entry names, or null when it names none or one the campaign does not define. */
export function kindNamed(campaign: Pick<Campaign, "kinds">, name: string | null | undefined): VillageKind | null {
  if (name === null || name === undefined) return null;
  return kindsOf(campaign).find((kind) => kindKey(kind.name) === kindKey(name)) ?? null;
}

/** A campaign whose report cut-off is set: its periods can be counted. */
export type WithCutoff<C extends Pick<Campaign, "reportWeekday" | "reportTime" | "cadence">> = C & { readonly reportTime: string };

/** The settings a campaign's cut-off still lacks ("reportWeekday" only matters weekly); empty when periods can be counted. */
export function missingCutoff(campaign: Pick<Campaign, "reportWeekday" | "reportTime" | "cadence">): Array<"reportWeekday" | "reportTime"> {
  return [
    ...(cadenceOf(campaign) === "weekly" && campaign.reportWeekday === null ? (["reportWeekday"] as const) : []),
    ...(campaign.reportTime === null ? (["reportTime"] as const) : []),
  ];
}

export function hasCutoff<C extends Pick<Campaign, "reportWeekday" | "reportTime" | "cadence">>(campaign: C): campaign is WithCutoff<C> {
  return missingCutoff(campaign).length === 0;
}

/** A criteria indicator as a thôn of this kind is judged by it: the kind's rule in place of the indicator's. */
export function ruleForKind(indicator: CriteriaIndicator, kind: VillageKind | null): CriteriaIndicator {
  return kind === null ? indicator : { ...indicator, minimumAchieved: kind.minimumAchieved, hardRequired: kind.hardRequired };
}

/** The campaign's report cadence; weekly unless it says otherwise. */
export function cadenceOf(campaign: Pick<Campaign, "cadence">): Cadence {
  return campaign.cadence ?? "weekly";
}

/** The year day/month deadlines ("trước 30/9") belong to. */
export function campaignYear(campaign: Pick<Campaign, "startDate">): number {
  return Number(campaign.startDate.slice(0, 4));
}

/** The item tables a thôn tab has: those the indicators count, then tasks. */
export function villageTables(campaign: Pick<Campaign, "indicators">): Array<Indicator["table"] | "tasks"> {
  const order: Array<Indicator["table"]> = ["households", "gardens", "clustersRoads", "models", "criteria"];
  const used = new Set(campaign.indicators.map((indicator) => indicator.table));
  return [...order.filter((table) => used.has(table)), "tasks"];
}
