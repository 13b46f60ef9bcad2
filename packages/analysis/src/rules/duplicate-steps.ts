import type { TaskStep } from '@flowsmith/model';
import { bigrams, diceOf, normalizeName } from '../names/nameSimilarity';
import type { Rule } from '../ruleContext';
import type { Finding } from '../types';

/** Names at least this alike are the same work. */
const SAME_NAME = 0.8;
/** Names this alike are the same work when the steps also read and write the same data. */
const SAME_NAME_AND_DATA = 0.5;
/** A bigram shared by more tasks than this says nothing about sameness; not used to pair. */
const COMMON_GRAM = 50;

const klass = (t: TaskStep) => (t.kind === 'approval' || t.kind === 'review' ? 'control' : 'work');
const sameSet = (a?: string[], b?: string[]) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x) => (b ?? []).includes(x));
const hasData = (t: TaskStep) => (t.inputs?.length ?? 0) + (t.outputs?.length ?? 0) > 0;

/**
 * `duplicate-steps` (warning): two tasks of one case that do the same work — names alike by
 * character bigrams after stripping punctuation and common verbs (works for Chinese and
 * English), of the same class (checks and approvals vs. other work), and one can follow the
 * other. Steps that declare different inputs or outputs need identical names.
 */
export const duplicateSteps: Rule = {
  id: 'duplicate-steps',
  kinds: ['duplicate-steps'],
  check(ctx) {
    const tasks = ctx.tasks().filter(([i]) => ctx.figures.visits[i]! > 0);
    const grams = tasks.map(([, t]) => bigrams(normalizeName(t.name)));
    const postings = new Map<string, number[]>();
    grams.forEach((gs, k) => {
      for (const g of new Set(gs)) (postings.get(g) ?? postings.set(g, []).get(g)!).push(k);
    });
    const found: Finding[] = [];
    const reported = new Set<number>();
    for (let k = 0; k < tasks.length; k++) {
      const candidates = new Set<number>();
      for (const g of new Set(grams[k])) {
        const list = postings.get(g)!;
        if (list.length <= COMMON_GRAM) for (const other of list) if (other > k) candidates.add(other);
      }
      for (const l of [...candidates].sort((x, y) => x - y)) {
        const [i, a] = tasks[k]!;
        const [j, b] = tasks[l]!;
        if (klass(a) !== klass(b) || reported.has(j) || reported.has(i)) continue;
        const sim = diceOf(grams[k]!, grams[l]!);
        const sameData = hasData(a) && hasData(b) && sameSet(a.inputs, b.inputs) && sameSet(a.outputs, b.outputs);
        const differentData = hasData(a) && hasData(b) && !sameData;
        const alike = differentData ? sim === 1 : sim >= SAME_NAME || (sameData && sim >= SAME_NAME_AND_DATA);
        if (!alike) continue;
        const [first, second] = ctx.precedes(i, j) ? [a, b] : ctx.precedes(j, i) ? [b, a] : [null, null];
        if (!first || !second) continue;
        reported.add(ctx.graph.indexOf(second.id));
        found.push(
          ctx.finding('duplicate-steps', 'warning', 'duplicate-steps', { a: ctx.name(first.id), b: ctx.name(second.id) }, {
            steps: [first.id, second.id],
            roles: [...new Set([first.role, second.role].filter((r): r is string => !!r))],
            evidence: {
              similarity: sim,
              sameData: sameData ? 1 : 0,
              extraWorkPerCase: ctx.metrics.steps[second.id]!.visits * ctx.metrics.steps[second.id]!.serviceMean,
            },
          }),
        );
      }
    }
    return found;
  },
};
