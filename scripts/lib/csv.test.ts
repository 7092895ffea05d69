import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

const parse = (text: string) => parseCsv(text, 'data/t.csv');

describe('parseCsv', () => {
  it('parseCsv(text) keys cells by header and keeps each record line', () => {
    const table = parse('id,name\na,Alpha\nb,Beta\n');
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      { line: 2, cells: { id: 'a', name: 'Alpha' } },
      { line: 3, cells: { id: 'b', name: 'Beta' } },
    ]);
  });

  it('parseCsv(text) reads quoted cells with commas, doubled quotes and line breaks', () => {
    const table = parse('id,quote\na,"one, two"\nb,"say ""yes"""\nc,"first\nsecond"\nd,x\n');
    expect(table.problems).toEqual([]);
    expect(table.records.map((r) => [r.line, r.cells['quote']])).toEqual([
      [2, 'one, two'],
      [3, 'say "yes"'],
      [4, 'first\nsecond'],
      [6, 'x'],
    ]);
  });

  it('parseCsv(text) accepts a missing final newline, CRLF line ends and a BOM', () => {
    expect(parse('\uFEFFid,n\r\na,1\r\nb,2').records.map((r) => r.cells)).toEqual([{ id: 'a', n: '1' }, { id: 'b', n: '2' }]);
  });

  it('parseCsv(text) keeps a last record made of one quoted empty cell', () => {
    expect(parse('id\n""').records).toEqual([{ line: 2, cells: { id: '' } }]);
  });

  it('parseCsv(text) reports a row with extra cells, listing them', () => {
    expect(parse('id,name\na,Alpha,Beta,Gamma\n').problems).toMatchInlineSnapshot(`
      [
        {
          "expected": "2 cells, one per column (id,name)",
          "file": "data/t.csv",
          "hint": "Extra cells: "Beta", "Gamma". A cell holding a comma must be wrapped in double quotes.",
          "line": 2,
          "received": "4 cells",
        },
      ]
    `);
  });

  it('parseCsv(text) reports a row with missing cells, naming the columns', () => {
    expect(parse('id,name,note\na\n').problems[0]?.hint).toBe('Missing cells for: name, note. Add them, empty if not given (a trailing comma each).');
  });

  it('parseCsv(text) reports blank lines in the middle and at the end', () => {
    expect(parse('id\na\n\nb\n\n').problems.map((p) => [p.line, p.received])).toEqual([
      [3, 'a blank line'],
      [5, 'a blank line'],
    ]);
  });

  it('parseCsv(text) reports an unclosed quote at the line it opens', () => {
    expect(parse('id,q\na,"open\nb,c\n').problems).toMatchObject([{ line: 2, received: 'end of file', expected: 'a closing double quote for the cell opened on this line' }]);
  });

  it('parseCsv(text) blames a quote left open on its own line, not the later line where the next quote runs into text', () => {
    expect(parse('id,q\na,"open\nb,"c" d\n').problems).toMatchObject([{ line: 2, expected: 'a closing double quote for the cell opened on this line', received: expect.stringContaining('running on to line 3') }]);
  });

  it('parseCsv(text) reports text after a closing quote', () => {
    expect(parse('id,q\na,"x"y\n').problems).toMatchObject([{ line: 2, received: '"y\\n"' }]);
  });

  it('parseCsv(text) reports a stray quote inside an unquoted cell', () => {
    expect(parse('id,q\na,say "x"\n').problems).toMatchObject([{ line: 2, received: 'say "' }]);
  });

  it('parseCsv(text) reports an empty file and repeated or empty column names', () => {
    expect(parse('').problems).toMatchObject([{ line: 1, received: 'an empty file' }]);
    expect(parse('id,id,\n').problems.map((p) => p.field)).toEqual(['id', 'column 3']);
  });
});

describe('parseCsv short rows', () => {
  it('parseCsv(text) names the column where a row with a missing cell starts to shift', () => {
    const rows = ['id,value,unit,qualifier,measure', 'a,1,km,exact,road', 'b,2,tonnes,about,sugar', 'c,3,km,exact,rail', 'd,4,tonnes,up-to,beet'];
    const table = parseCsv(`${[...rows, 'e,5,exact,gas'].join('\n')}\n`, 'data/claims.csv');
    expect(table.problems).toMatchObject([{ line: 6, field: 'unit', hint: 'The row shifts from column unit: it holds "exact", which looks like a value of qualifier. A cell is missing at unit or just before it: add it (empty if not given).' }]);
  });
});
