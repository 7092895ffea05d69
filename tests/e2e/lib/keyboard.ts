// Tabs through a page like a keyboard user: every visible control must take focus, and each focus
// must be visible (an outline, a shadow or a change of colour) and on screen.
import type { Page } from 'playwright-core';

// Elements a reader can act on; tabindex="-1" ones are reached by other keys (roving focus).
const INTERACTIVE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable="true"], [contenteditable=""], [tabindex]';

interface Step {
  /** True when focus left the page or came back to a control already seen. */
  done: boolean;
  problem?: string;
}

/** Marks the controls to reach and snapshots their unfocused look; returns how many there are. */
function prepare(selector: string): number {
  // The ring of the element itself, then every property that can mark focus on it or its first
  // descendants (an SVG mark often shows focus through a child's stroke or fill).
  const look = (el: Element): string => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*, 0\)$/.test(s.outlineColor) ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none';
    const parts = [el, ...[...el.querySelectorAll('*')].slice(0, 30)].map((e) => {
      const c = getComputedStyle(e);
      return [c.boxShadow, c.backgroundColor, c.borderColor, c.color, c.textDecorationLine, c.fill, c.stroke, c.strokeWidth, c.opacity, c.outlineStyle, c.outlineColor].join(',');
    });
    return [outline, ...parts].join('|');
  };
  const w = window as unknown as { __kb: { look: (el: Element) => string; before: Map<Element, string>; seen: Set<Element> } };
  const before = new Map<Element, string>();
  let n = 0;
  // Only one radio of a group is a Tab stop (the checked one, else the first); arrows reach the rest.
  const radioStops = new Set<Element>();
  const groups = new Map<string, HTMLInputElement[]>();
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const key = `${radio.form ? [...document.forms].indexOf(radio.form) : -1}|${radio.name || Math.random()}`;
    groups.set(key, [...(groups.get(key) ?? []), radio]);
  }
  for (const group of groups.values()) radioStops.add(group.find((r) => r.checked) ?? (group[0] as Element));
  for (const el of document.querySelectorAll(selector)) {
    if (el instanceof HTMLInputElement && el.type === 'radio' && !radioStops.has(el)) continue;
    const html = el as HTMLElement;
    const box = el.getBoundingClientRect();
    const disabled = 'disabled' in html && (html as HTMLButtonElement).disabled;
    const hidden = !el.checkVisibility({ visibilityProperty: true }) || box.width * box.height === 0 || el.closest('[inert]');
    if (html.tabIndex < 0 || disabled || hidden) continue;
    el.setAttribute('data-qa-kb', String(n++));
    before.set(el, look(el));
  }
  w.__kb = { look, before, seen: new Set() };
  return n;
}

/** Inspects the element that has focus after one Tab press. */
function inspect(): Step {
  const kb = (window as unknown as { __kb: { look: (el: Element) => string; before: Map<Element, string>; seen: Set<Element> } }).__kb;
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { done: kb.seen.size > 0 };
  // Inside a same-origin iframe focus moves on within it; the frame counts as reached once.
  const inner = el instanceof HTMLIFrameElement ? el.contentDocument?.activeElement ?? el : el;
  if (kb.seen.has(inner)) return { done: true };
  kb.seen.add(inner);
  el.setAttribute('data-qa-kb-reached', '');
  if (el !== inner) return { done: false };
  const name = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || ''}"`;
  const box = el.getBoundingClientRect();
  if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) {
    return { done: false, problem: `${name} takes focus off screen (at ${Math.round(box.left)},${Math.round(box.top)}): move it into view when focused.` };
  }
  const before = kb.before.get(el);
  const now = kb.look(el);
  const ring = now.split('|')[0] !== 'none';
  if (!ring && before !== undefined && before === now) {
    return { done: false, problem: `${name} shows no visible focus: give :focus-visible an outline (var(--focus)).` };
  }
  return { done: false };
}

/** Problems found by tabbing through `page` from the top. */
export async function checkKeyboard(page: Page): Promise<string[]> {
  const total = await page.evaluate(prepare, INTERACTIVE);
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
  const problems: string[] = [];
  for (let presses = 0; presses < total * 2 + 20; presses++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(inspect);
    if (step.problem) problems.push(step.problem);
    if (step.done) break;
  }
  const missed = await page.evaluate(() =>
    [...document.querySelectorAll('[data-qa-kb]:not([data-qa-kb-reached])')].map(
      (el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.getAttribute('href') || ''}"`,
    ),
  );
  return [...problems, ...missed.map((name) => `${name} cannot be reached with Tab.`)];
}
