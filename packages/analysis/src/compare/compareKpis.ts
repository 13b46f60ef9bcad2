import type { ProcessDocument } from '@flowsmith/model';
import type { AnalyzeOptions } from '../types';
import { KPI_KEYS, kpiFigures, LOWER_IS_BETTER, type KpiFigures, type KpiKey } from './kpiFigures';

/** One figure of one variant against the as-is. */
export interface KpiCell {
  value: number;
  /** value − as-is. */
  delta: number;
  /** delta ÷ as-is (NaN when the as-is is 0 or unbounded). */
  relative: number;
  /** Whether it moved the good way, the bad way, or not at all. */
  verdict: 'better' | 'worse' | 'same';
}

/** A row of the KPI table: a figure (or a role's utilisation) across as-is and variants. */
export interface KpiRow {
  key: KpiKey | `utilization.${string}`;
  /** For utilisation rows, the role id. */
  role?: string;
  asIs: number;
  variants: KpiCell[];
}

/** The KPI table: the as-is and each variant (by document id and name), one row per figure. */
export interface KpiComparison {
  asIs: { id: string; name: string; figures: KpiFigures };
  variants: Array<{ id: string; name: string; figures: KpiFigures }>;
  rows: KpiRow[];
}

/**
 * Differences smaller than these count as none (a new system role at 0.03 % utilisation is not
 * "worse"): shares half a percentage point (they show as whole percentages), times 0.05 min, money 0.005, counts exact.
 */
function tolerance(key: string): number {
  if (key === 'steps' || key === 'approvals') return 0;
  if (key === 'costPerCase') return 0.005;
  if (key === 'flowEfficiency' || key === 'nonValueAddingShare' || key.startsWith('utilization.'))
    return 0.005;
  return 0.05;
}

function cell(key: string, asIs: number, value: number, lowerIsBetter: boolean): KpiCell {
  const delta = value - asIs;
  const same = delta === 0 || Number.isNaN(delta) || Math.abs(delta) < tolerance(key);
  const relative = asIs !== 0 && Number.isFinite(asIs) ? delta / asIs : NaN;
  const verdict = same ? 'same' : delta < 0 === lowerIsBetter ? 'better' : 'worse';
  return { value, delta: same ? 0 : delta, relative: same ? 0 : relative, verdict };
}

/**
 * The analytic KPI table of an as-is and its to-be variants: cycle time (with touch and wait),
 * cost per case, hand-offs, flow efficiency, non-value-adding share, number of tasks and of
 * approvals, then the utilisation of every role any of them has (0 where a document lacks the
 * role). Pure.
 */
export function compareKpis(
  asIs: ProcessDocument,
  variants: readonly ProcessDocument[],
  options: Pick<AnalyzeOptions, 'resolveProcess'> = {},
): KpiComparison {
  const base = kpiFigures(asIs, options);
  const others = variants.map((v) => ({ id: v.id, name: v.name, figures: kpiFigures(v, options) }));
  const rows: KpiRow[] = KPI_KEYS.map((key) => ({
    key,
    asIs: base.values[key],
    variants: others.map((o) =>
      cell(key, base.values[key], o.figures.values[key], LOWER_IS_BETTER[key]),
    ),
  }));
  const roles: string[] = [];
  for (const doc of [asIs, ...variants])
    for (const r of doc.roles) if (!roles.includes(r.id)) roles.push(r.id);
  for (const role of roles) {
    const u = (f: KpiFigures) => (Object.hasOwn(f.utilization, role) ? f.utilization[role]! : 0);
    rows.push({
      key: `utilization.${role}`,
      role,
      asIs: u(base),
      variants: others.map((o) => cell(`utilization.${role}`, u(base), u(o.figures), true)),
    });
  }
  return { asIs: { id: asIs.id, name: asIs.name, figures: base }, variants: others, rows };
}
