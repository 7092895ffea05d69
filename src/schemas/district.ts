import { z } from 'zod';
import { id, oneOf, optionalText, text } from './fields.ts';

/** A district (audan) or city administration of Zhetysu region (data/districts.csv). */
export const district = z.object({
  /** Stable kebab-case id. */
  id: id(),
  /** English name. */
  nameEn: text(),
  /** Kazakh name. */
  nameKk: text(),
  /** Russian name. */
  nameRu: text(),
  /** `district` (audan) or `city` (city administration). */
  kind: oneOf(['district', 'city']),
  /** Place id of the administrative centre. */
  centre: id(),
  /** `shapeID` of its polygon in the geoBoundaries 2017 districts input. */
  boundaryId: text(),
  /** Why the boundary is shared or approximate (null when it is its own polygon). */
  boundaryNote: optionalText(),
});

export type District = z.output<typeof district>;
