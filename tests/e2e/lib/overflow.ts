// Horizontal overflow at a phone width: the page must never scroll sideways.
import type { Page } from 'playwright-core';

/** Resizes to `width` and names the elements (or the text in them) that stick out past the right edge. */
export async function checkOverflow(page: Page, width = 320): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate((limit) => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= limit) return [];
    const name = (el: Element): string =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
    // The deepest elements past the edge are the culprits; their ancestors only inherit the width.
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > limit + 1);
    const culprits = wide
      .filter((el) => !wide.some((other) => other !== el && el.contains(other)))
      .map((el) => `${name(el)} ends at ${Math.round(el.getBoundingClientRect().right)}px`);
    // Text can overflow a box that itself fits (a long word, a clipped-but-unwrapped caption).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > limit + 1 && node.parentElement) culprits.push(`text "${(node.textContent ?? '').trim().slice(0, 30)}" in ${name(node.parentElement)} ends at ${Math.round(right)}px`);
    }
    return [`page is ${doc.scrollWidth}px wide at ${limit}px: ${[...new Set(culprits)].slice(0, 5).join(', ')}`];
  }, width);
}
