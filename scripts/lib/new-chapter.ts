// Scaffolds a chapter MDX file with frontmatter that passes the content schema and a working example body.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.ts';

/** Lowercase kebab-case ASCII slug of a title; the chapter's URL is /chapters/<slug>/. */
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

/** The text of a new chapter: valid frontmatter, then an example of each component to edit or delete. */
export function chapterTemplate(d: ChapterDraft): string {
  const figure = d.keyFigure
    ? `the President spoke of <Fig id="${d.keyFigure}" show="both" />.\n\n<Quote id="${d.keyFigure}" />`
    : `write <Fig id="…" /> with a claim id.\n\n{/* No claim has topic "${d.topic}" in data/claims.csv: keyFigure is left out. */}`;
  const graphic = d.graphic
    ? `<Graphic id="${d.graphic}" />`
    : `{/* No graphic has chapter "${d.topic}" in data/graphics.json yet: add one there, then write <Graphic id="…" /> here. */}`;
  return `---
title: ${JSON.stringify(d.title)}
dek: "One sentence that tells the reader what the President said about this, without typed numbers."
order: ${d.order}
topic: ${d.topic}
${d.keyFigure ? `keyFigure: ${d.keyFigure}\n` : ''}updated: ${d.updated}
---

Write the chapter here in plain Markdown. Every figure comes from the claims dataset through a
component, never typed: ${figure}

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
  /** YYYY-MM-DD written as `updated`. */
  today: string;
}

/** Writes content/chapters/<slug>.mdx and returns its path relative to root; throws rather than overwrite. */
export function newChapter(o: NewChapterOptions): string {
  const slug = slugify(o.title);
  if (!slug) throw new Error(`The title "${o.title}" has no letters or digits to make a file name from. Try: npm run new:chapter -- "Sugar and food"`);
  const dir = join(o.root, 'content/chapters');
  const rel = `content/chapters/${slug}.mdx`;
  if (existsSync(join(o.root, rel))) throw new Error(`${rel} already exists; it was left untouched. Choose another title or edit that file.`);

  const topics = readTable(o.root, 'data/topics.csv').sort((a, b) => Number(a.cells['order']) - Number(b.cells['order']));
  const topicIds = topics.map((t) => t.cells['id'] ?? '');
  const { topics: taken, maxOrder } = existingChapters(dir);
  const free = topicIds.filter((id) => !taken.has(id));
  const topic = o.topic ?? free[0];
  if (topic === undefined) {
    throw new Error(`Every topic in data/topics.csv already has a chapter. Add a topic there first, then run: npm run new:chapter -- "${o.title}" --topic <its id>`);
  }
  if (!topicIds.includes(topic)) {
    throw new Error(`--topic "${topic}" is not a topic id in data/topics.csv. Topics: ${topicIds.join(', ')}.`);
  }
  if (taken.get(topic)) {
    throw new Error(`The topic "${topic}" already has a chapter (${taken.get(topic) ?? ''}); each topic has one. Topics without a chapter: ${free.join(', ') || 'none'}.`);
  }
  const claim = readTable(o.root, 'data/claims.csv').find((c) => c.cells['topic'] === topic)?.cells['id'];
  let graphic: string | undefined;
  const graphicsFile = join(o.root, 'data/graphics.json');
  if (existsSync(graphicsFile)) {
    const graphics = JSON.parse(readFileSync(graphicsFile, 'utf8')) as Array<{ id: string; type: string; chapter?: string }>;
    graphic = graphics.find((g) => g.chapter === topic && g.type !== 'map')?.id;
  }
  writeFileSync(
    join(o.root, rel),
    chapterTemplate({ title: o.title, topic, order: maxOrder + 1, keyFigure: claim, graphic, updated: o.today }),
    { flag: 'wx' },
  );
  return rel;
}
