import { describe, expect, it } from 'vitest';
import type { Finding } from './types';
import { newFindings } from './newFindings';

const finding = (id: string, over: Partial<Finding>): Finding => ({
  id,
  kind: 'bottleneck',
  severity: 'warning',
  steps: [],
  roles: [],
  message: id,
  evidence: {},
  impact: { leadTimeMinutes: 0, costPerCase: 0, roleHoursPerWeek: 0 },
  suggestions: [],
  ...over,
});

describe('newFindings', () => {
  const before = [
    finding('b:clerk', { roles: ['clerk'] }),
    finding('w:a', { kind: 'non-value-adding', severity: 'info', steps: ['a'] }),
  ];
  it('keeps a finding the as-is had, even with other ids', () => {
    expect(newFindings(before, [finding('b:clerk', { roles: ['clerk'] })])).toEqual([]);
    expect(newFindings(before, [finding('b:clerk+x', { roles: ['clerk', 'x'] })])).toEqual([]);
  });
  it('reports a bottleneck that moved to another role', () => {
    const moved = finding('b:manager', { roles: ['manager'] });
    expect(newFindings(before, [moved])).toEqual([moved]);
  });
  it('reports a finding that became more severe, and ignores info', () => {
    const worse = finding('w:a', { kind: 'non-value-adding', severity: 'warning', steps: ['a'] });
    expect(newFindings(before, [worse])).toEqual([worse]);
    expect(newFindings([], [finding('i', { severity: 'info' })])).toEqual([]);
  });
});
