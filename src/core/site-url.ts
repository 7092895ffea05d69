// The one public URL setting: SITE_URL is the origin every absolute URL (embed codes, oEmbed, og:image, downloads) points at.

/** Where `astro preview` serves the build: absolute URLs point here when SITE_URL is not set, so they still work locally. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

export interface PublicSite {
  /** Origin without a trailing slash, e.g. `https://zhetysu.example.kz`. */
  origin: string;
  /** False when SITE_URL was not set (a local build, not one to deploy). */
  configured: boolean;
}

/** Reads SITE_URL; a value that is not a bare http(s) origin throws with the fix. */
export function publicSite(env: Record<string, string | undefined> = process.env): PublicSite {
  const raw = env['SITE_URL']?.trim();
  if (raw === undefined || raw === '') return { origin: LOCAL_ORIGIN, configured: false };
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (url === null || !/^https?:$/u.test(url.protocol) || url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
    throw new Error(`SITE_URL: received "${raw}", expected the site's public origin, e.g. https://zhetysu.example.kz (http or https, no path, query or #). Fix: SITE_URL=${url ? url.origin : 'https://your.domain'} npm run build`);
  }
  return { origin: url.origin, configured: true };
}

/** A root-relative path made absolute against the public origin; anything else is returned as it is. */
export const absoluteUrl = (path: string, origin: string): string => (path.startsWith('/') && !path.startsWith('//') ? `${origin}${path}` : path);
