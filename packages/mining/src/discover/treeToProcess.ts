import type { Flow, Step } from '@flowsmith/model';
import type { ProcessTree } from './processTree';

/** What {@link treeToProcess} returns: the steps and flows, and the task id of each activity. */
export interface TreeProcess {
  steps: Step[];
  flows: Flow[];
  taskOf: Map<string, string>;
}

interface Exit {
  /** The step the next flow leaves from. */
  from: string;
  /** The probability the next flow carries (it leaves an exclusive split). */
  probability?: number;
}

/**
 * The steps and flows of a process tree, block-structured and sound by construction: a start,
 * tasks named after the activities, an exclusive split and merge around each choice (probabilities
 * from the trace counts, adding up to 1), a parallel split and join around each parallel, and
 * for each loop a merge before the body and a split after it (back to the merge through the redo
 * part, with the observed chance to repeat), then an end. Ids: `start`, `end`, `t1`…, `g1`…,
 * `f1`…. Pure.
 */
export function treeToProcess(tree: ProcessTree): TreeProcess {
  const steps: Step[] = [{ id: 'start', type: 'start', name: 'Start' }];
  const flows: Flow[] = [];
  const taskOf = new Map<string, string>();
  let gateways = 0;
  const flow = (from: string, to: string, probability?: number) => {
    flows.push({
      id: `f${flows.length + 1}`,
      from,
      to,
      ...(probability !== undefined ? { probability } : {}),
    });
  };
  const gateway = (type: 'xor' | 'and'): string => {
    const id = `g${++gateways}`;
    steps.push({ id, type, name: type === 'xor' ? '?' : '+' });
    return id;
  };
  const emit = (t: ProcessTree, at: Exit): Exit => {
    switch (t.type) {
      case 'tau':
        return at;
      case 'activity': {
        const id = `t${taskOf.size + 1}`;
        taskOf.set(t.name, id);
        steps.push({ id, type: 'task', name: t.name });
        flow(at.from, id, at.probability);
        return { from: id };
      }
      case 'sequence':
        return t.children.reduce<Exit>((acc, c) => emit(c, acc), at);
      case 'xor':
      case 'and': {
        const split = gateway(t.type);
        flow(at.from, split, at.probability);
        const join = gateway(t.type);
        const shares = t.type === 'xor' ? probabilities(t.children.map((c) => c.count)) : [];
        t.children.forEach((c, i) => {
          const out = emit(c, {
            from: split,
            ...(t.type === 'xor' ? { probability: shares[i]! } : {}),
          });
          flow(out.from, join, out.probability);
        });
        return { from: join };
      }
      case 'loop': {
        const merge = gateway('xor');
        flow(at.from, merge, at.probability);
        const body = emit(t.children[0], { from: merge });
        const split = gateway('xor');
        flow(body.from, split, body.probability);
        const repeats = t.children[1].count;
        const [again, leave] = probabilities([repeats, Math.max(0, t.children[0].count - repeats)]);
        const redo = emit(t.children[1], { from: split, probability: again! });
        flow(redo.from, merge, redo.probability);
        return { from: split, probability: leave! };
      }
    }
  };
  const last = emit(tree, { from: 'start' });
  steps.push({ id: 'end', type: 'end', name: 'End' });
  flow(last.from, 'end', last.probability);
  return { steps, flows, taskOf };
}

/** Shares of `counts`, rounded to 4 decimals, adding up to exactly 1 (equal shares when all are 0). */
export function probabilities(counts: readonly number[]): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  const raw = counts.map((c) => (sum > 0 ? c / sum : 1 / counts.length));
  const rounded = raw.map((p) => Math.round(p * 10_000) / 10_000);
  const biggest = rounded.indexOf(Math.max(...rounded));
  rounded[biggest] =
    Math.round((1 - rounded.reduce((a, b, i) => (i === biggest ? a : a + b), 0)) * 10_000) / 10_000;
  return rounded;
}
