// Text measurement without a DOM: Helvetica/Arial advance widths, padded so system-ui fits too.

// Advance widths in 1/1000 em for printable ASCII, from space (32) to tilde (126).
const ascii = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];
const other: Record<string, number> = { '–': 556, '—': 1000, '…': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '→': 1000, '₸': 600 };
// Fallback faces (Noto Sans in PNGs, Roboto, DejaVu where no Arial-metric font exists) run wider than Arial.
const safety = 1.1;
const boldFactor = 1.07;

/** Estimated width of `text` in px at `fontSize` px. */
export function measureText(text: string, fontSize: number, bold = false): number {
  return toPx(unitsOf(text), fontSize, bold);
}

/** Advance width of `text` in 1/1000 em: whole numbers that add up exactly, so a line can be measured word by word. */
function unitsOf(text: string): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 32 && code <= 126 ? (ascii[code - 32] ?? 556) : (other[ch] ?? 600);
  }
  return units;
}

const toPx = (units: number, fontSize: number, bold: boolean): number => (units / 1000) * fontSize * safety * (bold ? boldFactor : 1);

export interface Wrapped {
  /** The lines to draw, the last one ending in "…" when text was cut. */
  lines: string[];
  /** True when the text did not fit in maxLines and was cut: keep the full text in a <title>. */
  truncated: boolean;
}

/** Cuts `text` to fit `width` px, ending in an ellipsis; `force` adds the ellipsis even if it fits. */
export function truncate(text: string, width: number, fontSize: number, bold = false, force = false): string {
  if (!force && measureText(text, fontSize, bold) <= width) return text;
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && measureText(`${chars.join('').trimEnd()}…`, fontSize, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Greedy word wrap into at most `maxLines` lines of `width` px; overlong words and lines are cut. */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Infinity, bold = false): Wrapped {
  // A word too long for a line may break after a hyphen or dash (Taldykorgan–Kalbatau–Ust-Kamenogorsk).
  const pieces = text.split(/\s+/).filter((w) => w.length > 0).flatMap((word) =>
    measureText(word, fontSize, bold) <= width ? [{ word, glue: ' ' }] : (word.match(/[^-–—/]+[-–—/]*|[-–—/]+/g) ?? [word]).map((part, i) => ({ word: part, glue: i === 0 ? ' ' : '' })));
  const all: string[] = [];
  let line = '';
  let lineUnits = 0;
  for (const { word, glue } of pieces) {
    const wordUnits = unitsOf(word);
    const candidateUnits = line === '' ? wordUnits : lineUnits + unitsOf(glue) + wordUnits;
    if (line === '' || toPx(candidateUnits, fontSize, bold) <= width) {
      line = line === '' ? word : `${line}${glue}${word}`;
      lineUnits = candidateUnits;
    } else {
      all.push(line);
      line = word;
      lineUnits = wordUnits;
    }
  }
  if (line !== '') all.push(line);
  let truncated = all.length > maxLines;
  const lines = all.slice(0, maxLines).map((l) => {
    if (measureText(l, fontSize, bold) <= width) return l;
    truncated = true;
    return truncate(l, width, fontSize, bold);
  });
  const last = lines.length - 1;
  if (all.length > maxLines && last >= 0) lines[last] = truncate(lines[last] ?? '', width, fontSize, bold, true);
  return { lines, truncated };
}
