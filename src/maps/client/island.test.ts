import { describe, expect, it } from 'vitest';
import { afterFirstInteraction, hasWebGL2, INTERACTIONS } from './island.ts';

/** A document whose canvases hand out `context` for "webgl2". */
function fakeDocument(context: unknown): Document {
  return { createElement: () => ({ getContext: (kind: string) => (kind === 'webgl2' ? context : null) }) } as unknown as Document;
}

describe('hasWebGL2', () => {
  it('hasWebGL2(document) is false when no WebGL2 context can be made (no bytes of MapLibre are then fetched)', () => {
    expect(hasWebGL2(fakeDocument(null))).toBe(false);
  });
  it('hasWebGL2(document) is true with a context, and frees the probe context at once', () => {
    let lost = false;
    const gl = { getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext: () => { lost = true; } } : null) };
    expect(hasWebGL2(fakeDocument(gl))).toBe(true);
    expect(lost).toBe(true);
  });
  it('hasWebGL2(document) is false when creating the context throws', () => {
    const doc = { createElement: () => { throw new Error('no canvas'); } } as unknown as Document;
    expect(hasWebGL2(doc)).toBe(false);
  });
});

describe('afterFirstInteraction', () => {
  it('afterFirstInteraction(target, start) starts nothing before the reader does anything', () => {
    let starts = 0;
    afterFirstInteraction(new EventTarget(), () => (starts += 1));
    expect(starts).toBe(0);
  });
  it.each(INTERACTIONS)('afterFirstInteraction(target, start) starts once on a first %s, and never again', (type) => {
    const target = new EventTarget();
    let starts = 0;
    afterFirstInteraction(target, () => (starts += 1));
    target.dispatchEvent(new Event(type));
    for (const other of INTERACTIONS) target.dispatchEvent(new Event(other));
    expect(starts).toBe(1);
  });
  it('afterFirstInteraction(target, start) ignores events that are not a reader\'s (load, resize)', () => {
    const target = new EventTarget();
    let starts = 0;
    afterFirstInteraction(target, () => (starts += 1));
    for (const type of ['load', 'resize', 'message']) target.dispatchEvent(new Event(type));
    expect(starts).toBe(0);
  });
});
