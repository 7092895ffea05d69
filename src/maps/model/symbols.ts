// One symbology for the static SVG, the live map and the legend, so all three always agree.
// Colours are design-token names (tokens.css); each renderer turns them into CSS variables or values.

export type RouteKind = 'highway' | 'gas-pipeline' | 'oil-pipeline' | 'railway';
export type RouteState = 'existing' | 'planned' | 'under-construction' | 'to-repair';

export interface LineSymbol {
  /** Token name of the stroke colour. */
  colour: string;
  /** Width in CSS px at the reference size (zoom 6 / a 720-px-wide static map). */
  width: number;
  /** Dash pattern in multiples of the width; empty = solid. */
  dash: readonly number[];
  /** Cross ticks drawn over the line (the railway symbol): a wider stroke, dashed in multiples of its width. */
  ticks?: { width: number; dash: readonly number[] };
}

export const ROUTE_KIND_COLOUR: Record<RouteKind, string> = {
  highway: 'c-orange',
  // Not blue: blue is water on every map.
  'gas-pipeline': 'c-yellow',
  'oil-pipeline': 'c-purple',
  railway: 'fg',
};

export const ROUTE_KIND_LABEL: Record<RouteKind, string> = {
  highway: 'Highway',
  'gas-pipeline': 'Gas pipeline',
  'oil-pipeline': 'Oil pipeline',
  railway: 'Railway',
};

export const ROUTE_STATE_LABEL: Record<RouteState, string> = {
  existing: 'existing',
  planned: 'planned',
  'under-construction': 'under construction',
  'to-repair': 'to be repaired',
};

const STATE_DASH: Record<RouteState, readonly number[]> = {
  existing: [],
  planned: [1, 1.5],
  'under-construction': [3, 1.5],
  'to-repair': [],
};

/** Highlighted routes are the ones the map is about; the rest are thin context. */
export function routeSymbol(kind: RouteKind, state: RouteState, highlighted: boolean): LineSymbol {
  const colour = state === 'to-repair' ? 'c-red' : ROUTE_KIND_COLOUR[kind];
  const base = kind === 'railway' ? 1.2 : 2;
  const width = highlighted ? base * 1.6 : base * 0.7;
  // Context pipelines keep their kind's colour (thin), so other gas and other oil lines stay apart.
  const context = kind.endsWith('pipeline') ? ROUTE_KIND_COLOUR[kind] : 'c-neutral';
  const symbol: LineSymbol = { colour: highlighted ? colour : context, width, dash: STATE_DASH[state] };
  if (kind === 'railway') symbol.ticks = { width: width * 4, dash: [0.25, 2.5] };
  return symbol;
}

export const BORDER_SYMBOL: Record<'international' | 'region' | 'district' | 'outline', LineSymbol> = {
  international: { colour: 'muted', width: 1.2, dash: [4, 2, 1, 2] },
  region: { colour: 'rule', width: 0.7, dash: [3, 2] },
  district: { colour: 'rule', width: 0.8, dash: [] },
  outline: { colour: 'fg', width: 1.6, dash: [] },
};

/** Fill tokens of the base map. */
export const AREA = {
  /** Everything outside Kazakhstan. */
  outside: 'surface',
  /** Kazakhstan's other regions. */
  region: 'bg',
  /** Zhetysu's districts, not highlighted. */
  district: 'bg',
  /** Districts a topic map is about: the quote-highlight colour, so accent lines stay visible on it. */
  highlight: 'highlight',
  /** Opaque, drawn above the district fills: one colour for every lake whatever lies beneath. */
  water: 'water',
  /** Rivers and water labels. */
  waterLine: 'c-sky',
} as const;

/** Class breaks for "how many instructions name this district or place". */
export const COUNT_BREAKS = [1, 2, 4, 8] as const;

/** Fill opacity of the accent colour per count class (0, 1, 2–3, 4–7, 8+): steps far enough apart to tell in dark mode too. */
export const COUNT_OPACITY = [0, 0.2, 0.42, 0.66, 0.92] as const;

/** Class of a count: 0 for none, then one per break reached. */
export function countClass(count: number): number {
  let step = 0;
  for (const b of COUNT_BREAKS) if (count >= b) step++;
  return step;
}

/** Fill opacity of the accent colour for a count (0 for none). */
export function countOpacity(count: number): number {
  return COUNT_OPACITY[countClass(count)]!;
}

/** Label of a count class, for the legend: "0", "1", "2–3", "4–7", "8 or more" (class 0 is none). */
export function countClassLabel(i: number): string {
  if (i < 0) return '0';
  const lo = COUNT_BREAKS[i]!;
  const hi = COUNT_BREAKS[i + 1];
  if (hi === undefined) return `${lo} or more`;
  return hi - 1 === lo ? String(lo) : `${lo}–${hi - 1}`;
}
