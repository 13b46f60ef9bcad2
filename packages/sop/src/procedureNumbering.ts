import {
  buildGraph,
  topologicalOrder,
  type ProcessDocument,
  type ProcessGraph,
} from '@flowsmith/model';

/**
 * The reading order of a process's steps, with an outline number for each (`7.4a`). The SOP's
 * procedure table reads `order` and `backFlows` and numbers its rows itself (`procedureRows`).
 */
export interface ProcedureNumbering {
  /** Every step id once, in reading order (flow order; parallel branches one after another). */
  order: string[];
  /** The number of each step: `6.3`, parallel branches `6.4a`/`6.4b`, longer branches `6.4a.2`. */
  numbers: Map<string, string>;
  /** Ids of the flows that close loops (rework): following them goes back. */
  backFlows: Set<string>;
  graph: ProcessGraph;
}

/**
 * Above this many steps the procedure is numbered in one sequence, without lettered parallel
 * branches (a generated 20,000-step process took over a minute and 1.6 GB to group).
 */
export const LARGE_PROCEDURE_STEPS = 2_000;

/** A numbered item: a step, or a parallel split with its branches. */
type Item = { id: string } | { id: string; branches: Item[][] };

/**
 * Numbers the steps of `doc` for its procedure section `section`. Pure and deterministic.
 *
 * Steps follow the model's topological order (loops broken at their back edges). An `and` step
 * with two or more outgoing flows opens parallel branches: the steps reachable from one branch
 * only, before the first step every branch reaches (the join), are numbered as a group under
 * the next number with letters (`6.4a`, `6.4b`); a branch of several steps counts on
 * (`6.4a.1`, `6.4a.2`), and branches nest. Everything else counts on at its level. Processes
 * of more than {@link LARGE_PROCEDURE_STEPS} steps are numbered in one sequence.
 */
export function numberProcedure(doc: ProcessDocument, section: number): ProcedureNumbering {
  const graph = buildGraph(doc);
  const topo = topologicalOrder(graph);
  const backFlows = new Set(topo.backEdges.map((f) => f.id));
  const rank = new Map(topo.order.map((id, i) => [id, i]));
  const large = doc.steps.length > LARGE_PROCEDURE_STEPS;
  const forward = (id: string): string[] =>
    graph
      .outgoing(id)
      .filter((f) => !backFlows.has(f.id))
      .map((f) => f.to);
  const reachCache = new Map<string, Set<string>>();
  const reach = (id: string): Set<string> => {
    const cached = reachCache.get(id);
    if (cached) return cached;
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const next of forward(stack.pop()!)) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    reachCache.set(id, seen);
    return seen;
  };

  const group = (ids: string[]): Item[] => {
    const inRegion = new Set(ids);
    const consumed = new Set<string>();
    const items: Item[] = [];
    for (const id of ids) {
      if (consumed.has(id)) continue;
      consumed.add(id);
      const step = graph.step(id);
      const targets = [...new Set(forward(id))].filter((t) => inRegion.has(t) && !consumed.has(t));
      // Above LARGE_PROCEDURE_STEPS parallel branches are numbered on like other steps: finding
      // them costs a reachable set per branch, quadratic in the size of the process.
      if (step?.type !== 'and' || targets.length < 2 || large) {
        items.push({ id });
        continue;
      }
      const reached = targets.map((t) => reach(t));
      const join = ids.find(
        (candidate) =>
          rank.get(candidate)! > rank.get(id)! && reached.every((r) => r.has(candidate)),
      );
      const after = join === undefined ? new Set<string>() : reach(join);
      const owners = new Map<string, number>();
      for (const r of reached) for (const s of r) owners.set(s, (owners.get(s) ?? 0) + 1);
      const branches = reached
        .map((r) =>
          ids.filter((s) => r.has(s) && !after.has(s) && owners.get(s) === 1 && !consumed.has(s)),
        )
        .filter((branch) => branch.length > 0);
      for (const branch of branches) for (const s of branch) consumed.add(s);
      items.push({ id, branches: branches.map(group) });
    }
    return items;
  };

  const numbers = new Map<string, string>();
  const order: string[] = [];
  const assign = (items: Item[], prefix: string, base?: string): void => {
    if (base !== undefined && items.length === 1 && !('branches' in items[0]!)) {
      numbers.set(items[0]!.id, base);
      order.push(items[0]!.id);
      return;
    }
    let n = 1;
    for (const item of items) {
      numbers.set(item.id, `${prefix}${n}`);
      order.push(item.id);
      if ('branches' in item) {
        n += 1;
        item.branches.forEach((branch, i) => {
          const letter = branchLetter(i);
          assign(branch, `${prefix}${n}${letter}.`, `${prefix}${n}${letter}`);
        });
      }
      n += 1;
    }
  };
  assign(group(topo.order), `${section}.`);
  return { order, numbers, backFlows, graph };
}

/** a, b, …, z, aa, ab, … */
function branchLetter(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return i < 26 ? letters[i]! : branchLetter(Math.floor(i / 26) - 1) + letters[i % 26]!;
}
