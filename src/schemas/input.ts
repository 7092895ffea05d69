import { z } from 'zod';
import { cell, id, oneOf, optionalText, text } from './fields.ts';

export const INPUT_KINDS = ['speech', 'boundary', 'water', 'line', 'place'] as const;

/** A third-party file read from the mirror folder at build time (data/inputs.json). */
export const input = z.strictObject({
  /** Stable kebab-case id, used by places' `source` and routes' `geometry.input`. */
  id: id(),
  /** Path relative to the mirror folder (ZHETYSU_SHARED_DIR, default ../shared). */
  file: cell((raw) =>
    /^(?!\/)(?!.*\.\.)[\w./-]+$/u.test(raw)
      ? { ok: true, value: raw }
      : { ok: false, expected: 'a relative path inside the mirror folder (no leading /, no ..)' },
  ),
  /** sha256 of the file, 64 lowercase hex digits. */
  sha256: cell((raw) =>
    /^[0-9a-f]{64}$/u.test(raw)
      ? { ok: true, value: raw }
      : { ok: false, expected: '64 lowercase hexadecimal digits', hint: 'Compute it with: sha256sum <file>.' },
  ),
  /** What the file holds. */
  kind: oneOf(INPUT_KINDS),
  /** Licence under which it is used. */
  licence: text(),
  /** Credit line every page or map using it must show. */
  attribution: text(),
  /** Where it comes from. */
  origin: text(),
  /** Anything a reader should know (null when none). */
  note: optionalText().prefault(''),
  /** True when its geometry is approximate: routes drawn from it are flagged schematic (default false). */
  schematic: z.boolean({ error: 'true or false' }).prefault(false),
});

export type Input = z.output<typeof input>;
