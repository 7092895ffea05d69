// Runs inside every /embed/<id>/ page: applies the theme before first paint, then reports the
// page's height to the host in every dialect, whenever it changes (ResizeObserver, no polling).
import { heightMessages, parseParentMessage, pymChildId } from './messages.ts';
import type { Theme } from './messages.ts';
import { embedOptions, initialTheme, themeFromHost } from './theme.ts';

const root = document.documentElement;
const options = embedOptions(location.search);
const embedded = window.parent !== window;
let theme = initialTheme(options, embedded);

function setTheme(next: Theme | null): void {
  theme = next;
  if (next) root.dataset['theme'] = next;
  else delete root.dataset['theme'];
}

setTheme(theme);

/** Asks the browser to pass the new layout size to a host frame styled `frame-sizing: content-height`; a no-op where unsupported. */
function requestResize(): void {
  const w = window as unknown as { requestResize?: () => void };
  try {
    w.requestResize?.();
  } catch {
    // NotAllowedError: not opted in, or not in an iframe; the message dialects still size the frame.
  }
}
if (options.transparent) root.dataset['transparent'] = '';

if (embedded) {
  const id = root.dataset['embedId'] ?? '';
  const childId = pymChildId(new URLSearchParams(location.search).get('childId'));
  let sent = 0;
  // A height measured while the page still parses is a fraction of the real one: the host's frame would jump.
  let loaded = document.readyState === 'complete';

  const send = (force: boolean): void => {
    if (!loaded || !document.body) return;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height < 1 || (height === sent && !force)) return;
    sent = height;
    for (const message of heightMessages(id, height, childId)) window.parent.postMessage(message, '*');
    // CSS responsive iframes (frame-sizing): the browser itself resizes a host frame that asks for it.
    requestResize();
  };

  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = parseParentMessage(event.data, childId);
    if (!message) return;
    if (message.kind === 'hello') {
      setTheme(themeFromHost(options, message.theme, theme));
      if (options.transparent && message.scheme) root.style.colorScheme = message.scheme;
    }
    send(true);
  });

  // The script runs in <head> so the theme lands before paint; the body exists only later.
  const start = (): void => {
    new ResizeObserver(() => send(false)).observe(document.body);
    send(false);
  };
  if (document.body) start();
  else addEventListener('DOMContentLoaded', start);
  // Browsers skip ResizeObserver in off-screen cross-origin frames: measure on these events too.
  addEventListener('load', () => {
    loaded = true;
    send(true);
  });
  addEventListener('resize', () => send(false));
}
