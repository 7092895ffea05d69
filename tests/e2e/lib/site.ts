// The build under test: dist/ (or E2E_DIST, for the escaping build) and the canonical origin its
// absolute links use (SITE_URL, as in astro.config.mjs).
import { fileURLToPath } from 'node:url';
import { listPages } from '../../../scripts/quality/pages.ts';
import type { BuiltPage } from '../../../scripts/quality/pages.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DIST = process.env['E2E_DIST'] ?? `${ROOT}dist`;
export const SITE = process.env['SITE_URL'] ?? 'https://zhetysu-speech.example.org';

/** Every built page; throws with the fix when the site was not built. */
export const builtPages = (): BuiltPage[] => listPages(DIST);
