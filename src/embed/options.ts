// The theme and background chooser on /embeds/: rewrites every code box and live preview to match,
// and the buttons that swap a preview picture for the live embed. CSS shows both only when scripts run
// (@media (scripting)); without, the page keeps the picture and a link to the embed.
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

/** Replaces a preview's picture (in `box`, marked data-preview/-title/-height) with the live embed. */
export function showLivePreview(box: HTMLElement, choice: Choice): HTMLIFrameElement {
  const { preview: id = '', title = '', height = '0' } = box.dataset;
  const frame = box.ownerDocument.createElement('iframe');
  frame.dataset['preview'] = id;
  frame.title = `Live preview: ${title}`;
  frame.height = height;
  frame.src = embedUrl({ site: '', id, ...choice });
  box.replaceChildren(frame);
  return frame;
}

export function enhanceOptions(form: HTMLFormElement, root: ParentNode, site: string): void {
  form.addEventListener('change', () => applyChoice(root, site, readChoice(form)));
  // The form is shown before this runs, and a browser may restore its last choice: the code follows it.
  const initial = readChoice(form);
  if (initial.theme !== 'auto' || initial.transparent) applyChoice(root, site, initial);
  // Live previews load only on request: 28 embeds, six of them maps, are too much for one page.
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-live-preview]')) {
    const box = root.querySelector<HTMLElement>(`[data-preview="${CSS.escape(button.dataset['livePreview'] ?? '')}"]`);
    if (!box) {
      button.hidden = true;
      continue;
    }
    button.addEventListener('click', () => {
      // The button has done its job: it goes, and focus moves to the live embed that replaced the picture.
      button.hidden = true;
      showLivePreview(box, readChoice(form)).focus();
    });
  }
}
