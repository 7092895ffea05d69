// Quotes may differ from the speech only in white space, so both are compared after this folding.

/** Collapses every run of white space (space, NBSP, line break…) to one space and trims the ends. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
