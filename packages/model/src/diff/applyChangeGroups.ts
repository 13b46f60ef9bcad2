import type { Flow } from '../types/flow';
import type { ProcessDocument } from '../types/process';
import type { Role } from '../types/role';
import type { Step } from '../types/step';
import type { ProcessDiff } from './diffTypes';

/** A fresh id for a to-be record whose id is taken in the document being built. */
function freeId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}.to-be${n === 2 ? '' : n}`;
  taken.add(out);
  return out;
}

/**
 * The as-is with only some change groups of `diff` applied (SPEC DIFF-8): the to-be's versions of
 * the steps, flows and roles those groups touch, under the as-is ids where steps were matched.
 * Roles the result needs come along; a role removal is skipped while a step still names it.
 * Applying every group gives the to-be up to ids; applying none gives the as-is. Pure; keeps the
 * as-is header (id, name).
 */
export function applyChangeGroups(
  asIs: ProcessDocument,
  toBe: ProcessDocument,
  diff: ProcessDiff,
  groupIds: Iterable<string>,
): ProcessDocument {
  const chosen = new Set(groupIds);
  const groups = diff.groups.filter((g) => chosen.has(g.id));
  const b2a = new Map(diff.matches.map((m) => [m.toBe, m.asIs]));
  const toBeSteps = new Map(toBe.steps.map((s) => [s.id, s]));
  const toBeFlows = new Map(toBe.flows.map((f) => [f.id, f]));
  const asIsFlows = new Map(asIs.flows.map((f) => [f.id, f]));
  const taken = new Set<string>([...asIs.steps, ...asIs.flows, ...asIs.roles].map((r) => r.id));
  const drop = new Set<string>();
  const replace = new Map<string, Step>();
  const extraSteps: Step[] = [];
  const idOf = new Map(b2a);
  const removeFlows = new Set<string>();
  const replaceFlows = new Map<string, Flow>();
  const addFlows: Flow[] = [];
  const roleEdits = new Map<string, Role | null>();
  for (const g of groups) {
    for (const i of g.steps) {
      const c = diff.steps[i]!;
      if (c.kind === 'removed') drop.add(c.asIs);
      else if (c.kind === 'added') {
        const s = toBeSteps.get(c.toBe)!;
        const id = freeId(s.id, taken);
        idOf.set(s.id, id);
        extraSteps.push({ ...s, id });
      } else if (c.kind === 'merged') {
        const s = toBeSteps.get(c.toBe)!;
        const anchor = b2a.get(c.toBe);
        for (const id of c.asIs) if (id !== anchor) drop.add(id);
        if (anchor !== undefined) replace.set(anchor, { ...s, id: anchor });
        else {
          const id = freeId(s.id, taken);
          idOf.set(s.id, id);
          extraSteps.push({ ...s, id });
        }
      } else replace.set(c.asIs, { ...toBeSteps.get(c.toBe)!, id: c.asIs });
    }
    for (const j of g.flows) {
      const c = diff.flows[j]!;
      if (c.kind === 'removed') removeFlows.add(c.asIs);
      else if (c.kind === 'changed') {
        const a = asIsFlows.get(c.asIs)!;
        replaceFlows.set(c.asIs, { ...toBeFlows.get(c.toBe)!, id: a.id, from: a.from, to: a.to });
      } else addFlows.push(toBeFlows.get(c.toBe)!);
    }
    for (const k of g.roles) {
      const c = diff.roles[k]!;
      if (c.kind === 'removed') roleEdits.set(c.id, null);
      else
        roleEdits.set(
          c.id,
          toBe.roles.find((r) => r.id === c.id)!,
        );
    }
  }
  const steps = [
    ...asIs.steps.filter((s) => !drop.has(s.id)).map((s) => replace.get(s.id) ?? s),
    ...extraSteps,
  ];
  const flows = [
    ...asIs.flows.filter((f) => !removeFlows.has(f.id)).map((f) => replaceFlows.get(f.id) ?? f),
    ...addFlows.map((f) => ({
      ...f,
      id: freeId(f.id, taken),
      from: idOf.get(f.from) ?? f.from,
      to: idOf.get(f.to) ?? f.to,
    })),
  ];
  const used = new Set<string>();
  for (const s of steps) {
    if (s.type !== 'task') continue;
    for (const r of [
      s.role,
      s.raci?.accountable,
      ...(s.raci?.consulted ?? []),
      ...(s.raci?.informed ?? []),
    ])
      if (r) used.add(r);
  }
  const roles = asIs.roles.flatMap((r) => {
    const edit = roleEdits.get(r.id);
    if (edit === undefined) return [r];
    return edit === null ? (used.has(r.id) ? [r] : []) : [edit];
  });
  const have = new Set(roles.map((r) => r.id));
  for (const r of toBe.roles)
    if (!have.has(r.id) && (used.has(r.id) || roleEdits.has(r.id))) roles.push(r);
  const calendars = [...(asIs.calendars ?? [])];
  for (const c of toBe.calendars ?? [])
    if (!calendars.some((x) => x.id === c.id)) calendars.push(c);
  const data = [...(asIs.data ?? [])];
  for (const d of toBe.data ?? []) if (!data.some((x) => x.id === d.id)) data.push(d);
  return {
    ...asIs,
    roles,
    steps,
    flows,
    ...(calendars.length > 0 ? { calendars } : {}),
    ...(data.length > 0 ? { data } : {}),
  };
}
