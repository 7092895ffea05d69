// Footer credits for the third-party inputs: one line per attribution and licence, saying what it covers.
import type { Input } from '../schemas/input.ts';

const KIND: Record<string, string> = {
  boundary: 'boundaries',
  water: 'lakes and rivers',
  line: 'pipelines and railways',
  place: 'towns and stations',
};

export interface Attribution {
  what: string;
  attribution: string;
  licence: string;
}

/** The map data credits, grouped by attribution and licence; the speech is credited on its own line. */
export function attributions(inputs: readonly Pick<Input, 'kind' | 'attribution' | 'licence'>[]): Attribution[] {
  const groups = new Map<string, Attribution & { kinds: Set<string> }>();
  for (const i of inputs) {
    if (i.kind === 'speech') continue;
    const key = `${i.attribution}|${i.licence}`;
    const g = groups.get(key) ?? { what: '', attribution: i.attribution, licence: i.licence, kinds: new Set<string>() };
    g.kinds.add(KIND[i.kind] ?? i.kind);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ kinds, ...g }) => {
    return { ...g, what: `Map data (${[...kinds].join('; ')})` };
  });
}
