// The components a chapter body uses and the ids they name, read from the MDX tree (comments and code are not uses).
import { mdxToMdast } from 'satteri';

export interface ComponentUse {
  /** Component name: "Fig", "Graphic", "MapFigure", … */
  component: string;
  /** Its `id` attribute, when written as a plain string. */
  id: string;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
}

/** Every `<Component id="…">` of an MDX chapter body, in document order. */
export function componentUses(body: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const walk = (node: Node): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') uses.push({ component: node.name, id });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body) as Node);
  return uses;
}
