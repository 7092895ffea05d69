// Design-token colours as literal values, for renderers without CSS (resvg for PNGs): the same
// tokens.css the pages use, so an image never drifts from the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Tokens = Readonly<Record<string, string>>;

/** Custom properties declared in the first `selector { … }` block of a stylesheet. */
export function tokensFrom(css: string, selector = ':root'): Tokens {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const start = plain.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokensFrom: no "${selector} {" block in the stylesheet; tokens.css must declare its light tokens there.`);
  const block = plain.slice(start, plain.indexOf('}', start));
  const tokens: Record<string, string> = {};
  for (const match of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) {
    if (match[1] && match[2]) tokens[match[1]] = match[2].trim();
  }
  return tokens;
}

// Every PNG and preview resolves colours: read tokens.css once per project root, not once per image.
const stylesheets = new Map<string, string>();
function tokensCss(root: string): string {
  let css = stylesheets.get(root);
  if (css === undefined) {
    css = readFileSync(resolve(root, 'src/styles/tokens.css'), 'utf8');
    stylesheets.set(root, css);
  }
  return css;
}

/** The light tokens of src/styles/tokens.css: images are light, like the page printed. */
export function lightTokens(root = process.cwd()): Tokens {
  return tokensFrom(tokensCss(root));
}

/** The dark tokens: the light ones overridden by tokens.css's `:root[data-theme="dark"]` block. */
export function darkTokens(root = process.cwd()): Tokens {
  const css = tokensCss(root);
  return { ...tokensFrom(css), ...tokensFrom(css, ':root[data-theme="dark"]') };
}

/** Replaces every `var(--name)` / `var(--name, fallback)` with the token's value (or the fallback);
 *  double quotes in values become single so a value stays inside a double-quoted attribute. */
export function resolveVariables(text: string, tokens: Tokens): string {
  let out = text;
  // Innermost first, so fallbacks that are themselves var() resolve too.
  for (let guard = 0; guard < 8 && out.includes('var(--'); guard += 1) {
    out = out.replace(/var\(--([\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g, (whole, name: string, fallback: string | undefined) => {
      const value = tokens[name] ?? fallback?.trim();
      if (value === undefined) throw new Error(`resolveVariables: "${whole}" names no token in tokens.css and has no fallback; add --${name} to tokens.css or give a fallback.`);
      return value.replaceAll('"', "'");
    });
  }
  return out;
}
