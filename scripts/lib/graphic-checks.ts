// Cross-reference checks of data/graphics.json, then each chart type's own (src/charts/<type>/checks.ts),
// each problem located by JSON path and line.
import type { Problem } from './builder.ts';
import { formatPath, type JsonPath } from './json.ts';
import { refProblem, type RefTarget } from './refs.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import { chartType, type GraphicEntry } from '../../src/charts/registry.ts';

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
  const usesInstructions = entry.type === 'map' || chartType(entry.type).usesInstructions;
  if (!usesInstructions && entry.instructions !== undefined) fail(['instructions'], JSON.stringify(entry.instructions), `no "instructions" for type "${entry.type}"`, 'Only timelines, bars by topic and maps show instructions; remove the property.');
  const units = [...new Set(entry.claims.map((id) => claim(id)?.unit).filter((u) => u !== undefined))];
  const oneUnit = (what: string): void => {
    if (units.length > 1) fail(['claims'], units.join(', '), `claims in one unit (${what})`, 'Show figures in different units as "big-number" cards instead of on one scale.');
  };

  if (entry.type === 'map') {
    if (entry.map === undefined) fail(['map'], '', 'a map id', 'Add "map": "<id>" (an id of data/maps.json).');
    else ref(['map'], entry.map, refs.maps);
  } else {
    // Each chart type checks its own entries (src/charts/<type>/checks.ts).
    chartType(entry.type).check(entry, {
      claim,
      units,
      fail,
      listedClaim,
      topic: (path, id) => ref(path, id, refs.chapters),
      oneUnit,
    });
  }
  return problems;
}
