import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escapeMarkup';

describe('escapeMarkup', () => {
  it('turns markup characters into entities', () => {
    expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('drops what XML forbids and keeps emoji, tabs and line breaks', () => {
    expect(escapeMarkup('a\u0001b\tc\u000bd\n\u001f\uffff🚀\ud800')).toBe('ab\tcd\n🚀');
  });

  it('never leaves a raw < > " or \' in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeMarkup(text)).not.toMatch(/[<>"']/);
      }),
    );
  });
});
