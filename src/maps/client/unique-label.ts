// Accessible names of live maps: axe wants every landmark of one role to have its own name.

/** `base`, or `base (2)`, `base (3)` … — the first that is not in `taken`. */
export function uniqueLabel(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n += 1;
  return `${base} (${n})`;
}
