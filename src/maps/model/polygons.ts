// The 2017 boundaries have fewer polygons than there are districts: Taldykorgan city, Eskeldi and
// Tekeli share one. Builder, static map and live map all group districts the same way here.
import type { District } from '../../schemas/district.ts';

export interface DistrictPolygon {
  /** "aksu", or the member ids joined for a shared polygon: "taldykorgan-eskeldi-tekeli". */
  id: string;
  /** `shapeID` of the polygon in the 2017 boundaries. */
  boundaryId: string;
  /** District ids drawn by this polygon, in data order. */
  members: string[];
  /** "Aksu", or "Taldykorgan + Eskeldi + Tekeli" for a shared polygon. */
  name: string;
  /** True when several districts share the polygon: every map must say so. */
  merged: boolean;
}

/** The sentence every map shows beside a shared polygon. */
export const MERGED_NOTE = 'one polygon in the 2017 boundaries: the source does not split them';

const short = (d: District) => ({ id: d.id.replace(/-city$/u, ''), name: d.nameEn.replace(/ city$/u, '') });

/** Groups districts by boundary polygon, keeping the order of first appearance. */
export function districtPolygons(districts: readonly District[]): DistrictPolygon[] {
  const byBoundary = new Map<string, District[]>();
  for (const d of districts) byBoundary.set(d.boundaryId, [...(byBoundary.get(d.boundaryId) ?? []), d]);
  return [...byBoundary].map(([boundaryId, members]) => ({
    id: members.map((d) => short(d).id).join('-'),
    boundaryId,
    members: members.map((d) => d.id),
    name: members.map((d) => short(d).name).join(' + '),
    merged: members.length > 1,
  }));
}
