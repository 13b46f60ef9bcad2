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
  })
  .map(({ kind, severity, n }): Finding => ({
    id: `${kind}:${n}`,
    kind,
    severity,
    steps: [],
    roles: [],
    message: '',
    evidence: {},
    impact: { leadTimeMinutes: 0, costPerCase: 0, roleHoursPerWeek: 0 },
    suggestions: [],
  }));

describe('groupFindings', () => {
  it('puts errors before warnings before info, each kind once per severity', () => {
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 30 }), (findings) => {
        const groups = groupFindings(findings);
        const order = groups.map((g) => SEVERITIES.indexOf(g.severity));
        expect(order).toEqual([...order].sort());
        for (const g of groups) {
          const kinds = g.kinds.map((k) => k.kind);
          expect(new Set(kinds).size).toBe(kinds.length);
          for (const k of g.kinds)
            for (const f of k.findings) expect([f.severity, f.kind]).toEqual([g.severity, k.kind]);
        }
      }),
    );
  });

  it('loses no finding and keeps their order within a kind', () => {
    fc.assert(
      fc.property(fc.array(arbFinding, { maxLength: 30 }), (findings) => {
        const flat = groupFindings(findings).flatMap((g) => g.kinds.flatMap((k) => k.findings));
        expect(flat.length).toBe(findings.length);
        for (const g of groupFindings(findings))
          for (const k of g.kinds)
            expect(k.findings).toEqual(
              findings.filter((f) => f.severity === g.severity && f.kind === k.kind),
            );
      }),
    );
  });

  it('returns nothing for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});
