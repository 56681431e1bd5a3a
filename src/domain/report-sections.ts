// This file writes the sections of the weekly report from the summary's figures, one function per section; a
// section with nothing to say is empty, and so is a sentence (no "0 việc quá hạn").
import type { Campaign, CriteriaIndicator, ShareIndicator, WithCutoff } from "./campaign";
import { campaignWeeks } from "./campaign-weeks";
import { type IsoDate, formatDate, plusDays } from "./dates";
import { COMMUNE_ID } from "./history";
import { PROPOSAL, REPORT, VERDICT, type Verdict } from "./messages";
import type { PreviousWeek, ReportParagraph } from "./report";
import type { Summary, SummaryRow } from "./summary";
import type { IndicatorResult } from "./village-status";
import { formatCount, formatPercent } from "./verdicts";
import { compareVietnamese } from "./vietnamese-order";
import type { WorkItem } from "./work-items";

export interface ReportContext {
  readonly campaign: WithCutoff<Campaign>;
  readonly summary: Summary;
  readonly previous: PreviousWeek | null;
  readonly today: IsoDate;
  /** What the commune calls its units ("thôn", "xóm"). */
  readonly unit: string;
}

/** How many lines of work a list shows before it says how many more there are. */
export const MAX_WORK_LINES = 15;

const item = (text: string): ReportParagraph => ({ kind: "item", text: `- ${text}` });
const subitem = (text: string): ReportParagraph => ({ kind: "subitem", text: `+ ${text}` });

/** "Phong trào thi đua …" as it reads inside a sentence; a word in capitals (an abbreviation) is left as it is. */
export function lowerFirstWord(text: string): string {
  const [first = "", second = ""] = [...text];
  return first !== first.toLocaleLowerCase("vi") && second === second.toLocaleLowerCase("vi") ? first.toLocaleLowerCase("vi") + text.slice(first.length) : text;
}

/** A target as written in the plans: 70%, 33,5%. */
function percentOf(value: number): string {
  return `${String(value).replace(".", ",")}%`;
}

const isMet = (verdict: Verdict) => verdict === VERDICT.met || verdict === VERDICT.exceeded;

interface Result {
  readonly row: SummaryRow;
  readonly result: IndicatorResult;
}

function byShare(a: Result, b: Result): number {
  return (b.result.ratio ?? -1) - (a.result.ratio ?? -1) || compareVietnamese(a.row.name, b.row.name);
}

/**
 * An indicator's name split where its verb starts, so the count reads inside a sentence: "Vườn mẫu được nâng cấp" is
 * "vườn mẫu" + "được nâng cấp"; "Hộ chỉnh trang", named by its unit, is "hộ" + "đã chỉnh trang". Null when neither fits.
 */
function phraseOf(indicator: ShareIndicator): { subject: string; predicate: string } | null {
  const name = indicator.name.trim();
  const split = /^(.+?)\s+((?:được|đã|đạt)\s.+)$/u.exec(name);
  if (split) return { subject: lowerFirstWord(split[1] as string), predicate: split[2] as string };
  const unit = UNITS[indicator.table];
  const head = lowerFirstWord(name);
  return head.startsWith(`${unit} `) ? { subject: unit, predicate: `đã ${head.slice(unit.length + 1)}` } : null;
}
const UNITS = { households: "hộ", gardens: "vườn mẫu", clustersRoads: "cụm dân cư, tuyến đường", models: "mô hình" } as const;

function shareVerdictText(verdict: Verdict, indicator: ShareIndicator & { readonly minimum: number }): string {
  const minimum = percentOf(indicator.minimum);
  const aim = indicator.aim === null ? null : percentOf(indicator.aim);
  if (verdict === VERDICT.exceeded && aim !== null) return REPORT.shareVerdict.aimReached(aim);
  if (isMet(verdict)) return aim === null ? REPORT.shareVerdict.met(minimum) : REPORT.shareVerdict.metBelowAim(minimum, aim);
  return aim === null ? REPORT.shareVerdict.below(minimum) : REPORT.shareVerdict.belowWithAim(minimum);
}

/** The thôn whose verdict changed since the week before, by Lịch sử's record under the same indicator name. */
function verdictChanges(context: ReportContext, results: readonly Result[], indicator: string): string[] {
  const before = new Map((context.previous?.figures ?? []).filter((f) => f.indicator === indicator).map((f) => [f.villageId, f.verdict as Verdict]));
  const names = (test: (was: Verdict, now: Verdict) => boolean) =>
    results.filter(({ row, result }) => before.has(row.id) && test(before.get(row.id) as Verdict, result.verdict)).map(({ row }) => row.name).sort(compareVietnamese);
  const met = names((was, now) => was === VERDICT.below && isMet(now));
  const below = names((was, now) => isMet(was) && now === VERDICT.below);
  return [...(met.length > 0 ? [REPORT.newlyMet(met.join(", "))] : []), ...(below.length > 0 ? [REPORT.newlyBelow(below.join(", "))] : [])];
}

