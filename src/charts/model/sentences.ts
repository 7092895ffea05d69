// Links from a graphic to the sentences of the speech its figures come from.
import { sentenceHref } from '../../core/links.ts';
import type { SentenceRef } from './types.ts';

/** The unique sentence ids of `lists`, in first-seen order, as links. */
export function sentenceRefs(lists: ReadonlyArray<readonly string[]>): SentenceRef[] {
  const seen = new Set<string>();
  for (const list of lists) for (const id of list) seen.add(id);
  return [...seen].map((id) => {
    const m = /^p(\d+)s(\d+)$/.exec(id);
    return { id, href: sentenceHref(id), label: m === null ? id : `paragraph ${m[1] ?? ''}, sentence ${m[2] ?? ''}` };
  });
}
