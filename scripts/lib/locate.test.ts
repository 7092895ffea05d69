import { describe, expect, it } from 'vitest';
import { cellColumns, columnOf, locate } from './locate.ts';

describe('cellColumns', () => {
  it('cellColumns(line) gives the start column of every cell, quoted cells with commas included', () => {
    expect(cellColumns('a,"b, c",,d')).toEqual([1, 3, 10, 11]);
  });
});

describe('columnOf', () => {
  it('columnOf(problem, text) points at the cell of a CSV column, else at the first character of the line', () => {
    const csv = 'id,value,unit\nland,"100 000",ha\n';
    expect(columnOf({ file: 'data/claims.csv', line: 2, field: 'value', expected: 'x' }, csv)).toBe(6);
    expect(columnOf({ file: 'data/claims.csv', line: 2, field: 'column unit', expected: 'x' }, csv)).toBe(16);
    expect(columnOf({ file: 'data/graphics.json', line: 2, expected: 'x' }, '[\n  { "id": 1 }\n]')).toBe(3);
  });
});

describe('locate', () => {
  it('locate(problems) moves the column a JSON syntax error names into the location', () => {
    expect(locate([{ file: 'data/graphics.json', line: 8, field: 'column 43', received: '],', expected: 'a value' }], '/nowhere')).toEqual([
      { file: 'data/graphics.json', line: 8, column: 43, received: '],', expected: 'a value' },
    ]);
  });
});
