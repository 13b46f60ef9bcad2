import type { ReplayNet } from './replayNet';

/** The most markings one silent search visits: beyond it the event is replayed with missing tokens. */
const MAX_STATES = 200;

function enabled(m: readonly number[], inputs: readonly number[]): boolean {
  return inputs.every((p) => m[p]! > 0);
}

/** The marking after firing transition `t` of `net` on `m` (not changed). */
export function fireOn(net: ReplayNet, m: readonly number[], t: number): number[] {
  const next = [...m];
  for (const p of net.transitions[t]!.inputs) next[p]!--;
  for (const p of net.transitions[t]!.outputs) next[p]!++;
  return next;
}

/**
 * The shortest sequence of silent transitions from `m` after which `goal` holds, breadth first,
 * at most 200 markings (ends fire only with `allowEnd`); undefined when none is found. Pure.
 */
export function silentPath(
  net: ReplayNet,
  m: readonly number[],
  goal: (m: readonly number[]) => boolean,
  allowEnd = false,
): number[] | undefined {
  if (goal(m)) return [];
  const seen = new Set([m.join(',')]);
  const queue: { m: number[]; path: number[] }[] = [{ m: [...m], path: [] }];
  for (let head = 0; head < queue.length && seen.size < MAX_STATES; head++) {
    const { m: cur, path } = queue[head]!;
    for (let t = 0; t < net.transitions.length; t++) {
      const tr = net.transitions[t]!;
      if (
        tr.label !== undefined ||
        (!allowEnd && tr.outputs.length === 0) ||
        !enabled(cur, tr.inputs)
      )
        continue;
      const next = fireOn(net, cur, t);
      const key = next.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      if (goal(next)) return [...path, t];
      queue.push({ m: next, path: [...path, t] });
    }
  }
  return undefined;
}

/** The labels of the visible transitions enabled from `m` after silent moves (the model's next activities). */
export function enabledLabels(net: ReplayNet, m: readonly number[]): Set<string> {
  const labels = new Set<string>();
  const seen = new Set([m.join(',')]);
  const queue = [[...m]];
  for (let head = 0; head < queue.length && seen.size < MAX_STATES; head++) {
    const cur = queue[head]!;
    net.transitions.forEach((tr, t) => {
      if (!enabled(cur, tr.inputs) || tr.inputs.length === 0) return;
      if (tr.label !== undefined) labels.add(tr.label);
      else if (tr.outputs.length) {
        const next = fireOn(net, cur, t);
        const key = next.join(',');
        if (!seen.has(key)) {
          seen.add(key);
          queue.push(next);
        }
      }
    });
  }
  return labels;
}

export { enabled };
