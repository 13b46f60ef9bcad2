import type { Flow, Step } from '@flowsmith/model';
import { join, type JsonObject, type JsonReader } from '../JsonReader';
import type { SimulationWarnings } from '../SimulationWarnings';
import { prosimosCondition } from './prosimosCondition';
import { prosimosDistribution } from './prosimosDistribution';

/**
 * Prosimos `gateway_branching_probabilities` (with `branch_rules` conditions) onto the flows
 * leaving xor and or gateways (a missing value gets an equal share of what the others leave, as
 * Prosimos does), and `event_distribution` onto timer steps; what has no place is a warning.
 */
export function applyBranching(
  root: JsonObject,
  reader: JsonReader,
  notes: SimulationWarnings,
  steps: Map<string, { step: Step }>,
  flows: Map<string, Flow>,
): void {
  const rules = new Map<string, unknown>();
  reader.array(root, 'branch_rules', '', true).forEach((raw) => {
    if (typeof raw === 'object' && raw !== null && typeof (raw as JsonObject).id === 'string')
      rules.set((raw as JsonObject).id as string, (raw as JsonObject).rules);
  });
  reader.array(root, 'gateway_branching_probabilities', '', true).forEach((raw, g) => {
    const at = join('gateway_branching_probabilities', g);
    const entry = reader.object(raw, at);
    const id = entry && reader.string(entry, 'gateway_id', at);
    if (!entry || id === undefined) return;
    const paths = reader
      .array(entry, 'probabilities', at)
      .map((p, i) => reader.object(p, join(join(at, 'probabilities'), i)));
    const gateway = steps.get(id)?.step;
    if (!gateway) {
      notes.warn('simulation-unknown-element', { id, what: `${at}.gateway_id` });
      return;
    }
    const outgoing = [...flows.values()].filter((f) => f.from === id);
    if (outgoing.length <= 1) return; // a merge: nothing to choose
    if (gateway.type !== 'xor' && gateway.type !== 'or') {
      notes.warn('simulation-left-out', {
        id,
        what: 'gateway_branching_probabilities (every branch is taken)',
      });
      return;
    }
    const given = paths.reduce((s, p) => s + (typeof p?.value === 'number' ? p.value : 0), 0);
    const missing = paths.filter((p) => p && p.value === undefined).length;
    paths.forEach((p, i) => {
      const pat = join(join(at, 'probabilities'), i);
      const flowId = p && reader.string(p, 'path_id', pat);
      if (!p || flowId === undefined) return;
      const flow = flows.get(flowId);
      if (!flow || flow.from !== id) {
        notes.warn('simulation-unknown-element', { id: flowId, what: `${pat}.path_id` });
        return;
      }
      const value = p.value === undefined ? (1 - given) / missing : reader.number(p, 'value', pat);
      if (value !== undefined) flow.probability = value;
      if (typeof p.condition_id === 'string') {
        const condition = prosimosCondition(rules.get(p.condition_id));
        if (condition !== undefined) flow.condition = condition;
        else
          notes.warn('simulation-left-out', {
            id: flowId,
            what: `branch rule "${p.condition_id}"`,
          });
      }
    });
  });
}

/** Prosimos `event_distribution`: durations of intermediate timer events. */
export function applyEvents(
  root: JsonObject,
  reader: JsonReader,
  notes: SimulationWarnings,
  steps: Map<string, { step: Step }>,
): void {
  reader.array(root, 'event_distribution', '', true).forEach((raw, i) => {
    const at = join('event_distribution', i);
    const entry = reader.object(raw, at);
    const id = entry && reader.string(entry, 'event_id', at);
    if (!entry || id === undefined) return;
    const duration = prosimosDistribution(entry, at, reader, 's');
    const step = steps.get(id)?.step;
    if (!duration) return;
    if (step?.type === 'timer') step.duration = duration;
    else if (step)
      notes.warn('simulation-left-out', { id, what: 'event_distribution (not a timer)' });
    else notes.warn('simulation-unknown-element', { id, what: `${at}.event_id` });
  });
}
