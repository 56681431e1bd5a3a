// This file writes numbers the way Vietnamese readers do in composed text: 2.627 and 70,1%.

/** A whole number the Vietnamese way, thousands after a dot ("2.627"). */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A share the Vietnamese way, one decimal after a comma ("70,1%"); "—" where there are no items. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${(Math.round(ratio * 1000) / 10).toFixed(1).replace(".", ",")}%`;
}

/** Any measured number the Vietnamese way, up to two decimals after a comma ("2.627", "96,5", "-3"). */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", decimals] = String(Math.abs(rounded)).split(".");
  const sign = rounded < 0 ? "-" : "";
  return `${sign}${formatCount(Number(whole))}${decimals === undefined ? "" : `,${decimals}`}`;
}
