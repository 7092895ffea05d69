import { describe, expect, it } from 'vitest';
import type { District } from '../../schemas/district.ts';
import { districtPolygons } from './polygons.ts';

const d = (id: string, nameEn: string, boundaryId: string): District => ({
  id, nameEn, nameKk: '', nameRu: '', kind: id.endsWith('-city') ? 'city' : 'district', centre: 'x', boundaryId, boundaryNote: null,
});

describe('districtPolygons', () => {
  it('districtPolygons(districts) gives one polygon per district when none share a boundary', () => {
    expect(districtPolygons([d('aksu', 'Aksu', 'A'), d('alakol', 'Alakol', 'B')]).map((p) => [p.id, p.name, p.merged])).toEqual([
      ['aksu', 'Aksu', false],
      ['alakol', 'Alakol', false],
    ]);
  });
  it('districtPolygons(districts) merges districts that share a boundary and names them all', () => {
    const polygons = districtPolygons([
      d('eskeldi', 'Eskeldi', 'T'),
      d('aksu', 'Aksu', 'A'),
      d('taldykorgan-city', 'Taldykorgan city', 'T'),
      d('tekeli-city', 'Tekeli city', 'T'),
    ]);
    expect(polygons).toEqual([
      { id: 'eskeldi-taldykorgan-tekeli', boundaryId: 'T', members: ['eskeldi', 'taldykorgan-city', 'tekeli-city'], name: 'Eskeldi + Taldykorgan + Tekeli', merged: true },
      { id: 'aksu', boundaryId: 'A', members: ['aksu'], name: 'Aksu', merged: false },
    ]);
  });
});
