import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { KnownIds } from './known-ids.ts';
import { checkComponents, checkElement, checkExpression, checkHeading, checkProse, headingSlug } from './remark-check-components.ts';

const fake: KnownIds = {
  claim: new Set(['sugar-factories-zhetysu', 'sugar-factories-country', 'unused-land']),
  instruction: new Set(['launch-idle-sugar-plant']),
  graphic: new Set(['sugar-output-target']),
  map: new Set(['districts', 'gas', 'roads']),
  topic: new Set(['sugar']),
  focus: new Set(['highway-usharal-dostyk', 'kerbulak', 'panfilov']),
};
const known = () => fake;
const at = { start: { line: 14, column: 3 } };
const attr = (name: string, value: unknown) => ({ type: 'mdxJsxAttribute', name, value });

/** Compiles MDX through Sätteri (Astro 7's processor) with the check, returning the error message or ''. */
function compile(source: string): string {
  try {
    mdxToJs(source, {
      mdastPlugins: [checkComponents({ root: '/site', known })],
      fileURL: new URL('file:///site/content/chapters/sugar.mdx'),
    });
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('checkElement', () => {
  it('checkElement(<Fig id>) accepts a known claim id', () => {
    expect(checkElement({ name: 'Fig', attributes: [attr('id', 'unused-land')], position: at }, known, 'a.mdx')).toEqual([]);
  });

  it('checkElement(<Fig id>) names the file, line, column, bad id and the nearest ids', () => {
    expect(checkElement({ name: 'Fig', attributes: [attr('id', 'sugar-factorys')], position: at }, known, 'content/chapters/sugar.mdx'))
      .toMatchInlineSnapshot(`
        [
          "content/chapters/sugar.mdx:14:3 <Fig id="sugar-factorys"> — no claim with that id. Did you mean: sugar-factories-country, sugar-factories-zhetysu?",
        ]
      `);
  });

  it('checkElement(<Quote id>) accepts instruction ids as well as claim ids', () => {
    expect(checkElement({ name: 'Quote', attributes: [attr('id', 'launch-idle-sugar-plant')] }, known, 'a.mdx')).toEqual([]);
    expect(checkElement({ name: 'Quote', attributes: [attr('id', 'unused-land')] }, known, 'a.mdx')).toEqual([]);
  });

  it('checkElement(<Graphic id>, <MapFigure id>) check graphics and map ids', () => {
    expect(checkElement({ name: 'Graphic', attributes: [attr('id', 'districts')] }, known, 'a.mdx')[0]).toContain('no graphic with that id');
    expect(checkElement({ name: 'MapFigure', attributes: [attr('id', 'road')] }, known, 'a.mdx')).toEqual([
      'a.mdx <MapFigure id="road"> — no map with that id. Did you mean: roads?',
    ]);
  });

  it('checkElement(<Figure>) rejects an unknown component and suggests the nearest', () => {
    expect(checkElement({ name: 'Figg', attributes: [], position: at }, known, 'a.mdx')[0]).toMatch(
      /^a\.mdx:14:3 <Figg> — no component with that name\. Did you mean: Fig\? Components: Fig, When, Quote/,
    );
    expect(checkElement({ name: 'fig', attributes: [] }, known, 'a.mdx')[0]).toContain('Did you mean: Fig?');
  });

  it('checkElement(<em>) lets allowed HTML elements through', () => {
    expect(checkElement({ name: 'em', attributes: [] }, known, 'a.mdx')).toEqual([]);
  });

  it('checkElement(<Fig shwo>) rejects an unknown prop and suggests the nearest', () => {
    expect(checkElement({ name: 'Fig', attributes: [attr('id', 'unused-land'), attr('shwo', 'value')], position: at }, known, 'a.mdx')).toEqual([
      'a.mdx:14:3 <Fig shwo> — <Fig> has no prop "shwo". Did you mean: show? Props of <Fig>: id, show.',
    ]);
  });

  it('checkElement(<Fig show>) checks the allowed values', () => {
    expect(checkElement({ name: 'Fig', attributes: [attr('id', 'unused-land'), attr('show', 'measur')] }, known, 'a.mdx')).toEqual([
      'a.mdx <Fig show="measur"> — "show" must be one of: value, measure, both. Did you mean: measure?',
    ]);
  });

  it('checkElement(<Fig />) reports a missing required prop', () => {
    expect(checkElement({ name: 'Fig', attributes: [] }, known, 'a.mdx')).toEqual([
      'a.mdx <Fig> — the prop "id" is required: Claim id (data/claims.csv).',
    ]);
  });

  it('checkElement(<Fig id={…}>) rejects expression values and spreads', () => {
    const expression = { type: 'mdxJsxAttributeValueExpression', value: 'x' };
    expect(checkElement({ name: 'Fig', attributes: [attr('id', expression)] }, known, 'a.mdx')[0]).toContain('must be a plain string');
    expect(checkElement({ name: 'Fig', attributes: [attr('id', 'unused-land'), { type: 'mdxJsxExpressionAttribute', value: '...p' }] }, known, 'a.mdx')[0])
      .toContain('spread props cannot be checked');
  });

  it('checkElement(<Fig>text</Fig>) rejects content inside a component that takes none', () => {
    const node = { name: 'Fig', attributes: [attr('id', 'unused-land')], children: [{ type: 'text', value: 'hi' }] };
    expect(checkElement(node, known, 'a.mdx')[0]).toContain('takes no content');
  });
});

describe('checkElement (scrolly)', () => {
  it('checkElement(<MapStep focus>) checks every id of a comma-separated list', () => {
    const node = { name: 'MapStep', attributes: [attr('map', 'roads'), attr('focus', 'kerbulak, panfilv')] };
    expect(checkElement(node, known, 'a.mdx', ['ScrollyMap'])).toEqual([
      'a.mdx <MapStep focus="…panfilv…"> — no route, district or place with a coordinate with the id "panfilv". Did you mean: panfilov?',
    ]);
  });

  it('checkElement(<ScrollyMap title>) rejects a number typed into a text prop', () => {
    const node = { name: 'ScrollyMap', attributes: [attr('title', 'The 2 roads'), attr('map', 'roads')] };
    expect(checkElement(node, known, 'a.mdx')[0]).toContain('<ScrollyMap title="The 2 roads"> — numbers must not be typed into "title"');
    expect(checkElement({ name: 'ScrollyMap', attributes: [attr('title', 'The roads'), attr('map', 'roads')] }, known, 'a.mdx')).toEqual([]);
  });

  it('checkElement(<MapStep>) must sit inside <ScrollyMap>', () => {
    const node = { name: 'MapStep', attributes: [attr('map', 'roads')] };
    expect(checkElement(node, known, 'a.mdx')).toEqual(['a.mdx <MapStep> — <MapStep> only works inside <ScrollyMap>. Put it between <ScrollyMap …> and </ScrollyMap>.']);
    expect(checkElement(node, known, 'a.mdx', ['ScrollyMap'])).toEqual([]);
  });
});

describe('checkProse', () => {
  it('checkProse(text) rejects typed figures and years but allows calendar dates', () => {
    expect(checkProse('In 2022 the region had 100,000 hectares and 70 percent.', {}, 'a.mdx')).toEqual([
      'a.mdx "2022" — years must not be typed into a chapter either. Use <When id="…" show="…" /> so the year comes from the data and links to its sentence (show: target, as-of or since for a claim; said, year or date for an instruction). Calendar dates like 20 October 2022 are fine.',
      'a.mdx "100,000" — numbers must not be typed into a chapter. Use <Fig id="…" /> so the figure comes from the claims dataset (calendar dates like 20 October 2022 are fine).',
      'a.mdx "70" — numbers must not be typed into a chapter. Use <Fig id="…" /> so the figure comes from the claims dataset (calendar dates like 20 October 2022 are fine).',
    ]);
    expect(checkProse('On 20 October 2022 in Taldykorgan, said in October 2022.', {}, 'a.mdx')).toEqual([]);
    expect(checkProse('a target for 2026', {}, 'a.mdx').map((m) => m.split(' ')[1])).toEqual(['"2026"']);
    expect(checkProse('On 20 October the 1.2 km', {}, 'a.mdx').map((m) => m.split(' ')[1])).toEqual(['"20"', '"1.2"']);
    expect(checkProse('No figures here.', {}, 'a.mdx')).toEqual([]);
  });
});

describe('checkHeading', () => {
  it('headingSlug(text) makes the anchor Astro gives a heading', () => {
    expect(headingSlug('Medical posts')).toBe('medical-posts');
    expect(headingSlug('"We must put an end to this"')).toBe('we-must-put-an-end-to-this');
  });

  it('checkHeading(text) rejects a heading whose anchor is a chart id', () => {
    expect(checkHeading('Sugar output target', { position: at }, 'a.mdx', known)).toEqual([
      'a.mdx:14:3 ## Sugar output target — this heading\'s anchor #sugar-output-target is also the anchor of the chart "sugar-output-target". Reword the heading slightly.',
    ]);
    expect(checkHeading('Sugar', {}, 'a.mdx', known)).toEqual([]);
  });
});

describe('checkExpression', () => {
  it('checkExpression(value) allows comments only', () => {
    expect(checkExpression('/* editor note */', {}, 'a.mdx')).toEqual([]);
    expect(checkExpression('1 + 1', {}, 'a.mdx')[0]).toContain('expressions are not allowed');
  });
});

describe('checkComponents', () => {
  it('checkComponents() passes a valid chapter through Sätteri', () => {
    expect(compile('---\ntitle: x\n---\n\nLand: <Fig id="unused-land" show="both" />.\n\n<Graphic id="sugar-output-target" />\n')).toBe('');
  });

  it('checkComponents() fails the compile with every problem, located in the file', () => {
    const message = compile('---\ntitle: x\n---\n\nThe <Fig id="sugar-factorys" /> are.\n\nimport X from "y"\n\n<Chart id="a" />\n');
    expect(message).toMatchInlineSnapshot(`
      "MDX check failed with 3 problems:
      content/chapters/sugar.mdx:5:5 <Fig id="sugar-factorys"> — no claim with that id. Did you mean: sugar-factories-country, sugar-factories-zhetysu?
      content/chapters/sugar.mdx:7:1 import X from "y" — imports and exports are not needed in a chapter: the components are provided by the page. Remove this line.
      content/chapters/sugar.mdx:9:1 <Chart> — no component with that name. Components: Fig, When, Quote, Graphic, MapFigure, ScrollyMap, MapStep (see /components/); HTML elements allowed: abbr, br, em, small, span, strong, sub, sup."
    `);
  });

  it('checkComponents() puts the first problem\'s line and column on the error for Astro to point at', () => {
    try {
      mdxToJs('---\ntitle: x\n---\n\nText\n\n  <Fig id="nope" />\n', {
        mdastPlugins: [checkComponents({ root: '/site', known })],
        fileURL: new URL('file:///site/content/chapters/sugar.mdx'),
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ line: 7, column: 3 });
    }
  });

  it('checkComponents() knows which component a step sits in', () => {
    const ok = '<ScrollyMap title="Roads" map="roads">\n  <MapStep map="roads" focus="kerbulak">\n    Text.\n  </MapStep>\n</ScrollyMap>\n';
    expect(compile(ok)).toBe('');
    expect(compile('<MapStep map="roads">\n  Text.\n</MapStep>\n')).toContain('only works inside <ScrollyMap>');
  });

  it('checkComponents() leaves plain Markdown alone', () => {
    const plugin = checkComponents({ root: '/site', known })({ fileURL: undefined, sourceFormat: 'markdown', source: '', data: {} });
    expect(plugin).toBeNull();
  });
});

describe('checkCards', () => {
  const withCard = () => ({ ...fake, graphic: new Set([...fake.graphic, 'factories-card']), cards: new Map([['factories-card', ['sugar-factories-zhetysu', 'sugar-factories-country']]]) });
  const compileWith = (source: string) => {
    try {
      mdxToJs(source, { mdastPlugins: [checkComponents({ root: '/site', known: withCard })], fileURL: new URL('file:///site/content/chapters/sugar.mdx') });
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  };
  it('checkCards rejects a big-number card whose every figure the chapter gives with <Fig>, at the card\'s line', () => {
    const message = compileWith('Zhetysu has <Fig id="sugar-factories-zhetysu" /> of <Fig id="sugar-factories-country" />.\n\n<Graphic id="factories-card" />\n');
    expect(message).toContain('content/chapters/sugar.mdx:3:1 <Graphic id="factories-card" /> — a big-number card of figures the text already gives (<Fig id="sugar-factories-zhetysu" /> at line 1, <Fig id="sugar-factories-country" /> at line 1)');
    expect(message).toContain('Fix: remove this <Graphic>');
  });
  it('checkCards accepts a card with a figure the text does not give, and any other graphic', () => {
    expect(compileWith('Zhetysu has <Fig id="sugar-factories-zhetysu" />.\n\n<Graphic id="factories-card" />\n\n<Graphic id="sugar-output-target" />\n')).toBe('');
  });
});
