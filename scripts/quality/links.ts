// Every internal link, resource and #anchor in the build must resolve to a built file and an id.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, elements, parseHtml } from './html.ts';
import { listPages } from './pages.ts';

/** Attributes that hold one URL, per element. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], img: ['src'], script: ['src'], iframe: ['src'],
  source: ['src'], video: ['src', 'poster'], audio: ['src'], track: ['src'], object: ['data'],
  form: ['action'], use: ['href', 'xlink:href'], image: ['href', 'xlink:href'],
};
// <link rel> values that name a host, not a file.
const HOST_HINTS = new Set(['dns-prefetch', 'preconnect']);

interface Page {
  path: string;
  ids: Set<string>;
  refs: Array<{ where: string; url: string }>;
}

function readPage(path: string, html: string): Page {
  const ids = new Set<string>();
  const refs: Page['refs'] = [];
  for (const el of elements(parseHtml(html))) {
    const id = attr(el, 'id');
    if (id !== undefined) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name') !== undefined) ids.add(attr(el, 'name') ?? '');
    if (el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).some((r) => HOST_HINTS.has(r))) continue;
    for (const name of URL_ATTRS[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value !== undefined) refs.push({ where: `<${el.tagName} ${name}="${value}">`, url: value });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const value = attr(el, name);
      for (const candidate of value?.split(',') ?? []) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push({ where: `<${el.tagName} ${name}="…${url}…">`, url });
      }
    }
  }
  return { path, ids, refs };
}

/** The built HTML file behind a URL path, a redirect hint, or undefined. */
function target(dist: string, pathname: string): { file: string } | { slash: true } | undefined {
  const full = join(dist, decodeURIComponent(pathname));
  if (!existsSync(full)) return undefined;
  if (statSync(full).isDirectory()) {
    if (!pathname.endsWith('/')) return { slash: true };
    return existsSync(join(full, 'index.html')) ? { file: join(full, 'index.html') } : undefined;
  }
  return { file: full };
}

/**
 * Problems with links in the build at `dist`, whose pages live at `site` (the canonical origin, so
 * absolute links to it count as internal). Links to other hosts are not followed. `from` limits the
 * pages whose links are checked; a page is parsed only when it is one of them or a link's #anchor needs it.
 */
export function checkLinks(dist: string, site: string, from: (path: string) => boolean = () => true): string[] {
  const origin = new URL(site).origin;
  const parsed = new Map<string, Page>();
  const pathOf = new Map(listPages(dist).map((p) => [p.file, p.path]));
  const read = (file: string): Page | undefined => {
    const path = pathOf.get(file);
    if (path === undefined) return undefined;
    let page = parsed.get(file);
    if (page === undefined) parsed.set(file, (page = readPage(path, readFileSync(file, 'utf8'))));
    return page;
  };
  const pages = [...pathOf].filter(([, path]) => from(path)).map(([file]) => read(file)).filter((p): p is Page => p !== undefined);
  const problems: string[] = [];
  for (const page of pages) {
    for (const { where, url } of page.refs) {
      if (/^(mailto|tel|data|blob|javascript):/i.test(url.trim())) continue;
      const resolved = new URL(url, origin + page.path);
      if (resolved.origin !== origin) continue;
      const found = target(dist, resolved.pathname);
      if (found === undefined) {
        problems.push(`${page.path}: ${where} points to ${resolved.pathname}, which the build does not have.`);
        continue;
      }
      if ('slash' in found) {
        problems.push(`${page.path}: ${where} lacks its trailing slash: write ${resolved.pathname}/ (the site uses trailingSlash: 'always').`);
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment === '' || fragment === 'top' || fragment.startsWith(':~:')) continue;
      const linked = read(found.file);
      if (linked === undefined) continue;
      if (!linked.ids.has(fragment)) {
        const here = linked === page ? 'this page' : linked.path;
        problems.push(`${page.path}: ${where} points to #${fragment}, which ${here} does not have.`);
      }
    }
  }
  return problems;
}
