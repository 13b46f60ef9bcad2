import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldValue, readCaseData } from './caseData';

describe('fieldValue', () => {
  it('reads numbers, booleans and text as the condition language compares them', () => {
    expect(fieldValue('80000')).toBe(80000);
    expect(fieldValue(' 1.5 ')).toBe(1.5);
    expect(fieldValue('true')).toBe(true);
    expect(fieldValue('false')).toBe(false);
    expect(fieldValue('加急')).toBe('加急');
    expect(fieldValue('   ')).toBeUndefined();
  });
  it('gives back every finite number it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(fieldValue(String(n))).toBe(Object.is(n, -0) ? 0 : n);
      }),
    );
  });
});

describe('readCaseData', () => {
  it('puts the named fields over the JSON object', () => {
    const r = readCaseData({
      fields: { amount: '80000', complete: 'true', blank: '' },
      json: '{"amount": 1, "priority": "high"}',
    });
    expect(r).toEqual({ ok: true, data: { amount: 80000, priority: 'high', complete: true } });
  });
  it('says where the JSON is broken, and refuses arrays and scalars', () => {
    const bad = readCaseData({ fields: {}, json: '{"a": ' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.kind).toBe('syntax');
    expect(readCaseData({ fields: {}, json: '[1]' })).toEqual({
      ok: false,
      error: { kind: 'notObject' },
    });
    expect(readCaseData({ fields: {}, json: '3' })).toEqual({
      ok: false,
      error: { kind: 'notObject' },
    });
  });
  it('keeps a __proto__ key as plain data, never as the prototype', () => {
    const r = readCaseData({
      fields: { __proto__: '5' } as Record<string, string>,
      json: '{"__proto__": {"polluted": true}}',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((r.data as { polluted?: unknown }).polluted).toBeUndefined();
  });
  it('is empty for an empty form', () => {
    expect(readCaseData({ fields: {}, json: '' })).toEqual({ ok: true, data: {} });
  });
});
