// The one list of components an MDX chapter may use: the build check, /components/ and EDITING.md read it.
import { WHEN_SHOWS } from './when-text.ts';

/** Which dataset an id prop must name; the build checks the id against that dataset. */
export type IdKind = 'claim' | 'claim-or-instruction' | 'graphic' | 'map' | 'focus';

export interface PropSpec {
  /** One line an editor reads on /components/ and in build errors. */
  description: string;
  /** The build fails when a required prop is missing. */
  required: boolean;
  /** The id must exist in this dataset. */
  ids?: IdKind;
  /** The value is a comma-separated list of such ids ("a,b"). */
  list?: boolean;
  /** The value must be one of these strings. */
  oneOf?: readonly string[];
  /** Value used when the prop is left out. */
  default?: string;
  /** Text readers see (a title): like prose, it may hold no typed number. */
  prose?: boolean;
}

export interface ComponentSpec {
  /** What the component shows, in one sentence. */
  description: string;
  /** Inline components sit in a sentence; block components stand on their own line. */
  placement: 'inline' | 'block';
  props: Readonly<Record<string, PropSpec>>;
  /** May the component wrap other MDX content (steps of a scrolly map)? */
  children: boolean;
  /** The component may only be used inside this one. */
  within?: string;
  /** A working example against the real datasets; /components/ renders it live and shows its source. */
  example: Example;
}

export interface Example {
  /** Props of the example, written as name="value". */
  props: Readonly<Record<string, string>>;
  /** Prose around an inline example. */
  before?: string;
  after?: string;
  /** Content of a component that wraps others: child components, each with its text. */
  children?: ReadonlyArray<{ component: string; props: Readonly<Record<string, string>>; text: string }>;
}

export const components = {
  Fig: {
    description:
      'A number from the claims dataset, formatted, linked to the sentence of the speech it comes from; the quote is its description.',
    placement: 'inline',
    children: false,
    props: {
      id: { description: 'Claim id (data/claims.csv).', required: true, ids: 'claim' },
      show: {
        description: 'What to print: the formatted value, the measure in words, or both.',
        required: false,
        oneOf: ['value', 'measure', 'both'],
        default: 'value',
      },
    },
    example: { props: { id: 'unused-land', show: 'both' }, before: 'The speech counts ', after: '.' },
  },
  When: {
    description:
      'A year or deadline from the data, linked to the sentence of the speech it comes from: a claim\'s target, as-of or since year, or an instruction\'s deadline as said, its year or its date. Years are not typed into chapters.',
    placement: 'inline',
    children: false,
    props: {
      id: { description: 'Claim id or instruction id.', required: true, ids: 'claim-or-instruction' },
      show: {
        description: 'For a claim: target, as-of or since (its year); for an instruction: said (the deadline as worded), year or date.',
        required: true,
        oneOf: WHEN_SHOWS,
      },
    },
    example: { props: { id: 'white-sugar-target', show: 'target' }, before: 'The target year is ', after: '.' },
  },
  Quote: {
    description: 'The verbatim quote of a claim or an instruction as a block quotation, linked to its sentence.',
    placement: 'block',
    children: false,
    props: {
      id: { description: 'Claim id or instruction id.', required: true, ids: 'claim-or-instruction' },
    },
    example: { props: { id: 'unused-land' } },
  },
  Graphic: {
    description: 'A chart from data/graphics.json, drawn at build time, with its title, caption and sources.',
    placement: 'block',
    children: false,
    props: {
      id: { description: 'Graphic id (data/graphics.json).', required: true, ids: 'graphic' },
    },
    example: { props: { id: 'irrigation-networks-worn' } },
  },
  MapFigure: {
    description: 'A map of the region: a static SVG for everyone, an interactive map where the browser can draw one.',
    placement: 'block',
    children: false,
    props: {
      id: { description: 'Map id (data/maps.json).', required: true, ids: 'map' },
    },
    example: { props: { id: 'districts' } },
  },
  ScrollyMap: {
    description:
      'A scrollytelling map: a sticky map that follows the steps inside it as the reader scrolls; without JavaScript the steps stack, each with its own map.',
    placement: 'block',
    children: true,
    props: {
      title: { description: 'Accessible name of the map, in words (no typed numbers).', required: true, prose: true },
      map: { description: 'Map id the frame shows before the first step.', required: true, ids: 'map' },
      focus: { description: 'Routes, districts or places to frame first, comma-separated.', required: false, ids: 'focus', list: true },
    },
    example: {
      props: { title: 'The roads the speech names', map: 'roads' },
      children: [
        { component: 'MapStep', props: { map: 'roads', focus: 'highway-usharal-dostyk' }, text: 'The Usharal–Dostyk highway is under construction.' },
        { component: 'MapStep', props: { map: 'roads' }, text: 'All the roads together.' },
      ],
    },
  },
  MapStep: {
    description: 'One step of a ScrollyMap: its text, and the map as it should look while the step is read.',
    placement: 'block',
    children: true,
    within: 'ScrollyMap',
    props: {
      map: { description: 'Map id of this step.', required: true, ids: 'map' },
      focus: { description: 'Routes, districts or places to highlight and frame, comma-separated.', required: false, ids: 'focus', list: true },
      id: { description: 'Step id, needed only when two steps of a page show the same map and focus.', required: false },
    },
    example: {
      props: { map: 'roads', focus: 'highway-republican-kerbulak-panfilov,kerbulak,panfilov' },
      children: [],
    },
  },
} as const satisfies Record<string, ComponentSpec>;

/** Plain HTML elements an editor may write in MDX besides the components. */
export const htmlElements: readonly string[] = ['abbr', 'br', 'em', 'small', 'span', 'strong', 'sub', 'sup'];

/** The MDX an editor writes for a component's example. */
export function exampleSource(name: string, example: Example): string {
  const props = (p: Readonly<Record<string, string>>): string => Object.entries(p).map(([k, v]) => ` ${k}="${v}"`).join('');
  if (example.children?.length) {
    const inner = example.children.map((c) => `  <${c.component}${props(c.props)}>\n    ${c.text}\n  </${c.component}>`).join('\n');
    return `<${name}${props(example.props)}>\n${inner}\n</${name}>`;
  }
  if (example.children) return `<${name}${props(example.props)}>\n  Text of the step.\n</${name}>`;
  return `${example.before ?? ''}<${name}${props(example.props)} />${example.after ?? ''}`;
}
