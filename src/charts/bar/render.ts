// Horizontal bars with direct labels, for quantities in one unit that can fairly be compared.
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { escape } from '../../core/escape.ts';
import { formatNumber } from '../../core/format.ts';
import { measureText, wrapText } from '../../core/svg-text.ts';
import { attrs, commonDefaults, emptyChart, normalise, paint, svgDocument, textLines, type CommonOptions, type Rendered } from '../common/svg.ts';

export interface BarDatum {
  /** Stable key, written to data-key. */
  key: string;
  label: string;
  /** A finite number ≥ 0; all bars share one unit. */
  value: number;
  /** Text beside the bar; default options.format(value). */
  valueLabel?: string;
  /** Colour token for this bar; default options.colour. */
  colour?: string;
}

export interface BarOptions extends CommonOptions {
  /** Formats values that have no valueLabel. Default formatNumber ("12 billion"). */
  format: (value: number) => string;
  /** Colour token of the bars. Default "c-blue". */
  colour: string;
  /** Bar thickness in px. Default 22. */
  barHeight: number;
  /** Space between rows in px. Default 14. */
  gap: number;
  /** Most lines a label may wrap to before it is cut (full text stays in <title>). Default 2 (3 when narrow). */
  labelLines: number;
  /** Below this width labels go above their bars instead of beside them. Default 480. */
  narrowBelow: number;
  /** End of the scale (100 for percentages); undefined = the largest value. Default undefined. */
  max: number | undefined;
}

export const barDefaults: BarOptions = {
  ...commonDefaults,
  format: formatNumber,
  colour: 'c-blue',
  barHeight: 22,
  gap: 14,
  labelLines: 2,
  narrowBelow: 480,
  max: undefined,
};

/** Horizontal bar chart: its SVG and size. Empty data renders a "No data to show." SVG. */
export function bar(data: readonly BarDatum[], options?: Partial<BarOptions>): Rendered {
  const o = normalise('bar', barDefaults, options);
  for (const d of data) {
    if (!Number.isFinite(d.value) || d.value < 0) {
      throw new Error(`bar: value of "${d.key}" must be a finite number ≥ 0; received ${String(d.value)}.`);
    }
  }
  if (data.length === 0) return emptyChart(o, 'bar');

  const fs = o.fontSize;
  const lineHeight = Math.round(fs * 1.25);
  const narrow = o.width < o.narrowBelow;
  const valueText = data.map((d) => d.valueLabel ?? o.format(d.value));
  const valueWidth = (max(valueText, (t) => measureText(t, fs, true)) ?? 0) + 8;
  const labelWidth = narrow ? o.width : Math.min(o.width * 0.38, (max(data, (d) => measureText(d.label, fs)) ?? 0) + 2);
  const labelLines = narrow ? Math.max(o.labelLines, 3) : o.labelLines;
  const labels = data.map((d) => wrapText(d.label, labelWidth, fs, labelLines));
  const x0 = narrow ? 1 : labelWidth + 10;
  const x = scaleLinear()
    .domain([0, Math.max(o.max ?? 0, max(data, (d) => d.value) ?? 0, Number.MIN_VALUE)])
    .range([x0, o.width - valueWidth]);

  const pad = 4;
  let y = pad;
  const rows = data.map((d, i) => {
    const wrapped = labels[i] ?? { lines: [], truncated: false };
    const labelHeight = wrapped.lines.length * lineHeight;
    let label: string;
    let barY: number;
    if (narrow) {
      label = textLines(wrapped.lines, 0, y + fs, lineHeight);
      barY = y + labelHeight + 4;
      y = barY + o.barHeight + o.gap;
    } else {
      const rowHeight = Math.max(o.barHeight, labelHeight);
      barY = y + (rowHeight - o.barHeight) / 2;
      const labelY = y + (rowHeight - labelHeight) / 2 + fs * 0.95;
      label = textLines(wrapped.lines, labelWidth, labelY, lineHeight, { 'text-anchor': 'end' });
      y += rowHeight + o.gap;
    }
    const barWidth = d.value > 0 ? Math.max(1, x(d.value) - x0) : 0;
    const rect = barWidth > 0
      ? `<rect${attrs({ x: x0, y: barY, width: barWidth, height: o.barHeight, fill: paint(d.colour ?? o.colour, o.palette) })}/>`
      : '';
    const tick = `<line${attrs({ x1: x0, x2: x0, y1: barY - 3, y2: barY + o.barHeight + 3, stroke: paint('rule', o.palette) })}/>`;
    const value = `<text${attrs({ x: x0 + barWidth + 6, y: barY + o.barHeight / 2 + fs * 0.35, 'font-weight': 'bold' })}>${escape(valueText[i] ?? '')}</text>`;
    return `<g${attrs({ class: 'mark', 'data-key': d.key })}><title>${escape(`${d.label}: ${valueText[i] ?? ''}`)}</title>${label}${rect}${tick}${value}</g>`;
  });
  const height = y - o.gap + pad;
  return svgDocument({ options: o, kind: 'bar', height, body: rows.join('') });
}
