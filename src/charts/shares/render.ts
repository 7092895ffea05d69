// Several shares on one 0–100 % scale, one row each, so a reader compares them at a glance; one row can be
// marked as this chapter's, and a share with a target shows the target as a tick on the same scale.
import { escape } from '../../core/escape.ts';
import { formatNumber } from '../../core/format.ts';
import { measureText, wrapText } from '../../core/svg-text.ts';
import { attrs, commonDefaults, emptyChart, normalise, paint, r, svgDocument, textLines, type CommonOptions, type Rendered } from '../common/svg.ts';

export interface ShareDatum {
  key: string;
  /** What the share is of: "of the inhabitants of the region have gas". */
  label: string;
  /** The share in percent, 0–100. */
  value: number;
  /** A target share in percent on the same scale, with its words ("national target by 2025"). */
  target?: { value: number; label: string };
}

export interface SharesOptions extends CommonOptions {
  /** Key of the row drawn in the accent colour; the others are neutral. None: all rows in the accent. */
  highlight: string | undefined;
  /** Bar thickness in px. Default 14. */
  barHeight: number;
  /** Space between rows in px. Default 18. */
  gap: number;
  /** Most lines per label. Default 3. */
  labelLines: number;
}

export const sharesDefaults: SharesOptions = { ...commonDefaults, highlight: undefined, barHeight: 14, gap: 18, labelLines: 3 };

const percent = (v: number): string => `${formatNumber(v)}%`;

/** One bar per share on a shared percent scale, labelled directly. Empty data renders a "No data to show." SVG. */
export function shares(data: readonly ShareDatum[], options?: Partial<SharesOptions>): Rendered {
  const o = normalise('shares', sharesDefaults, options);
  for (const d of data) {
    for (const [what, v] of [['value', d.value], ['target', d.target?.value]] as const) {
      if (v !== undefined && (!Number.isFinite(v) || v < 0 || v > 100)) throw new Error(`shares: ${what} of "${d.key}" must be a percentage between 0 and 100; received ${String(v)}.`);
    }
  }
  if (data.length === 0) return emptyChart(o, 'shares');
  if (o.highlight !== undefined && !data.some((d) => d.key === o.highlight)) {
    throw new Error(`shares: options.highlight "${o.highlight}" is not the key of a row; use one of: ${data.map((d) => d.key).join(', ')}.`);
  }
  const fs = o.fontSize;
  const lineHeight = Math.round(fs * 1.25);
  const width = o.width - 2;
  // The scale: 0, 50 and 100 % over the full width, written once above the rows.
  const axisY = fs;
  const axis = [0, 50, 100].map((t) => {
    const x = 1 + (t / 100) * width;
    const anchor = t === 0 ? 'start' : t === 100 ? 'end' : 'middle';
    return `<text${attrs({ x: r(x), y: axisY, 'text-anchor': anchor, fill: paint('muted', o.palette), 'font-size': Math.round(fs * 0.85) })}>${percent(t)}</text>`;
  }).join('');
  let y = axisY + 10;
  const rows = data.map((d) => {
    const on = o.highlight === undefined || d.key === o.highlight;
    const valueText = percent(d.value);
    const wrapped = wrapText(`${valueText} ${d.label}`, width, fs, o.labelLines);
    const label = textLines(wrapped.lines, 1, y + fs, lineHeight, on ? { 'font-weight': 'bold' } : { fill: paint('muted', o.palette) });
    const barY = y + fs + (wrapped.lines.length - 1) * lineHeight + 8;
    const fill = paint(on ? 'c-blue' : 'c-neutral', o.palette);
    const part = (d.value / 100) * width;
    const track = `<rect${attrs({ x: 1, y: r(barY), width: r(width), height: o.barHeight, fill: 'none', stroke: paint('rule', o.palette), 'stroke-width': 1 })}/>`;
    // The 50 % mark inside each track, under the bar: a reference where the track is empty, never across the words.
    const half = `<line${attrs({ x1: r(1 + width / 2), x2: r(1 + width / 2), y1: r(barY), y2: r(barY + o.barHeight), stroke: paint('rule', o.palette), 'stroke-dasharray': '2 2', 'stroke-width': 1 })}/>`;
    const bar = part > 0 ? `<rect${attrs({ x: 1, y: r(barY), width: r(part), height: o.barHeight, fill })}/>` : '';
    let target = '';
    let bottom = barY + o.barHeight;
    if (d.target !== undefined) {
      const tx = 1 + (d.target.value / 100) * width;
      const words = `${percent(d.target.value)} ${d.target.label}`;
      const textWidth = measureText(words, fs, false);
      // The target's words sit under its tick, kept inside the frame.
      const textX = Math.min(Math.max(1, tx - textWidth / 2), width + 1 - textWidth);
      target = `<line${attrs({ x1: r(tx), x2: r(tx), y1: r(barY - 4), y2: r(barY + o.barHeight + 4), stroke: paint('fg', o.palette), 'stroke-width': 2 })}/>` +
        `<text${attrs({ x: r(Math.max(1, textX)), y: r(barY + o.barHeight + 4 + fs), fill: paint('fg', o.palette) })}>${escape(words)}</text>`;
      bottom = barY + o.barHeight + 4 + fs + 2;
    }
    y = bottom + o.gap;
    const title = d.target === undefined ? `${valueText} ${d.label}` : `${valueText} ${d.label}; target ${percent(d.target.value)} ${d.target.label}`;
    return `<g${attrs({ class: 'mark', 'data-key': d.key, 'data-highlight': on && o.highlight !== undefined ? 'true' : undefined })}><title>${escape(title)}</title>${label}${track}${half}${bar}${target}</g>`;
  });
  return svgDocument({ options: o, kind: 'shares', height: r(y - o.gap + 2), body: axis + rows.join('') });
}
