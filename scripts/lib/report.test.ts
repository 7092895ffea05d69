import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from './report.ts';

describe('formatProblem', () => {
  it('formatProblem(problem) reads file, line, column, value, expectation and fix in one line', () => {
    expect(formatProblem({ file: 'data/claims.csv', line: 14, column: 7, field: 'value', received: '100 000', expected: 'a plain number', hint: 'Fix: write 100000.' })).toBe(
      'data/claims.csv:14:7 column value: received "100 000", expected a plain number. Fix: write 100000.',
    );
  });

  it('formatProblem(problem) names JSON paths as they are and copes with missing parts', () => {
    expect(formatProblem({ file: 'data/routes.json', line: 7, field: '[2].geometry.via[1]', expected: 'a place id' })).toBe('data/routes.json:7 [2].geometry.via[1]: expected a place id.');
    expect(formatProblem({ file: 'data/awards.csv', received: 'a\nb', expected: 'x.' }, false)).toBe('received "a\\nb", expected x.');
  });
});

describe('formatReport', () => {
  it('formatReport(problems) gives one line per problem, by file in first-seen order then by line, each once, and counts them', () => {
    expect(
      formatReport([
        { file: 'data/claims.csv', line: 3, field: 'topic', received: 'gass', expected: 'a topic id' },
        { file: 'data/places.csv', line: 2, expected: 'a data row' },
        { file: 'data/claims.csv', line: 9, field: 'quote', expected: 'an excerpt' },
        { file: 'data/claims.csv', line: 3, field: 'topic', received: 'gass', expected: 'a topic id' },
      ]),
    ).toMatchInlineSnapshot(`
      "data/claims.csv:3 column topic: received "gass", expected a topic id.
      data/claims.csv:9 column quote: expected an excerpt.
      data/places.csv:2: expected a data row.

      3 problems in 2 files; nothing was written."
    `);
  });
});
