// Reader-facing text for a claim's figure: "100,000 hectares", "70%", "12 billion tenge", "more than 7,000 jobs".
import type { Claim } from '../schemas/claim.ts';

type Unit = Claim['unit'];

const SINGULAR: Partial<Record<Unit, string>> = {
  hectares: 'hectare', tonnes: 'tonne', containers: 'container', people: 'person', jobs: 'job', projects: 'project',
  facilities: 'facility', factories: 'factory', villages: 'village', districts: 'district', posts: 'post', years: 'year',
  months: 'month', universities: 'university',
};

const QUALIFIER: Record<Claim['qualifier'], string> = { exact: '', 'more-than': 'more than ', about: 'about ', 'up-to': 'up to ' };

const digits = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A number with thousands separators: 100000 → "100,000". */
export const formatNumber = (value: number): string => digits.format(value);

// A scale word is used only when it loses nothing: 12000000000 → "12 billion", 1234567 stays in digits.
function scaled(value: number, unit: Unit): { text: string; scaled: boolean } {
  const scales: [number, string][] = [[1e9, 'billion'], [1e6, 'million'], ...(unit === 'km' ? [[1e3, 'thousand'] as [number, string]] : [])];
  for (const [size, word] of scales) {
    const n = value / size;
    if (n >= 1 && Math.round(n * 100) / 100 === n) return { text: `${formatNumber(n)} ${word}`, scaled: true };
  }
  return { text: formatNumber(value), scaled: false };
}

/** The figure of a claim as a reader sees it, with its qualifier and unit. */
export function formatValue(claim: Pick<Claim, 'value' | 'unit' | 'qualifier'>): string {
  const { value, unit, qualifier } = claim;
  const prefix = QUALIFIER[qualifier];
  if (unit === 'percent') return `${prefix}${formatNumber(value)}%`;
  const number = scaled(value, unit);
  if (unit === 'count') return `${prefix}${number.text}`;
  const word = value === 1 && !number.scaled ? (SINGULAR[unit] ?? unit) : unit;
  return `${prefix}${number.text} ${word}`;
}

/** The figure followed by what it measures, the unit said once: "3 districts where …", not "3 districts districts where …". */
export function formatFigure(claim: Pick<Claim, 'value' | 'unit' | 'qualifier' | 'measure'>): string {
  const figure = formatValue(claim);
  const { unit, measure } = claim;
  const first = measure.split(/\s/u)[0]?.toLowerCase() ?? '';
  const repeats = unit !== 'count' && unit !== 'percent' && (first === unit || first === SINGULAR[unit]);
  return repeats ? `${figure.slice(0, figure.length - figure.split(' ').at(-1)!.length).trimEnd()} ${measure}` : `${figure} ${measure}`;
}
