// The one formatter of numbers, figures and dates, for prose, charts, maps, the tracker and the CSV alike.
// "100,000 hectares", "70%", "12 billion tenge", "more than 7,000 jobs", "31 Dec 2023".

/** How a figure is qualified in the speech (the claim schema's `qualifier`). */
export type Qualifier = 'exact' | 'more-than' | 'about' | 'up-to';

/** A figure as the datasets give it: its value, its unit ("hectares", "percent", "count", …) and its qualifier. */
export interface Figure {
  value: number;
  unit: string;
  qualifier: Qualifier;
}

const SINGULAR: Readonly<Record<string, string>> = {
  hectares: 'hectare', tonnes: 'tonne', containers: 'container', people: 'person', jobs: 'job', projects: 'project',
  facilities: 'facility', factories: 'factory', villages: 'village', districts: 'district', posts: 'post', years: 'year',
  months: 'month', universities: 'university',
};

const QUALIFIER: Record<Qualifier, string> = { exact: '', 'more-than': 'more than ', about: 'about ', 'up-to': 'up to ' };

/** Whether `text` is one of the qualifiers a figure can carry. */
const isQualifier = (text: string): text is Qualifier => Object.hasOwn(QUALIFIER, text);

const digits = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function finite(value: number): number {
  if (!Number.isFinite(value)) throw new Error(`formatNumber: expected a finite number, received ${String(value)}.`);
  return value;
}

// A scale word is used only when it loses nothing: 12000000000 → "12 billion", 1234567 stays in digits.
function scaled(value: number, unit: string): { text: string; scaled: boolean } {
  const scales: [number, string][] = [[1e9, 'billion'], [1e6, 'million'], ...(unit === 'km' ? [[1e3, 'thousand'] as [number, string]] : [])];
  for (const [size, word] of scales) {
    const n = finite(value) / size;
    if (n >= 1 && Math.round(n * 100) / 100 === n) return { text: `${digits.format(n)} ${word}`, scaled: true };
  }
  return { text: digits.format(finite(value)), scaled: false };
}

/** A bare number as the prose writes it: 100000 → "100,000", 12000000000 → "12 billion", 1234567 → "1,234,567", 2/3 → "0.67". */
export const formatNumber = (value: number): string => scaled(value, 'count').text;

/** The figure of a claim as a reader sees it, with its qualifier and unit. */
export function formatValue(figure: Figure): string {
  const { value, unit, qualifier } = figure;
  if (!isQualifier(qualifier)) throw new Error(`formatValue: expected a qualifier (${Object.keys(QUALIFIER).join(', ')}), received "${String(qualifier)}".`);
  const prefix = QUALIFIER[qualifier];
  if (unit === 'percent') return `${prefix}${digits.format(finite(value))}%`;
  const number = scaled(value, unit);
  if (unit === 'count') return `${prefix}${number.text}`;
  const word = value === 1 && !number.scaled ? (SINGULAR[unit] ?? unit) : unit;
  return `${prefix}${number.text} ${word}`;
}

/** The figure followed by what it measures, the unit said once: "3 districts where …", not "3 districts districts where …". */
export function formatFigure(figure: Figure & { measure: string }): string {
  const text = formatValue(figure);
  const { unit, measure } = figure;
  const first = measure.split(/\s/u)[0]?.toLowerCase() ?? '';
  const repeats = unit !== 'count' && unit !== 'percent' && (first === unit || first === SINGULAR[unit]);
  return repeats ? `${text.slice(0, text.length - text.split(' ').at(-1)!.length).trimEnd()} ${measure}` : `${text} ${measure}`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-12-31" → "31 Dec 2023"; throws on anything that is not a real ISO date. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = new Date(`${iso}T00:00:00Z`);
  if (m === null || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new Error(`formatDate: expected an ISO date YYYY-MM-DD, received "${iso}".`);
  }
  return `${date.getUTCDate()} ${months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}
