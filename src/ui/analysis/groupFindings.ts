import type { Finding } from '@flowsmith/analysis';

/** A section of the findings list: what stops the process from running, then everything else by impact. */
export interface FindingGroup {
  key: 'blocking' | 'byImpact';
  findings: Finding[];
}

/**
 * Splits findings (in the analysis' order: errors first, then by impact, largest first) into
 * the errors and the rest, each keeping that order; empty sections are left out. Pure.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [
    { key: 'blocking', findings: findings.filter((f) => f.severity === 'error') },
    { key: 'byImpact', findings: findings.filter((f) => f.severity !== 'error') },
  ];
  return groups.filter((g) => g.findings.length > 0);
}
