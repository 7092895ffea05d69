// Prints problems the way an editor reads them: one line each, file:line:column first, then the value, the expectation and the fix.
import type { Problem } from './builder.ts';

/** `data/claims.csv:14:7 value: received "100 000", expected a plain number. Fix: write 100000.` */
export function formatProblem(problem: Problem, withFile = true): string {
  const { file, line, column, field } = problem;
  const at = line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`;
  const label = field === undefined ? '' : file.endsWith('.csv') && !field.startsWith('column ') ? `column ${field}` : field;
  const prefix = [withFile ? `${file}${at}` : at.slice(1), label].filter((part) => part !== '').join(' ');
  // Quoted as written (not JSON-escaped) so quotes inside read naturally; line breaks stay visible.
  const received = problem.received === undefined ? '' : `received "${problem.received.replace(/\r?\n/gu, '\\n')}", `;
  const body = `${received}expected ${problem.expected.replace(/\.$/u, '')}.${problem.hint === undefined ? '' : ` ${problem.hint}`}`;
  return prefix === '' ? body : `${prefix}: ${body}`;
}

/** All problems, one line each in file order (first seen) then line order, each once, with a count and what the run did. */
export function formatReport(problems: readonly Problem[], outcome = 'nothing was written'): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const lines = [...byFile.values()].flatMap((list) => [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)).map((p) => formatProblem(p)));
  const unique = [...new Set(lines)];
  const count = `${unique.length} problem${unique.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`;
  return `${unique.join('\n')}\n\n${count}; ${outcome}.`;
}
