import type { ProcessDocument } from '@flowsmith/model';

/** Whether a document has simulation parameters: an arrival, a task duration or a branch probability. Pure. */
export function hasSimulationParameters(doc: ProcessDocument): boolean {
  return (
    doc.steps.some((s) => (s.type === 'start' && s.arrival) || (s.type === 'task' && s.duration)) ||
    doc.flows.some((f) => f.probability !== undefined)
  );
}
