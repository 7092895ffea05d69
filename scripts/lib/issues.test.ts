import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { claim } from '../../src/schemas/claim.ts';
import { followup } from '../../src/schemas/followup.ts';
import { input } from '../../src/schemas/input.ts';
import { route } from '../../src/schemas/route.ts';
import { camelKeys, issuesToProblems, toCamel, toSnake } from './issues.ts';
import { formatProblem } from './report.ts';

const claimRow = {
  id: 'unused-land', value: '100000', unit: 'hectares', qualifier: 'exact', basis: 'stated', measure: 'unused land', asOf: '2022', sinceYear: '', targetYear: '',
  topic: 'land', districts: '', places: '', projects: '', quote: 'Today, 100,000 hectares', note: '',
};

function problems(schema: z.ZodType, value: unknown, site: Parameters<typeof issuesToProblems>[1]): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : issuesToProblems(result.error.issues, site).map((p) => formatProblem(p));
}

describe('issuesToProblems', () => {
  it('issuesToProblems(issues) names the column, the value and the fix for a bad number', () => {
    expect(problems(claim, { ...claimRow, value: '100 000' }, { file: 'data/claims.csv', line: 14 })).toEqual([
      'data/claims.csv:14 column value: received "100 000", expected a plain number (digits, optional decimal point, no spaces or separators). Fix: write 100000.',
    ]);
  });

  it('issuesToProblems(issues) maps camelCase schema keys back to snake_case columns', () => {
    expect(problems(claim, { ...claimRow, targetYear: '2026' }, { file: 'data/claims.csv', line: 3 })).toMatchInlineSnapshot(`
      [
        "data/claims.csv:3 column target_year: received "2026", expected at most one of as_of and target_year. A figure describes a year (as_of) or is a target due in a year (target_year), not both.",
      ]
    `);
  });

  it('issuesToProblems(issues) reports a reported status that has no evidence', () => {
    const entry = { instruction: 'a', status: 'reported done', note: 'n', checkedOn: '2026-12-01', evidence: [] };
    expect(problems(followup, entry, { file: 'data/followup.json', prefix: [4] })).toMatchInlineSnapshot(`
      [
        "data/followup.json [4].evidence: received "0", expected at least one evidence entry that is not "context", because status is "reported done". Every "reported …" status needs the report it rests on (url, outlet, source_kind, published, checked_on). Never set a status without one.",
      ]
    `);
  });

  it('issuesToProblems(issues) locates JSON issues by path and line, suggesting known keys', () => {
    const lineOf = (path: readonly PropertyKey[]) => (path.length > 1 ? 7 : 5);
    const bad = { id: 'r', name: 'R', kind: 'highway', state: 'existing', geometry: { schematic: true, via: ['a'] }, qoute: 'x' };
    expect(problems(route, camelKeys(bad), { file: 'data/routes.json', lineOf, prefix: [2], knownKeys: Object.keys(route.shape) })).toMatchInlineSnapshot(`
      [
        "data/routes.json:7 [2].geometry.via: received "["a"]", expected at least two place ids.",
        "data/routes.json:7 [2].qoute: received "qoute", expected only the documented properties (id, name, kind, state, geometry, projects, quote, note). Did you mean quote? Rename the property.",
      ]
    `);
  });

  it('issuesToProblems(issues) words type errors and missing properties', () => {
    const entry = { id: 'speech', file: 'source/speech.en.txt', sha256: 'x', kind: 'speech', licence: 'l', attribution: 'a', schematic: 'yes' };
    expect(problems(input, entry, { file: 'data/inputs.json', prefix: [0] })).toMatchInlineSnapshot(`
      [
        "data/inputs.json [0].sha256: received "x", expected 64 lowercase hexadecimal digits. Compute it with: sha256sum <file>.",
        "data/inputs.json [0].origin: received "nothing (the property is missing)", expected a text in double quotes. Add the property (see data/README.md).",
        "data/inputs.json [0].schematic: received "yes", expected true or false.",
      ]
    `);
  });
});

describe('toSnake / toCamel', () => {
  it('toSnake(key) and toCamel(key) convert between column names and schema keys', () => {
    expect(toSnake('statusSource')).toBe('status_source');
    expect(toCamel('status_source')).toBe('statusSource');
    expect(toCamel('sha256')).toBe('sha256');
  });
});
