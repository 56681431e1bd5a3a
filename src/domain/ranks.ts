// This file ranks an ordered list the way emulation results are ranked: equals share a rank, the next skips (1, 2, 2, 4).

/** The competition rank of each item of `ordered` (best first); `compare` is 0 for items that tie. */
export function competitionRanks<T>(ordered: readonly T[], compare: (a: T, b: T) => number): number[] {
  const ranks: number[] = [];
  ordered.forEach((item, i) => {
    const previous = ordered[i - 1];
    ranks.push(i > 0 && compare(previous as T, item) === 0 ? (ranks[i - 1] as number) : i + 1);
  });
  return ranks;
}
