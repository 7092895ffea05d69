import { describe, expect, it } from 'vitest';
import { absoluteUrl, LOCAL_ORIGIN, publicSite } from './site-url.ts';

describe('publicSite', () => {
  it('publicSite(env) reads SITE_URL as an origin, trailing slash or not', () => {
    expect(publicSite({ SITE_URL: 'https://news.example.kz/' })).toEqual({ origin: 'https://news.example.kz', configured: true });
    expect(publicSite({ SITE_URL: 'http://127.0.0.1:8080' })).toEqual({ origin: 'http://127.0.0.1:8080', configured: true });
  });

  it('publicSite(no SITE_URL) points at the local preview and says it is not configured', () => {
    expect(publicSite({})).toEqual({ origin: LOCAL_ORIGIN, configured: false });
    expect(publicSite({ SITE_URL: ' ' })).toEqual({ origin: LOCAL_ORIGIN, configured: false });
  });

  it('publicSite(a path, a query, another scheme, no scheme) throws with the fix', () => {
    for (const bad of ['https://x.kz/site/', 'https://x.kz/?a=1', 'ftp://x.kz', 'x.kz']) {
      expect(() => publicSite({ SITE_URL: bad })).toThrow(/SITE_URL: received .* expected the site's public origin/u);
    }
  });
});

describe('absoluteUrl', () => {
  it('absoluteUrl(path, origin) prefixes root-relative paths only', () => {
    expect(absoluteUrl('/speech/#p1s1', 'https://x.kz')).toBe('https://x.kz/speech/#p1s1');
    expect(absoluteUrl('https://y.kz/a', 'https://x.kz')).toBe('https://y.kz/a');
    expect(absoluteUrl('//y.kz/a', 'https://x.kz')).toBe('//y.kz/a');
  });
});
