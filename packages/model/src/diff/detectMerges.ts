import type { ProcessDocument } from '../types/process';
import type { Step } from '../types/step';
import { namesOverlap, nameTokens } from './normalizeName';

/** How many flows apart (either direction) merged as-is tasks may lie. */
export const MERGE_DISTANCE = 3;

/** Steps at most `depth` flows away from `from`, in either direction. */
function near(doc: ProcessDocument, from: string, depth: number): Set<string> {
  const adj = new Map<string, string[]>();
  for (const f of doc.flows) {
    adj.set(f.from, [...(adj.get(f.from) ?? []), f.to]);
    adj.set(f.to, [...(adj.get(f.to) ?? []), f.from]);
  }
  const seen = new Set([from]);
  let frontier = [from];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adj.get(id) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return seen;
}

/** In how many distinct task names a token may appear before it no longer suggests a merge. */
export const COMMON_TOKEN = 3;

const roleOf = (s: Step): string | null => (s.type === 'task' ? (s.role ?? null) : null);

/**
 * Finds to-be tasks that took over the work of several as-is tasks (SPEC DIFF-5): a to-be task T
 * absorbs a removed as-is task R when both are tasks of the same role, their names share a token
 * ({@link namesOverlap}: a pair of Chinese characters or a word) that is not part of the role's name
 * and not in {@link COMMON_TOKEN} or more distinct task names of the two documents, and R lies within
 * {@link MERGE_DISTANCE} flows of T's own as-is step (T matched) or of another absorbed task
 * (T added: then at least two are needed). Each removed task is absorbed at most once, by the
 * first such to-be task in document order. Pure; returns to-be id → absorbed as-is ids.
 */
export function detectMerges(
  asIs: ProcessDocument,
  toBe: ProcessDocument,
  toBeToAsIs: ReadonlyMap<string, string>,
  removed: ReadonlySet<string>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const taken = new Set<string>();
  const asIsById = new Map(asIs.steps.map((s) => [s.id, s]));
  const roleNames = new Map([...asIs.roles, ...toBe.roles].map((r) => [r.id, r.name]));
  // A token in many step names (报销单 in a reimbursement process) cannot tell steps apart.
  const frequency = new Map<string, number>();
  const names = new Set(
    [...asIs.steps, ...toBe.steps].filter((s) => s.type === 'task').map((s) => s.name),
  );
  for (const n of names)
    for (const t of nameTokens(n)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const common = [...frequency].filter(([, n]) => n >= COMMON_TOKEN).map(([t]) => t);
  for (const t of toBe.steps) {
    if (t.type !== 'task') continue;
    // The role's own name (部门经理 in 部门经理审批) says who, not what: it never makes a merge.
    const ignore = new Set([...nameTokens(roleNames.get(t.role ?? '') ?? ''), ...common]);
    const pool = [...removed]
      .map((id) => asIsById.get(id)!)
      .filter(
        (r) =>
          r.type === 'task' &&
          !taken.has(r.id) &&
          roleOf(r) === roleOf(t) &&
          namesOverlap(r.name, t.name, ignore),
      );
    if (pool.length === 0) continue;
    const anchor = toBeToAsIs.get(t.id);
    let absorbed: string[];
    if (anchor !== undefined) {
      const around = near(asIs, anchor, MERGE_DISTANCE);
      absorbed = pool.filter((r) => around.has(r.id)).map((r) => r.id);
    } else {
      const around = near(asIs, pool[0]!.id, MERGE_DISTANCE);
      absorbed = pool.filter((r) => around.has(r.id)).map((r) => r.id);
      if (absorbed.length < 2) continue;
    }
    if (absorbed.length === 0) continue;
    for (const id of absorbed) taken.add(id);
    out.set(t.id, absorbed);
  }
  return out;
}
