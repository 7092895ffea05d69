// Build-time check of every MDX chapter: unknown components or props, ids missing from the datasets, typed numbers.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { components, htmlElements, type ComponentSpec } from './components.ts';
import { idNoun, idsFor, loadKnownIds, type KnownIds } from './known-ids.ts';
import { suggestIds as nearest } from '../core/suggest-ids.ts';

/** The parts of an mdast MDX JSX node (flow or text) the check reads. */
export interface JsxNode {
  name: string | null;
  attributes: ReadonlyArray<{ type: string; name?: string; value?: unknown }>;
  children?: ReadonlyArray<{ type: string; value?: unknown }>;
  position?: { start: { line: number; column: number } } | undefined;
}

interface Located {
  position?: { start: { line: number; column: number } } | undefined;
}

const where = (file: string, node: Located): string =>
  node.position ? `${file}:${node.position.start.line}:${node.position.start.column}` : file;

const didYouMean = (ids: string[]): string => (ids.length ? ` Did you mean: ${ids.join(', ')}?` : '');

const componentNames = Object.keys(components);
const specs: Readonly<Record<string, ComponentSpec>> = components;

/** Which component takes an id of each kind, to redirect an id written in the wrong component. */
const takenBy: Array<{ kind: keyof Omit<KnownIds, 'topic' | 'cards'>; noun: string; use: (id: string) => string }> = [
  { kind: 'claim', noun: 'a claim', use: (id) => `<Fig id="${id}" /> or <Quote id="${id}" />` },
  { kind: 'instruction', noun: 'an instruction', use: (id) => `<Quote id="${id}" /> (an instruction has no number for <Fig>)` },
  { kind: 'graphic', noun: 'a chart', use: (id) => `<Graphic id="${id}" />` },
  { kind: 'map', noun: 'a map', use: (id) => `<MapFigure id="${id}" />` },
  { kind: 'focus', noun: 'a route, district or place', use: (id) => `focus="${id}" on a <MapStep> or <ScrollyMap> (a map frames it; it is not a map of its own)` },
];

// Up to this many valid ids are listed in full when nothing close was typed.
const LIST_ALL = 12;

/** The end of an unknown-id message: the id's real kind and component, the nearest ids, or every id when there are few. */
export function idHint(value: string, valid: ReadonlySet<string>, kind: string, known: Omit<KnownIds, 'topic'>): string {
  const other = takenBy.find((t) => t.kind !== kind && !(kind === 'claim-or-instruction' && (t.kind === 'claim' || t.kind === 'instruction')) && known[t.kind].has(value));
  const all = valid.size <= LIST_ALL ? ` Valid ids: ${[...valid].sort().join(', ')}.` : '';
  if (other) return ` "${value}" is ${other.noun}: write ${other.use(value)}.${all}`;
  const near = nearest(value, valid);
  if (near.length > 0) return didYouMean(near);
  return all || ` No similar id exists: check the datasets (npm run data) or /components/.`;
}

/** Only whitespace or comments: a component that takes no content may still be written `<X></X>`. */
function isEmpty(children: JsxNode['children']): boolean {
  return (children ?? []).every((c) => c.type === 'text' && String(c.value ?? '').trim() === '');
}

