import { describe, expect, it } from 'vitest';
import { formatPath, parseJson } from './json.ts';

describe('parseJson', () => {
  it('parseJson(text) returns the value and the line of every path', () => {
    const { doc, problems } = parseJson('[\n  {\n    "id": "a",\n    "via": ["x",\n      "y"]\n  }\n]\n', 'data/r.json');
    expect(problems).toEqual([]);
    expect(doc?.value).toEqual([{ id: 'a', via: ['x', 'y'] }]);
    expect(doc?.lineOf([0])).toBe(2);
    expect(doc?.lineOf([0, 'id'])).toBe(3);
    expect(doc?.lineOf([0, 'via', 1])).toBe(5);
    expect(doc?.lineOf([0, 'missing'])).toBe(2);
  });

  it('parseJson(text) reads escapes, numbers and literals like JSON.parse', () => {
    const text = '{"a": "q\\"\\u00e9", "b": -1.5e2, "c": [true, false, null], "d": {}}';
    expect(parseJson(text, 'f').doc?.value).toEqual(JSON.parse(text));
  });

  it('parseJson(text) reports a trailing comma with line and column', () => {
    expect(parseJson('[\n  {"id": "a"},\n]\n', 'data/r.json').problems).toMatchInlineSnapshot(`
      [
        {
          "expected": "a value (string, number, true, false, null, object or array)",
          "field": "column 1",
          "file": "data/r.json",
          "hint": "Fix the JSON syntax at that spot (a missing comma, a trailing comma, or an unquoted name are the usual causes).",
          "line": 3,
          "received": "]",
        },
      ]
    `);
  });

  it('parseJson(text) reports a missing comma, an unquoted name and trailing text', () => {
    expect(parseJson('{"a": 1\n "b": 2}', 'f').problems[0]).toMatchObject({ line: 2, field: 'column 2', expected: 'a comma or a closing }' });
    expect(parseJson('{a: 1}', 'f').problems[0]).toMatchObject({ line: 1, field: 'column 2' });
    expect(parseJson('[] []', 'f').problems[0]).toMatchObject({ expected: 'the end of the file after the top-level value' });
    expect(parseJson('"open', 'f').problems[0]).toMatchObject({ expected: 'a closing double quote for the string' });
  });
});

describe('formatPath', () => {
  it('formatPath(path) writes indexes in brackets and keys with dots', () => {
    expect(formatPath([3, 'geometry', 'via', 2])).toBe('[3].geometry.via[2]');
    expect(formatPath(['meeting_date'])).toBe('meeting_date');
  });
});

describe('parseJson duplicate keys', () => {
  it('parseJson(an object naming a key twice) reports the second with the line of the first', () => {
    const { doc, problems } = parseJson('{\n  "a": 1,\n  "b": {"c": 1,\n  "c": 2}\n}', 'f.json');
    expect(problems).toEqual([expect.objectContaining({ line: 4, field: 'b.c', hint: expect.stringContaining('Line 3 already sets "c"') })]);
    expect(doc?.value).toEqual({ a: 1, b: { c: 2 } });
  });

  it('parseJson("__proto__" as a key) keeps it as data', () => {
    const value = parseJson('{"__proto__": {"x": 1}}', 'f.json').doc?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });
});
