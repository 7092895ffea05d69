// Number formatting for chart labels and axes; words for big numbers so "12 billion" reads aloud.
import { format } from 'd3-format';

const grouped = format(',~r');
const plain = format(',~f');

const scales: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 100000 → "100,000"; 12000000000 → "12 billion"; 1.5 → "1.5"; large values keep ≤ 3 significant digits. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`formatNumber: expected a finite number, received ${String(n)}.`);
  const abs = Math.abs(n);
  for (const [size, word] of scales) {
    if (abs >= size) return `${grouped(Number((n / size).toPrecision(3)))} ${word}`;
  }
  return plain(Number(n.toFixed(2)));
}

const singular: Record<string, string> = {
  hectares: 'hectare', tonnes: 'tonne', containers: 'container', people: 'person', jobs: 'job',
  projects: 'project', facilities: 'facility', factories: 'factory', villages: 'village',
  districts: 'district', posts: 'post', years: 'year', months: 'month', universities: 'university',
};
const qualifiers: Record<string, string> = { exact: '', 'more-than': 'more than ', about: 'about ', 'up-to': 'up to ' };

/** A value with its unit as a reader says it: "70%", "12 billion tenge", "more than 7,000 jobs". */
export function formatValue(value: number, unit: string, qualifier = 'exact'): string {
  const prefix = qualifiers[qualifier] ?? '';
  const n = formatNumber(value);
  if (unit === 'percent') return `${prefix}${n}%`;
  if (unit === 'count' || unit === '') return `${prefix}${n}`;
  if (unit === 'km') return `${prefix}${n} km`;
  const word = value === 1 ? (singular[unit] ?? unit) : unit;
  return `${prefix}${n} ${word}`;
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
