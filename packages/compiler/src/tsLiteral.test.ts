import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { propertyKey, stringLiteral, tsLiteral } from './tsLiteral';

describe('CM-TS-SAFE tsLiteral', () => {
  it('CM-TS-SAFE a string literal reads back as the same string and has no raw </, <!, -->, U+2028, U+2029 or newline', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const lit = stringLiteral(s);
        return (
          JSON.parse(lit) === s && !/<\/|<!|-->|[\u2028\u2029\n\r]/.test(lit) && /^".*"$/s.test(lit)
        );
      }),
      { numRuns: 200 },
    );
  });

  it('CM-TS-SAFE keys: identifiers bare, others quoted, __proto__ computed', () => {
    expect(propertyKey('states')).toBe('states');
    expect(propertyKey('a"b')).toBe('"a\\"b"');
    expect(propertyKey('@branch1')).toBe('"@branch1"');
    expect(propertyKey('__proto__')).toBe('["__proto__"]');
  });

  it('CM-TS-SAFE data round-trips through the literal (as JSON once keys are quoted)', () => {
    const value = { a: [1, 'x', true, null], 'b c': { '</script>': '\u2028' }, n: -0.5 };
    const text = tsLiteral(value)
      .replace(/([{,]\s*)([A-Za-z_$][\w$]*):/g, '$1"$2":')
      .replace(/,(\s*[}\]])/g, '$1');
    expect(JSON.parse(text)).toEqual(value);
  });
});
