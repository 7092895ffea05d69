// Launches Debian's Chromium through playwright-core with the flags this machine needs (never a
// downloaded browser); each launch gets a fresh profile.
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Flags without which Chromium tries the closed network at start or needs a sandbox it cannot get as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Turn WebGL off to test the static-map fallback. */
  webgl?: boolean;
  /** Turn on features Chromium still ships behind a flag (CSS frame-sizing before Chromium 156). */
  experimental?: boolean;
}

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const args = [
    ...CHROMIUM_ARGS,
    ...(options.webgl === false ? ['--disable-webgl', '--disable-3d-apis'] : []),
    ...(options.experimental ? ['--enable-experimental-web-platform-features'] : []),
  ];
  // playwright creates and removes a fresh temporary user-data-dir for every launch.
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
}

export interface ContextOptions {
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  width?: number;
}

export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  // Loads wait for network idle; on a machine shared by many builds 30 s is not always enough.
  context.setDefaultNavigationTimeout(90_000);
  return context;
}
