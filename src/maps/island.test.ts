import { describe, expect, it } from 'vitest';
import { hasWebGL2 } from './island.ts';

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
