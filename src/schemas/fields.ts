// Cell parsers shared by every dataset schema: a CSV cell (or JSON string) in, a typed value out.
// A failure is a custom issue whose message says what was expected and whose params.hint says how to fix it.
import { z } from 'zod';
import { suggestIds } from '../core/suggest-ids.ts';

type Checked<T> = { ok: true; value: T } | { ok: false; expected: string; hint?: string };

/** Wraps a check into a string schema that reports `expected` and `hint` on failure. */
export function cell<T>(check: (raw: string) => Checked<T>) {
  return z.string().transform((raw, ctx): T => {
    const result = check(raw);
    if (result.ok) return result.value;
    ctx.issues.push({ code: 'custom', message: result.expected, input: raw, params: { hint: result.hint } });
    return z.NEVER;
  });
}

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/u;
const ID_EXPECTED = 'an id in lowercase kebab-case ASCII (a-z, 0-9, single hyphens between words)';

/** The kebab-case spelling of a free text, for "Fix: write …" hints. */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

function checkId(raw: string): Checked<string> {
  if (ID_PATTERN.test(raw)) return { ok: true, value: raw };
  const fixed = kebab(raw);
  return { ok: false, expected: ID_EXPECTED, hint: fixed === '' ? 'Write an id such as tekeli or sugar-factory.' : `Fix: write ${fixed}.` };
}

/** A required id. */
export const id = () =>
  cell((raw) => (raw === '' ? { ok: false, expected: ID_EXPECTED, hint: 'This cell must not be empty.' } : checkId(raw)));

/** An optional id: empty means none (null). */
export const optionalId = () => cell((raw): Checked<string | null> => (raw === '' ? { ok: true, value: null } : checkId(raw)));

/** A `;`-separated list of ids with no spaces; empty means an empty list. */
export const idList = () =>
  cell((raw): Checked<string[]> => {
    if (raw === '') return { ok: true, value: [] };
    const items = raw.split(';');
    const bad = items.filter((item) => !ID_PATTERN.test(item));
    if (bad.length > 0) {
      const fixed = items.map(kebab).filter((item) => item !== '').join(';');
      return { ok: false, expected: `a list of ids separated by ";" with no spaces (${ID_EXPECTED})`, hint: `Fix: write ${fixed}.` };
    }
    const repeated = items.filter((item, i) => items.indexOf(item) !== i);
    if (repeated.length > 0) {
      return { ok: false, expected: 'each id once in the list', hint: `Remove the repeated ${repeated.join(', ')}.` };
    }
    return { ok: true, value: items };
  });

/** Required free text. */
export const text = () =>
  cell((raw) => (raw.trim() === '' ? { ok: false, expected: 'a text (this cell must not be empty)' } : { ok: true, value: raw.trim() }));

/** Optional free text: empty means not given (null). */
export const optionalText = () => cell((raw) => ({ ok: true, value: raw.trim() === '' ? null : raw.trim() }));

const NUMBER_EXPECTED = 'a plain number (digits, optional decimal point, no spaces or separators)';

/** A plain non-negative number: digits with an optional decimal part, no separators or units. */
export const plainNumber = () =>
  cell((raw): Checked<number> => {
    if (/^\d+(\.\d+)?$/u.test(raw)) return { ok: true, value: Number(raw) };
    const digits = raw.replace(/[\s,_'\u00a0\u202f]/gu, '');
    if (/^\d+(\.\d+)?$/u.test(digits)) return { ok: false, expected: NUMBER_EXPECTED, hint: `Fix: write ${digits}.` };
    if (raw === '') return { ok: false, expected: NUMBER_EXPECTED, hint: 'This cell must not be empty.' };
    return {
      ok: false,
      expected: NUMBER_EXPECTED,
      hint: 'Write the number in base units with no words or symbols: 12 billion → 12000000000, 70% → 70 (unit percent).',
    };
  });

/** A positive whole number (an order). */
export const wholeNumber = () =>
  cell((raw): Checked<number> =>
    /^[1-9]\d*$/u.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, expected: 'a whole number from 1 up (digits only)' },
  );

/** An optional four-digit year. */
export const optionalYear = () =>
  cell((raw): Checked<number | null> => {
    if (raw === '') return { ok: true, value: null };
    const year = Number(raw);
    if (/^\d{4}$/u.test(raw) && year >= 1990 && year <= 2100) return { ok: true, value: year };
    return { ok: false, expected: 'a four-digit year between 1990 and 2100, or an empty cell', hint: 'Write the year alone, e.g. 2025.' };
  });

/** True for `YYYY-MM-DD` naming a day the calendar has (Date.parse alone rolls 2022-02-30 over to 2 March). */
export const isCalendarDate = (raw: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(raw)) return false;
  const day = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(raw);
};

const DATE_HINT = 'E.g. 2024-05-31; check the month has that day.';

/** A required calendar date `YYYY-MM-DD`. */
export const date = () =>
  cell((raw): Checked<string> => (isCalendarDate(raw) ? { ok: true, value: raw } : { ok: false, expected: 'a real date written YYYY-MM-DD', hint: DATE_HINT }));

/** An optional calendar date `YYYY-MM-DD`. */
export const optionalDate = () =>
  cell((raw): Checked<string | null> => {
    if (raw === '') return { ok: true, value: null };
    return isCalendarDate(raw) ? { ok: true, value: raw } : { ok: false, expected: 'a real date written YYYY-MM-DD', hint: DATE_HINT };
  });

/** An optional https URL. */
export const optionalHttpsUrl = () =>
  cell((raw): Checked<string | null> => {
    if (raw === '') return { ok: true, value: null };
    return URL.canParse(raw) && raw.startsWith('https://')
      ? { ok: true, value: raw }
      : { ok: false, expected: 'a full https:// URL', hint: 'Paste the address of the page that shows the status.' };
  });

function checkOneOf<const T extends readonly string[]>(values: T, raw: string): Checked<T[number]> {
  if ((values as readonly string[]).includes(raw)) return { ok: true, value: raw as T[number] };
  const close = suggestIds(raw, values, 2);
  return {
    ok: false,
    expected: `one of: ${values.join(', ')}`,
    hint: close.length > 0 ? `Did you mean ${close.join(' or ')}?` : `Write one of the values exactly as listed.`,
  };
}

/** One value of a fixed list, written exactly. */
export const oneOf = <const T extends readonly string[]>(values: T) => cell((raw) => checkOneOf(values, raw));

/** One value of a fixed list, or `fallback` when the cell is empty. */
export const oneOfOr = <const T extends readonly string[]>(values: T, fallback: T[number]) =>
  cell((raw) => (raw === '' ? { ok: true, value: fallback } : checkOneOf(values, raw)));

const SELECTOR_EXPECTED = 'a selector property=value, conditions joined by & (e.g. osm_id=241679356, name=Lake Balkhash, name=Ile&featurecla=River)';

function checkSelector(raw: string): Checked<string> {
  const valid = raw.split('&').every((part) => {
    const at = part.indexOf('=');
    return at > 0 && at < part.length - 1;
  });
  return valid ? { ok: true, value: raw } : { ok: false, expected: SELECTOR_EXPECTED };
}

/** A `property=value` selector (conditions joined by `&`) that picks one feature of a GeoJSON input. */
export const selector = () => cell(checkSelector);

/** An optional selector: empty means none (null). */
export const optionalSelector = () =>
  cell((raw): Checked<string | null> => (raw === '' ? { ok: true, value: null } : checkSelector(raw)));
