// Turns zod issues into Problems an editor can act on: the column or JSON path, the value, what was expected, the fix.
import type { z } from 'zod';
import type { Problem } from './builder.ts';
import { formatPath, type JsonPath } from './json.ts';
import { suggestIds } from '../../src/core/suggest-ids.ts';

/** camelCase → snake_case, to name a CSV column or JSON key from a schema path. */
export const toSnake = (key: string): string => key.replace(/[A-Z]/gu, (c) => `_${c.toLowerCase()}`);
/** snake_case → camelCase, to feed CSV columns and JSON keys to the camelCase schemas. */
export const toCamel = (key: string): string => key.replace(/_([a-z0-9])/gu, (_, c: string) => c.toUpperCase());

/** Renames the keys of plain objects, at every depth, to camelCase. */
export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (typeof value !== 'object' || value === null) return value;
  // Nested objects too: follow-up evidence entries carry snake_case keys of their own.
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [toCamel(key), camelKeys(v)]));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text in double quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

function describe(input: unknown): string {
  if (input === undefined) return 'nothing (the property is missing)';
  return typeof input === 'string' ? input : JSON.stringify(input);
}

export interface IssueSite {
  file: string;
  /** The CSV record's line, when every issue is in one record. */
  line?: number;
  /** For JSON files: the line of the value at a path. */
  lineOf?: (path: JsonPath) => number | undefined;
  /** Prefix of the path inside the file (`[3]` for the fourth element of an array file). */
  prefix?: JsonPath;
  /** Keys the schema knows, to suggest the one meant when an unknown key appears. */
  knownKeys?: readonly string[];
}

/** One Problem per zod issue; a failed union reports the branch that came closest. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], site: IssueSite): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return issuesToProblems(closest.map((i) => ({ ...i, path: [...issue.path, ...i.path] })), site);
    }
    const path = [...(site.prefix ?? []), ...issue.path.map((key) => (typeof key === 'string' ? toSnake(key) : key))];
    const line = site.lineOf?.(path) ?? site.line;
    const base: Problem = { file: site.file, expected: issue.message };
    if (line !== undefined) base.line = line;
    if (path.length > 0) base.field = formatPath(path);
    const input: unknown = 'input' in issue ? issue.input : undefined;
    switch (issue.code) {
      case 'custom': {
        const hint: unknown = issue.params?.['hint'];
        return [{ ...base, received: describe(input), ...(typeof hint === 'string' ? { hint } : {}) }];
      }
      case 'invalid_type':
        return [{ ...base, received: describe(input), expected: TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`,
          ...(input === undefined ? { hint: 'Add the property (see data/README.md).' } : {}) }];
      case 'invalid_value': {
        const close = suggestIds(describe(input), issue.values.map(String), 2);
        return [{ ...base, received: describe(input), expected: `one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          ...(close.length > 0 ? { hint: `Did you mean ${close.join(' or ')}?` } : {}) }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => {
          const close = suggestIds(key, (site.knownKeys ?? []).map(toSnake), 1);
          const keyLine = site.lineOf?.([...path, key]);
          return { ...base, ...(keyLine === undefined ? {} : { line: keyLine }), field: formatPath([...path, key]), received: key, expected: `only the documented properties${site.knownKeys ? ` (${site.knownKeys.map(toSnake).join(', ')})` : ''}`,
            hint: close.length > 0 ? `Did you mean ${close.join('')}? Rename the property.` : 'Remove the property or fix its name.' };
        });
      default:
        return [{ ...base, received: describe(input) }];
    }
  });
}
