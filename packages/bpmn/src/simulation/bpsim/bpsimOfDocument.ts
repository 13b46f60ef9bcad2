import type { ProcessDocument } from '@flowsmith/model';
import type { BpsimInfo, BpsimParameter } from './BpsimInfo';
import { toBpsim } from './bpsimValue';

/**
 * A document's simulation parameters as one BPSim scenario in minutes (Flowsmith ids): the
 * first start's inter-trigger time, each task's processing time, each branch probability, and
 * each role's quantity and unit cost (per minute). Pure.
 */
export function bpsimOfDocument(doc: ProcessDocument): BpsimInfo {
  const parameters: BpsimParameter[] = [];
  const start = doc.steps.find((s) => s.type === 'start');
  if (start?.type === 'start' && start.arrival) {
    const a = start.arrival;
    const gap =
      'interarrival' in a
        ? a.interarrival
        : {
            dist: 'exponential' as const,
            mean: { hour: 60, day: 1440, week: 10_080 }[a.rate.per] / a.rate.count,
          };
    parameters.push({
      elementRef: start.id,
      group: 'ControlParameters',
      name: 'InterTriggerTimer',
      value: toBpsim(gap).v,
    });
  }
  for (const s of doc.steps)
    if (s.type === 'task' && s.duration)
      parameters.push({
        elementRef: s.id,
        group: 'TimeParameters',
        name: 'ProcessingTime',
        value: toBpsim(s.duration).v,
      });
  for (const f of doc.flows)
    if (f.probability !== undefined)
      parameters.push({
        elementRef: f.id,
        group: 'ControlParameters',
        name: 'Probability',
        value: { type: 'FloatingParameter', attrs: { value: String(f.probability) } },
      });
  for (const r of doc.roles) {
    const quantity = String(r.members?.length ?? r.capacity ?? 1);
    parameters.push({
      elementRef: r.id,
      group: 'ResourceParameters',
      name: 'Quantity',
      value: { type: 'NumericParameter', attrs: { value: quantity } },
    });
    if (r.costPerHour !== undefined)
      parameters.push({
        elementRef: r.id,
        group: 'CostParameters',
        name: 'UnitCost',
        value: { type: 'FloatingParameter', attrs: { value: String(r.costPerHour / 60) } },
      });
  }
  return { baseTimeUnit: 'min', parameters, leftOut: [] };
}
