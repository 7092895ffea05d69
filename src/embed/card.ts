// SVG compositions rasterised to PNG at build: a graphic with its title and source (the fallback
// where iframes are not allowed) and 1200×630 social cards for graphics and chapters.
import { escape } from '../core/escape.ts';
import { wrapText } from '../core/svg-text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Placed {
  markup: string;
  width: number;
  height: number;
}

/** The viewBox size of an SVG string's root element. */
export function viewBoxSize(svg: string): { width: number; height: number } {
  const open = svg.match(/^\s*<svg\b[^>]*>/)?.[0] ?? '';
  const box = open.match(/\sviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/);
  if (!box?.[1] || !box[2]) throw new Error(`viewBoxSize: the SVG has no viewBox="0 0 w h" on its root element; received ${JSON.stringify(open.slice(0, 120))}.`);
  return { width: Number(box[1]), height: Number(box[2]) };
}

/** Places an SVG inside another at (x, y), `width` wide (and at most `maxHeight` tall), keeping its aspect. */
export function placeSvg(svg: string, x: number, y: number, width: number, maxHeight = Infinity): Placed {
  const box = viewBoxSize(svg);
  const scale = Math.min(width / box.width, maxHeight / box.height);
  const w = round(box.width * scale);
  const h = round(box.height * scale);
  const markup = svg.trim().replace(/^<svg\b[^>]*>/, (open) => {
    const kept = open.replace(/\s(?:x|y|width|height)="[^"]*"/g, '').replace(/^<svg/, '');
    return `<svg x="${round(x)}" y="${round(y)}" width="${w}" height="${h}"${kept}`;
  });
  return { markup, width: w, height: h };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function textBlock(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attributes: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${round(y + size + i * lineHeight)}" font-size="${size}"${attributes}>${escape(line)}</text>`).join('');
}

export interface GraphicImage {
  title: string;
  /** The chart or static map SVG with a viewBox. */
  graphic: string;
  /** "Source: …" line under the graphic. */
  source: string;
  /** Address printed last so a reader of the image can find the interactive version. */
  url: string;
}

/** The graphic as one self-contained SVG: title, graphic, source and address, 640 units wide. */
export function graphicImageSvg({ title, graphic, source, url }: GraphicImage): { svg: string; width: number; height: number } {
  const width = 640;
  const pad = 16;
  const inner = width - 2 * pad;
  const titleLines = wrapText(title, inner, 20, 3, true).lines;
  let y = pad;
  const head = textBlock(titleLines, pad, y, 20, 26, ' font-weight="700" fill="var(--fg)"');
  y += titleLines.length * 26 + 12;
  const placed = placeSvg(graphic, pad, y, inner);
  y += placed.height + 12;
  const sourceLines = wrapText(source, inner, 12, 3).lines;
  const foot = textBlock(sourceLines, pad, y, 12, 16, ' fill="var(--muted)"');
  y += sourceLines.length * 16;
  const link = textBlock([url], pad, y, 12, 16, ' fill="var(--muted)"');
  const height = Math.ceil(y + 16 + pad);
  const svg = `<svg xmlns="${SVG_NS}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="var(--font-body)"><rect width="100%" height="100%" fill="var(--bg)"/>${head}${placed.markup}${foot}${link}</svg>`;
  return { svg, width, height };
}

export interface SocialCard {
  /** Small line above the title (the site name). */
  kicker: string;
  title: string;
  /** A chart or static map drawn under the title, scaled to fit. */
  graphic?: string;
  /** Text under the title when there is no graphic (a chapter's summary). */
  summary?: string;
  /** Bottom line: source and place. */
  footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Graphics taller than this (height / width) go beside the title rather than under it. */
const TALL = 0.45;

/** A 1200×630 Open Graph card: the graphic under the title, or beside it when the graphic is tall (maps). */
export function socialCardSvg({ kicker, title, graphic, summary, footer }: SocialCard): string {
  const pad = 56;
  const box = graphic ? viewBoxSize(graphic) : null;
  const tall = box !== null && box.height / box.width > TALL;
  const textWidth = tall ? 520 : CARD_WIDTH - 2 * pad;
  const titleSize = graphic ? (tall ? 44 : 40) : 56;
  const titleLine = Math.round(titleSize * 1.2);
  const titleLines = wrapText(title, textWidth, titleSize, graphic ? (tall ? 5 : 2) : 3, true).lines;
  const footerLines = wrapText(footer, textWidth, 22, tall ? 2 : 1).lines;
  let y = pad;
  let body = `<rect width="100%" height="100%" fill="var(--bg)"/><rect width="100%" height="10" fill="var(--accent)"/>`;
  body += textBlock([kicker], pad, y, 24, 30, ' fill="var(--muted)"');
  y += 30 + 14;
  body += textBlock(titleLines, pad, y, titleSize, titleLine, ' font-weight="700" fill="var(--fg)"');
  y += titleLines.length * titleLine + 24;
  const footY = CARD_HEIGHT - pad - 28 * footerLines.length + 4;
  if (graphic && tall) {
    const x = pad + textWidth + 40;
    body += placeSvg(graphic, x, pad, CARD_WIDTH - x - pad, CARD_HEIGHT - 2 * pad).markup;
  } else if (graphic) {
    body += placeSvg(graphic, pad, y, CARD_WIDTH - 2 * pad, footY - 20 - y).markup;
  } else if (summary) {
    body += textBlock(wrapText(summary, textWidth, 30, 4).lines, pad, y, 30, 40, ' fill="var(--fg)"');
  }
  body += textBlock(footerLines, pad, footY, 22, 28, ' fill="var(--muted)"');
  return `<svg xmlns="${SVG_NS}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" font-family="var(--font-body)">${body}</svg>`;
}
