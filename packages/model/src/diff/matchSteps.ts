import type { ProcessDocument } from '../types/process';
import type { Step } from '../types/step';
import type { StepMatch } from './diffTypes';
import { normalizeName } from './normalizeName';

/** Predecessor and successor ids of every step, from the flows. */
function neighbours(doc: ProcessDocument): Map<string, { pred: string[]; succ: string[] }> {
  const out = new Map(doc.steps.map((s) => [s.id, { pred: [] as string[], succ: [] as string[] }]));
  for (const f of doc.flows) {
    out.get(f.from)?.succ.push(f.to);
    out.get(f.to)?.pred.push(f.from);
  }
  return out;
}

const roleOf = (s: Step): string | null => (s.type === 'task' ? (s.role ?? null) : null);

/**
 * Pairs the steps of an as-is and a to-be document (SPEC DIFF-1..3): first by id (same id and
 * type), then by name (same type and the same {@link normalizeName}; several steps of one name
 * pair in document order), then by neighbours (same type and role, a matched predecessor and a matched
 * successor in common, and no other candidate on either side), repeated until nothing changes.
 * Pure; each step is in at most one match.
 */
export function matchSteps(asIs: ProcessDocument, toBe: ProcessDocument): StepMatch[] {
  const matches: StepMatch[] = [];
  const a2b = new Map<string, string>();
  const b2a = new Map<string, string>();
  const pair = (a: Step, b: Step, by: StepMatch['by']) => {
    matches.push({ asIs: a.id, toBe: b.id, by });
    a2b.set(a.id, b.id);
    b2a.set(b.id, a.id);
  };
  const asIsById = new Map(asIs.steps.map((s) => [s.id, s]));
  for (const b of toBe.steps) {
    const a = asIsById.get(b.id);
    if (a && a.type === b.type && !b2a.has(b.id)) pair(a, b, 'id');
  }
  const byName = new Map<string, Step[]>();
  for (const a of asIs.steps) {
    if (a2b.has(a.id)) continue;
    const key = `${a.type}\u0000${normalizeName(a.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), a]);
  }
  for (const b of toBe.steps) {
    if (b2a.has(b.id) || normalizeName(b.name) === '') continue;
    const queue = byName.get(`${b.type}\u0000${normalizeName(b.name)}`);
    const a = queue?.shift();
    if (a) pair(a, b, 'name');
  }
  const na = neighbours(asIs);
  const nb = neighbours(toBe);
  // A step keeps its place when a matched predecessor and a matched successor are still its
  // neighbours (a start or end has only one side). Candidates come only from the neighbours of
  // matched neighbours, so a round is linear in the flows.
  const around = (ids: readonly string[], other: (m: string) => readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (const id of ids) {
      const m = b2a.get(id);
      if (m !== undefined) for (const x of other(m)) out.add(x);
    }
    return out;
  };
  const candidates = (b: Step): Step[] => {
    const nbB = nb.get(b.id)!;
    const viaPred = around(nbB.pred, (m) => na.get(m)?.succ ?? []);
    const viaSucc = around(nbB.succ, (m) => na.get(m)?.pred ?? []);
    const ids =
      nbB.pred.length === 0
        ? viaSucc
        : nbB.succ.length === 0
          ? viaPred
          : [...viaPred].filter((x) => viaSucc.has(x));
    return [...ids].flatMap((id) => {
      const a = asIsById.get(id);
      return a && !a2b.has(id) && a.type === b.type && roleOf(a) === roleOf(b) ? [a] : [];
    });
  };
  for (let changed = true; changed;) {
    changed = false;
    const found = new Map<string, Step[]>();
    const claims = new Map<string, number>();
    for (const b of toBe.steps) {
      if (b2a.has(b.id)) continue;
      const c = candidates(b);
      found.set(b.id, c);
      for (const a of c) claims.set(a.id, (claims.get(a.id) ?? 0) + 1);
    }
    for (const b of toBe.steps) {
      const c = found.get(b.id);
      // Unique on both sides: the as-is step must have no other to-be candidate either.
      if (c?.length !== 1 || claims.get(c[0]!.id) !== 1 || a2b.has(c[0]!.id)) continue;
      pair(c[0]!, b, 'neighbours');
      changed = true;
    }
  }
  return matches;
}
