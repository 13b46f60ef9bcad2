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
 * other. Steps that declare different inputs or outputs need identical names; two checks (or
 * two approvals) that read and write exactly the same data are the same check whatever their
 * names. The responsible role's name inside a step name is ignored, names reduced to a bare
 * verb say nothing, pairs of approvals are left to `redundant-approval`, and a later step marked
 * `control` (a required repeat) is not reported.
 */
export const duplicateSteps: Rule = {
  id: 'duplicate-steps',
  kinds: ['duplicate-steps'],
  check(ctx) {
    const tasks = ctx.tasks().filter(([i]) => ctx.figures.visits[i]! > 0);
    // The role's name inside a step's name (采购专员核对发票) says who, not what: left out.
    const grams = tasks.map(([, t]) => bigrams(normalizeName(withoutRole(t.name, t.role ? ctx.name(t.role) : ''))));
    const postings = new Map<string, number[]>();
    grams.forEach((gs, k) => {
      for (const g of new Set(gs)) (postings.get(g) ?? postings.set(g, []).get(g)!).push(k);
    });
    // Checks of the same kind on the same data are paired whatever their names.
    const byData = new Map<string, number[]>();
    tasks.forEach(([, t], k) => {
      if (klass(t) !== 'control' || !hasData(t)) return;
      const key = JSON.stringify([t.kind, [...(t.inputs ?? [])].sort(), [...(t.outputs ?? [])].sort()]);
      (byData.get(key) ?? byData.set(key, []).get(key)!).push(k);
    });
    const sameCheck = new Map<number, number[]>();
    for (const list of byData.values()) for (const k of list) sameCheck.set(k, list);
    const found: Finding[] = [];
    const reported = new Set<number>();
    for (let k = 0; k < tasks.length; k++) {
      const candidates = new Set<number>();
      for (const g of new Set(grams[k])) {
        const list = postings.get(g)!;
        if (list.length <= COMMON_GRAM) for (const other of list) if (other > k) candidates.add(other);
      }
      for (const other of (sameCheck.get(k) ?? []).slice(0, COMMON_GRAM)) if (other > k) candidates.add(other);
      for (const l of [...candidates].sort((x, y) => x - y)) {
        const [i, a] = tasks[k]!;
        const [j, b] = tasks[l]!;
        if (klass(a) !== klass(b) || reported.has(j) || reported.has(i)) continue;
        // Approvals by two roles are an approval chain: redundant-approval judges those.
        if (a.kind === 'approval' && b.kind === 'approval') continue;
        const sim = grams[k]!.length > 1 && grams[l]!.length > 1 ? diceOf(grams[k]!, grams[l]!) : 0;
        const sameData = hasData(a) && hasData(b) && sameSet(a.inputs, b.inputs) && sameSet(a.outputs, b.outputs);
        const differentData = hasData(a) && hasData(b) && !sameData;
        const sameCheckOnSameData = sameData && klass(a) === 'control' && a.kind === b.kind;
        const alike = differentData
          ? sim === 1
          : sim >= SAME_NAME || (sameData && sim >= SAME_NAME_AND_DATA) || sameCheckOnSameData;
        if (!alike) continue;
        const [first, second] = ctx.precedes(i, j) ? [a, b] : ctx.precedes(j, i) ? [b, a] : [null, null];
        if (!first || !second || second.control === true) continue; // a required repeat is not waste
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

/** The step name without the role's name in it (`采购专员核对发票` by 采购专员 → `核对发票`). */
function withoutRole(name: string, roleName: string): string {
  const stripped = roleName.trim() ? name.split(roleName).join(' ') : name;
  return stripped.trim() ? stripped : name;
}
