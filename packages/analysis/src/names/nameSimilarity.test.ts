import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { nameSimilarity, normalizeName } from './nameSimilarity';

describe('nameSimilarity', () => {
  it('sees two checks of the same thing as the same work, in Chinese and English', () => {
    expect(nameSimilarity('审核发票', '复核发票')).toBe(1);
    expect(nameSimilarity('Check the invoice', 'Verify invoice')).toBe(1);
    expect(nameSimilarity('审批采购单', '再次审批采购单')).toBeGreaterThan(0.7);
  });

  it('tells different work apart', () => {
    expect(nameSimilarity('填写采购单', '支付货款')).toBe(0);
    expect(nameSimilarity('Prepare contract', 'Ship goods')).toBeLessThan(0.3);
    expect(nameSimilarity('审核发票', '审批发票')).toBeLessThan(1);
  });

  it('keeps whole words: "do" is not stripped from "document"', () => {
    expect(normalizeName('Do document')).toBe('document');
  });

  it('is symmetric and within 0..1, and 1 for equal names with content', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBeCloseTo(s, 12);
        if (normalizeName(a).length > 0) expect(nameSimilarity(a, a)).toBe(1);
      }),
    );
  });
});
