// Written by scripts/tools/build-glyphs.ts (npm run glyphs): the characters public/glyphs/ holds. Do not edit.

/** Every character with a glyph in public/glyphs/noto-sans-regular/. */
export const BUILT_GLYPHS = " ()+,-.0123456789ABCDEHIKLNPRSTUZabcdefghiklmnopqrstuvwyz«»üЁІАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяёіҒғҚқҢңҮүҰұҺһӘәӨө–—№";

/** The 256-code-point blocks built, one PBF each. */
export const GLYPH_RANGES = [0,1024,8192,8448] as const;
