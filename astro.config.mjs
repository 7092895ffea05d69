// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The canonical origin; override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://zhetysu-speech.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
  build: { inlineStylesheets: 'auto' },
  vite: {
    // maplibre-gl is one deliberate large chunk, loaded only on demand (STACK.md pitfall 8).
    build: { chunkSizeWarningLimit: 1100 },
  },
});
