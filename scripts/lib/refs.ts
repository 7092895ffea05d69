// Cross-reference checks: every id a row names must exist, and the error suggests the ids meant.
import type { Problem, TableInfo } from './builder.ts';
import type { Row } from './table.ts';
import { suggestIds } from '../../src/core/suggest-ids.ts';

/** What a reference must point into. */
export interface RefTarget {
  /** Singular noun for messages: "place". */
  what: string;
  /** The file that defines the ids. */
  file: string;
  /** Valid ids; null when that file could not be read (then nothing is checked, to avoid a cascade). */
  ids: ReadonlySet<string> | null;
  /** Values accepted besides the ids (e.g. `not-named`). */
  also?: readonly string[];
}

/** The target for a table's ids. */
export const targetOf = (table: Pick<TableInfo, 'file' | 'ids'>, what: string, also?: readonly string[]): RefTarget =>
  also ? { what, file: table.file, ids: table.ids, also } : { what, file: table.file, ids: table.ids };

/** A problem when `value` is not an id of `target`, else null. */
export function refProblem(at: { file: string; line: number; field: string }, value: string, target: RefTarget): Problem | null {
  if (target.ids === null || target.ids.has(value) || target.also?.includes(value)) return null;
  const close = suggestIds(value, [...target.ids, ...(target.also ?? [])]);
  const known = [...target.ids].sort();
  const listed = known.length === 0 ? 'none yet' : `${known.slice(0, 12).join(', ')}${known.length > 12 ? `, … (${known.length} in all)` : ''}`;
  const hint =
    close.length > 0
      ? `Did you mean ${close.join(' or ')}? Otherwise add a row for ${value} to ${target.file}.`
      : `No ${target.what} id is close. Known ids: ${listed}. Add a row for ${value} to ${target.file} if it is new.`;
  const article = /^[aeiou]/u.test(target.what) ? 'an' : 'a';
  return { ...at, received: value, expected: `${article} ${target.what} id from ${target.file}`, hint };
}

/** Checks one CSV column of every row: `get` returns the ids the row names there. */
export function checkColumn<T>(file: string, rows: readonly Row<T>[], column: string, get: (row: T) => string | null | readonly string[], target: RefTarget): Problem[] {
  const problems: Problem[] = [];
  for (const row of rows) {
    const value = get(row.value);
    const values = value === null ? [] : typeof value === 'string' ? [value] : value;
    for (const v of values) {
      const problem = refProblem({ file, line: row.line, field: column }, v, target);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
