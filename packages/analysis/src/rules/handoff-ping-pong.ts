import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/** Returns per case (A→B→A along different steps) from which ping-pong is a warning. */
export const PING_PONG_WARNING = 1.5;

/**
 * `handoff-ping-pong`: work that goes from role A to role B and straight back to A. Reported per
 * pair of roles, with the expected number of returns per case (each A→B→A weighted by how
 * often a case takes both hand-overs): a warning from 1.5 (A→B→A→B in most cases), info below. A bounce
 * back to the very step it came from is a rework loop (its own finding), and work dispatched to
 * parallel branches and gathered back is not bouncing; neither counts.
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
    const pairs = new Map<
      string,
      { a: string; b: string; steps: Set<number>; bounces: number; rate: number }
    >();
    for (const t1 of transitions) {
      const ra = roleOf(t1.from);
      const rb = roleOf(t1.to);
      // Work sent out to parallel branches and gathered back is dispatch, not bouncing.
      if (!ra || !rb || ra === rb || !(t1.rate > 0) || t1.viaParallel) continue;
      for (const t2 of outOf.get(t1.to) ?? []) {
        if (roleOf(t2.to) !== ra || !(t2.rate > 0) || t2.viaParallel) continue;
        const [a, b] = ra < rb ? [ra, rb] : [rb, ra];
        const key = JSON.stringify([a, b]);
        const p = pairs.get(key) ?? { a, b, steps: new Set<number>(), bounces: 0, rate: 0 };
        p.steps.add(t1.from).add(t1.to).add(t2.to);
        // Straight back to the step it came from is a rework loop (its own finding), not a chain.
        // How often per case A→B is followed by B→A: rate(A→B) × share of B's visits going back to A.
        const back = t1.rate * Math.min(1, t2.rate / ctx.figures.visits[t1.to]!);
        if (t2.to !== t1.from) p.bounces += back;
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
          p.bounces >= PING_PONG_WARNING ? 'warning' : 'info',
          'handoff-ping-pong',
          {
            a: ctx.name(p.a),
            b: ctx.name(p.b),
            names: steps.map((id) => ctx.name(id)),
            rate: String(Math.round(p.rate * 100) / 100),
          },
          {
            steps,
            roles: [p.a, p.b],
            key: `${p.a},${p.b}`,
            evidence: { handoffsPerCase: p.rate, bounces: p.bounces },
          },
        ),
      );
    }
    return found;
  },
};
