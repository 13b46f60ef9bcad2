import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { analyze } from '../analyze';
import type { Finding, FindingImpact, Severity } from '../types';
import { compareImpact, orderFindings } from './orderFindings';

const finding = (id: string, severity: Severity, impact: Partial<FindingImpact>): Finding => ({
  id,
  kind: 'non-value-adding',
  severity,
  steps: [],
  roles: [],
  message: id,
  evidence: {},
  impact: { leadTimeMinutes: 0, costPerCase: 0, roleHoursPerWeek: 0, ...impact },
  suggestions: [],
});

describe('orderFindings', () => {
  it('puts errors first, then lead time, then cost, then role hours, largest first', () => {
    const ordered = orderFindings([
      finding('small', 'warning', { leadTimeMinutes: 5 }),
      finding('info-big', 'info', { leadTimeMinutes: 500 }),
      finding('error', 'error', {}),
      finding('cost', 'warning', { leadTimeMinutes: 5, costPerCase: 9 }),
      finding('hours', 'info', { roleHoursPerWeek: 3 }),
      finding('unbounded', 'warning', { leadTimeMinutes: Infinity }),
    ]);
    expect(ordered.map((f) => f.id)).toEqual([
      'error',
      'unbounded',
      'info-big',
      'cost',
      'small',
      'hours',
    ]);
    expect(
      compareImpact(
        { leadTimeMinutes: 1.01, costPerCase: 0, roleHoursPerWeek: 0 },
        { leadTimeMinutes: 1.02, costPerCase: 1, roleHoursPerWeek: 0 },
      ),
    ).toBe(1);
  });

  it('analyze lists findings by impact, every finding with its impact', () => {
    const r = analyze(gallery.doubleApproval);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) expect(Number.isNaN(f.impact.leadTimeMinutes)).toBe(false);
    const rest = r.findings.filter((f) => f.severity !== 'error');
    for (let k = 1; k < rest.length; k++)
      expect(compareImpact(rest[k - 1]!.impact, rest[k]!.impact)).toBeLessThanOrEqual(0);
  });
});
