import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { components } from '../../../src/content/components.ts';
import { componentsDoc, withComponentsDoc } from './components-doc.ts';

describe('componentsDoc', () => {
  it('componentsDoc() documents every component and every prop of the registry', () => {
    const doc = componentsDoc();
    for (const [name, spec] of Object.entries(components)) {
      expect(doc).toContain(`### \`<${name}>\``);
      for (const prop of Object.keys(spec.props)) expect(doc).toContain(`| \`${prop}\` |`);
    }
  });

  it('componentsDoc() is what EDITING.md holds (run `npm run docs:components` after changing the registry)', () => {
    const doc = readFileSync(new URL('../../../EDITING.md', import.meta.url), 'utf8');
    expect(withComponentsDoc(doc)).toBe(doc);
  });

  it('withComponentsDoc(doc) explains the missing markers', () => {
    expect(() => withComponentsDoc('# no markers')).toThrow('EDITING.md must contain the lines');
  });
});
