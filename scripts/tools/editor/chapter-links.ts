// After the build: every internal link and #anchor of the chapter pages must resolve; each problem points at the
// chapter's MDX line when the link is written there, else at the page (a link a component made).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks } from '../../quality/links.ts';

/** Where in a chapter's MDX a URL is written: file:line:column, or undefined when the MDX does not hold it. */
export function sourceOf(root: string, slug: string, url: string): string | undefined {
  const file = `content/chapters/${slug}.mdx`;
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  const at = text.indexOf(`(${url}`) >= 0 ? text.indexOf(`(${url}`) + 1 : text.indexOf(`"${url}"`) >= 0 ? text.indexOf(`"${url}"`) + 1 : -1;
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  return `${file}:${before.split('\n').length}:${at - before.lastIndexOf('\n')}`;
}

/** The link problems of /chapters/<slug>/ pages in dist, each starting with the MDX location when there is one. */
export function chapterLinkProblems(root: string, dist: string, site: string): string[] {
  const chapters = new Set(readdirSync(join(root, 'content/chapters')).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4)));
  return checkLinks(dist, site, (path) => chapters.has(/^\/chapters\/([^/]+)\/$/.exec(path)?.[1] ?? '')).flatMap((problem) => {
    const m = /^\/chapters\/([^/]+)\/: (.*)$/.exec(problem);
    if (!m || !chapters.has(m[1] ?? '')) return [];
    const slug = m[1] ?? '';
    const href = /(?:href|src)="([^"]+)"/.exec(m[2] ?? '')?.[1];
    const where = href === undefined ? undefined : sourceOf(root, slug, href);
    return [`${where ?? `/chapters/${slug}/ (made by a component, not written in content/chapters/${slug}.mdx)`} ${m[2] ?? ''} Fix: link to a page of the site with its trailing slash (/speech/#p4s2, /chapters/${slug}/), or to an anchor the page has.`];
  });
}
