// Records everything that goes wrong while a page loads: console errors, uncaught exceptions,
// failed requests, requests to other hosts (blocked) and CSP violations.
import type { Page, Request } from 'playwright-core';

export interface Watcher {
  /** Problems seen so far, one sentence each; call after the page settled. */
  problems(): Promise<string[]>;
  /**
   * Waits for network idle, at most `timeout` ms. A request still open then is a problem; no idle
   * with nothing open is not (a machine at load 15 can miss the 500 ms quiet window for a minute).
   */
  settle(timeout?: number): Promise<void>;
}

// Runs before any page script: CSP violations as structured events, not only console text.
const RECORD_CSP = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : '') + (e.sample ? ' ("' + e.sample + '")' : ''));
});`;

export async function watchPage(page: Page, origin: string): Promise<Watcher> {
  const problems: string[] = [];
  const foreign: string[] = [];
  const open = new Set<Request>();
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
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
    async settle(timeout = 30_000) {
      const idle = await page.waitForLoadState('networkidle', { timeout }).then(() => true, () => false);
      if (!idle) for (const request of open) problems.push(`still loading after ${timeout / 1000} s: ${request.url()}`);
    },
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
