import { describe, expect, it } from 'vitest';
import type { Input } from '../../schemas/input.ts';
import { creditText, mapCredits } from './attribution.ts';

const input = (id: string, kind: Input['kind'], attribution: string, licence: string): Input => ({
  id, kind, attribution, licence, file: `${id}.geojson`, sha256: '0'.repeat(64), origin: 'x', note: null, schematic: false,
});

describe('mapCredits', () => {
  it('mapCredits(inputs) lists each geodata credit once, skips the speech and adds Natural Earth for world-atlas', () => {
    const credits = mapCredits([
      input('speech', 'speech', 'Kazakhstanskaya Pravda', '©'),
      input('a', 'boundary', '© OpenStreetMap contributors, geoBoundaries', 'ODbL 1.0'),
      input('b', 'place', '© OpenStreetMap contributors, geoBoundaries', 'ODbL 1.0'),
      input('c', 'line', 'Global Energy Monitor', 'CC BY 4.0'),
    ]).map(creditText);
    expect(credits).toEqual([
      '© OpenStreetMap contributors, geoBoundaries (ODbL 1.0)',
      'Global Energy Monitor (CC BY 4.0)',
      'Natural Earth (Public domain)',
    ]);
  });
});
