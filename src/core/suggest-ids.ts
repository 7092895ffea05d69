// Suggests the valid ids closest to a mistyped one in MDX, so a build error can say "Did you mean …?".

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function typoDistance(a: string, b: string): number {
  const cols = b.length + 1;
  const d: number[] = Array.from({ length: (a.length + 1) * cols }, (_, k) => (k < cols ? k : k % cols === 0 ? k / cols : 0));
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How far `candidate` is from what the editor typed; a typo in the start of a longer id counts as close. */
function score(typed: string, candidate: string): number {
  const whole = typoDistance(typed, candidate);
  // Editors often type the start of an id ("sugar-factorys" for "sugar-factories-zhetysu").
  const prefix = typoDistance(typed, candidate.slice(0, typed.length)) + 1;
  const typedWords = new Set(typed.split('-'));
  const shared = candidate.split('-').filter((w) => typedWords.has(w)).length;
  return Math.min(whole, prefix) - shared * 0.1;
}

/** Up to `limit` valid ids nearest to `typed`, best first; empty when nothing is plausibly meant. */
export function suggestIds(typed: string, valid: Iterable<string>, limit = 3): string[] {
  const t = typed.toLowerCase();
  const cutoff = Math.max(2, Math.ceil(t.length / 3));
  return [...new Set(valid)]
    .map((id) => ({ id, s: score(t, id.toLowerCase()) }))
    .filter((x) => x.s <= cutoff)
    .sort((x, y) => x.s - y.s || x.id.localeCompare(y.id))
    .slice(0, limit)
    .map((x) => x.id);
}
