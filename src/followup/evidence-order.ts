// Orders reports newest first by the date they show; undated ones last, in the order they were recorded.
import type { Evidence } from '../schemas/followup.ts';

/** `YYYY-MM` sorts as the first day of its month. */
const sortKey = (published: string): string => (/^\d{4}-\d{2}$/u.test(published) ? `${published}-01` : /^\d{4}-\d{2}-\d{2}$/u.test(published) ? published : '');

/** A copy of `list`, newest first; "date not shown" last. */
export function byPublished<T extends Pick<Evidence, 'published'>>(list: readonly T[]): T[] {
  return list
    .map((e, i) => ({ e, i, key: sortKey(e.published) }))
    .sort((a, b) => (a.key === b.key ? a.i - b.i : a.key === '' ? 1 : b.key === '' ? -1 : b.key.localeCompare(a.key)))
    .map(({ e }) => e);
}
