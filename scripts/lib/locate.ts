// Adds the character column to each Problem, so every message starts with file:line:column as editors and terminals expect.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Problem } from './builder.ts';

/** Start column (1-based) of each cell of one physical CSV line; a quoted cell that runs past the line ends the list. */
export function cellColumns(line: string): number[] {
  const starts: number[] = [];
  let i = 0;
  for (;;) {
    starts.push(i + 1);
    if (line[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= line.length) return starts;
        if (line[i] === '"' && line[i + 1] === '"') i += 2;
        else if (line[i] === '"') {
          i += 1;
          break;
        } else i += 1;
      }
    }
    const comma = line.indexOf(',', i);
    if (comma < 0) return starts;
    i = comma + 1;
  }
}

/** The column of `problem` in `text`: the cell of its CSV column, else the first character written on its line. */
export function columnOf(problem: Problem, text: string): number {
  const lines = text.split('\n');
  const line = lines[(problem.line ?? 1) - 1] ?? '';
  if (problem.file.endsWith('.csv') && problem.field !== undefined) {
    const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(',');
    const index = header.indexOf(problem.field.replace(/^column /, ''));
    const start = index >= 0 ? cellColumns(line)[index] : undefined;
    if (start !== undefined) return start;
  }
  return (/\S/.exec(line)?.index ?? 0) + 1;
}

/** Problems with a line get their column, read from the files under `root`; others are returned as they are. */
export function locate(problems: readonly Problem[], root: string): Problem[] {
  const texts = new Map<string, string | null>();
  const read = (file: string): string | null => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(isAbsolute(file) ? file : join(root, file), 'utf8'));
      } catch {
        texts.set(file, null);
      }
    }
    return texts.get(file) ?? null;
  };
  return problems.map((p) => {
    if (p.line === undefined || p.column !== undefined) return p;
    // A syntax error knows its column already and names it as the field ("column 43").
    const known = /^column (\d+)$/.exec(p.field ?? '');
    if (known && !p.file.endsWith('.csv')) {
      const { field: _field, ...rest } = p;
      return { ...rest, column: Number(known[1]) };
    }
    const text = read(p.file);
    return text === null ? p : { ...p, column: columnOf(p, text) };
  });
}
