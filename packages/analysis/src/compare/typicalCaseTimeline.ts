import { type ProcessDocument, type Step } from '@flowsmith/model';
import { computeFigures } from '../flow/computeMetrics';
import type { AnalyzeOptions } from '../types';
import { timelineRoles, type Timeline, type TimelineBar } from './timeline';

const TIMED = new Set<Step['type']>(['task', 'timer', 'subprocess']);

/**
 * The role timeline of a typical case: from the start, the most likely way out of each
 * exclusive split (the first of equally likely ones; a flow back to a step already passed is not
 * taken), every branch of a parallel split, each step's predicted mean wait (queue or timer) and
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
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    order.push(id);
    const step = byId.get(id)!;
    const flows = (out.get(id) ?? []).filter((f) => !seen.has(f.to) || !isAncestor(f.to, id));
    let next = flows;
    if (step.type !== 'and' && flows.length > 1) {
      const share = (p: number | undefined) => p ?? 1 / flows.length;
      const best = flows.reduce((a, b) => (share(b.probability) > share(a.probability) ? b : a));
      next = [best];
    }
    for (const f of next) {
      preds.set(f.to, [...(preds.get(f.to) ?? []), id]);
      visit(f.to);
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
  const pending = [...order];
  // Longest path over the chosen DAG; `order` is a DFS pre-order, so repeat until settled.
  for (let round = 0; round <= order.length && pending.length > 0; round++) {
    for (let i = 0; i < pending.length;) {
      const id = pending[i]!;
      const ps = preds.get(id) ?? [];
      if (!ps.every((p) => finish.has(p))) {
        i++;
        continue;
      }
      const at = ps.reduce((m, p) => Math.max(m, finish.get(p)!), 0);
      const m = metrics.steps[id];
      const step = byId.get(id)!;
      const wait = TIMED.has(step.type) && m ? m.waitMean : 0;
      const work = TIMED.has(step.type) && m ? m.serviceMean : 0;
      ready.set(id, at);
      finish.set(id, at + wait + work);
      pending.splice(i, 1);
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
