// The embed page's height at a given iframe width, computed at build so the iframe in the embed code
// is about right before (or without) any script. Mirrors the sizes in embed.css; the browser test
// checks the estimate against the real page at a 640 px column.
import { wrapText } from '../core/svg-text.ts';

/** Sizes from embed.css, in px at the default 16 px root font size. */
export const EMBED_LAYOUT = {
  padding: 12,
  titleSize: 19.2,
  titleLine: 24,
  titleGap: 4,
  gap: 8,
  smallSize: 14,
  smallLine: 20.3,
  footSize: 13,
  footLine: 18.85,
  footGap: 4,
} as const;

/** Text is wrapped as if lines were this much shorter: readers' fonts (DejaVu Sans on Linux, bold most of
 *  all) run wider than the Helvetica metrics measureText uses, and a line too many costs less than a cut one. */
export const WRAP_SAFETY = { bold: 0.88, regular: 0.97 } as const;

export interface HeightInput {
  title: string;
  caption: string;
  /** Height of the graphic's viewBox and the width it was laid out for. */
  graphic: { width: number; height: number };
  /** Each line of the footer as text (source, links), wrapped separately. */
  footer: readonly string[];
  /** True when a "Show the numbers" disclosure sits under the caption. */
  table: boolean;
}

const lines = (text: string, width: number, size: number, bold = false): number => (text.trim() === '' ? 0 : wrapText(text, width, size, Infinity, bold).lines.length);

/** Height in px of the embed page in an iframe `frameWidth` px wide, rounded up. */
export function embedHeight(input: HeightInput, frameWidth: number): number {
  const L = EMBED_LAYOUT;
  const inner = frameWidth - 2 * L.padding;
  const text = inner * WRAP_SAFETY.regular;
  let h = 2 * L.padding;
  h += lines(input.title, inner * WRAP_SAFETY.bold, L.titleSize, true) * L.titleLine + L.titleGap;
  h += (input.graphic.height * inner) / input.graphic.width;
  if (input.caption.trim() !== '') h += L.gap + lines(input.caption, text, L.smallSize) * L.smallLine;
  if (input.table) h += L.gap + L.smallLine;
  // The footer's margin collapses with its first line's, so only later lines add their gap.
  h += L.gap;
  input.footer.forEach((line, i) => {
    h += (i > 0 ? L.footGap : 0) + lines(line, text, L.footSize) * L.footLine;
  });
  return Math.ceil(h);
}
