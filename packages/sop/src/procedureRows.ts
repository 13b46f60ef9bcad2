import type { Step } from '@flowsmith/model';
import type { ProcedureNumbering } from './procedureNumbering';

/** The rows of the procedure table: the steps someone does or waits on, numbered 1, 2, … */
export interface ProcedureRows {
  /** Step ids of the rows, in reading order. */
  order: string[];
  /** The row number of each of them (`'1'`, `'2'`, …). */
  numbers: Map<string, string>;
}

/**
 * Whether a step is a row of the procedure: tasks, subprocesses and timers are; start and end
 * events, decisions and parallel splits and joins are not (decisions become sentences inside the
 * step before them, joins a condition of the step after). Pure.
 */
export function isProcedureRow(step: Pick<Step, 'type'> | undefined): boolean {
  return step?.type === 'task' || step?.type === 'subprocess' || step?.type === 'timer';
}

/**
 * Numbers the rows of the procedure 1, 2, … in the reading order of `numbering` (flow order,
 * parallel branches one after another). Pure.
 */
export function procedureRows(numbering: ProcedureNumbering): ProcedureRows {
  const order = numbering.order.filter((id) => isProcedureRow(numbering.graph.step(id)));
  return { order, numbers: new Map(order.map((id, i) => [id, String(i + 1)])) };
}
