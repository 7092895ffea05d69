// The chapter an embed links back to: the first chapter (in story order) that shows the graphic
// (<Graphic id="…"> or <MapFigure id="…">), else its own topic, else the first chapter of the story.
import { componentUses, type ComponentUse } from '../content/component-uses.ts';

/** What chapterOf needs of a chapter (from its astro:content entry: data.topic, data.order, body). */
export interface ChapterSource {
  topic: string;
  order: number;
  body: string;
}

const parsed = new Map<string, ComponentUse[]>();
const usesOf = (body: string): ComponentUse[] => {
  if (!parsed.has(body)) parsed.set(body, componentUses(body));
  return parsed.get(body)!;
};

/** The chapter's topic, and whether the graphic is on that chapter's page (so a link may point at it). */
export function chapterOf(id: string, topics: readonly string[] | 'all', chapters: readonly ChapterSource[], component = 'MapFigure'): { topic: string; shown: boolean } | null {
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  const showing = ordered.find((c) => usesOf(c.body).some((u) => u.component === component && u.id === id));
  if (showing) return { topic: showing.topic, shown: true };
  const first = topics === 'all' ? ordered[0]?.topic : topics[0];
  return first === undefined ? null : { topic: first, shown: false };
}
