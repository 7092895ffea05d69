// Figures as cards, one under another: the number large, what it measures, the words the speech used.
// Cards share no scale, so figures in different units (tonnes, containers) can stand together honestly.
import { escape } from '../../core/escape.ts';
import { formatValue, type Qualifier } from '../../core/format.ts';
import { measureText, wrapText } from '../../core/svg-text.ts';
import { attrs, commonDefaults, emptyChart, normalise, paint, r, svgDocument, textLines, type CommonOptions, type Rendered } from '../common/svg.ts';

export interface BigNumberDatum {
  key: string;
  value: number;
  /** Unit as in claims.csv ("hectares", "percent"…). Default "count". */
  unit?: string;
  /** "exact" | "more-than" | "about" | "up-to". Default "exact". */
  qualifier?: string;
  /** The big text; default formatValue({ value, unit, qualifier }): "more than 3 billion tenge". */
  valueLabel?: string;
  /** What the number measures, readable alone. */
  measure: string;
  /** Verbatim quote from the speech (shown in quotation marks). */
  quote: string;
}

export interface BigNumberOptions extends CommonOptions {
  /** Colour token of the accent rule. Default "c-blue". */
  colour: string;
  /** Most lines of the measure. Default 3. */
  measureLines: number;
  /** Most lines of the quote; a longer quote is cut with "…" (full text in <title>). Default 5. */
  quoteLines: number;
}

export const bigNumberDefaults: BigNumberOptions = {
  ...commonDefaults,
  colour: 'c-blue',
  measureLines: 3,
  quoteLines: 5,
};

/** Big-number cards, stacked. Empty data (or undefined) renders a "No data to show." SVG. */
export function bigNumber(data: BigNumberDatum | readonly BigNumberDatum[] | undefined, options?: Partial<BigNumberOptions>): Rendered {
  const o = normalise('bigNumber', bigNumberDefaults, options);
  const list: readonly BigNumberDatum[] = data === undefined ? [] : 'key' in data ? [data] : data;
  for (const d of list) {
    if (!Number.isFinite(d.value)) throw new Error(`bigNumber: value of "${d.key}" must be a finite number; received ${String(d.value)}.`);
  }
  if (list.length === 0) return emptyChart(o, 'big-number');
  let y = 2;
  const cards = list.map((d, i) => {
    // Two figures from one sentence show its quote once, under the last of them.
    const next = list[i + 1];
    const card = bigNumberCard(d, o, y, next !== undefined && next.quote === d.quote);
    y = card.bottom + 28;
    return card.svg;
  });
  return svgDocument({ options: o, kind: 'big-number', height: r(y - 28 + 4), body: cards.join('') });
}

function bigNumberCard(datum: BigNumberDatum, o: BigNumberOptions, top: number, skipQuote: boolean): { svg: string; bottom: number } {
  const fs = o.fontSize;
  const left = 18;
  const width = o.width - left - 2;
  const valueText = datum.valueLabel ?? formatValue({ value: datum.value, unit: datum.unit ?? 'count', qualifier: (datum.qualifier ?? 'exact') as Qualifier });
  // The number shrinks to one line rather than wrapping, so it reads as one figure.
  const big = Math.max(fs * 1.5, Math.min(fs * 3, Math.floor(width / (measureText(valueText, 1, true) || 1))));
  let y = top + big * 0.85;
  const value = `<text${attrs({ x: left, y, 'font-size': big, 'font-weight': 'bold' })}>${escape(valueText)}</text>`;
  const measureSize = Math.round(fs * 1.15);
  const measure = wrapText(datum.measure, width, measureSize, o.measureLines);
  y += measureSize * 1.5;
  const measureSvg = textLines(measure.lines, left, y, Math.round(measureSize * 1.3), { 'font-size': measureSize });
  y += (measure.lines.length - 1) * Math.round(measureSize * 1.3);
  let quoteSvg = '';
  if (!skipQuote) {
    y += fs * 1.9;
    const quote = wrapText(`“${datum.quote}”`, width, fs, o.quoteLines);
    const lh = Math.round(fs * 1.4);
    quoteSvg = textLines(quote.lines, left, y, lh, { 'font-style': 'italic', fill: paint('muted', o.palette) });
    y += (quote.lines.length - 1) * lh;
  }
  y += fs * 0.5;
  const rule = `<rect${attrs({ x: 1, y: top, width: 5, height: y - top, fill: paint(o.colour, o.palette) })}/>`;
  const title = `${valueText}: ${datum.measure}. “${datum.quote}”`;
  return { svg: `<g${attrs({ class: 'mark', 'data-key': datum.key })}><title>${escape(title)}</title>${rule}${value}${measureSvg}${quoteSvg}</g>`, bottom: y };
}
