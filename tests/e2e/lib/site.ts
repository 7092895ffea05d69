// The build under test: dist/ (or E2E_DIST, for the escaping build) and the canonical origin its
// absolute links use (SITE_URL, read as astro.config.mjs reads it).
import { fileURLToPath } from 'node:url';
import { listPages } from '../../../scripts/quality/pages.ts';
import type { BuiltPage } from '../../../scripts/quality/pages.ts';
import { publicSite } from '../../../src/core/site-url.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DIST = process.env['E2E_DIST'] ?? `${ROOT}dist`;
export const SITE = publicSite().origin;

/** Every built page; throws with the fix when the site was not built. */
export const builtPages = (): BuiltPage[] => listPages(DIST);
