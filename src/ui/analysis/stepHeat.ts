import type { Metrics } from '@flowsmith/analysis';
import type { ProcessDocument } from '@flowsmith/model';
import type { StepHeat } from '../heat/heatStore';

/**
 * The heat of every step from the analysis figures: a task's utilisation is its role's, and a
 * task's, timer's or subprocess's wait is its predicted wait per visit. Steps a case never
 * reaches (no visits) and gateways, starts and ends get nothing. Pure.
 */
export function stepHeat(doc: ProcessDocument, metrics: Metrics): Record<string, StepHeat> {
  const heat: Record<string, StepHeat> = Object.create(null) as Record<string, StepHeat>;
  for (const step of doc.steps) {
    if (step.type !== 'task' && step.type !== 'timer' && step.type !== 'subprocess') continue;
    const m = Object.hasOwn(metrics.steps, step.id) ? metrics.steps[step.id] : undefined;
    const entry: StepHeat = {};
    if (
      step.type === 'task' &&
      step.role !== undefined &&
      Object.hasOwn(metrics.roles, step.role)
    ) {
      entry.utilization = metrics.roles[step.role]!.utilization;
    }
    if (m && m.visits > 0) entry.waitMean = m.waitMean;
    if (entry.utilization !== undefined || entry.waitMean !== undefined) heat[step.id] = entry;
  }
  return heat;
}
