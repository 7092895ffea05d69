// The Kazakh faces `npm run data` cuts (scripts/datasets/kazakh-faces.ts), by file name, as the build's URLs.
import sans from '../generated/fonts/noto-sans-kazakh-wght-normal.woff2?url';
import serif from '../generated/fonts/noto-serif-kazakh-wght-normal.woff2?url';

export const kazakhFaceUrls: Record<string, string> = {
  'noto-sans-kazakh-wght-normal.woff2': sans,
  'noto-serif-kazakh-wght-normal.woff2': serif,
};
