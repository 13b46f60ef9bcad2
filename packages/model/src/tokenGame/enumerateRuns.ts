import type { ConditionData } from '../condition/evaluateCondition';
import type { ProcessDocument } from '../types/process';
import { gameIndex } from './gameIndex';
import { initialMarking } from './initialMarking';
import type { TraceStep } from './marking';
import { moves, type Move } from './moves';

/** A firing sequence from the start: how it ended, and its steps (start step first). */
export interface Run {
  steps: TraceStep[];
  /** `complete`: no token left; `deadlock`: tokens left, nothing enabled; `cut`: reached `maxLength`. */
  outcome: 'complete' | 'deadlock' | 'cut';
}

/** Options of {@link enumerateRuns}. */
export interface EnumerateRunsOptions {
  /** Longest run, in fired steps (default 50); longer runs end as `cut`. */
  maxLength?: number;
  /** Stop after this many runs (default 1,000). */
  maxRuns?: number;
  startId?: string;
  data?: ConditionData;
}

/**
 * Every firing sequence of the token game up to `maxLength` steps, depth first: at each
 * marking the enabled steps in document order, at an xor each admissible flow in document
 * order, so interleavings of parallel branches are separate runs (SPEC.md TG-15). Pure and
 * deterministic; iterative, so long runs cannot overflow the stack.
 */
export function enumerateRuns(
  doc: ProcessDocument,
  options: EnumerateRunsOptions = {},
): { runs: Run[]; truncated: boolean } {
  const maxLength = options.maxLength ?? 50;
  const maxRuns = options.maxRuns ?? 1000;
  const ix = gameIndex(doc);
  const runs: Run[] = [];
  const path: TraceStep[] = [];
  const stack: { moves: Move[]; next: number }[] = [];
  const push = (marking: ReturnType<typeof initialMarking>): boolean => {
    const next = path.length >= maxLength ? [] : moves(ix, marking, options.data);
    if (next.length > 0) {
      stack.push({ moves: next, next: 0 });
      return true;
    }
    if (runs.length >= maxRuns) return false;
    const outcome = marking.size === 0 ? 'complete' : path.length >= maxLength ? 'cut' : 'deadlock';
    runs.push({ steps: [...path], outcome });
    return true;
  };
  push(initialMarking(doc, options.startId));
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.moves.length) {
      stack.pop();
      path.pop();
      continue;
    }
    const mv = frame.moves[frame.next++]!;
    path.push(mv.step);
    const depthBefore = stack.length;
    if (!push(mv.marking)) return { runs, truncated: true };
    // A finished run has no frame of its own: undo its last step now.
    if (stack.length === depthBefore) path.pop();
  }
  return { runs, truncated: false };
}
