import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Finding } from '@flowsmith/analysis';
import { groupFindings } from './groupFindings';

const KINDS = ['bottleneck', 'redundant-approval', 'non-value-adding', 'dead-end'] as const;
const SEVERITIES = ['error', 'warning', 'info'] as const;
const arbFinding = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    severity: fc.constantFrom(...SEVERITIES),
    n: fc.nat(1000),
    lead: fc.nat(600),
  })
  .map(({ kind, severity, n, lead }): Finding => ({
    id: `${kind}:${n}`,
    kind,
    severity,
    steps: [],
    roles: [],
    message: '',
    evidence: {},
    impact: { leadTimeMinutes: lead, costPerCase: 0, roleHoursPerWeek: 0 },
    suggestions: [],
  }));

describe('groupFindings', () => {
  it('puts the errors first, then the rest, each in the order the analysis gave', () => {
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 30 }), (findings) => {
        const groups = groupFindings(findings);
        expect(groups.map((g) => g.key)).toEqual(
          [
            findings.some((f) => f.severity === 'error') && 'blocking',
            findings.some((f) => f.severity !== 'error') && 'byImpact',
          ].filter(Boolean),
        );
        const errors = findings.filter((f) => f.severity === 'error');
        const rest = findings.filter((f) => f.severity !== 'error');
        expect(groups.flatMap((g) => g.findings)).toEqual([...errors, ...rest]);
      }),
    );
  });

  it('keeps a big info ahead of a small warning: impact, not severity, orders the rest', () => {
    const [small, big] = [
      { ...fc.sample(arbFinding, 1)[0]!, id: 'small', severity: 'warning' as const },
      { ...fc.sample(arbFinding, 1)[0]!, id: 'big', severity: 'info' as const },
    ];
    expect(groupFindings([big, small])[0]!.findings.map((f) => f.id)).toEqual(['big', 'small']);
  });

  it('returns nothing for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});
