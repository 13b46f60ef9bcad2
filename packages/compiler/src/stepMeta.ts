import { toMinutes, type Flow, type Raci, type ProcessDocument, type Step } from '@flowsmith/model';
import type { StepMeta } from './machineConfig';

/**
 * The `meta` of the state that stands for `step` (SPEC.md CM-META): what run mode shows about it —
 * name, kind, responsible role with its name, RACI, instructions, cautions, SLA, batch, for an xor
 * or an or-gateway its flows with labels, and whether an end terminates the case. Pure; optional
 * fields are left out when the document has none.
 */
export function stepMeta(
  doc: ProcessDocument,
  step: Step,
  index: number,
  outgoing: readonly Flow[],
  stepById: (id: string) => Step | undefined,
): StepMeta {
  const meta: StepMeta = { stepId: step.id, index, type: step.type, name: step.name };
  if (step.description !== undefined) meta.description = step.description;
  if (step.type === 'task') {
    meta.kind = step.kind ?? 'manual';
    if (step.role !== undefined) {
      const role = doc.roles.find((r) => r.id === step.role);
      meta.role = { id: step.role, name: role?.name ?? step.role };
    }
    if (step.raci !== undefined) meta.raci = copyRaci(step.raci);
    if (step.instructions !== undefined) meta.instructions = step.instructions;
    if (step.cautions !== undefined) meta.cautions = [...step.cautions];
    if (step.sla !== undefined) meta.slaMinutes = toMinutes(step.sla.value, step.sla.unit);
    if (step.system !== undefined) meta.system = step.system;
    if (step.batch !== undefined) {
      const { window } = step.batch;
      meta.batch =
        window === undefined ? { ...step.batch } : { ...step.batch, window: { ...window } };
    }
  }
  if (step.type === 'end' && step.terminate === true) meta.terminate = true;
  if (step.type === 'xor' || step.type === 'or') {
    meta.flows = outgoing.map((f) => {
      const to = stepById(f.to);
      const entry: NonNullable<StepMeta['flows']>[number] = {
        flowId: f.id,
        to: f.to,
        toName: to?.name ?? f.to,
      };
      if (f.label !== undefined) entry.label = f.label;
      if (f.condition !== undefined) entry.condition = f.condition;
      if (f.default) entry.default = true;
      return entry;
    });
  }
  if (step.type === 'subprocess') meta.process = step.process;
  return meta;
}

function copyRaci(raci: Raci): Raci {
  const out: Raci = {};
  if (raci.accountable !== undefined) out.accountable = raci.accountable;
  if (raci.consulted !== undefined) out.consulted = [...raci.consulted];
  if (raci.informed !== undefined) out.informed = [...raci.informed];
  return out;
}
