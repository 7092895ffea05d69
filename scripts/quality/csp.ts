// Reads a page's Content-Security-Policy and proves, without a browser, that every inline script and
// style it carries is allowed by hash and that nothing relies on 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { attr, elements, parseHtml, rawText } from './html.ts';
import type { HtmlElement } from './html.ts';

/** Directive name → its source expressions, in order. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The content of the page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicy(html: string): string | undefined {
  for (const el of elements(parseHtml(html))) {
    if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
      return attr(el, 'content');
    }
  }
  return undefined;
}

// Script types a browser runs; JSON and other data blocks are not scripts and CSP ignores them.
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The sources that govern `kind` (`script-src-elem`, `style-src-attr`…) under CSP's fallback rules. */
export function effectiveSources(policy: Policy, kind: string): string[] | undefined {
  const base = kind.replace(/-(elem|attr)$/, '');
  return policy.get(kind) ?? policy.get(base) ?? policy.get('default-src');
}

function hashAllowed(sources: string[], text: string): boolean {
  return sources.some((source) => {
    const m = /^'(sha256|sha384|sha512)-(.+)'$/.exec(source);
    return m?.[1] !== undefined && createHash(m[1]).update(text, 'utf8').digest('base64') === m[2];
  });
}

const describe = (el: HtmlElement): string => {
  const id = attr(el, 'id');
  const cls = attr(el, 'class');
  return `<${el.tagName}${id ? `#${id}` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}>`;
};

/** Problems with one page under its meta policy; each names the element and the fix. */
export function checkPageCsp(html: string): string[] {
  const policyText = metaPolicy(html);
  if (policyText === undefined) {
    return ['has no Content-Security-Policy: every page needs the <meta http-equiv="content-security-policy"> Astro emits when security.csp is on.'];
  }
  const policy = parsePolicy(policyText);
  const problems: string[] = [];
  const scriptElem = effectiveSources(policy, 'script-src-elem');
  const scriptAttr = effectiveSources(policy, 'script-src-attr');
  const styleElem = effectiveSources(policy, 'style-src-elem');
  const styleAttr = effectiveSources(policy, 'style-src-attr');
  if (scriptElem === undefined) problems.push('policy sets neither script-src nor default-src: scripts from anywhere would run.');
  for (const [name, sources] of policy) {
    if (!name.startsWith('script-src') && name !== 'default-src') continue;
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:']) {
      if (sources.includes(bad)) problems.push(`${name} allows ${bad}: remove it and hash the inline script instead.`);
    }
  }
  const unsafeInline = (sources: string[] | undefined): boolean =>
    sources !== undefined && sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(sha|nonce)/.test(s));
  let metaSeen = false;
  for (const el of elements(parseHtml(html))) {
    const tag = el.tagName;
    if (tag === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') metaSeen = true;
    const isStylesheet = tag === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).includes('stylesheet');
    const isScript = tag === 'script' && EXECUTABLE.has((attr(el, 'type') ?? '').toLowerCase());
    if (!metaSeen && (isScript || tag === 'style' || isStylesheet)) {
      problems.push(`${describe(el)} comes before the CSP <meta>, so the policy does not cover it: move the meta to the top of <head>.`);
    }
    if (isScript && attr(el, 'src') === undefined) {
      const text = rawText(el);
      if (text.trim() !== '' && !(scriptElem && hashAllowed(scriptElem, text))) {
        problems.push(`inline ${describe(el)} "${text.trim().slice(0, 60)}" has no matching hash in script-src: let Astro process it (no is:inline) or add its hash.`);
      }
    }
    if (tag === 'style' && !unsafeInline(styleElem)) {
      const text = rawText(el);
      if (text.trim() !== '' && !(styleElem && hashAllowed(styleElem, text))) {
        problems.push(`inline ${describe(el)} "${text.trim().slice(0, 60)}" has no matching hash in style-src: let Astro bundle it.`);
      }
    }
    for (const a of el.attrs) {
      if (/^on/i.test(a.name) && !(scriptAttr && hashAllowed(scriptAttr, a.value) && scriptAttr.includes("'unsafe-hashes'"))) {
        problems.push(`${describe(el)} has an inline event handler ${a.name}="${a.value.slice(0, 40)}", which the CSP blocks: attach the listener from a bundled script.`);
      }
      if (a.name === 'style' && a.value.trim() !== '' && !unsafeInline(styleAttr) && !(styleAttr?.includes("'unsafe-hashes'") && hashAllowed(styleAttr, a.value))) {
        problems.push(`${describe(el)} has a style="${a.value.slice(0, 40)}" attribute, which the CSP blocks: use a class, an SVG presentation attribute or set it from script through element.style.`);
      }
      if ((a.name === 'href' || a.name === 'src' || a.name === 'action') && /^\s*javascript:/i.test(a.value)) {
        problems.push(`${describe(el)} has a javascript: URL in ${a.name}, which the CSP blocks: use a button with a bundled listener.`);
      }
    }
  }
  return problems;
}