/** Every problem with one JSX element, each a full message starting with file:line:column; `ancestors` are the enclosing component names. */
export function checkElement(node: JsxNode, known: () => KnownIds, file: string, ancestors: readonly string[] = []): string[] {
  const at = where(file, node);
  const name = node.name;
  if (name === null) return [`${at} <> — fragments are not needed in a chapter. Remove the <> and </>.`];
  const spec = specs[name];
  if (!spec) {
    if (htmlElements.includes(name)) return [];
    const lower = new Map(componentNames.map((c) => [c.toLowerCase(), c]));
    const guesses = nearest(name.toLowerCase(), lower.keys()).map((g) => lower.get(g) ?? g);
    return [
      `${at} <${name}> — no component with that name.${didYouMean(guesses)} Components: ${componentNames.join(', ')} (see /components/); HTML elements allowed: ${htmlElements.join(', ')}.`,
    ];
  }

  const problems: string[] = [];
  if (spec.within && !ancestors.includes(spec.within)) {
    problems.push(`${at} <${name}> — <${name}> only works inside <${spec.within}>. Put it between <${spec.within} …> and </${spec.within}>.`);
  }
  const propNames = Object.keys(spec.props);
  const seen = new Set<string>();
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
      problems.push(`${at} <${name} {${String(attr.value ?? '…')}}> — spread props cannot be checked. Write each prop as name="value".`);
      continue;
    }
    const prop = attr.name;
    const pspec = spec.props[prop];
    if (!pspec) {
      problems.push(
        `${at} <${name} ${prop}> — <${name}> has no prop "${prop}".${didYouMean(nearest(prop, propNames))} Props of <${name}>: ${propNames.join(', ')}.`,
      );
      continue;
    }
    seen.add(prop);
    if (typeof attr.value !== 'string') {
      problems.push(`${at} <${name} ${prop}> — "${prop}" must be a plain string in quotes: ${prop}="…" (not {…} and not empty).`);
      continue;
    }
    const value = attr.value;
    if (pspec.ids) {
      const valid = idsFor(pspec.ids, known());
      const values = pspec.list ? value.split(',').map((v) => v.trim()) : [value];
      for (const v of values) {
        if (valid.has(v)) continue;
        const shown = pspec.list ? `${prop}="…${v}…"` : `${prop}="${v}"`;
        const what = pspec.list ? `the id "${v}"` : 'that id';
        problems.push(`${at} <${name} ${shown}> — no ${idNoun[pspec.ids]} with ${what}.${idHint(v, valid, pspec.ids, known())}`);
      }
    }
    if (pspec.prose && /\d/u.test(value)) {
      problems.push(`${at} <${name} ${prop}="${value}"> — numbers must not be typed into "${prop}": it is text readers see, and a number there cannot link to its sentence. Reword it without the number; put figures in the text with <Fig> or <When>.`);
    }
    if (pspec.oneOf && !pspec.oneOf.includes(value)) {
      problems.push(`${at} <${name} ${prop}="${value}"> — "${prop}" must be one of: ${pspec.oneOf.join(', ')}.${didYouMean(nearest(value, pspec.oneOf, 1))}`);
    }
  }
  for (const [prop, pspec] of Object.entries(spec.props)) {
    if (pspec.required && !seen.has(prop)) problems.push(`${at} <${name}> — the prop "${prop}" is required: ${pspec.description}`);
  }
  if (!spec.children && !isEmpty(node.children)) {
    problems.push(`${at} <${name}> — <${name}> takes no content between its tags. Write it self-closing: <${name} … />.`);
  }
  return problems;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// A calendar date ("20 October 2022", "October 2022") is not a figure; a year on its own is data and comes through <When>.
const DATE = new RegExp(`\\b(?:\\d{1,2}\\s)?(?:${MONTHS})\\s(?:19|20)\\d\\d\\b`, 'g');
const YEAR = /^(?:19|20)\d\d$/u;

/** Digits typed into prose; only calendar dates are allowed: figures come through <Fig>, years through <When>. */
export function checkProse(text: string, node: Located, file: string): string[] {
  const typed = text.replace(DATE, ' ').match(/\d(?:[\d.,\u00a0\u202f]*\d)?/g) ?? [];
  return typed.map((t) =>
    YEAR.test(t)
      ? `${where(file, node)} "${t}" — years must not be typed into a chapter either. Use <When id="…" show="…" /> so the year comes from the data and links to its sentence (show: target, as-of or since for a claim; said, year or date for an instruction). Calendar dates like 20 October 2022 are fine.`
      : `${where(file, node)} "${t}" — numbers must not be typed into a chapter. Use <Fig id="…" /> so the figure comes from the claims dataset (calendar dates like 20 October 2022 are fine).`,
  );
}

/** A {…} expression other than a comment could print anything unchecked. */
export function checkExpression(value: string, node: Located, file: string): string[] {
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(value)) return [];
  return [`${where(file, node)} {${value.trim()}} — expressions are not allowed in a chapter (only {/* comments */}). Use a component such as <Fig id="…" />.`];
}

// Orders messages as they appear in the file, whichever visitor found them.
const lineCol = (message: string): number => {
  const m = /^[^ ]*?:(\d+):(\d+) /.exec(message);
  return m ? Number(m[1]) * 1e4 + Number(m[2]) : 0;
};

/** Names of the JSX components around a node, innermost first. */
function enclosing(node: object, ctx: MdastVisitorContext): string[] {
  const names: string[] = [];
  let at = ctx.parent(node as Parameters<MdastVisitorContext['parent']>[0]) as { type: string; name?: string | null } | undefined;
  while (at) {
    if ((at.type === 'mdxJsxFlowElement' || at.type === 'mdxJsxTextElement') && at.name) names.push(at.name);
    at = ctx.parent(at as Parameters<MdastVisitorContext['parent']>[0]) as { type: string; name?: string | null } | undefined;
  }
  return names;
}

