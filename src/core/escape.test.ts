import { describe, expect, it } from 'vitest';
import { escape } from './escape.ts';

describe('escape', () => {
  it('escape(text) turns markup characters into entities', () => {
    expect(escape('<script>alert("x")</script> & \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
  it('escape(number) stringifies numbers', () => {
    expect(escape(12)).toBe('12');
  });
  it('escape(text) leaves plain and non-ASCII text alone', () => {
    expect(escape('Талдықорған – 20 Oct')).toBe('Талдықорған – 20 Oct');
  });
});