function shareParagraph(context: ReportContext, indicator: ShareIndicator, results: Result[], total: IndicatorResult): string {
  if (total.verdict === VERDICT.noData) return REPORT.shareNoData(indicator.name);
  const { unit } = context;
  const phrase = phraseOf(indicator);
  const [done, all, percent] = [formatCount(total.done), formatCount(total.total), formatPercent(total.ratio)];
  const { minimum } = indicator;
  // Without a minimum the count is said, not judged.
  const sentences = [
    minimum === null
      ? phrase === null
        ? REPORT.shareCountedNamed(indicator.name, done, all, percent)
        : REPORT.shareCounted(done, all, phrase.subject, percent, phrase.predicate)
      : phrase === null
        ? REPORT.shareTotalNamed(indicator.name, done, all, percent, shareVerdictText(total.verdict, { ...indicator, minimum }))
        : REPORT.shareTotal(done, all, phrase.subject, percent, phrase.predicate, shareVerdictText(total.verdict, { ...indicator, minimum })),
  ];
  const of = (verdict: Verdict) => results.filter((r) => r.result.verdict === verdict).sort(byShare);
  const plain = (list: Result[]) => list.map((r) => r.row.name).join(", ");
  const count = (list: Result[]) => formatCount(list.length);
  const groups: string[] = [];
  const [exceeded, met, below, counted, noData] = [of(VERDICT.exceeded), of(VERDICT.met), of(VERDICT.below), of(VERDICT.noTarget), of(VERDICT.noData)];
  if (exceeded.length > 0 && indicator.aim !== null) groups.push(REPORT.groups.aimReached(count(exceeded), unit, percentOf(indicator.aim), plain(exceeded)));
  if (met.length > 0) groups.push(indicator.aim === null ? REPORT.groups.met(count(met), unit, plain(met)) : REPORT.groups.metWithAim(count(met), unit, plain(met)));
  const withShares = (list: Result[]) => list.map((r) => REPORT.withShare(r.row.name, formatPercent(r.result.ratio))).join(", ");
  if (below.length > 0) groups.push(REPORT.groups.below(count(below), unit, withShares(below)));
  if (counted.length > 0) groups.push(REPORT.groups.counted(count(counted), unit, withShares(counted)));
  if (noData.length > 0) groups.push(REPORT.groups.noData(count(noData), unit, plain(noData)));
  if (groups.length > 0) sentences.push(REPORT.groupsSentence(groups.join("; ")));
  const changes: string[] = [];
  const recorded = context.previous?.figures.find((f) => f.villageId === COMMUNE_ID && f.indicator === indicator.name);
  if (context.previous !== null && recorded !== undefined && recorded.total > 0 && phrase !== null) {
    const week = context.previous.week;
    const [before, now] = [formatPercent(recorded.done / recorded.total), percent];
    const diff = total.done - recorded.done;
    const unit = context.summary.week.unit;
    changes.push(
      diff > 0
        ? REPORT.changeUp(unit, week, formatCount(diff), phrase.subject, before, now)
        : diff < 0
          ? REPORT.changeDown(unit, week, formatCount(-diff), phrase.subject, before, now)
          : REPORT.changeNone(unit, week),
    );
  }
  if (context.previous !== null) changes.push(...verdictChanges(context, results, indicator.name));
  if (changes.length > 0) sentences.push(REPORT.changeSentence(changes.join("; ")));
  return sentences.join(" ");
}

