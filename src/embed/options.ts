// The theme and background chooser on /embeds/: rewrites every code box and preview to match.
// Without JavaScript the chooser stays hidden and the page explains the URL parameters instead.
import { ampCode, embedCode, embedUrl, type EmbedTarget, type ThemeChoice } from './embed-code.ts';

export interface Choice {
  theme: ThemeChoice;
  transparent: boolean;
}

/** The code a box holds for `choice`; boxes carry their graphic's id, title, height and kind as data-*. */
export function codeFor(kind: string, target: EmbedTarget, alt: string): string | null {
  if (kind === 'iframe') return embedCode(target);
  if (kind === 'amp') return ampCode(target, { alt });
  if (kind === 'url') return embedUrl(target);
  return null;
}

export function readChoice(form: HTMLFormElement): Choice {
  const data = new FormData(form);
  const theme = data.get('theme');
  return { theme: theme === 'light' || theme === 'dark' ? theme : 'auto', transparent: data.get('transparent') === '1' };
}

export function applyChoice(root: ParentNode, site: string, choice: Choice): void {
  for (const box of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-kind]')) {
    const { kind = '', id = '', title = '', height = '0', alt = '' } = box.dataset;
    const code = codeFor(kind, { site, id, title, height: Number(height), ...choice }, alt);
    if (code !== null) box.value = code;
  }
  for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]')) {
    const id = frame.dataset['preview'] ?? '';
    // Previews are same-site: a relative URL keeps them working on any host the site is served from.
    frame.src = embedUrl({ site: '', id, ...choice });
  }
}

export function enhanceOptions(form: HTMLFormElement, root: ParentNode, site: string): void {
  form.hidden = false;
  form.addEventListener('change', () => applyChoice(root, site, readChoice(form)));
}
