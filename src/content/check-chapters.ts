// Checks every chapter at once — frontmatter at its line, components and ids, inline quotes, order and topic — so
// `npm run build` and the dev overlay list all problems of all files in one run, each once, each at file:line:column.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { components } from './components.ts';
import { chapterSchema, todayIso, updatedProblem } from './chapter-schema.ts';
import { inlineQuotesAt, notInSpeech, closestSentence } from './chapter-quotes.ts';
import { loadKnownIds, type KnownIds } from './known-ids.ts';
import { checkComponents } from './remark-check-components.ts';

/** One problem, located; the message starts with file:line:column. */
export interface ChapterProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ChapterCheckOptions {
  root: string;
  known: () => KnownIds;
  /** The speech's sentences, to check inline quotations against. */
  sentences: () => readonly string[];
  /** Our own labels in quotation marks, not quotes of the speech. */
  labels?: readonly string[];
  today?: string;
}

const DIR = 'content/chapters';
/** Our own words in quotation marks in the chapters (the status label), not quotes of the speech. */
export const QUOTE_LABELS = ['not yet checked'];
const at = (file: string, line: number, column: number, text: string): ChapterProblem => ({ file, line, column, message: `${file}:${line}:${column} ${text}` });

/** Line and column (1-based) of an offset in text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The frontmatter block's fields: each key's line and the column of its value, as written. */
function frontmatterFields(text: string): Map<string, { line: number; column: number; raw: string }> {
  const fields = new Map<string, { line: number; column: number; raw: string }>();
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return fields;
  for (let i = 1; i < lines.length && lines[i]?.trim() !== '---'; i++) {
    const m = /^([A-Za-z_]\w*):(\s*)(.*)$/.exec(lines[i] ?? '');
    if (m) fields.set(m[1] ?? '', { line: i + 1, column: (m[1] ?? '').length + 1 + (m[2] ?? '').length + 1, raw: (m[3] ?? '').trim() });
  }
  return fields;
}

