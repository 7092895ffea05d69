// The editor's current problems, by source, shared between the integration (config side) and the dev middleware (page side).

/** One problem as the overlay and the terminal show it. */
export interface EditorProblem {
  /** Path relative to the project root. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The full one-line message, starting with file:line:column. */
  message: string;
}

// Both sides run in the dev server's process but load this module separately, so the state lives on globalThis.
const KEY = Symbol.for('zhetysu.editor-problems');
type Store = Map<string, EditorProblem[]>;
const store = (): Store => ((globalThis as Record<symbol, Store | undefined>)[KEY] ??= new Map());

/** Replaces the problems one source (`data`, `chapters`) found; an empty list clears it. */
export function setProblems(source: string, problems: readonly EditorProblem[]): void {
  if (problems.length === 0) store().delete(source);
  else store().set(source, [...problems]);
}

/** Every current problem, each once, in source order. */
export function currentProblems(): EditorProblem[] {
  const seen = new Set<string>();
  return [...store().values()].flat().filter((p) => !seen.has(p.message) && seen.add(p.message));
}

/** What the overlay element reads (Vite's and Astro's overlays take the same fields). */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
  id?: string;
  loc?: { file: string; line: number; column: number };
}

/** The overlay's error: every message in its text, the first problem as its location. */
export function overlayError(problems: readonly EditorProblem[], root: string): OverlayError {
  const first = problems[0];
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix`;
  const error: OverlayError = { name: 'EditorCheck', title: count, message: `${count}:\n${problems.map((p) => p.message).join('\n')}`,
    hint: 'Save the fix: the page reloads by itself.', stack: '' };
  if (first?.line === undefined) return error;
  const file = `${root.replace(/\/$/, '')}/${first.file}`;
  return { ...error, id: file, loc: { file, line: first.line, column: first.column ?? 1 } };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page that lists the problems (readable without JavaScript) and opens the dev error overlay on them; the HMR client in it reloads on the fix. */
export function overlayPage(problems: readonly EditorProblem[], root: string): string {
  const error = overlayError(problems, root);
  // JSON in a <script type="application/json"> cannot close the element once "<" is escaped.
  const json = JSON.stringify(error).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(error.title)}</title><script type="module" src="/@vite/client"></script></head>
<body><main><h1>${escapeHtml(error.title)}</h1><pre id="editor-problems">${escapeHtml(problems.map((p) => p.message).join('\n'))}</pre></main>
<script type="application/json" id="editor-error">${json}</script>
<script type="module">
const error = JSON.parse(document.getElementById('editor-error').textContent);
customElements.whenDefined('vite-error-overlay').then(() => document.body.append(new (customElements.get('vite-error-overlay'))(error)));
</script></body></html>`;
}