function criteriaParagraph(context: ReportContext, indicator: CriteriaIndicator, results: Result[], total: IndicatorResult): string {
  const named = (list: Result[]) =>
    list
      .sort(byShare)
      .map(({ row, result }) => REPORT.criteriaOf(row.name, formatCount(result.done), formatCount(result.total), result.hardMissing > 0 ? formatCount(result.hardMissing) : null, result.planBaseline === true))
      .join(", ");
  const met = results.filter((r) => isMet(r.result.verdict));
  const below = results.filter((r) => r.result.verdict === VERDICT.below);
  const noData = results.filter((r) => r.result.verdict === VERDICT.noData);
  const groups = [
    ...(met.length > 0 ? [REPORT.criteriaGroups.met(named(met))] : []),
    ...(below.length > 0 ? [REPORT.criteriaGroups.below(named(below))] : []),
    ...(noData.length > 0 ? [REPORT.criteriaGroups.noData(noData.map((r) => r.row.name).join(", "))] : []),
  ];
  if (total.total === 0) return REPORT.shareNoData(indicator.name);
  const sentences = [REPORT.criteriaTotal(indicator.name, formatCount(total.done), formatCount(total.total), context.unit), REPORT.criteriaGroupsSentence(groups.join("; "))];
  const changes = context.previous === null ? [] : verdictChanges(context, results, indicator.name);
  if (changes.length > 0) sentences.push(REPORT.changeSentence(changes.join("; ")));
  return sentences.join(" ");
}

/** "Công chức Địa chính, hạn 31/03/2024" beside a criterion or a task. */
function detail(work: WorkItem): string {
  return REPORT.ownerDeadline(work.owner, work.deadline === null ? null : formatDate(work.deadline));
}

function what(work: WorkItem): string {
  return work.kind === "criterion" ? REPORT.criterion(work.number, work.name) : work.name;
}

/** 1. Each indicator overall, its thôn by verdict and the change since last week; the commune's criteria; the models. */
export function resultsSection(context: ReportContext): ReportParagraph[] {
  const { campaign, summary } = context;
  const paragraphs = campaign.indicators.map((indicator, i) => {
    const results = summary.rows.map((row) => ({ row, result: row.indicators[i] as IndicatorResult }));
    const total = summary.total.indicators[i] as IndicatorResult;
    return item(indicator.kind === "share" ? shareParagraph(context, indicator, results, total) : criteriaParagraph(context, indicator, results, total));
  });
  const criteria = summary.communeCriteria;
  if (criteria !== null) {
    const open = summary.work.filter((work) => work.kind === "criterion" && work.village === null).map((work) => REPORT.withDetail(what(work), detail(work)));
    const hard = criteria.hardMissing > 0 ? formatCount(criteria.hardMissing) : null;
    const text = REPORT.communeCriteria(formatCount(criteria.achieved), formatCount(criteria.total), hard);
    paragraphs.push(item(open.length > 0 ? `${text} ${REPORT.communeCriteriaOpen(open.join("; "))}` : text));
  }
  if (summary.models.length > 0) {
    const fields = summary.models.map((field) =>
      REPORT.modelField(
        field.field ?? REPORT.modelNoField,
        formatCount(field.total),
        field.byStatus.map(({ status, count }) => REPORT.modelCount(formatCount(count), REPORT.modelStatus[status] ?? status)).join(", "),
      ),
    );
    paragraphs.push(item(REPORT.models(formatCount(summary.models.reduce((sum, field) => sum + field.total, 0)), fields.join("; "))));
  }
  if (summary.withoutTab.length > 0) paragraphs.push(item(REPORT.withoutTab(summary.withoutTab.join(", "))));
  return paragraphs;
}

interface WorkGroup {
  readonly who: string;
  readonly what: string;
  readonly deadline: IsoDate | null;
  readonly days: number;
  /** Pieces of work the line stands for (one per thôn it names). */
  readonly count: number;
}

/** Lines of work, the same work of the same owner at several thôn as one line naming them all. */
function groupWork(items: readonly WorkItem[]): WorkGroup[] {
  const groups = new Map<string, { work: WorkItem; places: string[]; count: number }>();
  for (const work of items) {
    const key = JSON.stringify([(work.owner ?? "").toLocaleLowerCase("vi"), work.kind, work.number, work.name, work.deadline]);
    const group = groups.get(key) ?? { work, places: [], count: 0 };
    if (work.village !== null && !group.places.includes(work.village)) group.places.push(work.village);
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].map(({ work, places, count }) => ({
    who: REPORT.ownerAt(work.owner ?? REPORT.noOwner, [...places].sort(compareVietnamese).join(", ")),
    what: what(work),
    deadline: work.deadline,
    days: work.overdueDays,
    count,
  }));
}

/** At most MAX_WORK_LINES lines, then how many more pieces of work there are. */
function capped(groups: readonly WorkGroup[], line: (group: WorkGroup) => string): ReportParagraph[] {
  const lines = groups.slice(0, MAX_WORK_LINES).map((group) => subitem(line(group)));
  const rest = groups.slice(MAX_WORK_LINES).reduce((sum, group) => sum + group.count, 0);
  return rest > 0 ? [...lines, subitem(REPORT.moreItems(formatCount(rest)))] : lines;
}

