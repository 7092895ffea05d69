import { describe, expect, it } from 'vitest';
import {
  heightMessages,
  ownHelloMessage,
  parseOwnHeight,
  parseParentMessage,
  pymChildId,
  pymMessage,
} from './messages.ts';

// pym.v1.js _makeMessageRegex: how a pym Parent reads what a child sends.
const pymParentRegex = (id: string) => new RegExp(`^pymxPYMx${id}xPYMx(\\S+)xPYMx(.*)$`);

describe('heightMessages', () => {
  it('heightMessages(id, height, childId) speaks ours, Datawrapper, AMP and pym', () => {
    expect(heightMessages('roads-km', 412, 'pym-0-abc')).toEqual([
      { 'zhetysu-embed': 1, type: 'height', id: 'roads-km', height: 412 },
      { 'datawrapper-height': { '/embed/roads-km/': 412 } },
      { sentinel: 'amp', type: 'embed-size', height: 412 },
      'pymxPYMxpym-0-abcxPYMxheightxPYMx412',
    ]);
  });

  it('heightMessages(id, height, null) leaves pym out when no pym Parent framed us', () => {
    expect(heightMessages('roads-km', 412, null)).toHaveLength(3);
  });

  it('heightMessages Datawrapper key selects only its own iframe in older src-matching listeners', () => {
    const [, datawrapper] = heightMessages('gas', 300, null) as [unknown, { 'datawrapper-height': Record<string, number> }];
    const key = Object.keys(datawrapper['datawrapper-height'])[0] ?? '';
    expect('https://s.example/embed/gas/?theme=dark'.includes(key)).toBe(true);
    expect('https://s.example/embed/gas-coverage/'.includes(key)).toBe(false);
  });

  it('heightMessages pym message matches the pym Parent regex with type height', () => {
    const message = heightMessages('x', 300, 'chart-1')[3] as string;
    const match = message.match(pymParentRegex('chart-1'));
    expect(match?.slice(1)).toEqual(['height', '300']);
  });
});

describe('pymChildId', () => {
  it('pymChildId accepts element ids pym generates', () => {
    expect(pymChildId('pym-0-k3j9a')).toBe('pym-0-k3j9a');
    expect(pymChildId('graphic_roads.1:a')).toBe('graphic_roads.1:a');
  });

  it('pymChildId rejects missing, empty, regex-breaking and overlong ids', () => {
    expect(pymChildId(null)).toBeNull();
    expect(pymChildId('')).toBeNull();
    expect(pymChildId('a(b)')).toBeNull();
    expect(pymChildId('a b')).toBeNull();
    expect(pymChildId('x'.repeat(129))).toBeNull();
  });
});

describe('parseParentMessage', () => {
  it('parseParentMessage reads a pym width message addressed to this child', () => {
    expect(parseParentMessage(pymMessage('c1', 'width', '360'), 'c1')).toEqual({ kind: 'width', width: 360 });
  });

  it('parseParentMessage reads our hello with and without host hints', () => {
    expect(parseParentMessage(ownHelloMessage(null, null), null)).toEqual({ kind: 'hello', theme: null, scheme: null });
    expect(parseParentMessage(ownHelloMessage('dark', 'light'), null)).toEqual({ kind: 'hello', theme: 'dark', scheme: 'light' });
  });

  it.each([
    ['pym message for another child', pymMessage('c2', 'width', '360')],
    ['pym type other than width', pymMessage('c1', 'navigateTo', 'https://evil.example')],
    ['pym width that is not digits', pymMessage('c1', 'width', '360px')],
    ['pym width of zero', pymMessage('c1', 'width', '0')],
    ['pym width beyond the limit', pymMessage('c1', 'width', '99999')],
    ['pym message with an extra part', 'pymxPYMxc1xPYMxwidthxPYMx360xPYMx1'],
    ['a plain string', 'hello'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', ['zhetysu-embed', 1]],
    ['hello of another version', { 'zhetysu-embed': 2, type: 'hello' }],
    ['hello with a version string', { 'zhetysu-embed': '1', type: 'hello' }],
    ['unknown type', { 'zhetysu-embed': 1, type: 'navigate', url: 'https://evil.example' }],
    ['hello with an unknown theme', { 'zhetysu-embed': 1, type: 'hello', theme: 'sepia' }],
    ['hello with a non-string scheme', { 'zhetysu-embed': 1, type: 'hello', scheme: 1 }],
    ['a Datawrapper message echoed back', { 'datawrapper-height': { a: 1 } }],
  ])('parseParentMessage ignores %s', (_label, data) => {
    expect(parseParentMessage(data, 'c1')).toBeNull();
  });

  it('parseParentMessage ignores pym strings when no pym Parent framed us', () => {
    expect(parseParentMessage(pymMessage('c1', 'width', '360'), null)).toBeNull();
  });
});

describe('parseOwnHeight', () => {
  it('parseOwnHeight reads our height message', () => {
    expect(parseOwnHeight({ 'zhetysu-embed': 1, type: 'height', id: 'roads-km', height: 412 })).toEqual({ id: 'roads-km', height: 412 });
  });

  it.each([
    ['a fractional height', { 'zhetysu-embed': 1, type: 'height', id: 'a', height: 1.5 }],
    ['a negative height', { 'zhetysu-embed': 1, type: 'height', id: 'a', height: -4 }],
    ['a height as a string', { 'zhetysu-embed': 1, type: 'height', id: 'a', height: '400' }],
    ['an infinite height', { 'zhetysu-embed': 1, type: 'height', id: 'a', height: Infinity }],
    ['a huge height', { 'zhetysu-embed': 1, type: 'height', id: 'a', height: 1e6 }],
    ['an id that is not kebab-case', { 'zhetysu-embed': 1, type: 'height', id: "a'] , iframe[src", height: 4 }],
    ['a missing id', { 'zhetysu-embed': 1, type: 'height', height: 4 }],
    ['another version', { 'zhetysu-embed': 0, type: 'height', id: 'a', height: 4 }],
    ['a hello', { 'zhetysu-embed': 1, type: 'hello' }],
    ['a pym string', pymMessage('c1', 'height', '400')],
    ['null', null],
  ])('parseOwnHeight ignores %s', (_label, data) => {
    expect(parseOwnHeight(data)).toBeNull();
  });
});
