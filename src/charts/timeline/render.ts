// Every instruction on one time axis from the meeting to its deadline; undated ones in their own lane.
import { scaleUtc } from 'd3-scale';
import { ascending, max } from 'd3-array';
import { escape } from '../../core/escape.ts';
import { formatDate } from '../../core/format.ts';
import { measureText, wrapText } from '../../core/svg-text.ts';
import { attrs, commonDefaults, emptyChart, normalise, paint, r, svgDocument, textLines, type CommonOptions, type Rendered } from '../common/svg.ts';

export type DeadlineKind = 'date' | 'urgent' | 'open' | 'none';

export interface TimelineItem {
  key: string;
  /** What is to be done: "Launch the idle sugar plant". */
  label: string;
  /** Resolved deadline YYYY-MM-DD when kind is "date", else null. */
  date: string | null;
  kind: DeadlineKind;
  /** The deadline as the speech words it: "next year", "as soon as possible". */
  said?: string;
  /** Extra line for the tooltip and accessible name, e.g. "Status: not yet checked". */
  note?: string;
}

export interface TimelineOptions extends CommonOptions {
  /** First day of the axis. Default "2022-01-01". */
  start: string;
  /** Last day of the axis; stretched to include `today`. Default "2026-12-31". */
  end: string;
  /** Day of the meeting, marked on the axis. Default "2022-10-20". */
  meeting: string;
  meetingLabel: string;
  /** The build date: deadlines before it are drawn as passed. Undefined = none marked passed (deterministic tests pass it). */
  today: string | undefined;
  /** Rows get tabindex="0" and a label for the tooltip script; the SVG becomes a labelled group. Default true. */
  interactive: boolean;
  /** Colour token of deadlines still ahead. Default "c-blue". */
  colour: string;
  /** Colour token of deadlines passed. Default "c-orange". */
  passedColour: string;
  /** Colour token of undated marks. Default "c-purple". */
  undatedColour: string;
  labelLines: number;
  /** Below this width labels go above their rows. Default 560. */
  narrowBelow: number;
  /** A muted note under the chart, e.g. what is left out. Default none. */
  footnote: string | undefined;
}

export const timelineDefaults: TimelineOptions = {
  ...commonDefaults,
  start: '2022-01-01',
  end: '2026-12-31',
  meeting: '2022-10-20',
  meetingLabel: 'Meeting',
  today: undefined,
  interactive: true,
  colour: 'c-blue',
  passedColour: 'c-orange',
  undatedColour: 'c-purple',
  labelLines: 3,
  narrowBelow: 560,
  footnote: undefined,
};

const kindText: Record<DeadlineKind, string> = { date: '', urgent: 'urgent, no date', open: 'in stages, no date', none: 'no deadline given' };

function day(iso: string, what: string): Date {
  const d = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw new Error(`timeline: ${what} must be an ISO date YYYY-MM-DD; received "${iso}".`);
  }
  return d;
}

