// Astro writes the hashes of every inline script and style of the whole build into every page's CSP
// <meta>; this keeps on each page only the hashes of what that page carries, so a page allows no
// script it does not have, and a chart embed stops carrying ~1 kB of other pages' hashes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parsePolicy, serializePolicy } from '../quality/csp.ts';
import { listPages } from '../quality/pages.ts';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH = /^'sha(256|384|512)-(.+)'$/;

/** Texts of the page's inline elements of one tag (no src attribute: a script file is allowed by 'self'). */
function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(re)].filter((m) => !/\ssrc\s*=/.test(m[1] ?? '')).map((m) => m[2] ?? '');
}

/** The page's meta CSP with each script-src and style-src hash kept only when an inline script or style of the page has it. */
export function trimCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const texts = { 'script-src': inlineTexts(html, 'script'), 'style-src': inlineTexts(html, 'style') };
  const digests = new Map<string, Set<string>>();
  const has = (kind: keyof typeof texts, algorithm: string, digest: string) => {
    const key = `${kind} ${algorithm}`;
    let set = digests.get(key);
    if (!set) digests.set(key, (set = new Set(texts[kind].map((t) => createHash(`sha${algorithm}`).update(t, 'utf8').digest('base64')))));
    return set.has(digest);
  };
  const policy = parsePolicy(meta[2] ?? '');
  for (const name of ['script-src', 'style-src'] as const) {
    const sources = policy.get(name);
    if (sources) policy.set(name, sources.filter((s) => {
      const m = HASH.exec(s);
      return !m || has(name, m[1] ?? '', m[2] ?? '');
    }));
  }
  return html.replace(META, (_, open: string, _content: string, close: string) => `${open}${serializePolicy(policy)}${close}`);
}

/** Rewrites every HTML page under `dir`; returns how many changed. */
export function trimCspIn(dir: string): number {
  let changed = 0;
  for (const page of listPages(dir)) {
    const html = readFileSync(page.file, 'utf8');
    const trimmed = trimCsp(html);
    if (trimmed !== html) {
      writeFileSync(page.file, trimmed);
      changed++;
    }
  }
  return changed;
}

/** The build step: runs after Astro has written the pages, before the headers writer (postbuild) mirrors their policies. */
export function cspTrim(): AstroIntegration {
  return {
    name: 'csp-trim',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const changed = trimCspIn(fileURLToPath(dir));
        logger.info(`each page's CSP keeps only its own inline hashes (${changed} pages)`);
      },
    },
  };
}
