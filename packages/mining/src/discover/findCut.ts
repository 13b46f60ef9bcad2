import { follows, type Follows } from './SubLog';
import { UnionFind } from './UnionFind';

/** A cut of the activities: the operator and its parts (activity numbers), in order. */
export interface Cut {
  type: 'xor' | 'sequence' | 'and' | 'loop';
  groups: number[][];
}

/**
 * The first cut of the inductive miner that `f` allows, tried in the order exclusive choice,
 * sequence, parallel, loop; undefined when none does. Every part is non-empty. Pure.
 */
export function findCut(f: Follows): Cut | undefined {
  return xorCut(f) ?? sequenceCut(f) ?? andCut(f) ?? loopCut(f);
}

function toActivities(f: Follows, groups: number[][]): number[][] {
  return groups.map((g) => g.map((i) => f.activities[i]!));
}

function xorCut(f: Follows): Cut | undefined {
  const n = f.activities.length;
  const uf = new UnionFind(n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = f.activities[i]!;
      const b = f.activities[j]!;
      if (follows(f, a, b) || follows(f, b, a)) uf.union(i, j);
    }
  const groups = uf.groups();
  return groups.length > 1 ? { type: 'xor', groups: toActivities(f, groups) } : undefined;
}

/** reach[i][j]: activity j can be reached from activity i by following arcs. */
function reachability(f: Follows): boolean[][] {
  const n = f.activities.length;
  const pos = new Map(f.activities.map((a, i) => [a, i]));
  return f.activities.map((a) => {
    const seen = new Array<boolean>(n).fill(false);
    const stack = [a];
    while (stack.length) {
      const x = stack.pop()!;
      for (const y of f.edges.get(x)?.keys() ?? []) {
        const j = pos.get(y);
        if (j !== undefined && !seen[j]) {
          seen[j] = true;
          stack.push(y);
        }
      }
    }
    return seen;
  });
}

function sequenceCut(f: Follows): Cut | undefined {
  const n = f.activities.length;
  const reach = reachability(f);
  const uf = new UnionFind(n);
  // Activities that reach each other (a loop) or neither reaches the other belong to one part.
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (reach[i]![j] === reach[j]![i]) uf.union(i, j);
  const groups = uf.groups();
  if (groups.length < 2) return undefined;
  // Order the parts: a part before another reaches it and is not reached back.
  const before = (g: number[], h: number[]) =>
    g.every((i) => h.every((j) => reach[i]![j] && !reach[j]![i]));
  groups.sort((g, h) => (before(g, h) ? -1 : before(h, g) ? 1 : 0));
  for (let k = 0; k < groups.length; k++)
    for (let m = k + 1; m < groups.length; m++)
      if (!before(groups[k]!, groups[m]!)) return undefined;
  return { type: 'sequence', groups: toActivities(f, groups) };
}

function andCut(f: Follows): Cut | undefined {
  const n = f.activities.length;
  const uf = new UnionFind(n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = f.activities[i]!;
      const b = f.activities[j]!;
      if (!(follows(f, a, b) && follows(f, b, a))) uf.union(i, j);
    }
  const groups = toActivities(f, uf.groups());
  const complete = (g: number[]) => g.some((a) => f.starts.has(a)) && g.some((a) => f.ends.has(a));
  const whole = groups.filter(complete);
  if (whole.length < 2) return undefined;
  // A part without a start or an end activity cannot run on its own: it joins the first whole part.
  for (const g of groups) if (!complete(g)) whole[0]!.push(...g);
  return { type: 'and', groups: whole.map((g) => g.sort((a, b) => a - b)) };
}

function loopCut(f: Follows): Cut | undefined {
  const body = new Set([...f.starts.keys(), ...f.ends.keys()]);
  const rest = f.activities.filter((a) => !body.has(a));
  if (rest.length === 0) return undefined;
  const uf = new UnionFind(rest.length);
  for (let i = 0; i < rest.length; i++)
    for (let j = i + 1; j < rest.length; j++)
      if (follows(f, rest[i]!, rest[j]!) || follows(f, rest[j]!, rest[i]!)) uf.union(i, j);
  const redo: number[] = [];
  const starts = [...f.starts.keys()];
  const ends = [...f.ends.keys()];
  for (const group of uf.groups()) {
    const part = group.map((i) => rest[i]!);
    const inPart = new Set(part);
    let isRedo = true;
    for (const a of f.activities) {
      if (inPart.has(a)) continue;
      for (const p of part) {
        // Into the redo part only from end activities, out of it only to start activities.
        if (follows(f, a, p) && !f.ends.has(a)) isRedo = false;
        if (follows(f, p, a) && !f.starts.has(a)) isRedo = false;
      }
    }
    // Reached from every end activity and reaching every start activity.
    if (isRedo) isRedo = ends.every((e) => part.some((p) => follows(f, e, p)));
    if (isRedo) isRedo = starts.every((s) => part.some((p) => follows(f, p, s)));
    if (isRedo) redo.push(...part);
  }
  if (redo.length === 0) return undefined;
  const redoSet = new Set(redo);
  return {
    type: 'loop',
    groups: [f.activities.filter((a) => !redoSet.has(a)), redo.sort((a, b) => a - b)],
  };
}
