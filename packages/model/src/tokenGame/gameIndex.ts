import { ConditionError } from '../condition/ConditionError';
import type { ConditionAst } from '../condition/conditionAst';
import { readCondition } from '../condition/parseCondition';
import { buildGraph, type ProcessGraph } from '../graph/buildGraph';
import type { ProcessDocument } from '../types/process';
import type { Marking } from './marking';

/** What the token game precomputes per document: the graph, parsed conditions, key slots. */
export interface GameIndex {
  graph: ProcessGraph;
  /** Parsed condition per flow id (flows with a `condition` only); syntax errors kept as errors. */
  conditions: ReadonlyMap<string, ConditionAst | ConditionError>;
  /** A small number per flow and start step, for compact marking keys. */
  slots: ReadonlyMap<string, number>;
}

// Documents are immutable values (commands return new ones), so a per-object cache is sound.
const cache = new WeakMap<ProcessDocument, GameIndex>();

/** The (cached) index of `doc`. Do not mutate a document after the token game has seen it. */
export function gameIndex(doc: ProcessDocument): GameIndex {
  let ix = cache.get(doc);
  if (ix === undefined) {
    const graph = buildGraph(doc);
    const conditions = new Map<string, ConditionAst | ConditionError>();
    const slots = new Map<string, number>();
    for (const f of graph.flows) {
      if (!slots.has(f.id)) slots.set(f.id, slots.size);
      if (f.condition !== undefined && !conditions.has(f.id)) {
        const r = readCondition(f.condition);
        conditions.set(f.id, r.ok ? r.ast : new ConditionError(r.fault.code, r.fault.params));
      }
    }
    for (const s of graph.startSteps) if (!slots.has(s.id)) slots.set(s.id, slots.size);
    ix = { graph, conditions, slots };
    cache.set(doc, ix);
  }
  return ix;
}

/** A string that is equal for equal markings of the same document. Pure. */
export function markingKey(ix: GameIndex, marking: Marking): string {
  const parts: number[] = [];
  for (const [id, n] of marking) parts.push((ix.slots.get(id) ?? -1) * 65536 + Math.min(n, 65535));
  return parts.sort((a, b) => a - b).join(',');
}
