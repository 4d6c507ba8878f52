// "Did you mean": the known name closest to a mistyped one (rule ids in a policy, the CLI's flags), or nothing when
// none is close. Damerau-style edit distance (a swap of neighbours counts once), bounded by the name's length.

function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The closest of `known` to `typed` (case-insensitive), when within a third of its length (at least 1, at most 3). */
export function didYouMean(typed: string, known: readonly string[]): string | undefined {
  const needle = typed.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = name.toLowerCase().startsWith(needle) && needle.length >= 3 ? 1 : distance(needle, name.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}
