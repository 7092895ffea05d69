// Lists every built HTML page in a dist folder, so new pages are covered without touching the tests.
import { readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The kinds of page that carry their own byte budget. */
export type PageKind = 'home' | 'chapter' | 'map-chapter' | 'embed' | 'map-embed' | 'speech' | 'gallery' | 'other' | 'map-other';

export interface BuiltPage {
  /** URL path as a reader requests it: `/`, `/chapters/economy/`, `/404.html`. */
  path: string;
  /** Absolute path of the HTML file. */
  file: string;
}

/** Walks `dir` and returns every `.html` file as a page, sorted by URL path. */
export function listPages(dir: string): BuiltPage[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the site first (npm run build), then run the checks again.`);
  }
  const pages: BuiltPage[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push({ path: urlPathOf(relative(dir, full)), file: full });
    }
  };
  walk(dir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** `chapters/x/index.html` → `/chapters/x/`; `404.html` → `/404.html`. */
export function urlPathOf(relativeFile: string): string {
  const posix = relativeFile.split(sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** The budget kind of a page; `hasMap` says whether the page can load the MapLibre chunk. */
export function kindOf(path: string, hasMap: boolean): PageKind {
  if (path === '/') return 'home';
  if (path.startsWith('/embed/')) return hasMap ? 'map-embed' : 'embed';
  if (path === '/speech/') return 'speech';
  // The embed gallery shows a preview picture of every graphic: its images get a budget of their own.
  if (path === '/embeds/') return 'gallery';
  if (/^\/chapters\/[^/]+\/$/.test(path)) return hasMap ? 'map-chapter' : 'chapter';
  return hasMap ? 'map-other' : 'other';
}
