import type { CompiledModel } from './CompiledModel';
import * as K from './stepKinds';

/** Steps the engine cannot run through, found by {@link checkReachability}. */
export interface Unreachable {
  /** Steps a case can reach but not leave (not ends): its token would vanish. */
  deadEnds: number[];
  /** Steps a case can reach from which no end can be reached: it would circle for ever. */
  noWayOut: number[];
}

/**
 * Which steps reachable from an arrival stream lead nowhere or never to an end (a livelock
 * would keep a run with a case count going for ever). Structural only: a join that waits for a
 * branch that never comes is a run-time matter (the case stays unfinished). Pure.
 */
export function checkReachability(m: CompiledModel): Unreachable {
  const n = m.stepIds.length;
  const next: number[][] = Array.from({ length: n }, () => []);
  for (let s = 0; s < n; s++) {
    for (let i = m.outStart[s]!; i < m.outStart[s + 1]!; i++)
      next[s]!.push(m.flowTo[m.outFlows[i]!]!);
    if (m.kind[s] === K.SUB && m.subEntry[s]! >= 0) next[s]!.push(m.subEntry[s]!);
    if (m.kind[s] === K.SUB_END) {
      const o = m.owner[s]!;
      for (let i = m.outStart[o]!; i < m.outStart[o + 1]!; i++)
        next[s]!.push(m.flowTo[m.outFlows[i]!]!);
    }
  }
  const reached = new Uint8Array(n);
  const todo = m.starts.map((a) => a.step);
  for (const s of todo) reached[s] = 1;
  while (todo.length) {
    for (const t of next[todo.pop()!]!) {
      if (!reached[t]) {
        reached[t] = 1;
        todo.push(t);
      }
    }
  }
  const previous: number[][] = Array.from({ length: n }, () => []);
  for (let s = 0; s < n; s++) for (const t of next[s]!) previous[t]!.push(s);
  const finishes = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if (m.kind[s] === K.END) {
      finishes[s] = 1;
      todo.push(s);
    }
  }
  while (todo.length) {
    for (const p of previous[todo.pop()!]!) {
      if (!finishes[p]) {
        finishes[p] = 1;
        todo.push(p);
      }
    }
  }
  const deadEnds: number[] = [];
  const noWayOut: number[] = [];
  for (let s = 0; s < n; s++) {
    if (!reached[s]) continue;
    const end = m.kind[s] === K.END || m.kind[s] === K.SUB_END;
    if (!end && next[s]!.length === 0) deadEnds.push(s);
    else if (!finishes[s]) noWayOut.push(s);
  }
  return { deadEnds, noWayOut };
}
