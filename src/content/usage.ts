// Which chapters use which claims and instructions, read from the MDX tree, so /speech/ can link back to them.
import { componentUses } from './component-uses.ts';

export interface ChapterSource {
  id: string;
  title: string;
  body: string;
}

export interface Use {
  /** Chapter id (its URL is /chapters/<id>/). */
  chapter: string;
  title: string;
}

/** Claim and instruction ids → the chapters that show them through <Fig>, <Quote> or a <Graphic> built on them. */
export function usesById(chapters: readonly ChapterSource[], graphicClaims: (graphicId: string) => readonly string[] = () => []): Map<string, Use[]> {
  const uses = new Map<string, Use[]>();
  const add = (id: string, use: Use): void => {
    const list = uses.get(id) ?? [];
    if (!list.some((u) => u.chapter === use.chapter)) list.push(use);
    uses.set(id, list);
  };
  for (const c of chapters) {
    for (const { component, id } of componentUses(c.body)) {
      if (component !== 'Fig' && component !== 'Quote' && component !== 'Graphic') continue;
      const use = { chapter: c.id, title: c.title };
      if (component === 'Graphic') for (const claim of graphicClaims(id)) add(claim, use);
      else add(id, use);
    }
  }
  return uses;
}
