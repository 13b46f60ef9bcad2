import { refusal } from '../messages/commandMessages';
import type {
  EndStep,
  StartStep,
  Step,
  StepType,
  SubprocessStep,
  TaskStep,
  TimerStep,
} from '../types/step';
import { applyChanges, type Changes } from './applyChanges';
import { defineCommand } from './command';
import { checkStep } from './checkStep';
import { findRecord } from './documentIds';
import { recordUpdate } from './recordEntry';

type Own<T> = Omit<T, 'id' | 'type'>;
/** Every field a step of some type may have, but its id. */
export type StepFields = Own<StartStep> &
  Own<TaskStep> &
  Own<EndStep> &
  Own<TimerStep> &
  Own<SubprocessStep> & { type: StepType };
/** Changes to one step: `null` (or `undefined`) clears an optional field. */
export type StepChanges = Changes<StepFields>;

/** Types a step may switch between without losing meaning: gateways only. */
const SWITCHABLE: ReadonlySet<StepType> = new Set(['xor', 'or', 'and']);

/** `step.update`: changes some fields of one step; the type only among xor, or and and. */
export const stepUpdate = defineCommand({
  id: 'step.update',
  canExecute(doc, params: { id: string; changes: StepChanges }, lang) {
    const found = findRecord(doc, 'steps', params.id);
    if (!found) return refusal('step.unknown', { id: params.id }, lang);
    const from = found.record.type;
    if (Object.prototype.hasOwnProperty.call(params.changes, 'id')) {
      return refusal('field.notAllowed', { id: params.id, field: 'id', type: from }, lang);
    }
    const to = params.changes.type ?? from;
    if (to !== from && !(SWITCHABLE.has(from) && SWITCHABLE.has(to))) {
      return refusal('step.typeChange', { id: params.id, from, to: String(to) }, lang);
    }
    return checkStep(doc, applyChanges(found.record, params.changes) as Step, lang);
  },
  execute(doc, { id, changes }) {
    const { index, record } = findRecord(doc, 'steps', id)!;
    const after = applyChanges(record, changes) as Step;
    return { added: [], updated: [recordUpdate('steps', index, record, after)], removed: [] };
  },
});
