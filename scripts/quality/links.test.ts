import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './links.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/e2e/fixtures/site', import.meta.url));

describe('checkLinks', () => {
  it('checkLinks(dist, site) reports missing pages, missing anchors here and elsewhere, and a missing trailing slash', () => {
    const problems = checkLinks(FIXTURE, 'https://example.org');
    expect(problems).toEqual([
      '/broken-links/: <a href="#nowhere"> points to #nowhere, which this page does not have.',
      '/broken-links/: <a href="/missing/"> points to /missing/, which the build does not have.',
      '/broken-links/: <a href="/#gone"> points to #gone, which / does not have.',
      "/broken-links/: <a href=\"/overflow\"> lacks its trailing slash: write /overflow/ (the site uses trailingSlash: 'always').",
      '/broken-links/: <a href="https://example.org/absent/"> points to /absent/, which the build does not have.',
      '/escaping-leak/: <img src="x-page"> points to /escaping-leak/x-page, which the build does not have.',
    ]);
  });

  it('checkLinks(dist, site) treats absolute links to the site as internal and others as external', () => {
    const problems = checkLinks(FIXTURE, 'https://example.org');
    expect(problems).toContain('/broken-links/: <a href="https://example.org/absent/"> points to /absent/, which the build does not have.');
    expect(problems.some((p) => p.includes('elsewhere.example.com') || p.includes('cdn.example.com'))).toBe(false);
  });

  it('checkLinks(dist, site, from) checks only the pages `from` accepts, and still the anchors they point to on other pages', () => {
    const problems = checkLinks(FIXTURE, 'https://example.org', (path) => path === '/broken-links/');
    expect(problems.every((p) => p.startsWith('/broken-links/: '))).toBe(true);
    expect(problems).toContain('/broken-links/: <a href="/#gone"> points to #gone, which / does not have.');
    expect(problems).toHaveLength(5);
  });
});
