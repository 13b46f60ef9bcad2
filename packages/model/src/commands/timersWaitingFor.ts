import type { Flow } from '../types/flow';
import type { Step } from '../types/step';

/** The part of a process graph {@link timersWaitingFor} reads (a `ProcessGraph` fits). */
export interface TimerLookup {
  step(id: string): Step | undefined;
  indexOf(id: string): number;
  incoming(id: string): readonly Flow[];
  outgoing(id: string): readonly Flow[];
}

/**
 * The timers that only wait for the steps `ids` (SPEC.md RM-1): a timer whose every way out leads
 * into removed steps — or into such timers — waits for nothing once they are gone. Found by
 * walking back from `ids` over incoming flows, so the cost is that of the steps around them, not
 * of the whole process. In the order the rule's document-order sweeps add them. Pure.
 */
export function timersWaitingFor(graph: TimerLookup, ids: ReadonlySet<string>): string[] {
  const gone = new Set(ids);
  const found: string[] = [];
  let wave = [...ids];
  while (wave.length > 0) {
    const next = new Set<string>();
    for (const id of wave)
      for (const f of graph.incoming(id)) {
        const t = graph.step(f.from);
        if (t?.type !== 'timer' || gone.has(t.id) || next.has(t.id)) continue;
        const out = graph.outgoing(t.id);
        if (out.length > 0 && out.every((o) => gone.has(o.to))) next.add(t.id);
      }
    wave = [...next];
    for (const id of wave) gone.add(id);
    found.push(...wave);
  }
  // The same set in the order of RM-1's sweeps over the document (a sweep may add a timer that an
  // earlier timer of the same sweep freed).
  found.sort((a, b) => graph.indexOf(a) - graph.indexOf(b));
  const swept = new Set(ids);
  const ordered: string[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const t of found) {
      if (swept.has(t) || !graph.outgoing(t).every((o) => swept.has(o.to))) continue;
      swept.add(t);
      ordered.push(t);
      changed = true;
    }
  }
  return ordered;
}
