/**
 * Optimal string alignment distance: insertions, deletions, substitutions and
 * swaps of neighbouring letters each cost one. Fuse.js proposes candidates;
 * this decides, because Bitap scores a swap ("Lavorv") no better than an
 * unrelated word ("larval").
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
}

/** Typos forgiven in a word of this length: one up to seven letters, two beyond. */
export function allowedEdits(length: number): number {
  return length <= 7 ? 1 : 2;
}
