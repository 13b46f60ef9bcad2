import type { AnyMachineSnapshot } from 'xstate';
import { missingDataNames } from './flowRules';
import type { EscalationMeta, StepMeta } from './machineConfig';
import type { ChooseEvent, ChooseFlowsEvent, CompleteEvent } from './processEvents';

/** A task that can be completed now, by whom, and the event that completes it. */
export interface OpenTask {
  stepId: string;
  name: string;
  kind: NonNullable<StepMeta['kind']>;
  /** The responsible role; absent when the task names none. */
  role?: { id: string; name: string };
  raci?: StepMeta['raci'];
  instructions?: string;
  cautions?: string[];
  slaMinutes?: number;
  /** Its SLA has passed (SPEC.md CM-SLA): the task's state is tagged `escalated`. */
  escalated?: true;
  /** The task is worked in batches (SPEC.md CM-BATCH): the host gathers the cases waiting here. */
  batch?: StepMeta['batch'];
  /** For a task of a subprocess: the subprocess steps it runs under, outermost first. */
  via?: string[];
  event: CompleteEvent;
}

/**
 * A decision people must take now: the flows open to the case, each with its event. At an
 * inclusive split (`inclusive`) each flow's event takes that flow alone; people may take several
 * with one `{ type: 'CHOOSE', stepId, flowIds }` — any flows but the `default`, which goes alone.
 */
export interface OpenDecision {
  stepId: string;
  name: string;
  flows: Array<{
    flowId: string;
    label?: string;
    to: string;
    toName: string;
    default?: true;
    event: ChooseEvent;
  }>;
  /** An inclusive (OR) split: one or more flows may be taken together (SPEC.md CM-OR). */
  inclusive?: true;
  /** For a decision of a subprocess: the subprocess steps it runs under, outermost first. */
  via?: string[];
}

/** A step the case is waiting on that nobody completes: a timer, a subprocess, a blocked decision. */
export interface WaitingStep {
  stepId: string;
  name: string;
  type: 'timer' | 'subprocess' | 'xor' | 'or';
  delayMs?: number;
  process?: string;
  /**
   * At a decision (xor or or) that waits for data (CM-XOR-DATA): the case data names its conditions need and
   * the case lacks. Send `{ type: 'SET_DATA', data: { name: value, … } }` and it decides.
   */
  missing?: string[];
  /** For a step of a subprocess: the subprocess steps it runs under, outermost first. */
  via?: string[];
}

/** What can happen next in a case. */
export interface AvailableActions {
  status: AnyMachineSnapshot['status'];
  tasks: OpenTask[];
  decisions: OpenDecision[];
  waiting: WaitingStep[];
}

/**
 * What can be done now in the case whose snapshot is given (SPEC.md CM-RUN): the tasks that can be
 * completed and by which role, the decisions open to people with their admissible flows and
 * labels, and what the case waits on otherwise (a decision waiting for data names what it lacks) — each in document order, as plain data with the
 * event to send. The work of a running subprocess is listed at its step, with `via`; its events
 * are sent to the parent, which passes them on. Pure: reads the snapshot (and those of invoked
 * subprocesses) only. A finished case has nothing available.
 */
export function availableActions(snapshot: AnyMachineSnapshot): AvailableActions {
  const out: AvailableActions = { status: snapshot.status, tasks: [], decisions: [], waiting: [] };
  if (snapshot.status !== 'active') return out;
  const all = Object.values(snapshot.getMeta()) as unknown[];
  const metas = all.filter(isStepMeta).sort((a, b) => a.index - b.index);
  const escalated = new Set(all.filter(isEscalationMeta).map((m) => m.escalation.stepId));
  for (const meta of metas) {
    const { stepId, name } = meta;
    switch (meta.type) {
      case 'task': {
        const event: CompleteEvent = { type: 'COMPLETE', stepId };
        if (!snapshot.can(event)) break;
        const task: OpenTask = { stepId, name, kind: meta.kind ?? 'manual', event };
        if (meta.role) task.role = { ...meta.role };
        if (meta.raci) task.raci = meta.raci;
        if (meta.instructions !== undefined) task.instructions = meta.instructions;
        if (meta.cautions) task.cautions = [...meta.cautions];
        if (meta.slaMinutes !== undefined) task.slaMinutes = meta.slaMinutes;
        if (escalated.has(stepId)) task.escalated = true;
        if (meta.batch) task.batch = meta.batch;
        out.tasks.push(task);
        break;
      }
      case 'xor':
      case 'or': {
        const inclusive = meta.type === 'or';
        const flows: OpenDecision['flows'] = [];
        for (const f of meta.flows ?? []) {
          const event: ChooseEvent = inclusive
            ? ({ type: 'CHOOSE', stepId, flowIds: [f.flowId] } satisfies ChooseFlowsEvent)
            : { type: 'CHOOSE', stepId, flowId: f.flowId };
          if (!snapshot.can(event)) continue;
          const flow: OpenDecision['flows'][number] = {
            flowId: f.flowId,
            to: f.to,
            toName: f.toName,
            event,
          };
          if (f.label !== undefined) flow.label = f.label;
          if (inclusive && f.default) flow.default = true;
          flows.push(flow);
        }
        if (flows.length > 0)
          out.decisions.push(
            inclusive ? { stepId, name, flows, inclusive: true } : { stepId, name, flows },
          );
        else {
          const data = (snapshot.context as { data?: Record<string, unknown> } | undefined)?.data;
          const missing = missingDataNames(meta.flows ?? [], data ?? {});
          const type = meta.type;
          out.waiting.push(
            missing.length > 0 ? { stepId, name, type, missing } : { stepId, name, type },
          );
        }
        break;
      }
      case 'timer':
        out.waiting.push({ stepId, name, type: 'timer', delayMs: meta.delayMs ?? 0 });
        break;
      case 'subprocess': {
        out.waiting.push({ stepId, name, type: 'subprocess', process: meta.process ?? '' });
        // The child's work is listed too: the parent forwards COMPLETE and CHOOSE to it (CM-SUB).
        const child: unknown =
          meta.actorId === undefined ? undefined : snapshot.children[meta.actorId];
        if (child === undefined || child === null) break;
        const inner = availableActions(
          (child as { getSnapshot(): AnyMachineSnapshot }).getSnapshot(),
        );
        const under = <T extends { via?: string[] }>(x: T): T => ({
          ...x,
          via: [stepId, ...(x.via ?? [])],
        });
        out.tasks.push(...inner.tasks.map(under));
        out.decisions.push(...inner.decisions.map(under));
        out.waiting.push(...inner.waiting.map(under));
        break;
      }
    }
  }
  return out;
}

function isStepMeta(value: unknown): value is StepMeta {
  return (
    typeof value === 'object' && value !== null && typeof (value as StepMeta).stepId === 'string'
  );
}

function isEscalationMeta(value: unknown): value is EscalationMeta {
  return typeof value === 'object' && value !== null && 'escalation' in value;
}
