import type { Flow, Step } from '@flowsmith/model';
import type { ProcessTree } from './processTree';
import type { OnlyAfterOptional } from './onlyAfterOptional';
import { optionalBody } from './treeCases';

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

/** Where a part of the tree is emitted. */
interface Place {
  /** Inside a loop: a case may pass the part more than once. */
  inLoop: boolean;
  /** Nothing follows the part in the process: a branch may go to an end of its own. */
  final: boolean;
}

/**
 * The steps and flows of a process tree, sound by construction: a start, tasks named after the
 * activities, an exclusive split and merge around each choice (probabilities from the trace
 * counts, adding up to 1), a parallel split and join around each parallel, and for each loop a
 * merge before the body and a split after it (back to the merge through the redo part, with the
 * observed chance to repeat), then an end. Ids: `start`, `end`, `end2`…, `t1`…, `g1`…, `f1`….
 *
 * With `onlyAfter`, a choice right after an optional part `->(X(a, tau), X(b, c))` whose branch
 * `c` only cases that did `a` take (outside loops) is written as in a drawn map: after `a`, a split
 * to `c` or on to `b`, so a case that skipped `a` cannot take `c`; when nothing follows the choice,
 * `c` goes to an end of its own. The probability after `a` is `c`'s share of the cases that did
 * `a`. Otherwise block-structured. Pure.
 */
export function treeToProcess(tree: ProcessTree, onlyAfter?: OnlyAfterOptional): TreeProcess {
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
  let ends = 0;
  const ownEnd = (): string => {
    const id = `end${++ends + 1}`;
    steps.push({ id, type: 'end', name: 'End' });
    return id;
  };
  const inner = (p: Place): Place => ({ ...p, final: false });
  /** `->(X(body, tau), X(…))` with the `exits` branches of the choice taken only after `body`. */
  const emitExits = (
    optional: { children: ProcessTree[] },
    choice: { children: ProcessTree[] },
    exits: ProcessTree[],
    at: Exit,
    place: Place,
  ): Exit => {
    const [body] = optional.children.filter((c) => c.type !== 'tau');
    const skipped = optional.children.find((c) => c.type === 'tau')!.count;
    const split = gateway('xor');
    flow(at.from, split, at.probability);
    const merge = gateway('xor');
    const [pBody, pSkip] = probabilities([body.count, skipped]);
    const done = emit(body, { from: split, probability: pBody! }, inner(place));
    const after = gateway('xor');
    flow(done.from, after, done.probability);
    const join = place.final ? undefined : gateway('xor');
    const exitCases = exits.reduce((n, c) => n + c.count, 0);
    const shares = probabilities([
      ...exits.map((c) => c.count),
      Math.max(0, body.count - exitCases),
    ]);
    exits.forEach((c, i) => {
      const out = emit(c, { from: after, probability: shares[i]! }, inner(place));
      flow(out.from, join ?? ownEnd(), out.probability);
    });
    flow(after, merge, shares[exits.length]);
    flow(split, merge, pSkip);
    const rest = choice.children.filter((c) => !exits.includes(c));
    const restTree: ProcessTree =
      rest.length === 1
        ? rest[0]!
        : { type: 'xor', children: rest, count: rest.reduce((n, c) => n + c.count, 0) };
    const out = emit(restTree, { from: merge }, place);
    if (!join) return out;
    flow(out.from, join, out.probability);
    return { from: join };
  };
  const emitSequence = (children: ProcessTree[], at: Exit, place: Place): Exit => {
    let exit = at;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const next = children[i + 1];
      const exits =
        onlyAfter && !place.inLoop && next?.type === 'xor' && optionalBody(child)
          ? next.children.filter((c) => onlyAfter(child, c))
          : [];
      if (
        child.type === 'xor' &&
        next?.type === 'xor' &&
        exits.length &&
        exits.length < next.children.length
      ) {
        const last = i + 1 === children.length - 1;
        exit = emitExits(child, next, exits, exit, { ...place, final: place.final && last });
        i++;
      } else
        exit = emit(child, exit, { ...place, final: place.final && i === children.length - 1 });
    }
    return exit;
  };
  const emit = (t: ProcessTree, at: Exit, place: Place): Exit => {
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
        return emitSequence(t.children, at, place);
      case 'xor':
      case 'and': {
        const split = gateway(t.type);
        flow(at.from, split, at.probability);
        const join = gateway(t.type);
        const shares = t.type === 'xor' ? probabilities(t.children.map((c) => c.count)) : [];
        t.children.forEach((c, i) => {
          const out = emit(
            c,
            { from: split, ...(t.type === 'xor' ? { probability: shares[i]! } : {}) },
            inner(place),
          );
          flow(out.from, join, out.probability);
        });
        return { from: join };
      }
      case 'loop': {
        const merge = gateway('xor');
        flow(at.from, merge, at.probability);
        const looped = { inLoop: true, final: false };
        const body = emit(t.children[0], { from: merge }, looped);
        const split = gateway('xor');
        flow(body.from, split, body.probability);
        const repeats = t.children[1].count;
        const [again, leave] = probabilities([repeats, Math.max(0, t.children[0].count - repeats)]);
        const redo = emit(t.children[1], { from: split, probability: again! }, looped);
        flow(redo.from, merge, redo.probability);
        return { from: split, probability: leave! };
      }
    }
  };
  const last = emit(tree, { from: 'start' }, { inLoop: false, final: true });
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
