// This file prints the compiled summary as a plain-text table for the terminal.
import type { Campaign } from "../domain/campaign";
import { periodText } from "../domain/campaign-weeks";
import { formatDate } from "../domain/dates";
import { COMMUNE_ROW_LABEL, KIND_HEADER, communeCriteriaText, communeTasksText } from "../domain/layout/summary-sheet";
import { kindsOf } from "../domain/campaign";
import type { Summary } from "../domain/summary";
import type { CellInput } from "../domain/cell";

/** A section's cell as the terminal shows it: numbers the Vietnamese way, dates as dd/MM/yyyy. */
function cellText(value: CellInput): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "✓" : "";
  if (typeof value === "object" && "date" in value) return formatDate(value.date);
  return typeof value === "string" ? value : "";
}
import type { IndicatorResult } from "../domain/village-status";
import { formatCount, formatPercent } from "../domain/verdicts";
import { formatNumber } from "../domain/numbers";

function pad(text: string, width: number): string {
  const length = Array.from(text.normalize("NFC")).length;
  return text + " ".repeat(Math.max(0, width - length));
}

function cell(result: IndicatorResult): string {
  return `${formatCount(result.done)}/${formatCount(result.total)} ${formatPercent(result.ratio)} ${result.verdict}`;
}

export function summaryTable(campaign: Campaign, summary: Summary): string {
  // Where the campaign has kinds of thôn, each thôn's kind follows its name: it is judged by that kind's rule.
  const kinds = kindsOf(campaign).length > 0;
  const kindCell = (kind: string | null | undefined) => (kinds ? [kind ?? ""] : []);
  const header = ["Hạng", "Thôn", ...(kinds ? [KIND_HEADER] : []), ...campaign.indicators.map((i) => i.id), "Quá hạn", "Lỗi", "Đề xuất"];
  const rows = summary.rows.map((row) => [
    row.rank === null ? "—" : String(row.rank),
    row.name,
    ...kindCell(row.kind),
    ...row.indicators.map(cell),
    formatCount(row.tasks.overdue),
    formatCount(row.problems.length),
    row.proposal,
  ]);
  rows.push(["", COMMUNE_ROW_LABEL, ...kindCell(null), ...summary.total.indicators.map(cell), formatCount(summary.total.tasks.overdue), formatCount(summary.total.problems + summary.otherProblems.length), ""]);
  const widths = header.map((h, i) => Math.max(Array.from(h).length, ...rows.map((r) => Array.from(r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] as number)).join("  ").trimEnd();
  const legend = campaign.indicators.map((i) => `${i.id} = ${i.name}`).join("; ");
  return [
    `TỔNG HỢP: ${campaign.title} (xã ${campaign.commune})`,
    periodText(campaign, summary.period, summary.compiledAt),
    legend,
    "",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    communeTasksText(summary.communeTasks),
    ...(summary.communeCriteria === null ? [] : [communeCriteriaText(summary.communeCriteria)]),
    ...summary.owners.map(
      (o) =>
        `  ${o.rank === null ? "—" : `${o.rank}.`} ${o.owner}: ${formatCount(o.done)}/${formatCount(o.total)} việc hoàn thành, ${formatCount(o.overdue)} quá hạn` +
        (o.unranked !== null ? ` (${o.unranked})` : o.proposal === "" ? "" : ` (${o.proposal})`),
    ),
    ...summary.sections.flatMap((section) => [
      "",
      section.title.toLocaleUpperCase("vi"),
      ...section.lines,
      ...(section.table === null ? [] : section.table.rows.map((row) => `  ${row.map(cellText).filter((text) => text !== "").join(" | ")}`)),
    ]),
  ].join("\n");
}
