import type { Finding, FindingKind, Severity } from '@flowsmith/analysis';

/** Findings of one severity, grouped by kind. */
export interface SeverityGroup {
  severity: Severity;
  kinds: Array<{ kind: FindingKind; findings: Finding[] }>;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Groups findings by severity (errors first, empty severities left out) and, within one, by kind
 * in the order kinds first appear. Keeps the findings' own order inside a kind. Pure.
 */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const kinds = new Map<FindingKind, Finding[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const list = kinds.get(f.kind);
      if (list) list.push(f);
      else kinds.set(f.kind, [f]);
    }
    return kinds.size
      ? [{ severity, kinds: [...kinds].map(([kind, list]) => ({ kind, findings: list })) }]
      : [];
  });
}
