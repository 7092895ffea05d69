// Rasterises a build-time SVG to PNG with resvg and the bundled Noto Sans (OFL), never system or
// downloaded fonts, so images are the same on every machine.
import { Resvg } from '@resvg/resvg-js';
import { resolve } from 'node:path';
import { lightTokens, resolveVariables, type Tokens } from './tokens.ts';

export const FONT_FAMILY = 'Noto Sans';

/** The Noto Sans faces images use, from @expo-google-fonts/noto-sans in node_modules. */
export function fontFiles(root = process.cwd()): string[] {
  const dir = resolve(root, 'node_modules/@expo-google-fonts/noto-sans');
  return [resolve(dir, '400Regular/NotoSans_400Regular.ttf'), resolve(dir, '700Bold/NotoSans_700Bold.ttf')];
}

export interface PngOptions {
  /** Output width in px; the height follows the SVG's aspect ratio. */
  width: number;
  /** Colours for var(--token) references; default the light tokens of tokens.css. */
  tokens?: Tokens;
}

/** PNG bytes of `svg`, its CSS variables resolved to light-theme colours, on the page background. */
export function svgToPng(svg: string, options: PngOptions): Uint8Array {
  const tokens = options.tokens ?? lightTokens();
  const resvg = new Resvg(resolveVariables(svg, tokens), {
    fitTo: { mode: 'width', value: Math.round(options.width) },
    background: tokens['bg'] ?? '#ffffff',
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    logLevel: 'error',
  });
  return new Uint8Array(resvg.render().asPng());
}
