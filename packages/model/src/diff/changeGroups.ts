import type { ProcessDocument } from '../types/process';
import type { ChangeGroup, FlowChange, RoleChange, StepChange } from './diffTypes';

/** What {@link changeGroups} needs from the diff being built. */
export interface GroupInput {
  steps: readonly StepChange[];
  flows: readonly FlowChange[];
  roles: readonly RoleChange[];
  /** to-be step id → matched as-is step id. */
  b2a: ReadonlyMap<string, string>;
  absorbed: ReadonlySet<string>;
}

const STRUCTURAL = new Set<StepChange['kind']>(['added', 'removed', 'merged']);

/**
 * Groups the changes into units that can be applied to the as-is on their own (SPEC DIFF-7):
 * a step added, removed or merged goes with every added or removed flow that touches it, and
 * flow changes that leave the same step or enter the same step go together (a step must not be
 * left with no way out, or with two). Field changes of one step and role changes are groups of
 * their own. Groups are listed in the order of the change list. Pure.
 */
export function changeGroups(
  asIs: ProcessDocument,
  toBe: ProcessDocument,
  input: GroupInput,
): ChangeGroup[] {
  const parent: number[] = [];
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const union = (x: number, y: number) => {
    const [a, b] = [find(x), find(y)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const ns = input.steps.length;
  const nf = input.flows.length;
  for (let i = 0; i < ns + nf + input.roles.length; i++) parent.push(i);
  const keyOfToBe = (id: string) => (input.b2a.has(id) ? `a:${input.b2a.get(id)!}` : `b:${id}`);
  const structuralAt = new Map<string, number>();
  input.steps.forEach((c, i) => {
    if (!STRUCTURAL.has(c.kind)) return;
    if (c.kind === 'removed') structuralAt.set(`a:${c.asIs}`, i);
    if (c.kind === 'added') structuralAt.set(`b:${c.toBe}`, i);
    if (c.kind === 'merged') {
      for (const id of c.asIs) structuralAt.set(`a:${id}`, i);
      structuralAt.set(keyOfToBe(c.toBe), i);
    }
  });
  const asIsFlows = new Map(asIs.flows.map((f) => [f.id, f]));
  const toBeFlows = new Map(toBe.flows.map((f) => [f.id, f]));
  const bySource = new Map<string, number>();
  input.flows.forEach((c, j) => {
    const node = ns + j;
    const [from, to] =
      c.kind === 'added'
        ? [keyOfToBe(toBeFlows.get(c.toBe)!.from), keyOfToBe(toBeFlows.get(c.toBe)!.to)]
        : [`a:${asIsFlows.get(c.asIs)!.from}`, `a:${asIsFlows.get(c.asIs)!.to}`];
    for (const end of [from, to]) {
      const s = structuralAt.get(end);
      if (s !== undefined) union(node, s);
    }
    // A changed flow (probability, label) stays with its own step unless others leave it too.
    if (bySource.has(from)) union(node, bySource.get(from)!);
    else bySource.set(from, node);
    if (bySource.has(`t${to}`)) union(node, bySource.get(`t${to}`)!);
    else bySource.set(`t${to}`, node);
  });
  const members = new Map<number, number[]>();
  for (let i = 0; i < parent.length; i++) {
    const r = find(i);
    members.set(r, [...(members.get(r) ?? []), i]);
  }
  const groups = [...members.values()]
    .sort((x, y) => x[0]! - y[0]!)
    .map((m, g): ChangeGroup => {
      const steps = m.filter((i) => i < ns);
      const flows = m.filter((i) => i >= ns && i < ns + nf).map((i) => i - ns);
      const roles = m.filter((i) => i >= ns + nf).map((i) => i - ns - nf);
      const kinds = steps.map((i) => input.steps[i]!.kind);
      const kind =
        (['merged', 'removed', 'added', 'moved', 'changed'] as const).find((k) =>
          kinds.includes(k),
        ) ?? (flows.length > 0 ? 'rewired' : 'role');
      return { id: `g${g + 1}`, kind, steps, flows, roles };
    });
  return groups;
}
