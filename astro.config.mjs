// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { checkComponents } from './src/lib/remark-check-components.ts';

// The canonical origin; override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://zhetysu-speech.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
  // Pages render a few at a time so PNG endpoints wait on their worker threads side by side (src/embed/png.ts).
  build: { inlineStylesheets: 'auto', concurrency: 4 },
  // Astro 7's default Markdown processor is Sätteri; MDX inherits it. The check fails the build on bad components/ids.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [checkComponents({ root: fileURLToPath(new URL('.', import.meta.url)) })] }) },
  // Strict CSP: Astro hashes its inline scripts/styles into a per-page <meta>; scripts/quality/headers.ts mirrors it in dist/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        // MapLibre 6 starts a same-origin worker file as it is (setWorkerUrl in src/maps/live.ts); no blob: workers.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // maplibre-gl is one deliberate large chunk, loaded only on demand (STACK.md pitfall 8).
    build: { chunkSizeWarningLimit: 1100 },
  },
});
