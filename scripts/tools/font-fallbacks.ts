// `npm run font-fallbacks` (after a build): measures in Chromium how wide the chapters' English text is in Noto Sans/Serif
// (variable, at 400 and 700) and in Liberation Sans/Serif at the same weight: the ratios are fonts.css's fallback size-adjust values.
import { readFileSync, readdirSync } from 'node:fs';
import { launchChromium } from '../quality/browser.ts';
import { startServer } from '../quality/server.ts';
const dist = process.argv[2] ?? 'dist';
const html = readdirSync(`${dist}/chapters`).map((d) => readFileSync(`${dist}/chapters/${d}/index.html`, 'utf8')).join('');
const text = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&[^;]+;/g, ' ')).join(' ');
const headings = text(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g);
const prose = text(/<p[^>]*>([\s\S]*?)<\/p>/g).slice(0, 40000);
const server = await startServer(dist);
const browser = await launchChromium();
const page = await browser.newPage();
const serif = readdirSync(`${dist}/_astro`).find((f) => f.startsWith('noto-serif-latin'))!;
const sans = readdirSync(`${dist}/_astro`).find((f) => f.startsWith('noto-sans-latin'))!;
await page.goto(server.origin + '/');
const out = await page.evaluate(async ({ serif, sans, headings, prose }) => {
  const faces = [new FontFace('TNS', `url(/_astro/${serif})`, { weight: '100 900' }), new FontFace('TNA', `url(/_astro/${sans})`, { weight: '100 900' })];
  for (const f of faces) { await f.load(); document.fonts.add(f); }
  const ctx = document.createElement('canvas').getContext('2d')!;
  const w = (font: string, s: string) => { ctx.font = font; return ctx.measureText(s).width; };
  const r: Record<string, number> = {};
  for (const [name, web, local, sample] of [['serif', 'TNS', 'Liberation Serif', headings], ['sans', 'TNA', 'Liberation Sans', prose]] as const) {
    for (const weight of [400, 700]) r[`${name} ${weight}`] = w(`${weight} 100px ${web}`, sample) / w(`${weight} 100px "${local}"`, sample);
  }
  return r;
}, { serif, sans, headings, prose });
for (const [face, ratio] of Object.entries(out)) console.log(`${face}: size-adjust ${(ratio * 100).toFixed(1)}%`);
console.log(`over ${headings.length} characters of headings (serif) and ${prose.length} of prose (sans)`);
await browser.close();
await server.close();
