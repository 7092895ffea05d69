import { describe, expect, it } from 'vitest';
import { labelText } from './label-text.ts';

describe('labelText', () => {
  it('labelText joins the named string properties of every object, skipping other values and shapes', () => {
    const topology = { objects: { a: { geometries: [{ properties: { name: 'Ақсу', id: 'x', text: 'B' } }, { properties: { name: 3 } }, {}] }, b: {} } };
    expect(labelText(topology, ['name', 'text'])).toBe('АқсуB');
    expect(labelText(null, ['name'])).toBe('');
  });
});
