// A thin walk over parse5's tree: the node-side checks read built HTML exactly as a browser parses it.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export type HtmlElement = T.Element;

/** Parses a whole document with the HTML spec's algorithm (same recovery as a browser). */
export function parseHtml(text: string): T.Document {
  return parse(text);
}

/** Every element in document order, template contents included. */
export function* elements(node: T.ParentNode): Generator<HtmlElement> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
    if (child.nodeName === 'template') yield* elements((child as T.Template).content);
  }
}

/** The value of attribute `name`, or undefined when absent. */
export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Raw text of an element's direct text children (the source of a <script> or <style>). */
export function rawText(el: HtmlElement): string {
  return el.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join('');
}
