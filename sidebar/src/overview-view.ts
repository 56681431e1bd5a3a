// This file draws the Tổng quan tab: each thôn's progress bars against its band, overdue and problem counts, sorting.
import { formatDate, formatTime, vietnamDate, vietnamMinutes } from "../../src/domain/dates";
import type { IndicatorProgress, Overview, VillageOverview } from "../../src/domain/sidebar-contract";
import { formatCount, formatPercent } from "../../src/domain/verdicts";
import { scheduleNote } from "../../src/domain/schedule-run";
import { compareVietnamese } from "../../src/domain/vietnamese-order";
import { clear, el } from "./dom";

export type SortOrder = "name" | "rank";

const VERDICT_CLASS: Record<string, string> = { "Chưa đạt": "below", Đạt: "met", Vượt: "exceeded", "Chưa có số liệu": "nodata" };

/** Tổng hợp's order: by rank, thôn without figures last; ties and the unranked by name. */
export function compareRank(a: VillageOverview, b: VillageOverview): number {
  return (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareVietnamese(a.name, b.name);
}

function bar(indicator: IndicatorProgress): HTMLElement {
  const percent = indicator.ratio === null ? 0 : Math.min(100, Math.round(indicator.ratio * 1000) / 10);
  const label = `${indicator.name}: ${formatCount(indicator.done)}/${formatCount(indicator.total)}, ${formatPercent(indicator.ratio)}, ${indicator.verdict}`;
  const track = el(
    "div",
    { class: "track", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": percent, "aria-label": label },
    el("div", { class: `fill ${VERDICT_CLASS[indicator.verdict] ?? "nodata"}`, style: `width:${percent}%` }),
    indicator.minimum === null ? null : el("div", { class: "mark", style: `left:${Math.min(100, indicator.minimum)}%`, title: `Tối thiểu ${indicator.minimum}%` }),
    indicator.aim === null ? null : el("div", { class: "mark aim", style: `left:${Math.min(100, indicator.aim)}%`, title: `Phấn đấu ${indicator.aim}%` }),
  );
  return el(
    "div",
    { class: "indicator" },
    el("div", { class: "indicator-head" }, el("span", { class: "indicator-name", text: indicator.name }), el("span", { class: `verdict ${VERDICT_CLASS[indicator.verdict] ?? "nodata"}`, text: `${formatPercent(indicator.ratio)} · ${indicator.verdict}` })),
    track,
  );
}

function villageCard(village: VillageOverview): HTMLElement {
  const badges = el(
    "div",
    { class: "badges" },
    el("span", { class: "badge rank", text: village.rank === null ? "Chưa xếp hạng" : `Hạng ${village.rank}` }),
    el("span", { class: village.overdue > 0 ? "badge warn" : "badge", text: `Quá hạn: ${village.overdue}` }),
    el("span", { class: village.problems > 0 ? "badge warn" : "badge", text: `Lỗi dữ liệu: ${village.problems}` }),
  );
  return el("li", { class: "village", "data-id": village.id }, el("h3", { text: village.name }), ...village.indicators.map(bar), badges);
}

function compiledText(iso: string | null): string {
  if (iso === null) return "Chưa lập bảng tổng hợp.";
  const instant = new Date(iso);
  return `Tổng hợp lần cuối: ${formatTime(vietnamMinutes(instant))} ${formatDate(vietnamDate(instant))}`;
}

export function drawOverview(root: HTMLElement, data: Overview, order: SortOrder): void {
  clear(root);
  if (!data.ok) {
    root.append(el("p", { class: "error", role: "alert", text: data.message }));
    return;
  }
  const villages = [...data.villages].sort((a, b) => (order === "name" ? compareVietnamese(a.name, b.name) : compareRank(a, b)));
  const parts: Array<HTMLElement | null> = [
    el("h2", { class: "campaign", text: data.title }),
    el("p", { class: "meta", text: `Xã ${data.commune} · ${formatDate(data.startDate)} – ${formatDate(data.endDate)}` }),
    el("p", { class: "meta", id: "period", text: data.period }),
    order === "rank" ? el("p", { class: "meta", id: "rank-rule", text: data.rankRule }) : null,
    el("p", { class: "meta", id: "last-compile", text: compiledText(data.lastCompile) }),
    data.schedule === null ? null : el("p", { class: data.schedule.ok ? "meta" : "error", id: "last-schedule", role: data.schedule.ok ? undefined : "alert", text: scheduleNote(data.schedule) }),
    data.warnings.length === 0
      ? null
      : el("ul", { class: "warnings", id: "warnings", "aria-label": "Cần chủ sở hữu tệp xử lý" }, ...data.warnings.map((text) => el("li", { text }))),
    data.notRegistered.length === 0 ? null : el("p", { class: "not-registered", id: "not-registered", text: `Chưa đăng ký công trình, phần việc: ${data.notRegistered.join(", ")}.` }),
    el("ul", { class: "villages", "aria-label": `${villages.length} thôn` }, ...villages.map(villageCard)),
  ];
  root.append(...parts.filter((part): part is HTMLElement => part !== null));
}
