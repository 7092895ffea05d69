import { describe, expect, it } from 'vitest';
import { attributions } from './attributions.ts';

describe('attributions', () => {
  it('attributions(inputs) groups inputs by attribution and licence and leaves the speech out', () => {
    expect(
      attributions([
        { kind: 'speech', attribution: 'Kazakhstanskaya Pravda', licence: 'quoted' },
        { kind: 'boundary', attribution: '© OpenStreetMap contributors', licence: 'ODbL 1.0' },
        { kind: 'place', attribution: '© OpenStreetMap contributors', licence: 'ODbL 1.0' },
        { kind: 'line', attribution: '© OpenStreetMap contributors', licence: 'ODbL 1.0' },
        { kind: 'water', attribution: 'Natural Earth', licence: 'Public domain' },
      ]),
    ).toEqual([
      { what: 'Map data (boundaries; towns and stations; pipelines and railways)', attribution: '© OpenStreetMap contributors', licence: 'ODbL 1.0' },
      { what: 'Map data (lakes and rivers)', attribution: 'Natural Earth', licence: 'Public domain' },
    ]);
  });
});