/** 2. Work done, and the overdue work by owner. */
export function workSection(context: ReportContext): ReportParagraph[] {
  const { summary, unit } = context;
  const paragraphs: ReportParagraph[] = [];
  const tasks = summary.total.tasks;
  const commune = summary.communeTasks;
  const done = [
    ...(tasks.total > 0 ? [REPORT.tasksDone(unit, formatCount(tasks.done), formatCount(tasks.total))] : []),
    ...(commune.total > 0 ? [REPORT.communeTasksDone(formatCount(commune.done), formatCount(commune.total))] : []),
  ];
  if (done.length > 0) paragraphs.push(item(REPORT.tasksSentence(done.join("; "))));
  // Who registered no work by the deadline is said by the Đơn vị thi đua section (src/domain/extras/units.ts).
  const overdueCount = tasks.overdue + commune.overdue;
  if (overdueCount > 0) {
    // Criteria with an owner and a deadline are counted overdue as tasks are (overdueDays is 0 for any other).
    const overdue = summary.work.filter((work) => work.overdueDays > 0);
    const groups = groupWork(overdue).sort((a, b) => b.days - a.days || compareVietnamese(a.who, b.who));
    paragraphs.push(item(REPORT.overdue(formatCount(overdueCount))));
    paragraphs.push(...capped(groups, (g) => REPORT.overdueItem(g.who, g.what, formatDate(g.deadline as IsoDate), formatCount(g.days))));
  }
  return paragraphs;
}

/** 3. The data problems still open, by thôn and by sheet. */
export function problemsSection(context: ReportContext): ReportParagraph[] {
  const { summary } = context;
  const count = summary.total.problems + summary.otherProblems.length;
  if (count === 0) return [];
  const villages = summary.rows
    .filter((row) => row.problems.length > 0)
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((row) => REPORT.problemPlace(row.name, formatCount(row.problems.length)));
  const sheets = new Map<string, number>();
  for (const problem of summary.otherProblems) sheets.set(problem.sheet, (sheets.get(problem.sheet) ?? 0) + 1);
  const others = [...sheets].map(([sheet, n]) => REPORT.problemPlace(sheet, formatCount(n)));
  return [item(REPORT.problems(formatCount(count), [...villages, ...others].join(", ")))];
}

/** 4. Praise and reminders, as Tổng hợp proposes them, for thôn and for departments and organisations. */
export function proposalsSection(context: ReportContext): ReportParagraph[] {
  const { summary } = context;
  const names = <T extends { proposal: string }>(list: readonly T[], proposal: string, name: (x: T) => string) => list.filter((x) => x.proposal === proposal).map(name);
  const lines: ReportParagraph[] = [];
  const praise = names(summary.rows, PROPOSAL.praise, (row) => row.name);
  const remind = names(summary.rows, PROPOSAL.remind, (row) => row.name);
  const praiseOwners = names(summary.owners, PROPOSAL.praise, (o) => o.owner);
  const remindOwners = names(summary.owners, PROPOSAL.remind, (o) => `${o.owner} (${REPORT.overdueCount(formatCount(o.overdue))})`);
  if (praise.length > 0) lines.push(item(REPORT.praise(praise.join(", "))));
  if (remind.length > 0) lines.push(item(REPORT.remind(remind.join(", "))));
  if (praiseOwners.length > 0) lines.push(item(REPORT.praiseOwners(praiseOwners.join(", "))));
  if (remindOwners.length > 0) lines.push(item(REPORT.remindOwners(remindOwners.join(", "))));
  return lines;
}

/**
 * 5. Work due from today to the next period's cut-off (a week on, after the last period or once the campaign has
 * ended), earliest first.
 */
export function nextWeekSection(context: ReportContext): ReportParagraph[] {
  const { summary, today } = context;
  const next = campaignWeeks(context.campaign)[summary.week.index]?.cutoffDate ?? plusDays(summary.week.cutoffDate, 7);
  const until = summary.period.kind === "after" ? plusDays(today, 7) : next;
  const due = summary.work.filter((work) => work.deadline !== null && work.deadline >= today && work.deadline <= until && work.overdueDays === 0);
  if (due.length === 0) return [];
  const groups = groupWork(due).sort((a, b) => (a.deadline as IsoDate).localeCompare(b.deadline as IsoDate) || compareVietnamese(a.who, b.who));
  return [item(REPORT.nextWeek(formatDate(until))), ...capped(groups, (g) => REPORT.dueItem(g.who, g.what, formatDate(g.deadline as IsoDate)))];
}
