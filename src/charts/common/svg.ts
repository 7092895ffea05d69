// The SVG frame every chart shares: responsive viewBox, accessible name, escaped text, stable numbers.
import { escape } from '../../core/escape.ts';

/** Options every chart accepts; each chart adds its own and normalises once with `normalise`. */
export interface CommonOptions {
  /** Prefix of element ids inside the SVG; must be unique on the page. Default "chart". */
  id: string;
  /** Accessible name, the SVG <title>. Required. */
  title: string;
  /** Longer text alternative, the SVG <desc>: say what the chart shows. Default: the title. */
  description: string;
  /** Width of the viewBox in px; text is laid out for this width. Default 640. */
  width: number;
  /** Base font size in px at that width. Default 14. */
  fontSize: number;
  /** Colour for each token name (e.g. {"c-blue": "#0072b2"}) when the SVG is used without tokens.css; default CSS variables. */
  palette: Readonly<Record<string, string>> | undefined;
}

export const commonDefaults: CommonOptions = {
  id: 'chart',
  title: '',
  description: '',
  width: 640,
  fontSize: 14,
  palette: undefined,
};

/** Merges `options` over `defaults` once, dropping undefined values, and checks the shared ones. */
export function normalise<T extends CommonOptions>(chart: string, defaults: T, options: Partial<T> | undefined): T {
  const merged: T = { ...defaults };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  if (!/^[A-Za-z][\w-]*$/.test(merged.id)) {
    throw new Error(`${chart}: options.id must start with a letter and hold only letters, digits, "-" or "_"; received "${merged.id}".`);
  }
  if (merged.title.trim() === '') {
    throw new Error(`${chart}: options.title is required; it is the accessible name of the chart (received an empty title).`);
  }
  if (!Number.isFinite(merged.width) || merged.width < 240) {
    throw new Error(`${chart}: options.width must be a number ≥ 240; received ${String(merged.width)}.`);
  }
  if (!Number.isFinite(merged.fontSize) || merged.fontSize < 10) {
    throw new Error(`${chart}: options.fontSize must be a number ≥ 10; received ${String(merged.fontSize)}.`);
  }
  if (merged.description.trim() === '') merged.description = merged.title;
  return merged;
}

/** Rounds a coordinate to one decimal so snapshots stay stable across platforms. */
export function r(n: number): number {
  return Math.round(n * 10) / 10 + 0;
}

/** Attribute list from an object: values escaped, undefined and false skipped, true as a bare name. */
export function attrs(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escape(typeof value === 'number' ? r(value) : value)}"`;
  }
  return out;
}

/** A design-token colour: the CSS variable, or the literal colour from `palette` when given. */
export function paint(token: string, palette: CommonOptions['palette']): string {
  return palette?.[token] ?? `var(--${token})`;
}

/** One <text> with escaped content and one <tspan> per line. */
export function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, extra: Readonly<Record<string, string | number | boolean | undefined>> = {}): string {
  if (lines.length === 0) return '';
  if (lines.length === 1) return `<text${attrs({ x, y, ...extra })}>${escape(lines[0] ?? '')}</text>`;
  const spans = lines.map((line, i) => `<tspan${attrs({ x, dy: i === 0 ? undefined : lineHeight })}>${escape(line)}</tspan>`);
  return `<text${attrs({ x, y, ...extra })}>${spans.join('')}</text>`;
}

export interface Frame {
  options: CommonOptions;
  /** Chart kind, used in the class name (`chart chart-bar`). */
  kind: string;
  height: number;
  body: string;
  /** True when marks inside are focusable: the SVG becomes a labelled group so they keep their names. */
  interactive?: boolean;
}

/** A drawn chart: its SVG and the viewBox size, so no caller reads the height back out of the markup. */
export interface Rendered {
  svg: string;
  width: number;
  height: number;
}

/** The outer <svg>: viewBox-sized (no fixed height), named by its <title> and <desc>. */
export function svgDocument({ options, kind, height, body, interactive = false }: Frame): Rendered {
  const { id, width, fontSize, palette } = options;
  const open = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${r(width)} ${r(height)}`,
    width: '100%',
    class: `chart chart-${kind}`,
    role: interactive ? 'group' : 'img',
    'aria-labelledby': interactive ? `${id}-title` : `${id}-title ${id}-desc`,
    'aria-describedby': interactive ? `${id}-desc` : undefined,
    'data-chart': kind,
    // tokens.css defines --font-chart on every page and embed, and PNGs and previews resolve it: the fallback is for a bare copy.
    'font-family': 'var(--font-chart, sans-serif)',
    'font-size': fontSize,
    fill: paint('fg', palette),
  })}>`;
  const svg = `${open}<title id="${escape(id)}-title">${escape(options.title)}</title><desc id="${escape(id)}-desc">${escape(options.description)}</desc>${body}</svg>`;
  return { svg, width: r(width), height: r(height) };
}

/** The documented rendering of empty data: a short SVG that says so, still named for screen readers. */
export function emptyChart(options: CommonOptions, kind: string, message = 'No data to show.'): Rendered {
  const height = options.fontSize * 3;
  const body = `<text${attrs({ x: 0, y: r(height / 2 + options.fontSize / 3), fill: paint('muted', options.palette) })}>${escape(message)}</text>`;
  return svgDocument({ options, kind, height, body });
}
