/** "Did you mean …?" for a mistyped name, or `undefined` when nothing is close. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Close enough: up to a third of the name mistyped (at least one letter, never all of it).
  const limit = Math.max(1, Math.floor(needle.length / 3));
  if (bestDistance <= limit && bestDistance < needle.length) return best;
  // Or one is a longer form of the other ("warning" for "warn").
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (Math.min(c.length, needle.length) >= 3 && (c.startsWith(needle) || needle.startsWith(c)))
      return candidate;
  }
  return undefined;
}

/** ` (did you mean "x"?)`, or `""` when nothing is close; `format` shows the match. */
export function didYouMean(
  input: string,
  candidates: Iterable<string>,
  format: (match: string) => string = (match) => `"${match}"`,
): string {
  const match = closest(input, candidates);
  return match === undefined ? "" : ` (did you mean ${format(match)}?)`;
}

/** Levenshtein distance, counting a swap of two adjacent letters as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
