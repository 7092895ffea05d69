// Number formatting for chart labels and axes; words for big numbers so "12 billion" reads aloud.
// Claim figures (value + unit) defer to src/lib/format.ts so a chart and the prose never disagree.
import { format } from 'd3-format';
import { formatValue as formatClaim } from '../core/format.ts';
import type { Claim } from '../schemas/claim.ts';

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

/** A value with its unit as a reader says it, exactly as the rest of the site writes claims (src/lib/format.ts). */
export function formatValue(value: number, unit: string, qualifier = 'exact'): string {
  return formatClaim({ value, unit: unit as Claim['unit'], qualifier: qualifier as Claim['qualifier'] });
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