/** Where a satteri parse error points, and its message rewritten where the parser's words mislead an editor. */
function parseProblem(file: string, text: string, error: Error): ChapterProblem {
  const m = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(error.message);
  const line = Number(m?.[1] ?? 1);
  const column = Number(m?.[2] ?? 1);
  const said = m?.[3] ?? error.message;
  const source = text.split('\n')[line - 1] ?? '';
  const curly = /(\w+)=([“”‘’])([^“”‘’"]*)[“”‘’]?/.exec(source.slice(column - 1));
  if (curly) return at(file, line, column, `${curly[1]}=${curly[2]}${curly[3]}${curly[2] === '“' ? '”' : '’'} — a prop's value needs straight quotes. Fix: write ${curly[1]}="${curly[3]}".`);
  const closing = /Expected a closing tag for `<(\w+)>` \((\d+):(\d+)\)/.exec(said);
  if (closing) {
    const name = closing[1] ?? '';
    const open = { line: Number(closing[2]), column: Number(closing[3]) };
    const spec = (components as Record<string, { children?: boolean }>)[name];
    const fix = spec && !spec.children ? `<${name}> takes no content: write it self-closing, <${name} … />.` : `close it with </${name}> (in the same paragraph), or write it self-closing, <${name} … />.`;
    return at(file, open.line, open.column, `<${name}> — this tag is never closed. Fix: ${fix}`);
  }
  return at(file, line, column, `${said.replace(/ \(note: to create a link in MDX, use `\[text\]\(url\)`\)/, '')}. Fix: check the tag at this place (see EDITING.md); a "<" that is not a tag is written &lt;.`);
}

/** The problems of one chapter file's text. */
export function checkChapter(file: string, text: string, o: ChapterCheckOptions): ChapterProblem[] {
  const problems: ChapterProblem[] = [];
  const fields = frontmatterFields(text);
  let data: Record<string, unknown> | undefined = {};
  try {
    data = parseFrontmatter(text).frontmatter as Record<string, unknown>;
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    problems.push(at(file, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1, `frontmatter — ${(error as { reason?: string }).reason ?? String(error)}. Fix: write each field as name: value, text in double quotes.`));
    // Unreadable frontmatter: its fields are unknown, not missing, so the schema is not asked.
    data = undefined;
  }
  const today = o.today ?? todayIso();
  const schema = chapterSchema(() => o.known());
  const result = data === undefined ? { success: true as const } : schema.safeParse(data);
  const rawUpdated = fields.get('updated');
  const updatedRaw = rawUpdated?.raw.replace(/^["']|["']$/g, '');
  const dateProblem = updatedRaw === undefined ? undefined : updatedProblem(updatedRaw, today);
  if (dateProblem && rawUpdated) problems.push(at(file, rawUpdated.line, rawUpdated.column, `updated: ${dateProblem}`));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (key === 'updated' && (dateProblem || updatedRaw === undefined && rawUpdated)) continue;
      const field = fields.get(key);
      const message = issue.message.startsWith(`${key}`) ? issue.message : `${key}: ${issue.message}`;
      problems.push(at(file, field?.line ?? 1, field?.column ?? 1, `${message}${field ? '' : ' Add it to the frontmatter between the --- lines.'}`));
    }
  }

  // Line numbers stay those of the file: the frontmatter is blanked, not cut (as @astrojs/mdx does).
  const fm = /^---\n[\s\S]*?\n---(?=\n)/.exec(text)?.[0] ?? '';
  const body = fm.replace(/[^\n]/g, ' ') + text.slice(fm.length);
  try {
    mdxToJs(body, { mdastPlugins: [checkComponents({ root: o.root, known: o.known })], fileURL: pathToFileURL(join(o.root, file)) });
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith('MDX check failed')) {
      for (const line of message.split('\n').slice(1)) {
        const m = /^[^ ]*?:(\d+):(\d+) /.exec(line);
        problems.push({ file, line: Number(m?.[1] ?? 1), column: Number(m?.[2] ?? 1), message: line });
      }
    } else problems.push(parseProblem(file, body, error as Error));
  }

  const sentences = o.sentences();
  const speech = sentences.join(' ');
  for (const quote of inlineQuotesAt(text)) {
    if (notInSpeech([quote.text], speech, o.labels).length === 0) continue;
    const { line, column } = position(text, quote.offset);
    problems.push(at(file, line, column, `“${quote.text}” — this quotation is not in the speech word for word. Closest passage: “${closestSentence(quote.text, sentences)}”. Fix: copy the words exactly (only white space and quote marks may differ), or use <Quote id="…" />.`));
  }
  return problems;
}

/** Chapters that share an order or a topic: the most recently saved file is blamed, with the next free order. */
export function checkUnique(chapters: readonly { file: string; text: string; mtime: number }[]): ChapterProblem[] {
  const problems: ChapterProblem[] = [];
  const rows = chapters.map((c) => ({ ...c, fields: frontmatterFields(c.text) }));
  const orders = new Set(rows.map((r) => Number(r.fields.get('order')?.raw)).filter(Number.isInteger));
  let free = 0;
  while (orders.has(free)) free++;
  for (const key of ['order', 'topic'] as const) {
    const groups = Map.groupBy(rows.filter((r) => r.fields.get(key)), (r) => r.fields.get(key)?.raw ?? '');
    for (const [value, group] of groups) {
      if (group.length < 2) continue;
      const sorted = [...group].sort((a, b) => b.mtime - a.mtime || a.file.localeCompare(b.file));
      const [edited, ...others] = sorted;
      if (!edited) continue;
      const field = edited.fields.get(key);
      const fix = key === 'order' ? `Fix: order: ${free} (the first order no chapter uses).` : 'Each topic has one chapter: choose another topic or add one to data/topics.csv (npm run new:chapter -- "Title" --topic new-id --topic-title "…" does both).';
      problems.push(at(edited.file, field?.line ?? 1, field?.column ?? 1, `${key}: ${value} — already used by ${others.map((o) => o.file).join(', ')}. ${fix}`));
    }
  }
  return problems;
}

/** Every problem of every chapter under root, sorted by file and position, each once. */
export function checkChapters(o: ChapterCheckOptions): ChapterProblem[] {
  const names = readdirSync(join(o.root, DIR)).filter((n) => n.endsWith('.mdx')).sort();
  const chapters = names.map((n) => {
    const path = join(o.root, DIR, n);
    return { file: `${DIR}/${n}`, text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs };
  });
  const all = [...chapters.flatMap((c) => checkChapter(c.file, c.text, o)), ...checkUnique(chapters)];
  const seen = new Set<string>();
  return all
    .filter((p) => !seen.has(p.message) && seen.add(p.message))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** The check with its inputs read from the built datasets under root (npm run data writes them). */
export function checkChaptersIn(root: string, today?: string): ChapterProblem[] {
  let known: KnownIds | undefined;
  let sentences: string[] | undefined;
  return checkChapters({
    root,
    known: () => (known ??= loadKnownIds(root)),
    sentences: () => (sentences ??= (JSON.parse(readFileSync(join(root, 'src/generated/speech.json'), 'utf8')) as { paragraphs: { sentences: { text: string }[] }[] }).paragraphs.flatMap((p) => p.sentences.map((s) => s.text))),
    labels: QUOTE_LABELS,
    ...(today === undefined ? {} : { today }),
  });
}
