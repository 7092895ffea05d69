// The pages the bench runs Lighthouse on: one of every kind a reader meets (issue 14, item 1).
import { readFileSync } from 'node:fs';
import type { PageBytes } from '../../quality/budgets.ts';
import { listPages } from '../../quality/pages.ts';

export interface Target {
  /** What the row stands for, e.g. "map chapter". */
  label: string;
  path: string;
  /** The page asks search engines not to index it: its SEO score is not a target. */
  noindex: boolean;
}

const SCROLLY = /data-scrolly\b/;

/** One page per kind, in reading order; a kind the build lacks is listed in `missing`. */
export function pickTargets(dist: string, pages: readonly PageBytes[]): { targets: Target[]; missing: string[] } {
  const files = new Map(listPages(dist).map((p) => [p.path, p.file]));
  const html = (path: string) => readFileSync(files.get(path) ?? '', 'utf8');
  const first = (test: (p: PageBytes) => boolean) => pages.find(test)?.path;
  const wanted: Array<[string, string | undefined]> = [
    ['home', first((p) => p.kind === 'home')],
    ['chart chapter', first((p) => p.kind === 'chapter')],
    ['map chapter', first((p) => p.kind === 'map-chapter' && !SCROLLY.test(html(p.path)))],
    ['scrolly chapter', first((p) => p.path.startsWith('/chapters/') && SCROLLY.test(html(p.path)))],
    ['speech', first((p) => p.path === '/speech/')],
    ['tracker', first((p) => p.path === '/tracker/')],
    ['tracker item', first((p) => /^\/tracker\/[^/]+\/$/.test(p.path))],
    ['embed gallery', first((p) => p.path === '/embeds/')],
    ['chart embed', first((p) => p.kind === 'embed')],
    ['map embed', first((p) => p.kind === 'map-embed')],
  ];
  const targets: Target[] = [];
  const missing: string[] = [];
  for (const [label, path] of wanted) {
    if (path === undefined) missing.push(label);
    else targets.push({ label, path, noindex: /<meta name="robots" content="[^"]*noindex/i.test(html(path)) });
  }
  return { targets, missing };
}
