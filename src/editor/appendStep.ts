/**
 * Appending a step after another, as bpmn.io's context pad and a palette click with a step
 * selected do: the new step goes one place further along the flow, in a free spot, and is
 * connected from the step it follows — one `execute`, so one undo step. Pure.
 */
import {
  freshId,
  type CommandCall,
  type Position,
  type ProcessDocument,
  type Step,
  type StepType,
  type TaskStep,
} from '@flowsmith/model';
import { stepSize } from '@flowsmith/layout';
import { laneMembership, laneOrientation, lanesOf } from './lanes';
import type { LaneBand } from '@flowsmith/layout';
import { newStepCall } from './newStep';

/** Room left between a step and the one appended after it, along the flow. */
export const APPEND_GAP = 60;
/** Room kept around every step when looking for a free spot. */
const MARGIN = 20;
/** How many rows across the flow are tried on each side before moving one place further. */
const ROWS = 3;

/** What `appendStepCalls` produces: the calls, the new step's id and the new flow's id if any. */
export interface AppendedStep {
  calls: CommandCall[];
  stepId: string;
  /** Absent when no flow can join them (the new step is a start, or `from` is an end). */
  flowId?: string;
}

function overlaps(doc: ProcessDocument, type: StepType, at: Position): boolean {
  const size = stepSize({ type });
  for (const s of doc.steps) {
    if (!s.position) continue;
    const o = stepSize(s);
    if (
      Math.abs(s.position.x - at.x) < (o.width + size.width) / 2 + MARGIN &&
      Math.abs(s.position.y - at.y) < (o.height + size.height) / 2 + MARGIN
    )
      return true;
  }
  return false;
}

/** The role of the band nearest to `p` across the flow (the band `p` lies in, if any). */
function nearestLane(bands: readonly LaneBand[], p: Position, horizontal: boolean) {
  let best: string | null | undefined;
  let bestDistance = Infinity;
  for (const b of bands) {
    const [lo, hi, v] = horizontal ? [b.y, b.y + b.height, p.y] : [b.x, b.x + b.width, p.x];
    const d = v < lo ? lo - v : v >= hi ? v - hi : 0;
    if (d < bestDistance) [best, bestDistance] = [b.roleId, d];
  }
  return best;
}

/**
 * Where a step of `type` appended after `from` goes: one place further along the flow (right
 * of it in horizontal lanes, below it in vertical ones), on its row; if a step is already
 * there, the nearest free row across the flow (below/right first, then above/left) that is still
 * in `from`'s lane (or beyond the outer edge of it), and if none within three rows each way,
 * one place further along. Never on top of another step. Pure.
 */
export function appendSpot(doc: ProcessDocument, from: Step, type: StepType): Position {
  const horizontal = laneOrientation(doc) === 'horizontal';
  const origin = from.position ?? { x: 0, y: 0 };
  const a = stepSize(from);
  const b = stepSize({ type });
  const main = horizontal ? (a.width + b.width) / 2 + APPEND_GAP : (a.height + b.height) / 2 + 60;
  const row = horizontal
    ? Math.max(a.height, b.height) + 40
    : Math.max(a.width, b.width) + APPEND_GAP;
  const along = horizontal
    ? stepSize({ type: 'task' }).width + APPEND_GAP
    : stepSize({ type: 'task' }).height + 60;
  const bands = lanesOf(doc);
  const lane = bands.length ? nearestLane(bands, origin, horizontal) : undefined;
  const inLane = (p: Position) => !bands.length || nearestLane(bands, p, horizontal) === lane;
  const rows = [0];
  for (let r = 1; r <= ROWS; r++) rows.push(r, -r);
  for (const strict of [true, false]) {
    for (let column = 0; column < 20; column++) {
      const d = main + column * along;
      for (const r of rows) {
        const at = horizontal
          ? { x: Math.round(origin.x + d), y: Math.round(origin.y + r * row) }
          : { x: Math.round(origin.x + r * row), y: Math.round(origin.y + d) };
        if ((!strict || inLane(at)) && !overlaps(doc, type, at)) return at;
      }
    }
  }
  return horizontal
    ? { x: Math.round(origin.x + main), y: origin.y }
    : { x: origin.x, y: Math.round(origin.y + main) };
}

/**
 * The calls that append a new step of `type`, named `name`, after the step `fromId`: a
 * `step.add` at `appendSpot` and a `flow.connect` from `fromId` to it. A task takes the role of
 * the task it follows, otherwise the lane of the step it follows. No flow is added into a start
 * or out of an end (the model refuses both). Null when `fromId` is not a step of `doc`. Pure.
 */
export function appendStepCalls(
  doc: ProcessDocument,
  fromId: string,
  type: StepType,
  name: string,
): AppendedStep | null {
  const from = doc.steps.find((s) => s.id === fromId);
  if (!from) return null;
  const at = appendSpot(doc, from, type);
  const { call, id } = newStepCall(doc, type, at, name);
  const role =
    from.type === 'task' && from.role !== undefined ? from.role : laneMembership(doc).get(fromId);
  if (type === 'task' && role !== undefined) {
    const step = (call.params as { step: TaskStep }).step;
    call.params = { step: { ...step, role } satisfies TaskStep };
  }
  if (type === 'start' || from.type === 'end') return { calls: [call], stepId: id };
  const flowId = freshId(doc, 'flow', [id]);
  return {
    calls: [call, { id: 'flow.connect', params: { id: flowId, from: fromId, to: id } }],
    stepId: id,
    flowId,
  };
}
