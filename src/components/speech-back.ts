// Where the speech page's "back" link should go: the chapter named by ?from=<slug>, or the chapter the
// reader came from (same-origin referrer); undefined when neither names a known chapter.

export interface BackTarget {
  href: string;
  title: string;
  /** True when the referrer was the chapter, so history.back() returns to the reader's place in it. */
  fromReferrer: boolean;
}

const CHAPTER_PATH = /^\/chapters\/([a-z0-9-]+)\/$/;

/** The back link for a page at `location`, reached from `referrer`, among `chapters` (slug → title). */
export function backTarget(location: string, referrer: string, chapters: Readonly<Record<string, string>>): BackTarget | undefined {
  const here = new URL(location);
  const from = here.searchParams.get('from');
  if (from !== null && Object.hasOwn(chapters, from)) return { href: `/chapters/${from}/`, title: chapters[from] ?? from, fromReferrer: false };
  if (referrer === '') return undefined;
  let ref: URL;
  try {
    ref = new URL(referrer);
  } catch {
    return undefined;
  }
  if (ref.origin !== here.origin) return undefined;
  const slug = CHAPTER_PATH.exec(ref.pathname)?.[1];
  if (slug === undefined || !Object.hasOwn(chapters, slug)) return undefined;
  return { href: `${ref.pathname}${ref.search}${ref.hash}`, title: chapters[slug] ?? slug, fromReferrer: true };
}
