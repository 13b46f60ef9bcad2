import { describe, it, expect } from 'vitest';
import { formatCaseData, readCaseData, readCaseValue } from './caseDataText';

describe('case data as typed', () => {
  it('reads values as numbers, booleans or text', () => {
    expect(readCaseData('value', ' 12,5 ')).toBe(12.5);
    expect(readCaseData('value', 'true')).toBe(true);
    expect(readCaseData('value', 'gold')).toBe('gold');
    expect(readCaseData('value', '１２')).toBe(12);
  });

  it('reads an add, a weighted choice and a distribution, or says it cannot', () => {
    expect(readCaseData('add', '1')).toEqual({ add: 1 });
    expect(readCaseData('add', 'one')).toBeNull();
    expect(readCaseData('choice', 'yes: 0.7，no：0.3')).toEqual({ choice: { yes: 0.7, no: 0.3 } });
    expect(readCaseData('choice', 'yes')).toBeNull();
    expect(readCaseData('choice', 'yes: -1')).toBeNull();
    expect(readCaseData('distribution', '{"dist":"fixed","value":3}')).toEqual({
      dist: 'fixed',
      value: 3,
    });
    expect(readCaseData('distribution', '{"value":3}')).toBeNull();
    expect(readCaseData('distribution', 'fixed 3')).toBeNull();
    expect(readCaseValue('add', '1')).toBeNull();
  });

  it('shows each kind so that it reads back the same', () => {
    for (const change of [
      7,
      'gold',
      false,
      { add: 2 },
      { choice: { a: 1, b: 3 } },
      { dist: 'uniform' as const, min: 1, max: 2 },
    ]) {
      const { mode, text } = formatCaseData(change);
      expect(readCaseData(mode, text)).toEqual(change);
    }
  });
});
