// Scaffolds a chapter MDX file with frontmatter that passes the content schema and a working example body.
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../lib/csv.ts';

/** Lowercase kebab-case ASCII slug of a title (a topic id made from it). */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface ChapterDraft {
  title: string;
  topic: string;
  order: number;
  keyFigure: string | undefined;
  graphic: string | undefined;
  updated: string;
}

/** The scaffold's dek: it fails the chapter check (PLACEHOLDER in src/lib/chapter-schema.ts) until the editor writes a real one. */
export const PLACEHOLDER_DEK = 'TODO: one sentence under the headline, without typed numbers (it is also the description for search engines).';
/** The scaffold's topic summary; the topics schema refuses it until it is written. */
export const PLACEHOLDER_SUMMARY = 'TODO: one or two sentences on what the speech says about this theme.';

/** The text of a new chapter: valid frontmatter but for the dek, then a working example of each component the topic has. */
export function chapterTemplate(d: ChapterDraft): string {
  const figure = d.keyFigure
    ? `Every figure comes from the claims dataset through a component, never typed: the President spoke of
<Fig id="${d.keyFigure}" show="both" />.

<Quote id="${d.keyFigure}" />`
    : `{/* No claim has topic "${d.topic}" in data/claims.csv yet. Add one there (see EDITING.md, "Add a figure"), then write <Fig id="its-id" /> here. */}`;
  const graphic = d.graphic
    ? `<Graphic id="${d.graphic}" />`
    : `{/* No graphic has chapter "${d.topic}" in data/graphics.json yet: add one there, then write <Graphic id="its-id" /> here. */}`;
  return `---
title: ${JSON.stringify(d.title)}
dek: ${JSON.stringify(PLACEHOLDER_DEK)}
order: ${d.order}
topic: ${d.topic}
${d.keyFigure ? `keyFigure: ${d.keyFigure}\n` : ''}updated: ${d.updated}
---

Write the chapter here in plain Markdown.

${figure}

${graphic}

{/* Components and their props: see EDITING.md or /components/ on the running site. */}
`;
}

interface Row {
  line: number;
  cells: Record<string, string>;
}

function readTable(root: string, file: string): Row[] {
  const table = parseCsv(readFileSync(join(root, file), 'utf8'), file);
  if (table.problems.length) throw new Error(`${file} has problems; run \`npm run data\` to see them.`);
  return table.records;
}

/** Frontmatter of the chapters already written: which topics are taken and the highest order. */
function existingChapters(dir: string): { topics: Map<string, string>; maxOrder: number } {
  const topics = new Map<string, string>();
  let maxOrder = -1;
  if (!existsSync(dir)) return { topics, maxOrder };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const topic = /^topic:\s*(\S+)/m.exec(text)?.[1];
    const order = Number(/^order:\s*(\d+)/m.exec(text)?.[1] ?? -1);
    if (topic) topics.set(topic, `content/chapters/${name}`);
    maxOrder = Math.max(maxOrder, order);
  }
  return { topics, maxOrder };
}

export interface NewChapterOptions {
  root: string;
  title: string;
  /** Topic id; defaults to the first topic (by order) no chapter covers yet. */
  topic?: string | undefined;
  /** Title of a new topic: with it, an unknown `topic` is added to data/topics.csv. */
  topicTitle?: string | undefined;
  /** YYYY-MM-DD written as `updated`. */
  today: string;
}

export interface NewChapterResult {
  /** The chapter file, relative to root: content/chapters/<topic>.mdx. */
  file: string;
  /** The page's path on the site, /chapters/<topic>/ (the same slug the embeds link back to). */
  path: string;
  /** The topics.csv row written, when the topic was new. */
  topicRow?: string;
}

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Writes content/chapters/<topic>.mdx (and the topic row when new); throws rather than overwrite. */
export function newChapter(o: NewChapterOptions): NewChapterResult {
  const topics = readTable(o.root, 'data/topics.csv').sort((a, b) => Number(a.cells['order']) - Number(b.cells['order']));
  const topicIds = topics.map((t) => t.cells['id'] ?? '');
  const dir = join(o.root, 'content/chapters');
  const { topics: taken, maxOrder } = existingChapters(dir);
  const free = topicIds.filter((id) => !taken.has(id));
  const topic = o.topic ?? free[0];
  if (topic === undefined) {
    throw new Error(`Every topic in data/topics.csv already has a chapter (one chapter per topic). Add a topic with the chapter: npm run new:chapter -- "${o.title}" --topic ${slugify(o.title) || 'new-topic'} --topic-title "${o.title}"`);
  }
  if (slugify(topic) !== topic) throw new Error(`--topic "${topic}" is not a kebab-case id (lowercase letters, digits and hyphens). Try: --topic ${slugify(topic) || 'new-topic'}`);
  let topicRow: string | undefined;
  if (!topicIds.includes(topic)) {
    if (!o.topicTitle) {
      throw new Error(`--topic "${topic}" is not a topic id in data/topics.csv. Topics: ${topicIds.join(', ')}. To add it with the chapter: npm run new:chapter -- "${o.title}" --topic ${topic} --topic-title "${o.title}"`);
    }
    const order = Math.max(0, ...topics.map((t) => Number(t.cells['order']) || 0)) + 1;
    topicRow = [topic, o.topicTitle, String(order), PLACEHOLDER_SUMMARY].map(csvCell).join(',');
  }
  if (taken.get(topic)) {
    throw new Error(`The topic "${topic}" already has a chapter (${taken.get(topic) ?? ''}); each topic has one. Topics without a chapter: ${free.join(', ') || 'none'}.`);
  }
  // One slug for the file, the page and the embeds' links back: the topic id.
  const file = `content/chapters/${topic}.mdx`;
  if (existsSync(join(o.root, file))) throw new Error(`${file} already exists; it was left untouched. Edit that file, or choose another --topic.`);
  const claim = readTable(o.root, 'data/claims.csv').find((c) => c.cells['topic'] === topic)?.cells['id'];
  let graphic: string | undefined;
  const graphicsFile = join(o.root, 'data/graphics.json');
  if (existsSync(graphicsFile)) {
    const graphics = JSON.parse(readFileSync(graphicsFile, 'utf8')) as Array<{ id: string; type: string; chapter?: string }>;
    graphic = graphics.find((g) => g.chapter === topic && g.type !== 'map')?.id;
  }
  writeFileSync(join(o.root, file), chapterTemplate({ title: o.title, topic, order: maxOrder + 1, keyFigure: claim, graphic, updated: o.today }), { flag: 'wx' });
  if (topicRow !== undefined) {
    const csv = readFileSync(join(o.root, 'data/topics.csv'), 'utf8');
    appendFileSync(join(o.root, 'data/topics.csv'), `${csv.endsWith('\n') ? '' : '\n'}${topicRow}\n`);
  }
  return { file, path: `/chapters/${topic}/`, ...(topicRow === undefined ? {} : { topicRow }) };
}
