import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/**
 * `raci-overlap` (warning): tasks of different roles that write the same data in the same case
 * at the same time — neither comes before the other and the branches they are on run in
 * parallel (their nearest common dominator is a parallel split). A document refined step by
 * step, or written by one role or another in exclusive branches, is not an overlap.
 */
export const raciOverlap: Rule = {
  id: 'raci-overlap',
  kinds: ['raci-overlap'],
  check(ctx) {
    const writers = new Map<string, number[]>();
    for (const [i, t] of ctx.tasks()) {
      if (!t.role || !(ctx.figures.visits[i]! > 0)) continue;
      for (const d of new Set(t.outputs ?? []))
        (writers.get(d) ?? writers.set(d, []).get(d)!).push(i);
    }
    const found: Finding[] = [];
    for (const [d, list] of writers) {
      const involved = new Set<number>();
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const [i, j] = [list[x]!, list[y]!];
          if (roleOf(ctx, i) === roleOf(ctx, j) || ctx.reaches(i, j) || ctx.reaches(j, i)) continue;
          const lca = commonDominator(ctx.dominators(), i, j, ctx.graph.steps.length);
          if (lca >= 0 && (ctx.model.split[lca] === 'and' || ctx.model.split[lca] === 'or'))
            involved.add(i).add(j);
        }
      }
      if (involved.size === 0) continue;
      const steps = [...involved].sort((a, b) => a - b).map((i) => ctx.graph.steps[i]!.id);
      const roles = [...new Set([...involved].map((i) => roleOf(ctx, i)!))];
      const name = ctx.doc.data?.find((x) => x.id === d)?.name ?? d;
      found.push(
        ctx.finding(
          'raci-overlap',
          'warning',
          'raci-overlap',
          { data: name, roles: roles.map((r) => ctx.name(r)) },
          { steps, roles, key: d },
        ),
      );
    }
    return found;
  },
};

function roleOf(ctx: Parameters<Rule['check']>[0], i: number): string | undefined {
  const s = ctx.graph.steps[i]!;
  return s.type === 'task' ? s.role : undefined;
}

/** The nearest step that dominates both `a` and `b`, or -1 (also used by raci-gap). */
export function commonDominator(idom: Int32Array, a: number, b: number, root: number): number {
  const ancestors = new Set<number>();
  for (let x = a; x >= 0 && x !== root && !ancestors.has(x); x = idom[x]!) ancestors.add(x);
  for (let y = b, guard = 0; y >= 0 && y !== root && guard <= idom.length; y = idom[y]!, guard++) {
    if (ancestors.has(y)) return y;
  }
  return -1;
}
