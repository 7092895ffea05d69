// Reads one curated file into validated rows: CSV or JSON, schema-checked, ids unique, every problem located.
import { join } from 'node:path';
import type { z } from 'zod';
import type { BuildContext, Problem, TableInfo } from './builder.ts';
import { parseCsv } from './csv.ts';
import { camelKeys, issuesToProblems, toSnake } from './issues.ts';
import { parseJson, type JsonDocument } from './json.ts';
import { displayPath } from './paths.ts';
import { readText as readStrict } from './text.ts';
import { suggestIds } from '../../src/core/suggest-ids.ts';

export interface Row<T> {
  /** Line of the row (CSV) or of the array element (JSON). */
  line: number;
  value: T;
}

export interface Table<T> extends TableInfo {
  /** Rows that passed the schema. */
  rows: Row<T>[];
  problems: Problem[];
}

type AnyObject = z.ZodObject;
/** The part of the build context a file reader needs. */
export type DataContext = Pick<BuildContext, 'root' | 'dataDir'>;

/** Reads a data file's text, or says which file is missing and what it must hold. */
function readText(ctx: DataContext, name: string, what: string): { file: string; text?: string; problem?: Problem } {
  const path = join(ctx.dataDir, name);
  const file = displayPath(ctx.root, path);
  const read = readStrict(path, file);
  if (read.text !== undefined) return { file, text: read.text };
  const hint = read.missing ? `Create it: ${what} (see data/README.md).` : read.problem?.hint ?? `Replace it with ${what} (see data/README.md).`;
  return { file, problem: { ...read.problem!, hint } };
}

/** Flags ids used by more than one row, naming the line that used it first. */
function duplicates(file: string, entries: { id: unknown; line: number; field: string }[]): { ids: Set<string>; problems: Problem[] } {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { id, line, field } of entries) {
    if (typeof id !== 'string' || id === '') continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, line);
    else problems.push({ file, line, field, received: id, expected: 'an id no other row uses', hint: `Line ${seen} already uses ${id}: rename one of them or merge the rows.` });
  }
  return { ids: new Set(first.keys()), problems };
}

/** Reads `data/<name>` as CSV whose columns are the schema's keys in snake_case. */
export function readCsvTable<S extends AnyObject>(ctx: DataContext, name: string, schema: S): Table<z.output<S>> {
  const keys = Object.keys(schema.shape);
  const columns = keys.map(toSnake);
  const { file, text, problem } = readText(ctx, name, `a CSV file with the header ${columns.join(',')}`);
  if (text === undefined) return { file, rows: [], ids: null, problems: problem ? [problem] : [] };
  const csv = parseCsv(text, file);
  const problems = [...csv.problems];
  const missing = columns.filter((c) => !csv.header.includes(c));
  for (const column of missing) {
    problems.push({ file, line: 1, field: column, received: csv.header.join(','), expected: `a column named ${column}`,
      hint: `The header must hold these columns: ${columns.join(',')}.` });
  }
  for (const column of csv.header.filter((c) => c !== '' && !columns.includes(c))) {
    const close = suggestIds(column, columns, 1);
    problems.push({ file, line: 1, field: column, received: column, expected: `only the columns ${columns.join(',')}`,
      hint: close.length > 0 ? `Did you mean ${close.join('')}? Rename the column.` : 'Remove the column.' });
  }
  const found = duplicates(file, [...csv.records, ...csv.misshapen].sort((a, b) => a.line - b.line).map((r) => ({ id: r.cells['id'], line: r.line, field: 'id' })));
  problems.push(...found.problems);
  // Ids of a file that could not be read to its end are unknown: references into it go unchecked.
  const ids = csv.complete && csv.header.includes('id') ? found.ids : null;
  // With a column missing every row would fail on it; the header problem says it once.
  if (missing.length > 0) return { file, rows: [], ids, problems };
  const rows: Row<z.output<S>>[] = [];
  for (const record of csv.records) {
    const input = Object.fromEntries(keys.map((key) => [key, record.cells[toSnake(key)]]));
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) rows.push({ line: record.line, value: result.data });
    else problems.push(...issuesToProblems(result.error.issues, { file, line: record.line, knownKeys: keys }));
  }
  return { file, rows, ids, problems };
}

function readJson(ctx: DataContext, name: string, what: string): { file: string; doc?: JsonDocument; problems: Problem[] } {
  const { file, text, problem } = readText(ctx, name, what);
  if (text === undefined) return { file, problems: problem ? [problem] : [] };
  const { doc, problems } = parseJson(text, file);
  return doc ? { file, doc, problems } : { file, problems };
}

/** Reads `data/<name>` as a JSON array of objects, each checked against `schema`. */
export function readJsonTable<S extends z.ZodType>(ctx: DataContext, name: string, schema: S, knownKeys: readonly string[]): Table<z.output<S>> {
  const { file, doc, problems } = readJson(ctx, name, 'a JSON array of objects');
  if (doc === undefined) return { file, rows: [], ids: null, problems };
  if (!Array.isArray(doc.value)) {
    return { file, rows: [], ids: null, problems: [{ file, line: 1, received: typeof doc.value, expected: 'a JSON array [ {…}, {…} ]' }] };
  }
  const items: unknown[] = doc.value;
  const line = (index: number): number => doc.lineOf([index]) ?? 1;
  const found = duplicates(file, items.map((item, index) => ({ id: (item as { id?: unknown } | null)?.id, line: line(index), field: `[${index}].id` })));
  problems.push(...found.problems);
  const rows: Row<z.output<S>>[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(camelKeys(item), { reportInput: true });
    if (result.success) rows.push({ line: line(index), value: result.data });
    else problems.push(...issuesToProblems(result.error.issues, { file, lineOf: doc.lineOf, prefix: [index], knownKeys }));
  });
  return { file, rows, ids: found.ids, problems };
}

/** Reads `data/<name>` as one JSON object checked against `schema`; value is null when it fails. */
export function readJsonObject<S extends AnyObject>(ctx: DataContext, name: string, schema: S): { file: string; value: z.output<S> | null; problems: Problem[]; lineOf: JsonDocument['lineOf'] } {
  const { file, doc, problems } = readJson(ctx, name, 'a JSON object');
  if (doc === undefined) return { file, value: null, problems, lineOf: () => undefined };
  const result = schema.safeParse(camelKeys(doc.value), { reportInput: true });
  if (result.success) return { file, value: result.data, problems, lineOf: doc.lineOf };
  const located = issuesToProblems(result.error.issues, { file, lineOf: doc.lineOf, knownKeys: Object.keys(schema.shape) });
  return { file, value: null, problems: [...problems, ...located], lineOf: doc.lineOf };
}
