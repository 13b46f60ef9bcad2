import type { ProcessDocument } from '@flowsmith/model';
import { computeFigures } from '../flow/computeMetrics';
import type { AnalyzeOptions, Metrics } from '../types';

/** The analytic figures a comparison shows, in the order of the table. */
export const KPI_KEYS = [
  'cycleTime',
  'touchTime',
  'waitTime',
  'costPerCase',
  'handoffsPerCase',
  'flowEfficiency',
  'nonValueAddingShare',
  'steps',
  'approvals',
] as const;

/** One of {@link KPI_KEYS}. */
export type KpiKey = (typeof KPI_KEYS)[number];

/** Whether less is better for a figure (cycle time, cost) or more (flow efficiency). */
export const LOWER_IS_BETTER: Record<KpiKey, boolean> = {
  cycleTime: true,
  touchTime: true,
  waitTime: true,
  costPerCase: true,
  handoffsPerCase: true,
  flowEfficiency: false,
  nonValueAddingShare: true,
  steps: true,
  approvals: true,
};

/** The figures of one document: each KPI, and the utilisation of each role (0..1+). */
export interface KpiFigures {
  values: Record<KpiKey, number>;
  utilization: Record<string, number>;
  metrics: Metrics;
}

/**
 * The analytic KPIs of a document (minutes, money per case, shares 0..1, counts of tasks and of
 * approval tasks) from the analysis' flow maths. Pure; unbounded figures are `Infinity`.
 */
export function kpiFigures(
  doc: ProcessDocument,
  options: Pick<AnalyzeOptions, 'resolveProcess'> = {},
): KpiFigures {
  const metrics = computeFigures(
    doc,
    options.resolveProcess ? { resolveProcess: options.resolveProcess } : {},
  ).metrics;
  const tasks = doc.steps.filter((s) => s.type === 'task');
  const utilization: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [id, r] of Object.entries(metrics.roles)) utilization[id] = r.utilization;
  return {
    values: {
      cycleTime: metrics.cycleTime.mean,
      touchTime: metrics.cycleTime.touch,
      waitTime: metrics.cycleTime.wait,
      costPerCase: metrics.costPerCase,
      handoffsPerCase: metrics.handoffsPerCase,
      flowEfficiency: metrics.flowEfficiency,
      nonValueAddingShare: metrics.nonValueAddingShare,
      steps: tasks.length,
      approvals: tasks.filter((t) => t.kind === 'approval').length,
    },
    utilization,
    metrics,
  };
}
