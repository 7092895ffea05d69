// The one list of components an MDX chapter may use: the build check, /components/ and EDITING.md read it.

/** Which dataset an id prop must name; the build checks the id against that dataset. */
export type IdKind = 'claim' | 'claim-or-instruction' | 'graphic' | 'map';

export interface PropSpec {
  /** One line an editor reads on /components/ and in build errors. */
  description: string;
  /** The build fails when a required prop is missing. */
  required: boolean;
  /** The id must exist in this dataset. */
  ids?: IdKind;
  /** The value must be one of these strings. */
  oneOf?: readonly string[];
  /** Value used when the prop is left out. */
  default?: string;
}

export interface ComponentSpec {
  /** What the component shows, in one sentence. */
  description: string;
  /** Inline components sit in a sentence; block components stand on their own line. */
  placement: 'inline' | 'block';
  props: Readonly<Record<string, PropSpec>>;
  /** May the component wrap other MDX content (steps of a scrolly map)? */
  children: boolean;
  /** A working example against the real datasets; /components/ renders it live and shows its source. */
  example: Example;
}

export interface Example {
  /** Props of the example, written as name="value". */
  props: Readonly<Record<string, string>>;
  /** Prose around an inline example. */
  before?: string;
  after?: string;
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
      id: { description: 'Map id (src/maps/definitions.ts).', required: true, ids: 'map' },
    },
    example: { props: { id: 'districts' } },
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof components;

/** Plain HTML elements an editor may write in MDX besides the components. */
export const htmlElements: readonly string[] = ['abbr', 'br', 'em', 'small', 'span', 'strong', 'sub', 'sup'];

/** The MDX an editor writes for a component's example. */
export function exampleSource(name: string, example: Example): string {
  const props = Object.entries(example.props).map(([k, v]) => ` ${k}="${v}"`).join('');
  return `${example.before ?? ''}<${name}${props} />${example.after ?? ''}`;
}
