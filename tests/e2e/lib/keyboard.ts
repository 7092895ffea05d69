// Tabs through a page like a keyboard user: every visible control must take focus, and each focus
// must be visible (an outline, or a change of shadow, colour, fill or stroke on it or its children)
// and on screen.
import type { Page } from 'playwright-core';

// Elements a reader can act on; tabindex="-1" ones are reached by other keys (roving focus).
const INTERACTIVE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable="true"], [contenteditable=""], [tabindex]';

interface Step {
  /** True when focus left the page or came back to a control already seen. */
  done: boolean;
  problems: string[];
}

interface State {
  seen: Set<Element>;
  /** The control focused by the previous Tab and how it looked then. */
  last: { el: Element; look: string; name: string } | null;
}

/** Marks the controls that Tab must reach; returns how many there are. */
function prepare(selector: string): number {
  // Only one radio of a group is a Tab stop (the checked one, else the first); arrows reach the rest.
  const radioStops = new Set<Element>();
  const groups = new Map<string, HTMLInputElement[]>();
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const key = `${radio.form ? [...document.forms].indexOf(radio.form) : -1}|${radio.name || Math.random()}`;
    groups.set(key, [...(groups.get(key) ?? []), radio]);
  }
  for (const group of groups.values()) radioStops.add(group.find((r) => r.checked) ?? (group[0] as Element));
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (el instanceof HTMLInputElement && el.type === 'radio' && !radioStops.has(el)) continue;
    const html = el as HTMLElement;
    const box = el.getBoundingClientRect();
    const disabled = 'disabled' in html && (html as HTMLButtonElement).disabled;
    const hidden = !el.checkVisibility({ visibilityProperty: true }) || box.width * box.height === 0 || el.closest('[inert]');
    if (html.tabIndex < 0 || disabled || hidden) continue;
    el.setAttribute('data-qa-kb', String(n++));
  }
  (window as unknown as { __kb: State }).__kb = { seen: new Set(), last: null };
  return n;
}

/** After one Tab press: records the newly focused control, and judges the one focus just left. */
function inspect(finish: boolean): Step {
  const kb = (window as unknown as { __kb: State }).__kb;
  // The ring of the element itself, then what can mark focus on it or its first descendants
  // (an SVG mark often shows focus through a child's stroke or fill).
  const look = (el: Element): string => {
    const s = getComputedStyle(el);
    const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*, 0\)$/.test(s.outlineColor);
    const parts = [el, ...[...el.querySelectorAll('*')].slice(0, 30)].map((e) => {
      const c = getComputedStyle(e);
      return [c.boxShadow, c.backgroundColor, c.borderColor, c.color, c.textDecorationLine, c.fill, c.stroke, c.strokeWidth, c.opacity, c.outlineStyle, c.outlineColor].join(',');
    });
    return [ring ? 'ring' : 'none', ...parts].join('|');
  };
  const problems: string[] = [];
  const judgeLast = (): void => {
    const last = kb.last;
    if (last && !last.look.startsWith('ring') && look(last.el) === last.look) {
      problems.push(`${last.name} shows no visible focus: give :focus-visible an outline (var(--focus)).`);
    }
    kb.last = null;
  };
  const el = document.activeElement;
  if (finish || !el || el === document.body || el === document.documentElement) {
    judgeLast();
    return { done: finish || kb.seen.size > 0, problems };
  }
  // Inside a same-origin iframe focus moves on within it; the frame counts as reached once.
  const inner = el instanceof HTMLIFrameElement ? el.contentDocument?.activeElement ?? el : el;
  if (kb.seen.has(inner)) {
    judgeLast();
    return { done: true, problems };
  }
  kb.seen.add(inner);
  el.setAttribute('data-qa-kb-reached', '');
  if (kb.last?.el !== el) judgeLast();
  if (el !== inner) return { done: false, problems };
  const name = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || ''}"`;
  const box = el.getBoundingClientRect();
  if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) {
    problems.push(`${name} takes focus off screen (at ${Math.round(box.left)},${Math.round(box.top)}): move it into view when focused.`);
  }
  kb.last = { el, look: look(el), name };
  return { done: false, problems };
}

/** Problems found by tabbing through `page` from the top. */
export async function checkKeyboard(page: Page): Promise<string[]> {
  const total = await page.evaluate(prepare, INTERACTIVE);
  // Blur alone leaves Chromium's sequential-focus starting point where focus was (150 does), so
  // focus a non-tabbable mark at the very top: the first Tab then goes to the page's first control.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.setAttribute('data-qa-kb-start', '');
    start.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;overflow:hidden';
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  });
  const problems: string[] = [];
  for (let presses = 0; presses < total * 2 + 20; presses++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(inspect, false);
    problems.push(...step.problems);
    if (step.done) break;
  }
  // The last control's look once focus has gone elsewhere.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('[data-qa-kb-start]')?.remove();
  });
  problems.push(...(await page.evaluate(inspect, true)).problems);
  const missed = await page.evaluate(() =>
    [...document.querySelectorAll('[data-qa-kb]:not([data-qa-kb-reached])')].map(
      (el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.getAttribute('href') || ''}"`,
    ),
  );
  return [...problems, ...missed.map((name) => `${name} cannot be reached with Tab.`)];
}