/** Timeline of deadlines. Empty data renders a "No data to show." SVG. */
export function timeline(data: readonly TimelineItem[], options?: Partial<TimelineOptions>): Rendered {
  const o = normalise('timeline', timelineDefaults, options);
  const start = day(o.start, 'options.start');
  const today = o.today === undefined ? undefined : day(o.today, 'options.today');
  const meeting = day(o.meeting, 'options.meeting');
  const endOption = day(o.end, 'options.end');
  const end = today !== undefined && today > endOption ? today : endOption;
  for (const d of data) {
    if (d.kind === 'date' && d.date === null) throw new Error(`timeline: item "${d.key}" has kind "date" but no date; give date YYYY-MM-DD or another kind.`);
    if (d.kind !== 'date' && d.date !== null) throw new Error(`timeline: item "${d.key}" has kind "${d.kind}" and a date "${d.date}"; only kind "date" takes a date.`);
  }
  if (data.length === 0) return emptyChart(o, 'timeline');

  const fs = o.fontSize;
  const narrow = o.width < o.narrowBelow;
  // Narrow layouts are shown on phones at about their own size: small text stays closer to body size.
  const small = Math.max(12, fs - (narrow ? 1 : 2));
  const lh = Math.round(fs * 1.25);
  const dated = data.filter((d) => d.kind === 'date').map((d) => ({ d, at: day(d.date ?? '', `date of "${d.key}"`) }))
    .sort((a, b) => ascending(a.at, b.at) || ascending(a.d.label, b.d.label));
  const undated = data.filter((d) => d.kind !== 'date')
    .sort((a, b) => ascending(['urgent', 'open', 'none'].indexOf(a.kind), ['urgent', 'open', 'none'].indexOf(b.kind)) || ascending(a.label, b.label));
  const labelWidth = narrow ? o.width - 2 : Math.min(o.width * 0.42, (max(data, (d) => measureText(d.label, fs)) ?? 0) + 2);
  const plotLeft = narrow ? 8 : labelWidth + 20;
  const plotRight = o.width - 10;
  const x = scaleUtc().domain([start, end]).range([plotLeft, plotRight]);
  const ahead = paint(o.colour, o.palette);
  const passedPaint = paint(o.passedColour, o.palette);
  const undatedPaint = paint(o.undatedColour, o.palette);
  const muted = paint('muted', o.palette);
  const decor: string[] = [];
  // Narrow labels sit over the gridlines: a background-coloured box under each line keeps them legible.
  const backing = (lines: readonly string[], top: number): string => lines
    .map((line, i) => `<rect${attrs({ x: 0, y: top + i * lh, width: measureText(line, fs) + 4, height: lh, fill: paint('bg', o.palette) })}/>`)
    .join('');
  const rows: string[] = [];

  // A row: named for screen readers and the tooltip; when interactive, a transparent hit area shows hover and focus.
  const mark = (d: TimelineItem, parts: string, when: string, top: number, height: number): string => {
    const name = [d.label, when, d.note].filter((s) => s !== undefined && s !== '').join('. ');
    const focus = o.interactive ? { tabindex: '0', role: 'img', 'aria-label': name, 'data-tip': name } : {};
    const hit = o.interactive ? `<rect${attrs({ class: 'hit', x: 0, y: top - 3, width: o.width, height: height + 6, fill: 'transparent' })}/>` : '';
    return `<g${attrs({ class: 'mark', 'data-key': d.key, ...focus })}><title>${escape(name)}</title>${hit}${parts}</g>`;
  };
  const circle = (cx: number, cy: number, passed: boolean): string => passed
    ? `<circle${attrs({ cx, cy, r: 6, fill: passedPaint })}/>`
    : `<circle${attrs({ cx, cy, r: 5, fill: paint('bg', o.palette), stroke: ahead, 'stroke-width': 2.5 })}/>`;
  const diamond = (cx: number, cy: number, kind: DeadlineKind): string => kind === 'urgent'
    ? `<path${attrs({ d: `M${r(cx)},${r(cy - 7)}l7,7l-7,7l-7,-7z`, fill: undatedPaint })}/>`
    : kind === 'open'
      ? `<path${attrs({ d: `M${r(cx)},${r(cy - 6)}l6,6l-6,6l-6,-6z`, fill: 'none', stroke: undatedPaint, 'stroke-width': 2 })}/>`
      : `<line${attrs({ x1: cx - 6, x2: cx + 6, y1: cy, y2: cy, stroke: undatedPaint, 'stroke-width': 3 })}/>`;

  // Legend first, so the reader meets the encoding before the marks.
  let y = 2;
  const legend: Array<[string, string]> = [
    [circle(8, 0, false), o.today === undefined ? 'Deadline' : 'Deadline still ahead'],
    ...(o.today === undefined ? [] : [[circle(8, 0, true), `Deadline passed by ${formatDate(o.today)}`] as [string, string]]),
  ];
  if (undated.length > 0) legend.push([diamond(8, 0, 'urgent'), 'Urgent, no date'], [diamond(8, 0, 'open'), 'In stages, no date']);
  let lx = 0;
  for (const [symbol, text] of legend) {
    const w = 22 + measureText(text, small) + 18;
    if (lx > 0 && lx + w > o.width) {
      lx = 0;
      y += lh + 4;
    }
    decor.push(`<g${attrs({ transform: `translate(${r(lx)},${r(y + 8)})` })}>${symbol}<text${attrs({ x: 20, y: small * 0.35, 'font-size': small })}>${escape(text)}</text></g>`);
    lx += w;
  }
  y += lh + 14;

  if (dated.length > 0) {
    // Axis: year boundaries as gridlines, year numbers centred in their span.
    const axisY = y + fs;
    const years: number[] = [];
    for (let yr = start.getUTCFullYear(); yr <= end.getUTCFullYear(); yr++) years.push(yr);
    const top = axisY + 8;
    let rowY = top + 20;
    const rowTops = dated.map(({ d }) => {
      const lines = wrapText(d.label, labelWidth, fs, o.labelLines).lines.length;
      const h = narrow ? lines * lh + 20 : Math.max(20, lines * lh) + 10;
      const t = rowY;
      rowY += h;
      return t;
    });
    const bottom = rowY;
    for (const yr of years) {
      const a = new Date(Date.UTC(yr, 0, 1));
      const b = new Date(Date.UTC(yr + 1, 0, 1));
      const xa = Math.max(plotLeft, x(a));
      const xb = Math.min(plotRight, x(b));
      if (xb - xa < 10) continue;
      if (a >= start) decor.push(`<line${attrs({ x1: xa, x2: xa, y1: top, y2: bottom, stroke: paint('grid', o.palette) })}/>`);
      decor.push(`<text${attrs({ x: (xa + xb) / 2, y: axisY, 'text-anchor': 'middle', 'font-size': small, fill: muted })}>${yr}</text>`);
    }
    decor.push(`<line${attrs({ x1: plotLeft, x2: plotRight, y1: top, y2: top, stroke: paint('rule', o.palette) })}/>`);
    // Meeting and today as labelled vertical rules; the labels sit just under the axis line.
    const xm = x(meeting);
    decor.push(`<line${attrs({ x1: xm, x2: xm, y1: top, y2: bottom, stroke: paint('fg', o.palette), 'stroke-width': 1.5 })}/>`);
    decor.push(`<text${attrs({ x: xm + 4, y: top + small + 2, 'font-size': small, 'font-weight': 'bold' })}>${escape(`${o.meetingLabel} ${formatDate(o.meeting)}`)}</text>`);
    if (today !== undefined) {
      // Today's label goes under the rows so it never collides with the meeting's.
      const xt = x(today);
      const label = `Today ${formatDate(o.today ?? '')}`;
      const w = measureText(label, small);
      const lxT = Math.min(Math.max(xt - w / 2, 1), o.width - w - 1);
      decor.push(`<line${attrs({ x1: xt, x2: xt, y1: top, y2: bottom + 4, stroke: paint('fg', o.palette), 'stroke-dasharray': '3 3' })}/>`);
      decor.push(`<text${attrs({ x: lxT, y: bottom + small + 6, 'font-size': small })}>${escape(label)}</text>`);
    }
    dated.forEach(({ d, at }, i) => {
      const t = rowTops[i] ?? 0;
      const wrapped = wrapText(d.label, labelWidth, fs, o.labelLines);
      const passed = today !== undefined && at < today;
      const cy = narrow ? t + wrapped.lines.length * lh + 8 : t + Math.max(20, wrapped.lines.length * lh) / 2;
      const label = narrow
        ? `${backing(wrapped.lines, t + 1)}${textLines(wrapped.lines, 1, t + fs, lh)}`
        : textLines(wrapped.lines, labelWidth, cy - ((wrapped.lines.length - 1) * lh) / 2 + fs * 0.35, lh, { 'text-anchor': 'end' });
      const span = `<line${attrs({ x1: xm, x2: x(at), y1: cy, y2: cy, stroke: paint('rule', o.palette), 'stroke-width': 2 })}/>`;
      const said = d.said !== undefined && d.said !== '' ? `${d.said}: ` : '';
      const when = `Deadline ${said}${formatDate(d.date ?? '')}${passed ? ', passed' : ''}`;
      const h = (rowTops[i + 1] ?? bottom) - t - 6;
      rows.push(mark(d, `${label}${span}${circle(x(at), cy, passed)}`, when, t, h));
    });
    y = bottom + (today !== undefined ? small + 24 : 16);
  }

  if (undated.length > 0) {
    decor.push(`<text${attrs({ x: 1, y: y + fs, 'font-weight': 'bold' })}>No date given in the speech</text>`);
    decor.push(`<line${attrs({ x1: 1, x2: o.width - 1, y1: y + fs + 8, y2: y + fs + 8, stroke: paint('rule', o.palette) })}/>`);
    y += fs + 18;
    for (const d of undated) {
      const wrapped = wrapText(d.label, labelWidth, fs, o.labelLines);
      const h = Math.max(20, wrapped.lines.length * lh);
      const said = d.said !== undefined && d.said !== '' ? d.said : kindText[d.kind];
      let parts: string;
      const top = y;
      if (narrow) {
        const cy = y + wrapped.lines.length * lh + 8;
        parts = `${textLines(wrapped.lines, 1, y + fs, lh)}${diamond(9, cy, d.kind)}<text${attrs({ x: 22, y: cy + small * 0.35, 'font-size': small, fill: muted })}>${escape(said)}</text>`;
        y = cy + 18;
      } else {
        const cy = y + h / 2;
        parts = `${textLines(wrapped.lines, labelWidth, cy - ((wrapped.lines.length - 1) * lh) / 2 + fs * 0.35, lh, { 'text-anchor': 'end' })}${diamond(plotLeft, cy, d.kind)}<text${attrs({ x: plotLeft + 14, y: cy + fs * 0.35, fill: muted })}>${escape(said)}</text>`;
        y += h + 10;
      }
      rows.push(mark(d, parts, `No date: ${said}`, top, y - top - 10));
    }
  }
  if (o.footnote !== undefined) {
    const note = wrapText(o.footnote, o.width - 2, small, 4);
    y += 8;
    decor.push(textLines(note.lines, 1, y + small, Math.round(small * 1.3), { 'font-size': small, fill: muted }));
    y += note.lines.length * Math.round(small * 1.3);
  }
  const hidden = `<g aria-hidden="true">${decor.join('')}</g>`;
  return svgDocument({ options: o, kind: 'timeline', height: r(y + 2), body: `${hidden}${rows.join('')}`, interactive: o.interactive });
}
