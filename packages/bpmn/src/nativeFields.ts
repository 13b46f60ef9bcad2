import type { Flow, Step, TaskKind } from '@flowsmith/model';
import { xmlText } from './xmlText';

/** The BPMN element type a step is written as (and, read back, is expected to be). Pure. */
export function bpmnTypeOfStep(step: Step): string {
  switch (step.type) {
    case 'start':
      return 'bpmn:StartEvent';
    case 'end':
      return 'bpmn:EndEvent';
    case 'xor':
      return 'bpmn:ExclusiveGateway';
    case 'or':
      return 'bpmn:InclusiveGateway';
    case 'and':
      return 'bpmn:ParallelGateway';
    case 'timer':
      return 'bpmn:IntermediateCatchEvent';
    case 'subprocess':
      return 'bpmn:CallActivity';
    case 'task':
      return step.kind === undefined ? 'bpmn:Task' : TASK_TYPE[step.kind];
  }
}

const TASK_TYPE: Record<TaskKind, string> = {
  manual: 'bpmn:ManualTask',
  system: 'bpmn:ServiceTask',
  approval: 'bpmn:UserTask',
  review: 'bpmn:UserTask',
};

const SYSTEM_TASKS = new Set([
  'bpmn:ServiceTask',
  'bpmn:ScriptTask',
  'bpmn:SendTask',
  'bpmn:ReceiveTask',
  'bpmn:BusinessRuleTask',
]);

/**
 * The task kind of a BPMN task type: service, script, send, receive and business-rule tasks are
 * `system`; user and manual tasks are `manual`, or `approval`/`review` when their name says so
 * (approve, 审批, review, check, 审核…); a plain task has no kind (the default, manual). Pure.
 */
export function taskKindOf(bpmnType: string, name: string): TaskKind | undefined {
  if (SYSTEM_TASKS.has(bpmnType)) return 'system';
  if (bpmnType !== 'bpmn:UserTask' && bpmnType !== 'bpmn:ManualTask') return undefined;
  if (/approv|sign[ -]?off|审批|批准|核准/i.test(name)) return 'approval';
  if (/review|check|verif|inspect|审核|复核|检查|核对/i.test(name)) return 'review';
  return 'manual';
}

/** The BPMN `documentation` of a step (a task's instructions, any other step's description), as written. Pure. */
export function documentationOfStep(step: Step): string | undefined {
  return xmlText(step.type === 'task' ? step.instructions : step.description);
}

/**
 * The BPMN `name` of a flow as written: its label, else its condition (BPMN linters want conditional flows
 * labelled). Pure.
 */
export function bpmnNameOfFlow(flow: Flow): string | undefined {
  return xmlText(flow.label ?? flow.condition);
}
