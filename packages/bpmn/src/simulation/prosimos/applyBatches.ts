import type { Calendar, Step } from '@flowsmith/model';
import { join, type JsonObject, type JsonReader } from '../JsonReader';
import type { SimulationWarnings } from '../SimulationWarnings';
import { freeId } from '../ids';
import { prosimosBatch } from './prosimosBatch';

/** Prosimos `batch_processing` onto task steps (see `prosimosBatch`), with the schedule calendars they need. */
export function applyBatches(
  root: JsonObject,
  reader: JsonReader,
  notes: SimulationWarnings,
  steps: Map<string, { step: Step }>,
  calendars: Calendar[],
  used: Set<string>,
): void {
  reader.array(root, 'batch_processing', '', true).forEach((raw, i) => {
    const at = join('batch_processing', i);
    const entry = reader.object(raw, at);
    const id = entry && reader.string(entry, 'task_id', at);
    if (!entry || id === undefined) return;
    const step = steps.get(id)?.step;
    if (step?.type !== 'task') {
      notes.warn('simulation-unknown-element', { id, what: `${at}.task_id` });
      return;
    }
    const reading = prosimosBatch(entry);
    for (const what of reading.leftOut) notes.warn('simulation-left-out', { id, what });
    for (const a of reading.approximated) notes.warn('simulation-approximated', { id, ...a });
    if (!reading.batch) return;
    step.batch = reading.batch;
    if (reading.schedule) {
      const calendar = { id: freeId(`${id}-batch`, used), ...reading.schedule };
      calendars.push(calendar);
      step.batch.schedule = calendar.id;
    }
  });
}
