import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPageCsp, metaPolicy } from '../quality/csp.ts';
import { trimCsp } from './csp-trim.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) => `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('trimCsp', () => {
  const mine = 'console.log(1)';
  const css = 'p{color:red}';
  const policy = `default-src 'self'; script-src 'self' ${sha(mine)} ${sha('other()')}; style-src 'self' ${sha(css)} ${sha('b{}')}`;

  it('trimCsp(html) keeps the hashes of the page\'s own inline script and style and drops the others', () => {
    const html = trimCsp(page(policy, `<script>${mine}</script><style>${css}</style><script type="module" src="/a.js"></script>`));
    expect(metaPolicy(html)).toBe(`default-src 'self'; script-src 'self' ${sha(mine)}; style-src 'self' ${sha(css)}`);
    expect(checkPageCsp(html)).toEqual([]);
  });
  it('trimCsp(html) leaves only \'self\' on a page without inline code, and keeps the other directives as written', () => {
    expect(metaPolicy(trimCsp(page(policy, '<p>no scripts</p>')))).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  });
  it('trimCsp(html) leaves a page without a meta policy unchanged', () => {
    expect(trimCsp('<p>plain</p>')).toBe('<p>plain</p>');
  });
});
