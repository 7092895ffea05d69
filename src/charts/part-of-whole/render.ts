// Shares of a whole as progress bars: a filled part inside an outlined whole, readable in print.
import { escape } from '../../core/escape.ts';
import { formatNumber } from '../../core/format.ts';
import { measureText, wrapText } from '../../core/svg-text.ts';
import { attrs, commonDefaults, emptyChart, normalise, paint, r, svgDocument, textLines, type CommonOptions, type Rendered } from '../common/svg.ts';

export interface PartDatum {
  key: string;
  /** What the share is of, read after the value: "of irrigation networks are worn out". */
  label: string;
  /** The part, 0 ≤ value ≤ total. */
  value: number;
  /** The whole. Default 100 (a percentage). */
  total?: number;
  /** Big text before the label; default options.format(value) + "%" when total is 100. */
  valueLabel?: string;
  /** Colour token of the part. Default options.colour. */
  colour?: string;
}

export interface PartOfWholeOptions extends CommonOptions {
  /** Formats values without a valueLabel. Default formatNumber. */
  format: (value: number) => string;
  /** Colour token of the filled part. Default "c-blue". */
  colour: string;
  /** Bar thickness in px. Default 18. */
  barHeight: number;
  /** Space between rows in px. Default 20. */
  gap: number;
  /** Most lines per label. Default 3. */
  labelLines: number;
}

export const partOfWholeDefaults: PartOfWholeOptions = {
  ...commonDefaults,
  format: formatNumber,
  colour: 'c-blue',
  barHeight: 18,
  gap: 20,
  labelLines: 3,
};

/** Progress bars, one per share. Empty data renders a "No data to show." SVG. */
export function partOfWhole(data: readonly PartDatum[], options?: Partial<PartOfWholeOptions>): Rendered {
  const o = normalise('partOfWhole', partOfWholeDefaults, options);
  for (const d of data) {
    const total = d.total ?? 100;
    if (!Number.isFinite(total) || total <= 0) {
      throw new Error(`partOfWhole: total of "${d.key}" must be a finite number > 0; received ${String(total)}.`);
    }
    if (!Number.isFinite(d.value) || d.value < 0 || d.value > total) {
      throw new Error(`partOfWhole: value of "${d.key}" must be between 0 and its total ${String(total)}; received ${String(d.value)}.`);
    }
  }
  if (data.length === 0) return emptyChart(o, 'part-of-whole');

  const fs = o.fontSize;
  const big = Math.round(fs * 1.7);
  const lineHeight = Math.round(fs * 1.25);
  const width = o.width - 2;
  let y = 2;
  const rows = data.map((d) => {
    const total = d.total ?? 100;
    const valueText = d.valueLabel ?? (total === 100 ? `${o.format(d.value)}%` : `${o.format(d.value)} of ${o.format(total)}`);
    const valueWidth = measureText(valueText, big, true);
    const beside = valueWidth + 10 + fs * 12 <= width;
    const labelX = beside ? valueWidth + 10 : 0;
    const wrapped = wrapText(d.label, width - labelX, fs, o.labelLines);
    const value = `<text${attrs({ x: 1, y: y + big * 0.8, 'font-size': big, 'font-weight': 'bold' })}>${escape(valueText)}</text>`;
    // Beside the value the label shares its baseline; otherwise it starts on the next line.
    const labelTop = beside ? y + big * 0.8 : y + big + fs;
    const label = textLines(wrapped.lines, labelX + 1, labelTop, lineHeight);
    const textBottom = Math.max(y + big, labelTop + (wrapped.lines.length - 1) * lineHeight + fs * 0.3);
    const barY = textBottom + 8;
    const part = (d.value / total) * width;
    const colour = paint(d.colour ?? o.colour, o.palette);
    const filled = part > 0 ? `<rect${attrs({ x: 1, y: barY, width: part, height: o.barHeight, fill: colour })}/>` : '';
    const whole = `<rect${attrs({ x: 1, y: barY, width, height: o.barHeight, fill: 'none', stroke: paint('rule', o.palette), 'stroke-width': 1 })}/>`;
    y = barY + o.barHeight + o.gap;
    const title = `${valueText} ${d.label}`;
    return `<g${attrs({ class: 'mark', 'data-key': d.key })}><title>${escape(title)}</title>${value}${label}${filled}${whole}</g>`;
  });
  return svgDocument({ options: o, kind: 'part-of-whole', height: r(y - o.gap + 2), body: rows.join('') });
}