/** The anchor a heading gets (GitHub-style slug, as Astro's heading ids). */
export const headingSlug = (text: string): string =>
  text.toLowerCase().trim().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

/** A heading whose anchor equals a chart's or map's would give the page two elements with one id. */
export function checkHeading(text: string, node: Located, file: string, known: () => KnownIds): string[] {
  const slug = headingSlug(text);
  const isMap = slug.startsWith('map-') && known().map.has(slug.slice('map-'.length));
  const clash = known().graphic.has(slug) ? `the chart "${slug}"` : isMap ? `the map "${slug}"` : '';
  return clash ? [`${where(file, node)} ## ${text} — this heading's anchor #${slug} is also the anchor of ${clash}. Reword the heading slightly.`] : [];
}

const idOf = (node: JsxNode): string | undefined => {
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof value === 'string' ? value : undefined;
};

/**
 * A big-number card whose every figure the same chapter already gives with <Fig> says it twice: the
 * card is an embed for other sites (/embeds/), not a chapter's graphic.
 */
export function checkCards(graphics: readonly JsxNode[], figs: ReadonlyMap<string, JsxNode>, known: () => KnownIds, file: string): string[] {
  const problems: string[] = [];
  for (const node of graphics) {
    const id = idOf(node) ?? '';
    const claims = known().cards?.get(id);
    if (!claims || claims.length === 0 || !claims.every((c) => figs.has(c))) continue;
    const inText = claims.map((c) => `<Fig id="${c}" /> at line ${figs.get(c)?.position?.start.line ?? '?'}`).join(', ');
    problems.push(`${where(file, node)} <Graphic id="${id}" /> — a big-number card of figures the text already gives (${inText}), so the chapter says them twice. Fix: remove this <Graphic> (the card stays at /embeds/ for other sites), or show the figures in a chart that compares them with something.`);
  }
  return problems;
}

export interface CheckOptions {
  /** Project root; file names in messages are relative to it. */
  root: string;
  /** Where the valid ids come from; defaults to the built datasets under `root`. */
  known?: () => KnownIds;
}

/** The Sätteri mdast plugin Astro 7 runs on every MDX file; throws one error listing every problem in the file. */
export function checkComponents(options: CheckOptions) {
  return (doc: PluginFactoryContext): MdastPluginDefinition | null => {
    if (doc.sourceFormat !== 'mdx') return null;
    const file = doc.fileURL ? relative(options.root, fileURLToPath(doc.fileURL)) : '<mdx>';
    let cache: KnownIds | undefined;
    const known = (): KnownIds => (cache ??= (options.known ?? (() => loadKnownIds(options.root)))());
    const problems: string[] = [];
    const figs = new Map<string, JsxNode>();
    const graphics: JsxNode[] = [];
    const element = (node: JsxNode, ctx: MdastVisitorContext) => {
      problems.push(...checkElement(node, known, file, enclosing(node, ctx)));
      const id = idOf(node);
      if (node.name === 'Fig' && id !== undefined && !figs.has(id)) figs.set(id, node);
      if (node.name === 'Graphic') graphics.push(node);
    };
    return {
      name: 'check-components',
      options: { position: true },
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      mdxjsEsm(node) {
        problems.push(`${where(file, node)} ${node.value.split('\n')[0] ?? ''} — imports and exports are not needed in a chapter: the components are provided by the page. Remove this line.`);
      },
      mdxFlowExpression(node) {
        problems.push(...checkExpression(node.value, node, file));
      },
      mdxTextExpression(node) {
        problems.push(...checkExpression(node.value, node, file));
      },
      text(node) {
        problems.push(...checkProse(node.value, node, file));
      },
      heading(node, ctx) {
        problems.push(...checkHeading(ctx.textContent(node), node, file, known));
      },
      after() {
        problems.push(...checkCards(graphics, figs, known, file));
        if (problems.length === 0) return;
        const sorted = [...new Set(problems)].sort((a, b) => lineCol(a) - lineCol(b));
        const error = new Error(`MDX check failed with ${sorted.length} problem${sorted.length === 1 ? '' : 's'}:\n${sorted.join('\n')}`);
        // Astro's MDX plugin reads line/column from the error to point its overlay and log at the first problem.
        const first = /^[^ ]*?:(\d+):(\d+) /.exec(sorted[0] ?? '');
        throw first ? Object.assign(error, { line: Number(first[1]), column: Number(first[2]) }) : error;
      },
    };
  };
}
