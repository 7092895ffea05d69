import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv-out.ts';

describe('csvCell', () => {
  it('csvCell(value) quotes commas, quotes and line breaks, and leaves numbers alone', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
  it('csvCell(value) defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-')).toBe("'-");
  });
});

describe('toCsv', () => {
  it('toCsv(columns, rows) starts with a BOM and the header, one CRLF line per row', () => {
    expect(toCsv(['id', 'name'], [{ id: 'a', name: 'Талдыкорган' }, { id: 'b' }])).toBe('\uFEFFid,name\r\na,Талдыкорган\r\nb,\r\n');
  });
});
