import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/**
 * `handoff-ping-pong`: work that goes from role A to role B and straight back to A. Reported per
 * pair of roles; a warning when it bounces along a chain of different steps more than once
 * (A→B→A→B…), info for a single A→B→A or a bounce back to the very step it came from (that is a
 * rework loop, reported as such). Evidence: the hand-overs per case between the two roles.
 */
export const handoffPingPong: Rule = {
  id: 'handoff-ping-pong',
  kinds: ['handoff-ping-pong'],
  check(ctx) {
    const { transitions, graph } = ctx.figures;
    const roleOf = (i: number) => {
      const s = graph.steps[i]!;
      return s.type === 'task' ? s.role : undefined;
    };
    const outOf = new Map<number, typeof transitions>();
    for (const t of transitions) (outOf.get(t.from) ?? outOf.set(t.from, []).get(t.from)!).push(t);
    const pairs = new Map<string, { a: string; b: string; steps: Set<number>; bounces: number; rate: number }>();
    for (const t1 of transitions) {
      const ra = roleOf(t1.from);
      const rb = roleOf(t1.to);
      if (!ra || !rb || ra === rb || !(t1.rate > 0)) continue;
      for (const t2 of outOf.get(t1.to) ?? []) {
        if (roleOf(t2.to) !== ra || !(t2.rate > 0)) continue;
        const [a, b] = ra < rb ? [ra, rb] : [rb, ra];
        const key = JSON.stringify([a, b]);
        const p = pairs.get(key) ?? { a, b, steps: new Set<number>(), bounces: 0, rate: 0 };
        p.steps.add(t1.from).add(t1.to).add(t2.to);
        // Straight back to the step it came from is a rework loop (its own finding), not a chain.
        if (t2.to !== t1.from) p.bounces++;
        pairs.set(key, p);
      }
    }
    const found: Finding[] = [];
    for (const p of pairs.values()) {
      p.rate = transitions
        .filter((t) => {
          const x = roleOf(t.from);
          const y = roleOf(t.to);
          return (x === p.a && y === p.b) || (x === p.b && y === p.a);
        })
        .reduce((s, t) => s + t.rate, 0);
      const steps = [...p.steps].sort((x, y) => x - y).map((i) => graph.steps[i]!.id);
      found.push(
        ctx.finding(
          'handoff-ping-pong',
          p.bounces > 1 ? 'warning' : 'info',
          'handoff-ping-pong',
          { a: ctx.name(p.a), b: ctx.name(p.b), names: steps.map((id) => ctx.name(id)), rate: String(Math.round(p.rate * 100) / 100) },
          { steps, roles: [p.a, p.b], key: `${p.a},${p.b}`, evidence: { handoffsPerCase: p.rate, bounces: p.bounces } },
        ),
      );
    }
    return found;
  },
};
