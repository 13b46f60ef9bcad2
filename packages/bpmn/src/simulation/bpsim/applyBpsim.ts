import type { Lang, ProcessDocument, Role } from '@flowsmith/model';
import type { BpmnWarning } from '../../types';
import { SimulationWarnings } from '../SimulationWarnings';
import type { BpsimInfo, BpsimParameter } from './BpsimInfo';
import { fromBpsim } from './bpsimValue';

const MINUTES: Record<string, number> = {
  ms: 1 / 60_000,
  s: 1 / 60,
  min: 1,
  hour: 60,
  day: 1440,
  year: 525_600,
};

/**
 * Applies a BPSim scenario to imported documents: `InterTriggerTimer` of a start → its arrival,
 * `ProcessingTime` of a task → its duration, `Probability` of a flow, `Quantity` and `UnitCost`
 * of a lane (a role) → capacity and cost per hour. With `expected` (what Flowsmith's export
 * wrote for the documents its extension gives back) only parameters that differ apply. Every
 * other parameter, and every one on an element the model lacks, is a warning naming the
 * element. Changes `docs`.
 */
export function applyBpsim(
  docs: ProcessDocument[],
  file: BpsimInfo,
  expected: BpsimInfo | undefined,
  lang?: Lang,
): BpmnWarning[] {
  const notes = new SimulationWarnings('BPSim', lang);
  const steps = new Map(docs.flatMap((d) => d.steps.map((s) => [s.id, s] as const)));
  const flows = new Map(docs.flatMap((d) => d.flows.map((f) => [f.id, f] as const)));
  const roles = new Map<string, Role>(docs.flatMap((d) => d.roles.map((r) => [r.id, r] as const)));
  const key = (p: BpsimParameter) => JSON.stringify(p);
  const known = new Set((expected?.parameters ?? []).map(key));
  for (const what of file.leftOut) notes.warn('simulation-left-out', { id: 'BPSimData', what });
  for (const p of file.parameters) {
    if (known.has(key(p))) continue;
    const id = p.elementRef;
    const what = `bpsim:${p.name}`;
    const step = steps.get(id);
    const flow = flows.get(id);
    const role = roles.get(id);
    if (!step && !flow && !role) {
      notes.warn('simulation-unknown-element', { id, what: `bpsim:ElementParameters (${p.name})` });
      continue;
    }
    const reading = p.value ? fromBpsim(p.value, file.baseTimeUnit) : undefined;
    const number = p.value ? Number(p.value.attrs.value) : NaN;
    if (p.name === 'InterTriggerTimer' && step?.type === 'start' && reading) {
      const { calendar, rule } = step.arrival ?? {};
      step.arrival = {
        interarrival: reading.d,
        ...(calendar ? { calendar } : {}),
        ...(rule ? { rule } : {}),
      };
    } else if (p.name === 'ProcessingTime' && step?.type === 'task' && reading)
      step.duration = reading.d;
    else if (p.name === 'Probability' && flow && number >= 0 && number <= 1)
      flow.probability = number;
    else if (p.name === 'Quantity' && role && Number.isInteger(number) && number >= 1) {
      if (!role.members) role.capacity = number;
    } else if (p.name === 'UnitCost' && role && Number.isFinite(number))
      role.costPerHour = (number * 60) / (MINUTES[file.baseTimeUnit] ?? 1);
    else {
      notes.warn('simulation-left-out', { id, what: p.value ? `${what} (${p.value.type})` : what });
      continue;
    }
    if (reading?.approximated)
      notes.warn('simulation-approximated', { id, what, as: reading.approximated });
  }
  return notes.list;
}
