// Where a measure stands now against the target the speech sets for it, on one outlined scale.
import { escape } from '../../core/escape.ts';
import { formatNumber } from '../../core/format.ts';
import { measureText, wrapText } from '../../core/svg-text.ts';
import { attrs, commonDefaults, emptyChart, normalise, paint, r, svgDocument, textLines, type CommonOptions, type Rendered } from '../common/svg.ts';

export interface TargetDatum {
  key: string;
  /** What is measured: "Citizens doing physical culture and sport". */
  label: string;
  /** The target value. */
  target: number;
  /** Text at the target marker; default "Target: " + format(target). */
  targetLabel?: string;
  /** The current value; omit when the speech does not give it (the chart says so). */
  current?: number;
  /** Text under the current bar; default format(current). */
  currentLabel?: string;
  /** End of the scale. Default 100 for percentages (options.max), else the larger of target and current. */
  max?: number;
}

export interface CurrentVsTargetOptions extends CommonOptions {
  format: (value: number) => string;
  /** Default end of every scale; undefined = the larger of target and current. Default undefined. */
  max: number | undefined;
  /** Colour token of the current bar. Default "c-blue". */
  colour: string;
  /** Colour token of the target marker. Default "c-orange". */
  targetColour: string;
  /** Text shown when a row has no current value. */
  missingCurrent: string;
  barHeight: number;
  gap: number;
  labelLines: number;
}

export const currentVsTargetDefaults: CurrentVsTargetOptions = {
  ...commonDefaults,
  format: formatNumber,
  max: undefined,
  colour: 'c-blue',
  targetColour: 'c-orange',
  missingCurrent: 'Current level not given in the speech',
  barHeight: 20,
  gap: 24,
  labelLines: 2,
};

/** Current value against target, one scale per row. Empty data renders a "No data to show." SVG. */
export function currentVsTarget(data: readonly TargetDatum[], options?: Partial<CurrentVsTargetOptions>): Rendered {
  const o = normalise('currentVsTarget', currentVsTargetDefaults, options);
  for (const d of data) {
    for (const [field, value] of [['target', d.target], ['current', d.current], ['max', d.max ?? o.max]] as const) {
      if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
        throw new Error(`currentVsTarget: ${field} of "${d.key}" must be a finite number ≥ 0; received ${String(value)}.`);
      }
    }
  }
  if (data.length === 0) return emptyChart(o, 'current-vs-target');

  const fs = o.fontSize;
  const lineHeight = Math.round(fs * 1.25);
  const left = 1;
  const width = o.width - 2;
  let y = 2;
  const rows = data.map((d) => {
    const end = Math.max(d.max ?? o.max ?? 0, d.target, d.current ?? 0) || 1;
    const x = (v: number): number => left + (v / end) * width;
    const heading = wrapText(d.label, width, fs, o.labelLines, true);
    const headingSvg = textLines(heading.lines, left, y + fs, lineHeight, { 'font-weight': 'bold' });
    y += heading.lines.length * lineHeight + 6;

    // Target label above the bar, anchored so it never leaves the viewBox.
    const targetText = d.targetLabel ?? `Target: ${o.format(d.target)}`;
    const tx = x(d.target);
    const targetWidth = measureText(targetText, fs, true);
    const anchor = tx + targetWidth / 2 > o.width ? 'end' : tx - targetWidth / 2 < 0 ? 'start' : 'middle';
    const targetLabel = `<text${attrs({ x: tx, y: y + fs, 'text-anchor': anchor, 'font-weight': 'bold' })}>${escape(targetText)}</text>`;
    y += fs + 14;
    const barY = y;
    const whole = `<rect${attrs({ x: left, y: barY, width, height: o.barHeight, fill: 'none', stroke: paint('rule', o.palette) })}/>`;
    let currentSvg = '';
    let currentText = o.missingCurrent;
    if (d.current !== undefined) {
      currentText = d.currentLabel ?? o.format(d.current);
      const cw = x(d.current) - left;
      if (cw > 0) currentSvg += `<rect${attrs({ x: left, y: barY, width: cw, height: o.barHeight, fill: paint(o.colour, o.palette) })}/>`;
      const fits = x(d.current) - measureText(currentText, fs) >= 0;
      currentSvg += `<text${attrs({ x: x(d.current), y: barY + o.barHeight + fs + 4, 'text-anchor': fits ? 'end' : 'start' })}>${escape(currentText)}</text>`;
    } else {
      currentSvg = `<text${attrs({ x: left, y: barY + o.barHeight + fs + 4, fill: paint('muted', o.palette), 'font-style': 'italic' })}>${escape(currentText)}</text>`;
    }
    // The target marker: a dashed line across the bar with a downward triangle, distinct in print too.
    const mx = Math.min(Math.max(tx, 7), o.width - 7);
    const lx = Math.min(Math.max(tx, 2), o.width - 2);
    const marker = `<path${attrs({ d: `M${r(mx - 6)},${r(barY - 10)}h12l-6,7z`, fill: paint(o.targetColour, o.palette) })}/><line${attrs({ x1: lx, x2: lx, y1: barY - 2, y2: barY + o.barHeight + 2, stroke: paint(o.targetColour, o.palette), 'stroke-width': 3, 'stroke-dasharray': '4 2' })}/>`;
    y = barY + o.barHeight + fs + 4 + o.gap;
    const title = `${d.label}: ${d.current === undefined ? o.missingCurrent.toLowerCase() : currentText}; ${targetText}`;
    return `<g${attrs({ class: 'mark', 'data-key': d.key })}><title>${escape(title)}</title>${headingSvg}${targetLabel}${whole}${currentSvg}${marker}</g>`;
  });
  return svgDocument({ options: o, kind: 'current-vs-target', height: r(y - o.gap + 4), body: rows.join('') });
}
