import { describe, expect, it } from 'vitest';
import { uniqueLabel } from './unique-label.ts';

describe('uniqueLabel', () => {
  it('uniqueLabel(base, taken) keeps a name nobody else uses', () => {
    expect(uniqueLabel('Interactive map: Roads', new Set(['Interactive map: Districts']))).toBe('Interactive map: Roads');
  });
  it('uniqueLabel(base, taken) numbers a name already on the page, from 2 up', () => {
    expect(uniqueLabel('Map', new Set(['Map']))).toBe('Map (2)');
    expect(uniqueLabel('Map', new Set(['Map', 'Map (2)']))).toBe('Map (3)');
  });
});
