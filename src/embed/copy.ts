// Progressive enhancement for embed code boxes: each Copy button (shown by CSS when scripts run) copies its
// text box, announcing the result in the box's status region.

/** Copies `text`: the Clipboard API where allowed, else the selection of `field` (older browsers, http). */
export async function copyText(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    return document.execCommand('copy');
  }
}

export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const id = button.dataset['copy'] ?? '';
    const field = document.getElementById(id);
    const status = root.querySelector<HTMLElement>(`[data-copy-status="${CSS.escape(id)}"]`);
    if (button.dataset['enhanced']) continue;
    // A button without its text box would copy nothing: it goes.
    if (!(field instanceof HTMLTextAreaElement)) {
      button.hidden = true;
      continue;
    }
    button.dataset['enhanced'] = '';
    button.addEventListener('click', async () => {
      const copied = await copyText(field.value, field);
      if (status) status.textContent = copied ? 'Copied.' : 'Press Ctrl+C (⌘C on a Mac) to copy the selected code.';
      if (!copied) {
        field.focus();
        field.select();
      }
    });
  }
}
