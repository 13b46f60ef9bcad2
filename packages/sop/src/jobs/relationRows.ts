import type { Role, TaskStep } from '@flowsmith/model';
import type { JobInputs } from './JobInputs';
import { workingRelations, type Handover } from './workingRelations';

/**
 * The rows (relationship, with whom, about what) of a post's working relationships: internal
 * posts it receives work from and hands work to (from the handovers between steps, with the data
 * passed), whom it consults and informs (RACI of its steps), outside parties and systems it works
 * with (roles of kind external / system in the handovers, and the `system` its steps use). Pure.
 */
export function relationRows(input: JobInputs, role: Role, mine: TaskStep[]): string[][] {
  const { ctx, labels: L, kindOf } = input;
  const ref = (s: TaskStep) => L.stepRef(ctx.numberOf(s.id), s.name);
  const { receives, handsOver } = workingRelations(ctx.numbering.graph, role.id, mine);
  const rows: string[][] = [];
  const describe = (h: Handover, incoming: boolean) => {
    const [a, b] = incoming ? [h.theirs, h.mine] : [h.mine, h.theirs];
    const data = h.data.map((id) => ctx.dataName(id));
    return `${ref(a)} → ${ref(b)}${data.length > 0 ? L.withData(L.list(data)) : ''}`;
  };
  const byRole = (handovers: Handover[], incoming: boolean) => {
    const grouped = new Map<string, string[]>();
    for (const h of handovers) {
      const text = describe(h, incoming);
      const list = grouped.get(h.role) ?? [];
      if (!list.includes(text)) list.push(text);
      grouped.set(h.role, list);
    }
    return grouped;
  };
  const incoming = byRole(receives, true);
  const outgoing = byRole(handsOver, false);
  for (const [other, texts] of incoming) {
    if (kindOf(other) === 'person') rows.push([L.receivesFrom, ctx.roleName(other), L.list(texts)]);
  }
  for (const [other, texts] of outgoing) {
    if (kindOf(other) === 'person') rows.push([L.handsTo, ctx.roleName(other), L.list(texts)]);
  }
  for (const [label, word, pick] of [
    [L.consults, L.consultsWord, (s: TaskStep) => s.raci?.consulted],
    [L.informs, L.informsWord, (s: TaskStep) => s.raci?.informed],
  ] as const) {
    const byOther = new Map<string, string[]>();
    for (const s of mine)
      for (const r of pick(s) ?? [])
        if (r !== role.id) byOther.set(r, [...(byOther.get(r) ?? []), ref(s)]);
    for (const [other, steps] of byOther) {
      const kind = kindOf(other);
      rows.push(
        kind === 'person'
          ? [label, ctx.roleName(other), L.list(steps)]
          : [
              kind === 'external' ? L.external : L.system,
              ctx.roleName(other),
              `${word} ${L.list(steps)}`,
            ],
      );
    }
  }
  for (const kind of ['external', 'system'] as const) {
    const others = new Set(
      [...incoming.keys(), ...outgoing.keys()].filter((r) => kindOf(r) === kind),
    );
    for (const other of others) {
      const texts = [...(incoming.get(other) ?? []), ...(outgoing.get(other) ?? [])];
      rows.push([kind === 'external' ? L.external : L.system, ctx.roleName(other), L.list(texts)]);
    }
  }
  const tools = new Map<string, string[]>();
  for (const s of mine) if (s.system) tools.set(s.system, [...(tools.get(s.system) ?? []), ref(s)]);
  for (const [tool, steps] of tools)
    rows.push([L.system, tool, `${L.usesSystem} ${L.list(steps)}`]);
  return rows;
}
