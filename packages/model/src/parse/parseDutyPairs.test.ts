import { describe, expect, it } from 'vitest';
import { parseProcess } from './parseProcess';
import { minimalDocument } from './parseFixtures';

describe('allowedDutyPairs and role authority', () => {
  it('keeps known duty pairs and a whole-number authority', () => {
    const d = minimalDocument() as Record<string, unknown> & {
      roles: Array<Record<string, unknown>>;
    };
    d.allowedDutyPairs = ['purchase/receive'];
    d.roles[0]!.authority = 4;
    const result = parseProcess(d);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.allowedDutyPairs).toEqual(['purchase/receive']);
    expect(result.document.roles[0]!.authority).toBe(4);
    expect(Object.keys(result.document).indexOf('allowedDutyPairs')).toBeLessThan(
      Object.keys(result.document).indexOf('roles'),
    );
  });

  it('reports an unknown duty with the nearest pair, and an authority that is not a whole number ≥ 1', () => {
    const d = minimalDocument() as Record<string, unknown> & {
      roles: Array<Record<string, unknown>>;
    };
    d.allowedDutyPairs = ['purchase/recieve'];
    d.roles[0]!.authority = 0;
    const result = parseProcess(d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['allowedDutyPairs[0]', 'field.enum'],
      ['roles[0].authority', 'number.positiveInteger'],
    ]);
    expect(result.problems[0]!.message).toContain('purchase/receive');
  });
});
