// The chapter an embed links back to: the first chapter (in story order) that shows the graphic
// (<Graphic id="…"> or <MapFigure id="…">), else its own topic, else the first chapter of the story.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ChapterSource {
  topic: string;
  order: number;
  body: string;
}

/** Chapter files' topic, order and text, read from content/chapters at build time. */
export function readChapters(dir = resolve(process.cwd(), 'content/chapters')): ChapterSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const body = readFileSync(join(dir, f), 'utf8');
      const front = body.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
      const topic = front.match(/^topic:\s*["']?([a-z0-9-]+)["']?\s*$/m)?.[1] ?? f.replace(/\.mdx$/, '');
      const order = Number(front.match(/^order:\s*(\d+)\s*$/m)?.[1] ?? Infinity);
      return { topic, order, body };
    });
}

/** The chapter's topic, and whether the graphic is on that chapter's page (so a link may point at it). */
export function chapterOf(id: string, topics: readonly string[] | 'all', chapters: readonly ChapterSource[], component = 'MapFigure'): { topic: string; shown: boolean } | null {
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  const uses = new RegExp(`<${component}\\b[^>]*\\bid=["']${id}["']`);
  const showing = ordered.find((c) => uses.test(c.body));
  if (showing) return { topic: showing.topic, shown: true };
  const first = topics === 'all' ? ordered[0]?.topic : topics[0];
  return first === undefined ? null : { topic: first, shown: false };
}
