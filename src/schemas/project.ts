import { z } from 'zod';
import { id, idList, oneOf, optionalId, optionalText, text } from './fields.ts';

export const PROJECT_KINDS = ['enterprise', 'infrastructure', 'facility', 'zone', 'programme'] as const;
export const PROJECT_STATES = ['idle', 'planned', 'under-construction', 'in-operation', 'relaunched', 'proposed', 'to-repair', 'not-stated'] as const;

/** A named enterprise or piece of infrastructure (data/projects.csv). */
export const project = z.object({
  /** Stable kebab-case id. */
  id: id(),
  /** Name as the speech gives it. */
  name: text(),
  /** What sort of project it is. */
  kind: oneOf(PROJECT_KINDS),
  /** Its state as the speech gives it. */
  state: oneOf(PROJECT_STATES),
  /** Topic id. */
  topic: id(),
  /** District ids. */
  districts: idList(),
  /** Place ids. */
  places: idList(),
  /** Route id (pipelines, highways), null when none. */
  route: optionalId(),
  /** Claim ids about it. */
  claims: idList(),
  /** Verbatim excerpt of the speech. */
  quote: text(),
  /** Anything a reader should know (null when none). */
  note: optionalText(),
});

/** A project as the site receives it. */
export type Project = z.output<typeof project> & {
  /** Ids of the speech sentences the quote overlaps. */
  sentences: string[];
};
