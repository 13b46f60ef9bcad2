import { normalizeName, type ProcessDocument, type Step } from '@flowsmith/model';

/** A discovered process with its ids rewritten onto a drawn map's, and what matched. */
export interface AlignedDiscovery {
  /** The discovered document, its step and role ids replaced by the drawn ones they match. */
  document: ProcessDocument;
  /** Discovered step id → drawn step id, for the steps matched. */
  steps: Map<string, string>;
  /** Discovered steps (their original ids) that no drawn step matched. */
  unmatched: string[];
}

/** Pairs records of `from` with records of `onto` of the same key, in document order. */
function pairByKey<T extends { id: string }>(
  from: readonly T[],
  onto: readonly T[],
  key: (x: T) => string | null,
  taken: Set<string>,
  out: Map<string, string>,
): void {
  const queues = new Map<string, T[]>();
  for (const o of onto) {
    const k = key(o);
    if (k === null || taken.has(o.id)) continue;
    queues.set(k, [...(queues.get(k) ?? []), o]);
  }
  for (const f of from) {
    const k = key(f);
    if (k === null || out.has(f.id)) continue;
    const o = queues.get(k)?.shift();
    if (o) {
      out.set(f.id, o.id);
      taken.add(o.id);
    }
  }
}

/** A fresh id for `id` that is in neither `used` set, e.g. `t1` → `data-t1`. */
function freshId(id: string, used: ReadonlySet<string>): string {
  let candidate = `data-${id}`;
  for (let i = 2; used.has(candidate); i++) candidate = `data-${id}-${i}`;
  return candidate;
}

/** Renames every id by `map`, and moves the unmapped ids that collide with `taken` out of the way. */
function renamer(ids: readonly string[], map: Map<string, string>, taken: Set<string>) {
  const out = new Map(map);
  for (const id of ids) {
    if (out.has(id)) continue;
    const target = taken.has(id) ? freshId(id, taken) : id;
    out.set(id, target);
    taken.add(target);
  }
  return (id: string) => out.get(id) ?? id;
}

/** The step fields a log can tell: the rest (instructions, system, RACI…) only the drawing has. */
const DATA_FIELDS = new Set(['id', 'type', 'name', 'role', 'duration', 'arrival']);

/** The drawn step's fields the log cannot tell, with the discovered step's data fields. */
function withDrawnFields(found: Step, drawn: Step | undefined): Step {
  if (!drawn) return found;
  const kept = Object.entries(drawn).filter(([k]) => !DATA_FIELDS.has(k));
  // A log has no start or end events: their discovered names (Start, End) say nothing.
  const name = found.type === 'start' || found.type === 'end' ? drawn.name : found.name;
  // An activity drawn as a timer is that timer (the log shows its duration, no role).
  if (found.type === 'task' && drawn.type === 'timer')
    return {
      ...Object.fromEntries(kept),
      id: found.id,
      type: 'timer',
      name,
      ...(found.duration ? { duration: found.duration } : {}),
    } as Step;
  return { ...Object.fromEntries(kept), ...found, name } as Step;
}

/**
 * Pairs each discovered role not matched by name with the drawn role that does most of its
 * matched tasks (a log names people or departments, not the drawing's lanes), largest first.
 */
function pairRolesByTasks(
  discovered: ProcessDocument,
  drawn: ProcessDocument,
  steps: ReadonlyMap<string, string>,
  taken: Set<string>,
  out: Map<string, string>,
): void {
  const drawnRole = new Map(
    drawn.steps.flatMap((s) => (s.type === 'task' && s.role ? [[s.id, s.role] as const] : [])),
  );
  const votes: { role: string; onto: string; count: number }[] = [];
  for (const r of discovered.roles) {
    if (out.has(r.id)) continue;
    const counts = new Map<string, number>();
    for (const s of discovered.steps) {
      const onto =
        s.type === 'task' && s.role === r.id ? drawnRole.get(steps.get(s.id) ?? '') : undefined;
      if (onto) counts.set(onto, (counts.get(onto) ?? 0) + 1);
    }
    for (const [onto, count] of counts) votes.push({ role: r.id, onto, count });
  }
  votes.sort((a, b) => b.count - a.count);
  for (const v of votes) {
    if (out.has(v.role) || taken.has(v.onto)) continue;
    out.set(v.role, v.onto);
    taken.add(v.onto);
  }
}

