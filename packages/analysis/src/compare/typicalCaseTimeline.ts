import { type ProcessDocument, type Step } from '@flowsmith/model';
import { computeFigures } from '../flow/computeMetrics';
import type { AnalyzeOptions } from '../types';
import { timelineRoles, type Timeline, type TimelineBar } from './timeline';

const TIMED = new Set<Step['type']>(['task', 'timer', 'subprocess']);

/**
 * The role timeline of a typical case: from the start, the most likely way out of each
 * exclusive split (the first of equally likely ones; a flow back to a step already passed is not
 * taken), every branch of a parallel split, the branches of an inclusive split drawn at least half
 * the time (else its most likely one), each step's predicted mean wait (queue or timer) and
 * work from the analysis, and a step starting when all its chosen predecessors are done. The
 * critical path is the chain of latest finishes back from the end. Pure.
 */
export function typicalCaseTimeline(
  doc: ProcessDocument,
  options: Pick<AnalyzeOptions, 'resolveProcess'> = {},
): Timeline {
  const metrics = computeFigures(
    doc,
    options.resolveProcess ? { resolveProcess: options.resolveProcess } : {},
  ).metrics;
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const out = new Map<string, typeof doc.flows>();
  for (const f of doc.flows) if (byId.has(f.to)) out.set(f.from, [...(out.get(f.from) ?? []), f]);
  // The chosen way: a DAG of step ids reached from the first start.
  const first = doc.steps.find((s) => s.type === 'start');
  const preds = new Map<string, string[]>();
  const order: string[] = [];
  const seen = new Set<string>();
  // The ways out `id` takes: all of an and-split, else the most likely one.
  const chosen = (id: string): typeof doc.flows => {
    const step = byId.get(id)!;
    const flows = (out.get(id) ?? []).filter((f) => !seen.has(f.to) || !isAncestor(f.to, id));
    if (step.type === 'and' || flows.length <= 1) return flows;
    // An inclusive split: every branch a typical case takes (drawn at least half the time).
    if (step.type === 'or') {
      const likely = flows.filter((f) => f.default !== true && (f.probability ?? 1) >= 0.5);
      if (likely.length > 0) return likely;
    }
    const share = (p: number | undefined) => p ?? 1 / flows.length;
    return [flows.reduce((a, b) => (share(b.probability) > share(a.probability) ? b : a))];
  };
  // A depth-first walk with an explicit stack (issue 14: the recursive one overflowed the call
  // stack on 20,000 steps); the same pre-order as recursion.
  const visit = (start: string) => {
    const stack: Array<{ id: string; next: typeof doc.flows; i: number }> = [];
    const enter = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      order.push(id);
      stack.push({ id, next: chosen(id), i: 0 });
    };
    enter(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.i === frame.next.length) {
        stack.pop();
        continue;
      }
      const f = frame.next[frame.i++]!;
      preds.set(f.to, [...(preds.get(f.to) ?? []), frame.id]);
      enter(f.to);
    }
  };
  const isAncestor = (candidate: string, of: string): boolean => {
    const stack = [of];
    const done = new Set<string>();
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (x === candidate) return true;
      if (done.has(x)) continue;
      done.add(x);
      stack.push(...(preds.get(x) ?? []));
    }
    return false;
  };
  if (first) visit(first.id);
  const finish = new Map<string, number>();
  const ready = new Map<string, number>();
  // Longest path over the chosen DAG, in topological order (Kahn's algorithm, linear; issue 14:
  // settling `order` by repeated sweeps was quadratic).
  const waiting = new Map<string, number>();
  const after = new Map<string, string[]>();
  for (const id of order) {
    const ps = preds.get(id) ?? [];
    waiting.set(id, ps.length);
    for (const p of ps) {
      const list = after.get(p);
      if (list) list.push(id);
      else after.set(p, [id]);
    }
  }
  const queue = order.filter((id) => waiting.get(id) === 0);
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q]!;
    const ps = preds.get(id) ?? [];
    const at = ps.reduce((m, p) => Math.max(m, finish.get(p)!), 0);
    const m = metrics.steps[id];
    const step = byId.get(id)!;
    const wait = TIMED.has(step.type) && m ? m.waitMean : 0;
    const work = TIMED.has(step.type) && m ? m.serviceMean : 0;
    ready.set(id, at);
    finish.set(id, at + wait + work);
    for (const n of after.get(id) ?? []) {
      const w = waiting.get(n)! - 1;
      waiting.set(n, w);
      if (w === 0) queue.push(n);
    }
  }
  const end = Math.max(0, ...finish.values());
  const critical = new Set<string>();
  let cursor: string | undefined = [...finish]
    .filter(([id]) => (out.get(id) ?? []).length === 0 || byId.get(id)!.type === 'end')
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  while (cursor !== undefined) {
    critical.add(cursor);
    const ps: string[] = preds.get(cursor) ?? [];
    cursor =
      ps.length === 0
        ? undefined
        : ps.reduce((a: string, b: string) => (finish.get(b)! > finish.get(a)! ? b : a));
  }
  const bars: TimelineBar[] = order
    .filter((id) => TIMED.has(byId.get(id)!.type) && finish.has(id))
    .map((id) => {
      const step = byId.get(id)!;
      const m = metrics.steps[id];
      const start = ready.get(id)!;
      return {
        step: id,
        name: step.name,
        role: step.type === 'task' ? (step.role ?? null) : null,
        start,
        workStart: start + (m ? m.waitMean : 0),
        end: finish.get(id)!,
        critical: critical.has(id),
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    bars,
    roles: timelineRoles(
      doc.roles.map((r) => r.id),
      bars,
    ),
    end,
  };
}
