// The slice of the datasets a map reads; the components pass it from src/data/index.ts.
import type { Claim } from '../../schemas/claim.ts';
import type { District } from '../../schemas/district.ts';
import type { Tracked } from '../../schemas/followup.ts';
import type { Instruction } from '../../schemas/instruction.ts';
import type { Place } from '../../schemas/place.ts';
import type { Project } from '../../schemas/project.ts';
import type { Route } from '../../schemas/route.ts';

export interface MapData {
  districts: readonly District[];
  places: readonly Place[];
  routes: readonly Route[];
  claims: readonly Claim[];
  instructions: readonly Tracked<Instruction>[];
  projects: readonly Project[];
}
