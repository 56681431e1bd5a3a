// This file writes numbers the way Vietnamese readers do in composed text: 2.627 and 70,1%.

/** A whole number the Vietnamese way, thousands after a dot ("2.627"). */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A share the Vietnamese way, one decimal after a comma ("70,1%"); "—" where there are no items. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${(Math.round(ratio * 1000) / 10).toFixed(1).replace(".", ",")}%`;
}
