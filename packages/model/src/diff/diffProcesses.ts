import type { Flow } from '../types/flow';
import type { ProcessDocument } from '../types/process';
import type { Step } from '../types/step';
import { changeGroups } from './changeGroups';
import { detectMerges } from './detectMerges';
import type { FlowChange, ProcessDiff, RoleChange, StepChange, StepStatus } from './diffTypes';
import { fieldChanges } from './fieldChanges';
import { matchSteps } from './matchSteps';
import { normalizeName } from './normalizeName';

const roleOf = (s: Step): string | null => (s.type === 'task' ? (s.role ?? null) : null);

/**
 * What changed from an as-is to a to-be process (SPEC DIFF-1..8): steps matched by id, then by
 * name, then by neighbours; steps added, removed, changed (which fields), moved to another role
 * or merged; flows matched by their matched endpoints (not their ids) and added, removed or
 * changed; roles by id; and the changes grouped into units that can be applied on their own.
 * Pure; works on documents as parsed (run `normalizeProcess` on both first to ignore defaults).
 */
export function diffProcesses(asIs: ProcessDocument, toBe: ProcessDocument): ProcessDiff {
  const matches = matchSteps(asIs, toBe);
  const a2b = new Map(matches.map((m) => [m.asIs, m.toBe]));
  const b2a = new Map(matches.map((m) => [m.toBe, m.asIs]));
  const removed = new Set(asIs.steps.filter((s) => !a2b.has(s.id)).map((s) => s.id));
  const merges = detectMerges(asIs, toBe, b2a, removed);
  const absorbed = new Set([...merges.values()].flat());
  const asIsById = new Map(asIs.steps.map((s) => [s.id, s]));
  const asIsStatus: Record<string, StepStatus> = Object.create(null) as Record<string, StepStatus>;
  const toBeStatus: Record<string, StepStatus> = Object.create(null) as Record<string, StepStatus>;
  const steps: StepChange[] = [];
  // The change list follows the as-is document order, additions after.
  const order = new Map<StepChange, number>();
  const push = (c: StepChange, at: number) => (steps.push(c), order.set(c, at));
  asIs.steps.forEach((a, i) => {
    if (removed.has(a.id) && !absorbed.has(a.id)) {
      push({ kind: 'removed', asIs: a.id, type: a.type }, i);
      asIsStatus[a.id] = 'removed';
    }
  });
  const asIsIndex = new Map(asIs.steps.map((s, i) => [s.id, i]));
  toBe.steps.forEach((b, j) => {
    const anchor = b2a.get(b.id);
    const sources = merges.get(b.id);
    const a = anchor !== undefined ? asIsById.get(anchor)! : undefined;
    // Spacing and full-width marks are not a rename: names compare in their normal form.
    const fields = a
      ? fieldChanges(a, b).filter(
          (f) => f !== 'name' || normalizeName(a.name) !== normalizeName(b.name),
        )
      : [];
    const at = a ? asIsIndex.get(a.id)! : asIs.steps.length + j;
    if (sources) {
      const ids = [...(a ? [a.id] : []), ...sources].sort(
        (x, y) => asIsIndex.get(x)! - asIsIndex.get(y)!,
      );
      const first = Math.min(...ids.map((id) => asIsIndex.get(id)!));
      push({ kind: 'merged', asIs: ids, toBe: b.id, fields }, first);
      for (const id of ids) asIsStatus[id] = 'merged';
      toBeStatus[b.id] = 'merged';
    } else if (!a) {
      push({ kind: 'added', toBe: b.id, type: b.type }, at);
      toBeStatus[b.id] = 'added';
    } else if (roleOf(a) !== roleOf(b)) {
      push(
        {
          kind: 'moved',
          asIs: a.id,
          toBe: b.id,
          from: roleOf(a),
          to: roleOf(b),
          fields: fields.filter((f) => f !== 'role'),
        },
        at,
      );
      asIsStatus[a.id] = toBeStatus[b.id] = 'moved';
    } else if (fields.length > 0) {
      push({ kind: 'changed', asIs: a.id, toBe: b.id, fields }, at);
      asIsStatus[a.id] = toBeStatus[b.id] = 'changed';
    }
  });
  for (const s of asIs.steps) asIsStatus[s.id] ??= 'same';
  for (const s of toBe.steps) toBeStatus[s.id] ??= 'same';
  steps.sort((x, y) => order.get(x)! - order.get(y)!);
  const flows = diffFlows(asIs.flows, toBe.flows, a2b, absorbed);
  const roles = diffRoles(asIs, toBe);
  const groups = changeGroups(asIs, toBe, { steps, flows, roles, b2a, absorbed });
  const identical =
    steps.length === 0 &&
    flows.length === 0 &&
    roles.length === 0 &&
    asIs.steps.length === toBe.steps.length;
  return { matches, steps, flows, roles, groups, asIsStatus, toBeStatus, identical };
}

function diffFlows(
  asIs: readonly Flow[],
  toBe: readonly Flow[],
  a2b: ReadonlyMap<string, string>,
  absorbed: ReadonlySet<string>,
): FlowChange[] {
  const waiting = new Map<string, Flow[]>();
  for (const b of toBe) {
    const key = `${b.from}\u0000${b.to}`;
    waiting.set(key, [...(waiting.get(key) ?? []), b]);
  }
  const out: FlowChange[] = [];
  const paired = new Set<string>();
  for (const a of asIs) {
    const from = a2b.get(a.from);
    const to = a2b.get(a.to);
    // A flow into or out of a task merged away is gone with it, even if its ends were matched.
    const b =
      from !== undefined && to !== undefined && !absorbed.has(a.from) && !absorbed.has(a.to)
        ? waiting.get(`${from}\u0000${to}`)?.shift()
        : undefined;
    if (!b) {
      out.push({ kind: 'removed', asIs: a.id });
      continue;
    }
    paired.add(b.id);
    const fields = fieldChanges(a, b).filter((f) => f !== 'from' && f !== 'to');
    if (fields.length > 0) out.push({ kind: 'changed', asIs: a.id, toBe: b.id, fields });
  }
  for (const b of toBe) if (!paired.has(b.id)) out.push({ kind: 'added', toBe: b.id });
  return out;
}

function diffRoles(asIs: ProcessDocument, toBe: ProcessDocument): RoleChange[] {
  const before = new Map(asIs.roles.map((r) => [r.id, r]));
  const after = new Map(toBe.roles.map((r) => [r.id, r]));
  const out: RoleChange[] = [];
  for (const r of asIs.roles) {
    const b = after.get(r.id);
    if (!b) out.push({ kind: 'removed', id: r.id });
    else {
      const fields = fieldChanges(r, b);
      if (fields.length > 0) out.push({ kind: 'changed', id: r.id, fields });
    }
  }
  for (const r of toBe.roles) if (!before.has(r.id)) out.push({ kind: 'added', id: r.id });
  return out;
}
