import type { Finding, FindingImpact, Severity } from '../types';

const SEVERITY: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Lead time compared to a tenth of a minute: closer ones count as equal, so cost and then hours decide. */
const tenths = (minutes: number): number =>
  Number.isFinite(minutes) ? Math.round(minutes * 10) : minutes;

/**
 * Compares two impacts, larger first: lead-time minutes per case, then cost per case, then role
 * hours per week (unbounded before any number). Pure.
 */
export function compareImpact(a: FindingImpact, b: FindingImpact): number {
  const la = tenths(a.leadTimeMinutes);
  const lb = tenths(b.leadTimeMinutes);
  if (la !== lb) return lb > la ? 1 : -1;
  if (a.costPerCase !== b.costPerCase) return b.costPerCase > a.costPerCase ? 1 : -1;
  if (a.roleHoursPerWeek !== b.roleHoursPerWeek)
    return b.roleHoursPerWeek > a.roleHoursPerWeek ? 1 : -1;
  return 0;
}

/**
 * The findings in the order people should read them: errors first (the process cannot run as
 * drawn, or a queue grows without end), then everything else by impact, largest first
 * ({@link compareImpact}); equal impact keeps warnings before infos, then the rules' order. Pure;
 * returns a new array.
 */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, k) => ({ f, k }))
    .sort((x, y) => {
      const ex = x.f.severity === 'error' ? 0 : 1;
      const ey = y.f.severity === 'error' ? 0 : 1;
      return (
        ex - ey ||
        compareImpact(x.f.impact, y.f.impact) ||
        SEVERITY[x.f.severity] - SEVERITY[y.f.severity] ||
        x.k - y.k
      );
    })
    .map((x) => x.f);
}
