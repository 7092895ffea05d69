import { z } from 'zod';
import { id, oneOf, optionalId, optionalSelector, optionalText, text } from './fields.ts';

export const PLACE_KINDS = [
  'city', 'town', 'village', 'station', 'border-crossing', 'lake', 'reservoir', 'river', 'park', 'gorge', 'mountains', 'region', 'country',
] as const;

/** A place the speech names or a map needs (data/places.csv). */
export const place = z
  .object({
    /** Stable kebab-case id. */
    id: id(),
    /** English name. */
    nameEn: text(),
    /** Kazakh name (null when not known). */
    nameKk: optionalText(),
    /** Russian name (null when not known). */
    nameRu: optionalText(),
    /** What sort of place it is. */
    kind: oneOf(PLACE_KINDS),
    /** District id; null outside Zhetysu or when it spans several. */
    district: optionalId(),
    /** Input id (inputs.json) holding its coordinate; null when unsourced. */
    source: optionalId(),
    /** `property=value` selector of exactly one feature in that input. */
    sourceRef: optionalSelector(),
    /** Anything a reader should know (null when none). */
    note: optionalText(),
  })
  .superRefine((row, ctx) => {
    if ((row.source === null) !== (row.sourceRef === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [row.source === null ? 'source' : 'sourceRef'],
        input: '',
        message: 'source and source_ref both filled or both empty',
        params: { hint: 'Give the input id and a property=value selector together, or leave both empty for an unsourced place.' },
      });
    }
  });

/** A place as the site receives it: coordinates come from the source feature, never typed. */
export type Place = z.output<typeof place> & {
  /** Longitude (WGS84) of the source feature, or its label point; null when unsourced. */
  lon: number | null;
  /** Latitude (WGS84); null when unsourced. */
  lat: number | null;
};
