import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkHtmlValidity } from './vnu.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/e2e/fixtures/site', import.meta.url));

describe('checkHtmlValidity', () => {
  it('checkHtmlValidity(files) reports each error with file and line, and passes a valid page', { timeout: 60_000 }, () => {
    const problems = checkHtmlValidity([`${FIXTURE}/invalid-html/index.html`, `${FIXTURE}/index.html`], FIXTURE);
    expect(problems).toEqual([
      'invalid-html/index.html:10: Stray end tag “span”. near "y end tag.</span></p> <"',
      'invalid-html/index.html:10: No “p” element in scope but a “p” end tag seen. near "ag.</span></p> <ul><"',
      'invalid-html/index.html:11: Element “p” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.) near "></p> <ul><p>Not a"',
    ]);
  });

  it('checkHtmlValidity(files) drops only the checker gaps on container queries, not real CSS errors', { timeout: 60_000 }, () => {
    const problems = checkHtmlValidity([`${FIXTURE}/modern-css/index.html`], FIXTURE);
    expect(problems).toEqual([expect.stringMatching(/^modern-css\/index.html:11: CSS: “colr”: Property “colr” doesn't exist/)]);
  });
});
