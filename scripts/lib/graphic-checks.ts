// Cross-reference and type-specific checks of data/graphics.json, each problem located by JSON path and line.
import type { Problem } from './builder.ts';
import { formatPath, type JsonPath } from './json.ts';
import { refProblem, type RefTarget } from './refs.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { GraphicEntry } from '../../src/schemas/graphic.ts';

export interface GraphicRefs {
  file: string;
  /** 1-based line of the value at a path (falls back to the entry's line). */
  lineOf: (path: JsonPath) => number | undefined;
  chapters: RefTarget;
  claims: RefTarget;
  instructions: RefTarget;
  maps: RefTarget;
  /** Claims by id, for unit and value checks (empty when the claims failed to build). */
  claimById: ReadonlyMap<string, Claim>;
}

// Squares stand for things one can count; shares, money and lengths are not drawn as units.
const COUNTABLE = new Set(['factories', 'villages', 'posts', 'projects', 'facilities', 'districts', 'universities', 'people', 'jobs', 'count', 'containers']);

/** Every problem of one catalogue entry (already schema-valid) at array index `index`. */
export function checkGraphic(entry: GraphicEntry, index: number, refs: GraphicRefs, entryLine: number): Problem[] {
  const problems: Problem[] = [];
  const at = (path: JsonPath): { file: string; line: number; field: string } =>
    ({ file: refs.file, line: refs.lineOf([index, ...path]) ?? entryLine, field: formatPath([index, ...path]) });
  const fail = (path: JsonPath, received: string, expected: string, hint?: string): void => {
    problems.push({ ...at(path), received, expected, ...(hint === undefined ? {} : { hint }) });
  };
  const ref = (path: JsonPath, value: string, target: RefTarget): void => {
    const p = refProblem(at(path), value, target);
    if (p) problems.push(p);
  };
  const listed = new Set(entry.claims);
  const claim = (id: string): Claim | undefined => refs.claimById.get(id);
  // An option that names a claim must name one the entry lists, so the source line and table include it.
  const listedClaim = (path: JsonPath, id: string): void => {
    ref(path, id, refs.claims);
    if (refs.claims.ids?.has(id) && !listed.has(id)) fail(path, id, `a claim id that is also in this entry's "claims"`, `Add "${id}" to "claims" so its quote is linked, or fix the id.`);
  };

  ref(['chapter'], entry.chapter, refs.chapters);
  entry.claims.forEach((id, i) => ref(['claims', i], id, refs.claims));
  if (Array.isArray(entry.instructions)) entry.instructions.forEach((id, i) => ref(['instructions', i], id, refs.instructions));
  if (entry.type !== 'map' && entry.map !== undefined) fail(['map'], entry.map, `no "map" for type "${entry.type}"`, 'Remove "map", or set "type": "map".');
  const usesInstructions = entry.type === 'timeline' || entry.type === 'bar' || entry.type === 'map';
  if (!usesInstructions && entry.instructions !== undefined) fail(['instructions'], JSON.stringify(entry.instructions), `no "instructions" for type "${entry.type}"`, 'Only timelines, bars by topic and maps show instructions; remove the property.');
  const units = [...new Set(entry.claims.map((id) => claim(id)?.unit).filter((u) => u !== undefined))];
  const oneUnit = (what: string): void => {
    if (units.length > 1) fail(['claims'], units.join(', '), `claims in one unit (${what})`, 'Show figures in different units as "big-number" cards instead of on one scale.');
  };

  switch (entry.type) {
    case 'bar': {
      for (const key of Object.keys(entry.options.labels ?? {})) {
        entry.instructions === undefined ? listedClaim(['options', 'labels', key], key) : ref(['options', 'labels', key], key, refs.chapters);
      }
      if (entry.options.highlight !== undefined) ref(['options', 'highlight'], entry.options.highlight, refs.chapters);
      if (entry.instructions !== undefined) {
        if (entry.claims.length > 0) fail(['claims'], entry.claims.join(', '), 'no claims in a bar chart of instructions by topic', 'Use either "claims" (bars of figures) or "instructions" (counts by topic), not both.');
      } else {
        if (entry.claims.length < 2) fail(['claims'], entry.claims.join(', '), 'at least two claim ids (a bar chart compares figures)', 'Use "big-number" for a single figure.');
        oneUnit('a bar chart compares like with like');
      }
      break;
    }
    case 'part-of-whole': {
      const total = entry.options.total;
      if (total !== undefined) listedClaim(['options', 'total'], total);
      for (const key of Object.keys(entry.options.labels ?? {})) listedClaim(['options', 'labels', key], key);
      const parts = entry.claims.filter((id) => id !== total);
      if (parts.length === 0) fail(['claims'], entry.claims.join(', '), 'at least one claim that is a part (besides the total)');
      if (total === undefined) {
        parts.forEach((id) => {
          const unit = claim(id)?.unit;
          if (unit !== undefined && unit !== 'percent') fail(['claims', entry.claims.indexOf(id)], `${id} (${unit})`, 'a claim in percent, or an "options.total" claim that is the whole', `Add "options": { "total": "<claim id of the whole>" }.`);
        });
      } else {
        oneUnit('parts and their whole');
        const whole = claim(total)?.value;
        for (const id of parts) {
          const value = claim(id)?.value;
          if (whole !== undefined && value !== undefined && value > whole) fail(['claims', entry.claims.indexOf(id)], `${id} (${value})`, `a part no larger than the total ${total} (${whole})`);
        }
      }
      break;
    }
    case 'current-vs-target': {
      const used = new Set<string>();
      entry.options.rows.forEach((row, i) => {
        listedClaim(['options', 'rows', i, 'target'], row.target);
        used.add(row.target);
        if (row.current !== undefined) {
          listedClaim(['options', 'rows', i, 'current'], row.current);
          used.add(row.current);
          const [c, t] = [claim(row.current), claim(row.target)];
          if (c !== undefined && t !== undefined && c.unit !== t.unit) fail(['options', 'rows', i, 'current'], `${c.id} (${c.unit}) against ${t.id} (${t.unit})`, 'a current value in the unit of its target', 'Compare a figure only with a target for the same measure.');
        }
      });
      entry.claims.forEach((id, i) => {
        if (!used.has(id)) fail(['claims', i], id, 'a claim used in "options.rows" as a target or current value', 'Add a row for it, or remove it from "claims".');
      });
      break;
    }
    case 'units': {
      if (entry.claims.length === 0) fail(['claims'], '', 'at least one claim id');
      for (const key of Object.keys(entry.options.labels ?? {})) listedClaim(['options', 'labels', key], key);
      for (const key of Object.keys(entry.options.styles ?? {})) listedClaim(['options', 'styles', key], key);
      entry.claims.forEach((id, i) => {
        const c = claim(id);
        if (c !== undefined && !COUNTABLE.has(c.unit)) fail(['claims', i], `${id} (${c.unit})`, `a claim that counts things (${[...COUNTABLE].join(', ')})`, 'Show shares as "part-of-whole" and amounts as "big-number".');
        else if (c !== undefined && !Number.isInteger(c.value)) fail(['claims', i], `${id} (${c.value})`, 'a whole number of things');
      });
      if (entry.options.layout === 'nested') {
        oneUnit('each claim contains the one before');
        entry.claims.forEach((id, i) => {
          const [before, c] = [claim(entry.claims[i - 1] ?? ''), claim(id)];
          if (before !== undefined && c !== undefined && c.value < before.value) {
            fail(['claims', i], `${id} (${c.value}) after ${before.id} (${before.value})`, 'nested claims from the smallest to the whole', 'Reorder "claims" so each one contains the one before it.');
          }
        });
      }
      break;
    }
    case 'timeline':
      if (entry.instructions === undefined || entry.instructions.length === 0) fail(['instructions'], '', '"all" or a list of instruction ids', 'A timeline draws instructions: add "instructions": "all".');
      break;
    case 'big-number':
      if (entry.claims.length === 0 || entry.claims.length > 4) fail(['claims'], entry.claims.join(', '), 'one to four claim ids');
      for (const key of Object.keys(entry.options.labels ?? {})) listedClaim(['options', 'labels', key], key);
      break;
    case 'map':
      if (entry.map === undefined) fail(['map'], '', 'a map id', 'Add "map": "<id>" (see src/maps/definitions.ts).');
      else ref(['map'], entry.map, refs.maps);
      break;
  }
  return problems;
}
