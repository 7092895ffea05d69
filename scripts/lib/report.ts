// Prints problems the way an editor reads them: grouped by file, one line each, with the fix.
import type { Problem } from './builder.ts';

/** `data/claims.csv line 14, column value: received "100 000", expected a plain number…. Fix: write 100000.` */
export function formatProblem(problem: Problem, withFile = true): string {
  const { file, line, field } = problem;
  const label = field === undefined ? undefined : file.endsWith('.csv') && !field.startsWith('column ') ? `column ${field}` : field;
  const where = [line === undefined ? '' : `line ${line}`, label ?? ''].filter((part) => part !== '').join(', ');
  const prefix = [withFile ? file : '', where].filter((part) => part !== '').join(' ');
  // Quoted as written (not JSON-escaped) so quotes inside read naturally; line breaks stay visible.
  const received = problem.received === undefined ? '' : `received "${problem.received.replace(/\r?\n/gu, '\\n')}", `;
  const body = `${received}expected ${problem.expected.replace(/\.$/u, '')}.${problem.hint === undefined ? '' : ` ${problem.hint}`}`;
  return prefix === '' ? body : `${prefix}: ${body}`;
}

/** All problems, grouped by file in first-seen order, with a count and what the run did about them. */
export function formatReport(problems: readonly Problem[], outcome = 'nothing was written'): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const blocks = [...byFile].map(([file, list]) => [file, ...list.map((p) => `  ${formatProblem(p, false)}`)].join('\n'));
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}`;
  return `${blocks.join('\n\n')}\n\n${count}; ${outcome}.`;
}
