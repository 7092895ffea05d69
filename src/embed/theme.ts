// How an embed picks its colours: the URL decides when it names a theme; otherwise the host page
// (through the loader) decides, and with no word from the host an embedded graphic stays light,
// the background of most pages that embed it, so editors see what their readers see.
import type { Theme } from './messages.ts';

/** Display options an embed URL may carry: `?theme=light|dark|auto&transparent=1`. */
export interface EmbedOptions {
  /** A theme the URL fixes; null for `auto` or none (the default). */
  theme: Theme | null;
  /** Let the host page's background show through (default false). */
  transparent: boolean;
}

export const THEME_PARAM = 'theme';
export const TRANSPARENT_PARAM = 'transparent';

/** Reads the options from a query string; unknown values fall back to the defaults. */
export function embedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get(THEME_PARAM);
  const transparent = params.get(TRANSPARENT_PARAM);
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    transparent: transparent === '1' || transparent === 'true',
  };
}

/** Theme to show before the host says anything: null follows the reader's system preference. */
export function initialTheme(options: EmbedOptions, embedded: boolean): Theme | null {
  return options.theme ?? (embedded ? 'light' : null);
}

/** Theme after the host's loader reported its background: a theme fixed by the URL always wins. */
export function themeFromHost(options: EmbedOptions, host: Theme | null, current: Theme | null): Theme | null {
  return options.theme ?? host ?? current;
}
