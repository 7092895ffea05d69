import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPageCsp, effectiveSources, metaPolicy, parsePolicy } from './csp.ts';

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head>${head}<meta http-equiv="content-security-policy" content="${policy}"><title>t</title></head><body>${body}</body></html>`;

describe('parsePolicy', () => {
  it('parsePolicy(text) keeps the first of a repeated directive, as browsers do', () => {
    const policy = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'; script-src *");
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a'"]);
  });
});

describe('effectiveSources', () => {
  it('effectiveSources(policy, kind) falls back from -elem to the base directive to default-src', () => {
    const policy = parsePolicy("default-src 'self'; style-src 'self' 'unsafe-inline'");
    expect(effectiveSources(policy, 'style-src-attr')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(effectiveSources(policy, 'script-src-elem')).toEqual(["'self'"]);
  });
});

describe('metaPolicy', () => {
  it('metaPolicy(html) reads the http-equiv meta, whatever its case', () => {
    expect(metaPolicy('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">')).toBe("default-src 'none'");
    expect(metaPolicy('<p>no policy</p>')).toBeUndefined();
  });
});

describe('checkPageCsp', () => {
  const script = "document.documentElement.dataset.js = '1';";

  it('checkPageCsp(html) passes a hashed inline script and style, a JSON data block and bundled files', () => {
    const style = 'p{color:red}';
    const html = page(`default-src 'self'; script-src 'self' ${sha(script)}; style-src 'self' ${sha(style)}`,
      `<script>${script}</script><style>${style}</style><script type="application/json">{"a":1}</script><script type="module" src="/a.js"></script>`);
    expect(checkPageCsp(html)).toEqual([]);
  });

  it('checkPageCsp(html) reports an inline script and style without a hash', () => {
    const html = page("default-src 'self'", `<script>${script}</script><style>p{color:red}</style>`);
    expect(checkPageCsp(html)).toEqual([
      `inline <script> "${script}" has no matching hash in script-src: let Astro process it (no is:inline) or add its hash.`,
      'inline <style> "p{color:red}" has no matching hash in style-src: let Astro bundle it.',
    ]);
  });

  it("checkPageCsp(html) reports 'unsafe-inline', event handlers, style attributes and javascript: URLs", () => {
    const html = page("default-src 'self'; script-src 'self' 'unsafe-inline'",
      '<button id="b" onclick="go()">Go</button><rect class="bar" style="fill:red"></rect><a href="javascript:go()">Go</a>');
    expect(checkPageCsp(html)).toEqual([
      "script-src allows 'unsafe-inline': remove it and hash the inline script instead.",
      '<button#b> has an inline event handler onclick="go()", which the CSP blocks: attach the listener from a bundled script.',
      '<rect.bar> has a style="fill:red" attribute, which the CSP blocks: use a class, an SVG presentation attribute or set it from script through element.style.',
      '<a> has a javascript: URL in href, which the CSP blocks: use a button with a bundled listener.',
    ]);
  });

  it('checkPageCsp(html) reports a script placed before the policy, and a page with no policy', () => {
    const early = page(`default-src 'self'; script-src 'self' ${sha(script)}`, '', `<script type="application/ld+json">{}</script><script>${script}</script>`);
    expect(checkPageCsp(early)).toEqual(['<script> comes before the CSP <meta>, so the policy does not cover it: move the meta to the top of <head>.']);
    expect(checkPageCsp('<!doctype html><title>t</title>')).toEqual([
      'has no Content-Security-Policy: every page needs the <meta http-equiv="content-security-policy"> Astro emits when security.csp is on.',
    ]);
  });
});
