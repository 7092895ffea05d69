// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { checkComponents } from './src/content/remark-check-components.ts';
import { publicSite } from './src/core/site-url.ts';
import { editorLoop } from './scripts/tools/editor/editor-loop.ts';
import { cspTrim } from './scripts/deploy/csp-trim.ts';

// The public origin of every absolute URL (README: "The public URL"); unset, they point at the local preview.
const { origin: site, configured } = publicSite();
if (!configured && process.argv.includes('build')) {
  console.warn(`SITE_URL is not set: embed codes, oEmbed, og:image and data downloads point at ${site}. Set SITE_URL=https://your.domain for a build you deploy.`);
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  // editorLoop last: its link check after the build reads the sitemap the sitemap integration writes.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') && !page.endsWith('/components/') }), editorLoop(), cspTrim()],
  // Pages render a few at a time so PNG endpoints wait on their worker threads side by side (src/embed/png.ts).
  build: { inlineStylesheets: 'auto', concurrency: 4 },
  // Astro 7's default Markdown processor is Sätteri; MDX inherits it. The check fails the build on bad components/ids.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [checkComponents({ root: fileURLToPath(new URL('.', import.meta.url)) })] }) },
  // Strict CSP: Astro hashes the build's inline scripts/styles into each page's <meta>; cspTrim keeps a page's own, and
  // scripts/deploy/headers.ts mirrors the result in dist/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        // MapLibre 6 starts a same-origin worker file as it is (setWorkerUrl in src/maps/client/live.ts); no blob: workers.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // maplibre-gl is one deliberate large chunk, loaded only on demand (the limit is raised for it alone so Vite still warns on any other big chunk).
    // Stylesheets of 1 kB or more (tokens, embed, map figure, MDX components) are files every page shares from the cache,
    // so a host page with five embeds downloads them once; smaller page-only rules stay inline. Fonts are always files (the CSP has no
    // font-src data:, and a face is cached across pages); other assets keep Vite's 4 kB.
    build: { chunkSizeWarningLimit: 1100, assetsInlineLimit: (file, content) => (file.endsWith('.css') ? content.length < 1024 : file.endsWith('.woff2') ? false : undefined) },
  },
});
