import type { Flow } from '@flowsmith/model';
import type { SopContext } from './sopContext';

/** Where a flow leads once decisions, splits and joins in between are read through. */
export type Destination =
  | { kind: 'row'; id: string }
  | { kind: 'end'; terminate?: true }
  | {
      kind: 'decision';
      gateway: string;
      branches: Array<{ label: string; to: Destination }>;
      /** An inclusive (OR) split: one or more of the branches are taken. */
      inclusive?: true;
      /** An inclusive split's last branch is its default: taken when no other applies. */
      fallback?: true;
    }
  | { kind: 'parallel'; branches: Destination[] };

/**
 * Follows `flow` to the next procedure row: through merges and joins (one way out), into
 * decisions (each way out, labelled by the flow's label, else its condition, else its target's
 * name; the default flow, else the last, becomes "otherwise"), inclusive splits (the same, the
 * default — if any — being "if none applies") and parallel splits. A loop of gateways only ends
 * the walk; a terminate end says so. Pure.
 */
export function destination(ctx: SopContext, flow: Flow, seen = new Set<string>()): Destination {
  const graph = ctx.numbering.graph;
  const step = graph.step(flow.to);
  if (step?.type === 'end' && step.terminate === true) return { kind: 'end', terminate: true };
  if (!step || step.type === 'end' || step.type === 'start' || seen.has(step.id))
    return { kind: 'end' };
  if (ctx.rows.numbers.has(step.id)) return { kind: 'row', id: step.id };
  const next = new Set(seen).add(step.id);
  const out = graph.outgoing(step.id);
  if (out.length === 0) return { kind: 'end' };
  if (out.length === 1) return destination(ctx, out[0]!, next);
  if (step.type === 'or') {
    const fallback = out.find((f) => f.default);
    const ordered = [...out.filter((f) => f !== fallback), ...(fallback ? [fallback] : [])];
    return {
      kind: 'decision',
      gateway: step.name,
      inclusive: true,
      ...(fallback ? { fallback: true as const } : {}),
      branches: ordered.map((f) => ({
        label: f === fallback ? '' : (f.label ?? f.condition ?? ''),
        to: destination(ctx, f, next),
      })),
    };
  }
  if (step.type === 'xor') {
    const fallback = out.find((f) => f.default) ?? out[out.length - 1]!;
    const ordered = [...out.filter((f) => f !== fallback), fallback];
    return {
      kind: 'decision',
      gateway: step.name,
      branches: ordered.map((f) => ({
        label: f === fallback ? '' : (f.label ?? f.condition ?? graph.step(f.to)?.name ?? f.to),
        to: destination(ctx, f, next),
      })),
    };
  }
  return { kind: 'parallel', branches: out.map((f) => destination(ctx, f, next)) };
}

/**
 * Where the case goes after the row `id`, as a sentence of the procedure table, or nothing when
 * it simply goes on to the next row: "If amount > 50,000, go to step 9 (…); otherwise go to
 * step 10 (…)." / "如…，则转至第9步（…）；否则转至第10步（…）。", "Then return to step 2",
 * "start step 4 and step 5 at the same time", "the process ends". Pure.
 */
export function routingSentence(ctx: SopContext, id: string): string | undefined {
  const out = ctx.numbering.graph.outgoing(id);
  if (out.length === 0) return undefined;
  const dest: Destination =
    out.length === 1
      ? destination(ctx, out[0]!)
      : { kind: 'parallel', branches: out.map((f) => destination(ctx, f)) };
  const following = ctx.rows.order[rowIndex(ctx, id) + 1];
  if (dest.kind === 'row' && dest.id === following) return undefined;
  const t = ctx.labels;
  if (dest.kind === 'decision')
    return dest.inclusive
      ? t.inclusive(dest.gateway, decisionParts(ctx, id, dest))
      : t.decision(dest.gateway, decisionParts(ctx, id, dest));
  return t.thenGo(phrase(ctx, id, dest));
}

function decisionParts(
  ctx: SopContext,
  from: string,
  dest: Extract<Destination, { kind: 'decision' }>,
): string[] {
  const t = ctx.labels;
  if (dest.inclusive) {
    return dest.branches.map((b) =>
      b.label === ''
        ? b === dest.branches.at(-1) && dest.fallback
          ? t.noneApplies(phrase(ctx, from, b.to))
          : phrase(ctx, from, b.to)
        : t.ifThen(b.label, phrase(ctx, from, b.to)),
    );
  }
  return dest.branches.map((b, i) =>
    i === dest.branches.length - 1
      ? t.otherwise(phrase(ctx, from, b.to))
      : t.ifThen(b.label, phrase(ctx, from, b.to)),
  );
}

/** "go to step 4 (…)", "return to step 2 (…)", "the process ends", … for a destination. */
function phrase(ctx: SopContext, from: string, dest: Destination): string {
  const t = ctx.labels;
  switch (dest.kind) {
    case 'end':
      return dest.terminate ? t.terminates : t.ends;
    case 'row': {
      const back = rowIndex(ctx, dest.id) <= rowIndex(ctx, from);
      return back ? t.returnTo(ctx.ref(dest.id)) : t.goTo(ctx.ref(dest.id));
    }
    case 'parallel':
      return t.parallel(
        dest.branches.map((b) => (b.kind === 'row' ? ctx.ref(b.id) : phrase(ctx, from, b))),
      );
    case 'decision':
      // A decision right after another one: its ways read as one clause.
      return decisionParts(ctx, from, dest).join(ctx.lang === 'zh-CN' ? '，' : ', ');
  }
}

/** A row's place in the table (0-based), from its number; -1 for a step that is no row. */
function rowIndex(ctx: SopContext, id: string): number {
  const n = ctx.rows.numbers.get(id);
  return n === undefined ? -1 : Number(n) - 1;
}

/**
 * The rows that must all be done before row `id` starts, when it follows a parallel join
 * (read back through gateways), and whether the join is inclusive (only the rows that were
 * started); no rows otherwise. Pure.
 */
export function waitsFor(ctx: SopContext, id: string): { rows: string[]; inclusive: boolean } {
  const graph = ctx.numbering.graph;
  const found: string[] = [];
  let joined = false;
  let inclusive = false;
  const back = (stepId: string, seen: Set<string>): void => {
    for (const f of graph.incoming(stepId)) {
      if (ctx.numbering.backFlows.has(f.id) || seen.has(f.from)) continue;
      const from = graph.step(f.from);
      if (!from) continue;
      if (ctx.rows.numbers.has(from.id)) {
        if (!found.includes(from.id)) found.push(from.id);
        continue;
      }
      if (from.type !== 'and' && from.type !== 'xor' && from.type !== 'or') continue;
      if (from.type !== 'xor' && graph.incoming(from.id).length > 1) {
        joined = true;
        if (from.type === 'or') inclusive = true;
      }
      back(from.id, new Set(seen).add(from.id));
    }
  };
  back(id, new Set([id]));
  return joined && found.length > 1 ? { rows: found, inclusive } : { rows: [], inclusive: false };
}