// A timer and a task are matched alike: both are activities with a duration in a log, and a log
// that names people shows a wait as a timer only when it names nobody on it.
const nameKey = (s: Step) =>
  s.type === 'xor' || s.type === 'and' || s.type === 'or' || normalizeName(s.name) === ''
    ? null
    : `${s.type === 'timer' ? 'task' : s.type}\u0000${normalizeName(s.name)}`;

/**
 * Rewrites a discovered process onto a drawn map so that `diffProcesses(drawn, result.document)`
 * compares like with like: the discovered ids (`start`, `t1`, `g1`…) mean nothing in the drawing,
 * so steps are matched by name instead, as token replay matches log events to tasks — the same
 * type and the same `normalizeName`, several of one name paired in document order (the first
 * discovered with the first drawn); gateways are never matched by name (their names are symbols)
 * and are left to the diff's neighbour matching; the one start and the one end pair by type when
 * each side has exactly one and their names differ; a discovered task matches a drawn timer of its
 * name (a log need not tell them apart) and becomes that timer. Roles are matched by name the same way, then
 * a role left over to the drawn role that does most of its matched tasks. A
 * discovered id left unmatched that a drawn step or role also uses is renamed (`data-t1`), so the
 * diff cannot pair it by id. A matched step keeps the drawn step's fields that a log cannot tell
 * (description, instructions, system, RACI…) so the diff shows only what the data says (name,
 * role, duration, arrival); a flow between the same two steps keeps the drawn flow's label. Flows
 * keep their ids, their ends renamed. Pure.
 */
export function alignToDrawn(
  drawn: ProcessDocument,
  discovered: ProcessDocument,
): AlignedDiscovery {
  const steps = new Map<string, string>();
  const takenSteps = new Set<string>();
  pairByKey(discovered.steps, drawn.steps, nameKey, takenSteps, steps);
  for (const type of ['start', 'end'] as const) {
    const d = discovered.steps.filter((s) => s.type === type);
    const o = drawn.steps.filter((s) => s.type === type);
    if (d.length === 1 && o.length === 1 && !steps.has(d[0]!.id) && !takenSteps.has(o[0]!.id)) {
      steps.set(d[0]!.id, o[0]!.id);
      takenSteps.add(o[0]!.id);
    }
  }
  const roles = new Map<string, string>();
  const roleKey = (r: { name: string }) => normalizeName(r.name) || null;
  const takenRoles = new Set<string>();
  pairByKey(discovered.roles, drawn.roles, roleKey, takenRoles, roles);
  pairRolesByTasks(discovered, drawn, steps, takenRoles, roles);
  const stepId = renamer(
    discovered.steps.map((s) => s.id),
    steps,
    new Set([...drawn.steps.map((s) => s.id), ...steps.values()]),
  );
  const roleId = renamer(
    discovered.roles.map((r) => r.id),
    roles,
    new Set([...drawn.roles.map((r) => r.id), ...roles.values()]),
  );
  const drawnSteps = new Map(drawn.steps.map((s) => [s.id, s]));
  const labels = new Map(
    drawn.flows.flatMap((f) => (f.label ? [[`${f.from}\u0000${f.to}`, f.label] as const] : [])),
  );
  const document: ProcessDocument = {
    ...discovered,
    // A matched role keeps the drawing's name: a log names people or departments, not lanes.
    roles: discovered.roles.map((r) => {
      const onto = roles.has(r.id) ? drawn.roles.find((d) => d.id === roles.get(r.id)) : undefined;
      return { ...r, id: roleId(r.id), ...(onto ? { name: onto.name } : {}) };
    }),
    steps: discovered.steps.map((s) => {
      const renamed: Step =
        s.type === 'task' && s.role !== undefined
          ? { ...s, id: stepId(s.id), role: roleId(s.role) }
          : { ...s, id: stepId(s.id) };
      return withDrawnFields(renamed, steps.has(s.id) ? drawnSteps.get(renamed.id) : undefined);
    }),
    flows: discovered.flows.map((f) => {
      const from = stepId(f.from);
      const to = stepId(f.to);
      const label = labels.get(`${from}\u0000${to}`);
      return { ...f, from, to, ...(label !== undefined && !f.label ? { label } : {}) };
    }),
  };
  return {
    document,
    steps,
    unmatched: discovered.steps.filter((s) => !steps.has(s.id)).map((s) => s.id),
  };
}
