// This file drafts the weekly written report from the compiled summary: a structured document in the form Nghị định
// 30/2020/NĐ-CP sets (issuing body, motto, number, place and date, type and subject, body, recipients, signature).
import type { Campaign, WithCutoff } from "./campaign";
import { momentText } from "./campaign-weeks";
import { formatDate, vietnamDate, vietnamMinutes } from "./dates";
import type { RecordedFigure } from "./history";
import { MOTTO, agencyName } from "./layout/summary-sheet";
import { REPORT, placeDate, villageUnitOf } from "./messages";
import { type ReportContext, lowerFirstWord, nextWeekSection, problemsSection, proposalsSection, resultsSection, workSection } from "./report-sections";
import { type Summary, hasFigures } from "./summary";

/** A heading ("1. Kết quả …"), a plain paragraph, an item ("- …") or an item under an item ("+ …"). */
export type ParagraphKind = "heading" | "text" | "item" | "subitem";

export interface ReportParagraph {
  readonly kind: ParagraphKind;
  readonly text: string;
}

export interface ReportDocument {
  /** Top left: the issuing body and, under it, the number and symbol with the number left blank. */
  readonly agency: string;
  readonly number: string;
  /** Top right: the national motto, and under it the place and date. */
  readonly motto: readonly [string, string];
  readonly placeDate: string;
  readonly title: string;
  readonly subject: string;
  readonly body: readonly ReportParagraph[];
  /** Bottom left. */
  readonly recipientsTitle: string;
  readonly recipients: readonly string[];
  /** Bottom right: who signs, in the decree's words; the signer's name is left for the officer. */
  readonly signature: readonly string[];
}

/** What Lịch sử recorded for the week before: the figures "since last week" compares with. */
export interface PreviousWeek {
  readonly week: number;
  readonly figures: readonly RecordedFigure[];
}

/** The report of this summary; `previous` is what Lịch sử holds for the week before (null when nothing). */
export function composeReport(campaign: WithCutoff<Campaign>, summary: Summary, previous: PreviousWeek | null): ReportDocument {
  const now = summary.compiledAt;
  const today = vietnamDate(now);
  const commune = campaign.commune.trim();
  const issuer = REPORT.issuer(commune);
  const campaignPhrase = lowerFirstWord(campaign.title.trim());
  const plan = REPORT.plan(campaign.planNumber.trim(), campaignPhrase);
  const moment = momentText(today, vietnamMinutes(now));
  const { week } = summary;
  const after = summary.period.kind === "after";
  const unit = villageUnitOf([...summary.rows.map((row) => row.name), ...summary.withoutTab]);
  const hour = REPORT.hour(Math.floor(week.cutoffMinutes / 60), week.cutoffMinutes % 60);
  const subject = after ? REPORT.subjectAfter(campaignPhrase, formatDate(campaign.endDate)) : REPORT.subjectWeek(campaignPhrase, week.unit, week.index, hour, formatDate(week.cutoffDate));
  const intro = after
    ? REPORT.introAfter(plan, issuer, formatDate(campaign.endDate), moment)
    : REPORT.introWeek(plan, issuer, week.unit, week.index, week.count, formatDate(week.start), formatDate(week.cutoffDate), moment);
  const closing = after ? REPORT.closingAfter(issuer) : REPORT.closingWeek(week.unit, week.index, issuer);
  const context: ReportContext = { campaign, summary, previous, today, unit };
  return {
    agency: agencyName(campaign.commune),
    number: REPORT.number,
    motto: MOTTO,
    placeDate: placeDate(commune === "" ? "……………" : commune, today),
    title: REPORT.title,
    subject,
    body: [{ kind: "text", text: intro }, ...body(context, moment), { kind: "text", text: closing }],
    recipientsTitle: REPORT.recipientsTitle,
    recipients: REPORT.recipients(unit),
    signature: REPORT.signature,
  };
}

/**
 * The numbered sections that have something to say. Before any thôn has a figure (and with no commune criteria nor
 * registered models), a short paragraph says so instead.
 */
function body(context: ReportContext, moment: string): ReportParagraph[] {
  const { summary, campaign, unit } = context;
  if (!summary.rows.some(hasFigures) && summary.communeCriteria === null && summary.models.length === 0 && summary.sections.every((s) => s.report.length === 0)) {
    const none = summary.rows.length === 0 && summary.withoutTab.length === 0;
    const names = campaign.indicators.map((indicator) => indicator.name).join("; ");
    const withoutTab = summary.withoutTab.length === 0 ? [] : [{ kind: "text" as const, text: REPORT.withoutTab(summary.withoutTab.join(", ")) }];
    return [{ kind: "text", text: none ? REPORT.noVillages(unit) : REPORT.noData(moment, unit, names) }, ...withoutTab];
  }
  const sections: Array<[string, ReportParagraph[]]> = [
    [REPORT.headings.results, resultsSection(context)],
    ...summary.sections.map((section): [string, ReportParagraph[]] => [section.title, section.report.map((text) => ({ kind: "item", text: `- ${text}` }))]),
    [REPORT.headings.work, workSection(context)],
    [REPORT.headings.problems, problemsSection(context)],
    [REPORT.headings.proposals, proposalsSection(context)],
    [REPORT.nextPeriodHeading(summary.week.unit), nextWeekSection(context)],
  ];
  return sections
    .filter(([, paragraphs]) => paragraphs.length > 0)
    .flatMap(([heading, paragraphs], i) => [{ kind: "heading" as const, text: REPORT.heading(i + 1, heading) }, ...paragraphs]);
}
