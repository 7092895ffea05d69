// Test helpers for SVG strings: a tag-balance check stands in for an XML parser (no DOM in unit tests).

/** Throws unless every tag in `svg` is closed in order and no raw "<" or "&" leaks into text. */
export function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svg); m !== null; m = tag.exec(svg)) {
    checkText(svg.slice(last, m.index));
    last = m.index + m[0].length;
    const [, closing, name = '', , selfClosing] = m;
    if (selfClosing === '/') continue;
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) throw new Error(`assertWellFormed: </${name}> closes <${open ?? 'nothing'}>`);
    } else stack.push(name);
  }
  checkText(svg.slice(last));
  if (stack.length > 0) throw new Error(`assertWellFormed: unclosed <${stack.join('>, <')}>`);
}

function checkText(text: string): void {
  if (text.includes('<')) throw new Error(`assertWellFormed: raw "<" in text or a malformed tag near "${text.slice(0, 40)}"`);
  if (/&(?!(?:amp|lt|gt|quot|#39);)/.test(text)) throw new Error(`assertWellFormed: unescaped "&" near "${text.slice(0, 40)}"`);
}

/** Number of elements named `name` in `svg`. */
export function countTags(svg: string, name: string): number {
  return svg.match(new RegExp(`<${name}[\\s/>]`, 'g'))?.length ?? 0;
}

/** Numeric attribute values of every element named `name`, in document order. */
export function attrValues(svg: string, name: string, attr: string): number[] {
  const re = new RegExp(`<${name}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g');
  return [...svg.matchAll(re)].map((m) => Number(m[1]));
}

/** One element per line, so SVG snapshot files give readable diffs. */
export function pretty(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}
