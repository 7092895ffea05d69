// Puts chapters in story order and refuses two chapters with the same order or topic.

export interface Ordered {
  id: string;
  data: { order: number; topic: string };
}

/** Chapters sorted by `order`; throws naming both files when an order or a topic is used twice. */
export function inStoryOrder<T extends Ordered>(chapters: readonly T[]): T[] {
  const sorted = [...chapters].sort((a, b) => a.data.order - b.data.order);
  const problems: string[] = [];
  for (const key of ['order', 'topic'] as const) {
    const seen = new Map<string, string>();
    for (const c of sorted) {
      const v = String(c.data[key]);
      const other = seen.get(v);
      if (other) problems.push(`content/chapters/${c.id}.mdx: ${key} ${v} is already used by content/chapters/${other}.mdx. Each chapter needs its own ${key}.`);
      else seen.set(v, c.id);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return sorted;
}

/** The chapters before and after `id` in story order, for the links at the foot of a chapter. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { previous: T | undefined; next: T | undefined } {
  const i = ordered.findIndex((c) => c.id === id);
  return { previous: i > 0 ? ordered[i - 1] : undefined, next: i >= 0 ? ordered[i + 1] : undefined };
}
