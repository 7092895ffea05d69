// Countable things as squares: one square per unit (or per `per` units), styled so print keeps the meaning.
import { sum } from 'd3-array';
import { escape } from '../../core/escape.ts';
import { formatNumber } from '../../core/format.ts';
import { measureText, wrapText } from '../../core/svg-text.ts';
import { attrs, commonDefaults, emptyChart, normalise, paint, r, svgDocument, textLines, type CommonOptions, type Rendered } from '../common/svg.ts';

export type UnitStyle = 'filled' | 'outline' | 'hatched';

export interface UnitGroup {
  key: string;
  /** What the squares are: "modular medical posts this year (2022)". */
  label: string;
  /** Whole number of things, ≥ 0. */
  count: number;
  /** Text for the count; default options.format(count). */
  valueLabel?: string;
  /** Default "filled"; give groups of one chart different styles, not only different colours. */
  style?: UnitStyle;
  /** Colour token. Default options.colour. */
  colour?: string;
}

export interface UnitsOptions extends CommonOptions {
  format: (value: number) => string;
  /** "blocks": each group its own grid under a heading (things added up); "row": one grid, groups in order, with a legend (parts of one whole). Default "blocks". */
  layout: 'blocks' | 'row';
  /** Units per square; undefined picks 1, 10, 100… so no grid exceeds maxSquares. Default undefined. */
  per: number | undefined;
  /** Noun for the legend line "Each square = 10 villages". Default "units". */
  unitName: string;
  maxSquares: number;
  colour: string;
  /** Square side in px; undefined = 32 for up to 10 squares, else 18. Default undefined. */
  size: number | undefined;
  /** Space between squares in px. Default 5. */
  gap: number;
  labelLines: number;
}

export const unitsDefaults: UnitsOptions = {
  ...commonDefaults,
  format: formatNumber,
  layout: 'blocks',
  per: undefined,
  unitName: 'units',
  maxSquares: 200,
  colour: 'c-blue',
  size: undefined,
  gap: 5,
  labelLines: 2,
};

/** Unit (waffle) chart. Empty data or all-zero counts render a "No data to show." SVG. */
export function units(data: readonly UnitGroup[], options?: Partial<UnitsOptions>): Rendered {
  const o = normalise('units', unitsDefaults, options);
  for (const d of data) {
    if (!Number.isFinite(d.count) || d.count < 0) {
      throw new Error(`units: count of "${d.key}" must be a finite number ≥ 0; received ${String(d.count)}.`);
    }
  }
  const total = sum(data, (d) => d.count);
  if (data.length === 0 || total === 0) return emptyChart(o, 'units');
  const biggest = o.layout === 'row' ? total : Math.max(...data.map((d) => d.count));
  const per = o.per ?? 10 ** Math.max(0, Math.ceil(Math.log10(biggest / o.maxSquares)));

  const fs = o.fontSize;
  const lineHeight = Math.round(fs * 1.25);
  const size = o.size ?? (Math.ceil(biggest / per) <= 10 ? 32 : 18);
  const step = size + o.gap;
  const perRow = Math.max(1, Math.floor((o.width - 2 + o.gap) / step));
  const defs = new Set<string>();
  const fillOf = (d: UnitGroup): Record<string, string> => {
    const colour = paint(d.colour ?? o.colour, o.palette);
    const style = d.style ?? 'filled';
    if (style === 'filled') return { fill: colour };
    if (style === 'outline') return { fill: 'none', stroke: colour, 'stroke-width': '2' };
    const id = `${o.id}-hatch-${d.colour ?? o.colour}`;
    defs.add(`<pattern${attrs({ id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })}><rect${attrs({ width: 2.5, height: 6, fill: colour })}/></pattern>`);
    return { fill: `url(#${id})`, stroke: colour, 'stroke-width': '2' };
  };
  // Squares for `count` units starting at grid index `start`; the last one is narrower when count/per is not whole.
  const squares = (d: UnitGroup, start: number, top: number): string => {
    const whole = Math.floor(d.count / per);
    const fraction = d.count / per - whole;
    const style = fillOf(d);
    const out: string[] = [];
    const n = whole + (fraction > 0 ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const w = i === whole ? Math.max(2, size * fraction) : size;
      // Outlines are drawn 1px inside so their stroke stays within the square.
      const inset = style['stroke'] !== undefined ? 1 : 0;
      out.push(`<rect${attrs({ x: 1 + (k % perRow) * step + inset, y: top + Math.floor(k / perRow) * step + inset, width: w - 2 * inset, height: size - 2 * inset, rx: 2, ...style })}/>`);
    }
    return out.join('');
  };
  const rowsOf = (count: number): number => Math.ceil(Math.ceil(count / per) / perRow);

  let y = 2;
  const body: string[] = [];
  if (o.layout === 'blocks') {
    for (const d of data) {
      const big = Math.round(fs * 1.7);
      const valueText = d.valueLabel ?? o.format(d.count);
      const vw = measureText(valueText, big, true) + 10;
      const wrapped = wrapText(d.label, o.width - vw - 2, fs, o.labelLines);
      const heading = `<text${attrs({ x: 1, y: y + big * 0.8, 'font-size': big, 'font-weight': 'bold' })}>${escape(valueText)}</text>${textLines(wrapped.lines, vw + 1, y + big * 0.8, lineHeight)}`;
      y += Math.max(big, big * 0.8 + (wrapped.lines.length - 1) * lineHeight + fs * 0.3) + 8;
      const grid = squares(d, 0, y);
      y += rowsOf(d.count) * step - o.gap + 22;
      body.push(`<g${attrs({ class: 'mark', 'data-key': d.key })}><title>${escape(`${valueText} ${d.label}`)}</title>${heading}${grid}</g>`);
    }
    y -= 22;
  } else {
    let start = 0;
    const grids = data.map((d) => {
      const g = squares(d, start, y);
      start += Math.ceil(d.count / per);
      return g;
    });
    y += Math.ceil(start / perRow) * step - o.gap + 14;
    // Legend: one swatch per group in the same style as its squares.
    data.forEach((d, i) => {
      const valueText = d.valueLabel ?? o.format(d.count);
      const style = fillOf(d);
      const wrapped = wrapText(`${valueText} ${d.label}`, o.width - 26, fs, o.labelLines);
      const inset = style['stroke'] !== undefined ? 1 : 0;
      const swatch = `<rect${attrs({ x: 1 + inset, y: y + inset, width: 16 - 2 * inset, height: 16 - 2 * inset, rx: 2, ...style })}/>`;
      body.push(`<g${attrs({ class: 'mark', 'data-key': d.key })}><title>${escape(`${valueText} ${d.label}`)}</title>${grids[i] ?? ''}${swatch}${textLines(wrapped.lines, 24, y + 12.5, lineHeight)}</g>`);
      y += Math.max(16, wrapped.lines.length * lineHeight) + 6;
    });
    y -= 6;
  }
  if (per > 1) {
    y += 8;
    body.push(`<text${attrs({ x: 1, y: y + fs, fill: paint('muted', o.palette) })}>${escape(`Each square = ${o.format(per)} ${o.unitName}`)}</text>`);
    y += fs + 4;
  }
  const defsSvg = defs.size > 0 ? `<defs>${[...defs].join('')}</defs>` : '';
  return svgDocument({ options: o, kind: 'units', height: r(y + 2), body: `${defsSvg}${body.join('')}` });
}
