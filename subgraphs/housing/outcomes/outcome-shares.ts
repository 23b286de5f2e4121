export interface OutcomeCounts {
  kept: number;
  lost: number;
  unresolved: number;
}

/**
 * Whole percentages of the clients who kept, lost or stayed unresolved, rounded by the largest remainder
 * so they add up to 100 (the published table's 84 / 12 / 4). No clients: all zero.
 */
export function outcomeShares(counts: OutcomeCounts): OutcomeCounts {
  const keys = ['kept', 'lost', 'unresolved'] as const;
  const total = keys.reduce((sum, k) => sum + counts[k], 0);
  if (total === 0) return { kept: 0, lost: 0, unresolved: 0 };
  const exact = keys.map((k) => (counts[k] * 100) / total);
  const shares = exact.map(Math.floor);
  let left = 100 - shares.reduce((a, b) => a + b, 0);
  const byRemainder = keys.map((_, i) => i).sort((a, b) => exact[b] - shares[b] - (exact[a] - shares[a]) || a - b);
  for (const i of byRemainder) {
    if (left-- <= 0) break;
    shares[i] += 1;
  }
  return { kept: shares[0], lost: shares[1], unresolved: shares[2] };
}
