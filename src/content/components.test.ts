import { describe, expect, it } from 'vitest';
import { components, exampleSource, type ComponentSpec } from './components.ts';

const all = Object.entries(components as Record<string, ComponentSpec>);

describe('components registry', () => {
  it('components: every example uses only declared props, with allowed values, and sets the required ones', () => {
    for (const [name, spec] of all) {
      for (const [prop, value] of Object.entries(spec.example.props)) {
        const p = spec.props[prop];
        expect(p, `${name} example uses undeclared prop ${prop}`).toBeDefined();
        if (p?.oneOf) expect(p.oneOf).toContain(value);
      }
      for (const [prop, p] of Object.entries(spec.props)) if (p.required) expect(spec.example.props).toHaveProperty(prop);
    }
  });

  it('components: defaults are among the allowed values', () => {
    for (const [, spec] of all) for (const p of Object.values(spec.props)) if (p.oneOf && p.default) expect(p.oneOf).toContain(p.default);
  });
});

describe('exampleSource', () => {
  it('exampleSource(name, example) writes the MDX an editor types', () => {
    expect(exampleSource('Fig', { props: { id: 'x', show: 'both' }, before: 'A ', after: '.' })).toBe('A <Fig id="x" show="both" />.');
  });
});
