// Finds markup from the datasets that was parsed as HTML instead of shown as text: statically in
// built HTML, and live in the browser as scripts add elements.
import type { Page } from 'playwright-core';
import { attr, elements, parseHtml, rawText } from '../../../scripts/quality/html.ts';

/** A JSON-LD block that parses as JSON is data no browser runs: markup inside it stays text (a breakout would make a script of its own). */
function isJsonData(el: Parameters<typeof rawText>[0]): boolean {
  if (attr(el, 'type') !== 'application/ld+json') return false;
  try {
    JSON.parse(rawText(el));
    return true;
  } catch {
    return false;
  }
}

/** Elements and attributes that exist only if injected markup was parsed as HTML. */
export function leaks(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(parseHtml(html))) {
    if (el.tagName === 'img' && (attr(el, 'src') ?? '').startsWith('x-')) found.push(`<img src="${attr(el, 'src')}">`);
    if (el.tagName === 'script' && rawText(el).includes('alert(') && !isJsonData(el)) found.push(`<script>${rawText(el).slice(0, 60)}</script>`);
    for (const a of el.attrs) if (/^on/i.test(a.name) && a.value.includes('alert(')) found.push(`<${el.tagName} ${a.name}="${a.value}">`);
  }
  return found;
}

/** Text nodes and attribute values that hold an injected value whole, i.e. it was shown as text. */
export function shownAsText(html: string, value: string): number {
  let count = 0;
  for (const el of elements(parseHtml(html))) {
    count += el.attrs.filter((a) => a.value.includes(value)).length;
    count += el.childNodes.filter((c) => c.nodeName === '#text' && 'value' in c && c.value.includes(value)).length;
  }
  return count;
}

// Records any element the markup would create, whenever scripts (charts, maps, popups) add it.
export const LEAK_TRAP = `window.__leaks = [];
window.alert = (m) => window.__leaks.push('alert(' + m + ')');
const seen = new WeakSet();
// JSON-LD that parses is data no browser runs (see isJsonData above).
const jsonData = (el) => { if (el.type !== 'application/ld+json') return false; try { JSON.parse(el.textContent); return true; } catch { return false; } };
new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) {
  if (n.nodeType !== 1) continue;
  for (const el of [n, ...n.querySelectorAll('img, script')]) {
    if (seen.has(el)) continue;
    seen.add(el);
    if (el.tagName === 'IMG' && (el.getAttribute('src') || '').startsWith('x-')) window.__leaks.push('img ' + el.getAttribute('src'));
    if (el.tagName === 'SCRIPT' && el.textContent.includes('alert(') && !jsonData(el)) window.__leaks.push('script ' + el.textContent.slice(0, 40));
  }
} }).observe(document, { childList: true, subtree: true });`;

/** What the trap caught on `page` since it loaded. */
export function readLeakTrap(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __leaks?: string[] }).__leaks ?? []);
}
