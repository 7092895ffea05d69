// How dataset builders name and serialise what they emit.

/** "1 claim", "3 claims": for summary lines. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Pretty JSON for a generated file. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Where a dataset's output goes, relative to the output root. */
export const generated = (name: string): string => `src/generated/${name}.json`;
