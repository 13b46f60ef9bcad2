import type { Step } from '@flowsmith/model';

/** Width and height of a step's shape, in canvas units. */
export interface Size {
  width: number;
  height: number;
}

const TASK: Size = { width: 100, height: 80 };
const GATEWAY: Size = { width: 50, height: 50 };
const EVENT: Size = { width: 36, height: 36 };

/**
 * The default shape size of a step: BPMN's customary sizes (tasks 100×80, gateways — xor, or,
 * and — 50×50, events 36×36), so a layout converts to BPMN bounds without rescaling. Pure.
 *
 * Positions in Flowsmith are the **centre** of this shape; BPMN bounds are its top-left corner
 * plus this size.
 */
export function stepSize(step: Pick<Step, 'type'>): Size {
  switch (step.type) {
    case 'task':
    case 'subprocess':
      return TASK;
    case 'xor':
    case 'or':
    case 'and':
      return GATEWAY;
    default:
      return EVENT;
  }
}
