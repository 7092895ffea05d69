// Records everything that goes wrong while a page loads: console errors, uncaught exceptions,
// failed requests, requests to other hosts (blocked) and CSP violations.
import type { Page } from 'playwright-core';

export interface Watcher {
  /** Problems seen so far, one sentence each; call after the page settled. */
  problems(): Promise<string[]>;
}

// Runs before any page script: CSP violations as structured events, not only console text.
const RECORD_CSP = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '') + (e.sample ? ' ("' + e.sample + '")' : ''));
});`;

export async function watchPage(page: Page, origin: string): Promise<Watcher> {
  const problems: string[] = [];
  const foreign: string[] = [];
  await page.addInitScript(RECORD_CSP);
  await page.route((url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin, async (route) => {
    foreign.push(route.request().url());
    await route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!foreign.includes(request.url())) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return {
    async problems() {
      const csp = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
      return [
        ...problems,
        ...foreign.map((url) => `request to another host: ${url}`),
        ...csp.map((v) => `CSP violation: ${v}`),
      ];
    },
  };
}
