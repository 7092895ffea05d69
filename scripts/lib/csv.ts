// Strict RFC 4180 reader: every record keeps the line it starts on, and every deviation is a Problem.
import type { Problem } from './builder.ts';

/** One data record: the line it starts on and its cells, keyed by header name. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Rows with too many or too few cells, keyed by header as far as their cells go (to know their ids). */
  misshapen: CsvRecord[];
  /** False when a syntax error stopped the read: rows after it are unknown. */
  complete: boolean;
  problems: Problem[];
}

interface RawRecord {
  line: number;
  cells: string[];
  /** The line held no character at all. */
  blank: boolean;
}

const show = (cells: string[]): string => cells.map((c) => JSON.stringify(c)).join(', ');

// A cell that starts with a space was most likely cut from the one before it at an unquoted comma.
function splitCell(header: string[], cells: string[]): string {
  const at = cells.findIndex((cell, i) => i > 0 && /^ \S/u.test(cell));
  if (at < 1) return '';
  return ` It looks like column ${header[at - 1] ?? at} holds "${cells[at - 1] ?? ''},${cells[at] ?? ''}": quote it.`;
}

type Fits = (value: string) => boolean;

/** What each column's cells look like in the well-formed rows: a small set of values, numbers, id lists, or any text. */
export function columnShapes(header: readonly string[], rows: readonly CsvRecord[]): Fits[] {
  return header.map((name) => {
    const values = rows.map((r) => r.cells[name] ?? '');
    const filled = values.filter((v) => v !== '');
    const emptyOk = filled.length < values.length;
    const distinct = new Set(filled);
    const orEmpty = (test: Fits): Fits => (v) => (v === '' ? emptyOk : test(v));
    if (filled.length >= 3 && distinct.size <= Math.min(30, filled.length / 2)) return orEmpty((v) => distinct.has(v));
    if (filled.length > 0 && filled.every((v) => /^-?\d+(\.\d+)?$/.test(v))) return orEmpty((v) => /^-?\d+(\.\d+)?$/.test(v));
    if (filled.length > 0 && filled.every((v) => /^[a-z0-9-]+(;[a-z0-9-]+)*$/.test(v))) return orEmpty((v) => /^[a-z0-9-]+(;[a-z0-9-]+)*$/.test(v));
    return orEmpty(() => true);
  });
}

/** The first column whose cell does not look like that column's cells: where a short row starts to shift. */
export function shiftColumn(shapes: readonly Fits[], cells: readonly string[]): number | undefined {
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j] ?? '';
    if (shapes[j]?.(cell)) continue;
    return j;
  }
  return undefined;
}

/** Splits text into raw records; syntax errors become problems and stop the read at that point. */
function tokenize(text: string, file: string): { records: RawRecord[]; problems: Problem[] } {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  const endRecord = (): void => {
    records.push({ line: recordLine, cells: [...cells, cell], blank: cells.length === 0 && cell === '' && !quoted });
    cells = [];
    cell = '';
    quoted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      if (cell !== '') {
        return {
          records,
          problems: [{ file, line, expected: 'a double quote only at the start of a quoted cell', received: cell + '"',
            hint: 'Quote the whole cell and double the inner quote: "He said ""yes""".' }],
        };
      }
      const openLine = line;
      quoted = true;
      i += 1;
      for (;;) {
        if (i >= text.length) {
          return {
            records,
            problems: [{ file, line: openLine, expected: 'a closing double quote for the cell opened on this line',
              received: 'end of file', hint: 'Close the quoted cell with ", and double any quote inside it ("").' }],
          };
        }
        const c = text[i];
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (c === '"') {
          i += 1;
          break;
        } else {
          if (c === '\n') line += 1;
          cell += c;
          i += 1;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
        // A quote that "closes" on a later line and runs into text is almost always one left open where it started.
        if (openLine < line) {
          return {
            records,
            problems: [{ file, line: openLine, expected: 'a closing double quote for the cell opened on this line',
              received: `a cell running on to line ${line}, where the next double quote is followed by ${JSON.stringify(text.slice(i, i + 20))}`,
              hint: 'Close the quoted cell with " on this line, and double any quote inside it ("").' }],
          };
        }
        return {
          records,
          problems: [{ file, line, expected: 'a comma or the end of the line after a closing double quote',
            received: JSON.stringify(text.slice(i, i + 20)),
            hint: 'A quote inside a quoted cell must be doubled (""), e.g. "the ""Healthy Nation"" project".' }],
        };
      }
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      endRecord();
      i += ch === '\r' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
      i += 1;
    }
  }
  // A final newline ends the last record; text without one still has a last record to close.
  if (cell !== '' || cells.length > 0 || quoted) endRecord();
  return { records, problems: [] };
}

/** Parses CSV text whose first record is the header; cell counts must match it exactly. */
export function parseCsv(source: string, file: string): CsvTable {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const { records, problems } = tokenize(text, file);
  const [head, ...rows] = records;
  if (head === undefined) {
    return { header: [], records: [], misshapen: [], complete: problems.length === 0, problems: [...problems, { file, line: 1, expected: 'a header row', received: 'an empty file',
      hint: 'Start the file with the column names, separated by commas.' }] };
  }
  const header = head.cells;
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') problems.push({ file, line: 1, field: `column ${index + 1}`, expected: 'a column name', received: '',
      hint: 'Remove the stray comma from the header or name the column.' });
    else if (seen.has(name)) problems.push({ file, line: 1, field: name, expected: 'each column name once', received: name,
      hint: 'Remove or rename the repeated column.' });
    seen.add(name);
  });
  const out: CsvRecord[] = [];
  const misshapen: CsvRecord[] = [];
  const keyed = (cells: string[]): Record<string, string> => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  const complete = problems.length === 0;
  const short: Array<{ problem: Problem; cells: string[] }> = [];
  for (const row of rows) {
    if (row.blank) {
      problems.push({ file, line: row.line, expected: 'a data row', received: 'a blank line', hint: 'Delete the blank line.' });
      continue;
    }
    if (row.cells.length !== header.length) {
      misshapen.push({ line: row.line, cells: keyed(row.cells) });
      const more = row.cells.length > header.length;
      const problem: Problem = {
        file,
        line: row.line,
        expected: `${header.length} cells, one per column (${header.join(',')})`,
        received: `${row.cells.length} cells`,
        hint: more
          ? `Extra cells: ${show(row.cells.slice(header.length))}. A cell holding a comma must be wrapped in double quotes.${splitCell(header, row.cells)}`
          : `Missing cells for: ${header.slice(row.cells.length).join(', ')}. Add them, empty if not given (a trailing comma each).`,
      };
      problems.push(problem);
      if (!more) short.push({ problem, cells: row.cells });
      continue;
    }
    out.push({ line: row.line, cells: keyed(row.cells) });
  }
  // A short row's missing cell is rarely the last one: name the column where its cells stop fitting their columns.
  if (short.length > 0) {
    const shapes = columnShapes(header, out);
    for (const { problem, cells } of short) {
      const j = shiftColumn(shapes, cells);
      if (j === undefined) continue;
      const name = header[j] ?? '';
      const fitsNext = shapes[j + 1]?.(cells[j] ?? '') ? `, which looks like a value of ${header[j + 1] ?? ''}` : '';
      problem.field = name;
      problem.hint = `The row shifts from column ${name}: it holds "${cells[j] ?? ''}"${fitsNext}. A cell is missing at ${name} or just before it: add it (empty if not given).`;
    }
  }
  return { header, records: out, misshapen, complete, problems };
}
