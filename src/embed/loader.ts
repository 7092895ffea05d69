// The optional script host pages add after our iframes: sizes each iframe to the height its page
// reports and tells it the host's background so an auto-themed graphic matches the page.
import { ownHelloMessage, parseOwnHeight } from './messages.ts';
import type { Theme } from './messages.ts';

const FLAG = '__zhetysuEmbedLoader';
const script = document.currentScript as HTMLScriptElement | null;
const globals = window as unknown as Record<string, unknown>;

// Embed codes each carry the script tag: only the first copy on a page does the work.
if (script && !globals[FLAG]) {
  globals[FLAG] = 1;
  start(new URL(script.src).origin);
}

function scheme(frame: HTMLIFrameElement): Theme {
  const declared = getComputedStyle(frame).colorScheme;
  const dark = /dark/.test(declared) && (!/light/.test(declared) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 'dark' : 'light';
}

/** Theme matching the first opaque background behind the iframe (the canvas when there is none). */
function hostTheme(frame: HTMLIFrameElement): Theme {
  for (let node = frame.parentElement; node; node = node.parentElement) {
    const rgb = getComputedStyle(node).backgroundColor.match(/^rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?/);
    if (rgb && rgb[4] !== '0') return 0.299 * Number(rgb[1]) + 0.587 * Number(rgb[2]) + 0.114 * Number(rgb[3]) < 128 ? 'dark' : 'light';
  }
  return scheme(frame);
}

function start(origin: string): void {
  const prefix = `${origin}/embed/`;
  const seen = new WeakSet<HTMLIFrameElement>();
  const ours = (): HTMLIFrameElement[] => Array.from(document.getElementsByTagName('iframe')).filter((frame) => frame.src.indexOf(prefix) === 0);
  const greet = (frame: HTMLIFrameElement): void => {
    const win = frame.contentWindow;
    // A frame still on about:blank shares our origin and its location is readable: wait for its load.
    try {
      if (!win || win.location.href) return;
    } catch {
      win?.postMessage(ownHelloMessage(hostTheme(frame), scheme(frame)), origin);
    }
  };

  addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const message = parseOwnHeight(event.data);
    if (!message) return;
    for (const frame of ours()) if (frame.contentWindow === event.source) frame.style.height = `${message.height}px`;
  });

  // Greeting asks for the height too, so a page that reported before this script ran is sized.
  const scan = (): void => {
    for (const frame of ours()) {
      if (seen.has(frame)) continue;
      seen.add(frame);
      frame.addEventListener('load', () => greet(frame));
      greet(frame);
    }
  };
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  const greetAll = (): void => ours().forEach(greet);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', greetAll);
  // Off-screen frames may not notice their new width themselves; a greeting makes them measure.
  addEventListener('resize', greetAll);
}
