import { describe, expect, it } from 'vitest';
import { componentUses } from './component-uses.ts';

describe('componentUses', () => {
  it('componentUses(body) gives each component with a string id, inline and block, in order', () => {
    const body = 'Some <Fig id="jobs" /> text.\n\n<Graphic id="roads-km" />\n\n<MapFigure id="gas" />\n';
    expect(componentUses(body)).toEqual([
      { component: 'Fig', id: 'jobs' },
      { component: 'Graphic', id: 'roads-km' },
      { component: 'MapFigure', id: 'gas' },
    ]);
  });
  it('componentUses(body) skips comments, code and ids that are expressions', () => {
    const body = '{/* <Fig id="old" /> */}\n\n```mdx\n<Fig id="example" />\n```\n\n<MapFigure id={"computed"} />\n';
    expect(componentUses(body)).toEqual([]);
  });
});
