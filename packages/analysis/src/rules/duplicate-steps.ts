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
    // Tasks with the same reduced name form a group; similarity is computed between groups.
    const groupOf: number[] = [];
    const groups: Array<{ grams: string[]; members: number[] }> = [];
    const byKey = new Map<string, number>();
    tasks.forEach(([, t], k) => {
      const grams = bigrams(normalizeName(withoutRole(t.name, t.role ? ctx.name(t.role) : '')));
      const key = grams.join('\u0000');
      let g = byKey.get(key);
      if (g === undefined) {
        g = groups.push({ grams, members: [] }) - 1;
        byKey.set(key, g);
      }
      groups[g]!.members.push(k);
      groupOf.push(g);
    });
    const postings = new Map<string, number[]>();
    groups.forEach((g, gi) => {
      for (const gram of new Set(g.grams))
        (postings.get(gram) ?? postings.set(gram, []).get(gram)!).push(gi);
    });
    const similar = groups.map((g, gi) => {
      // A name reduced to one gram (a bare verb) says nothing about what the work is.
      const found = new Map<number, number>();
      if (g.grams.length < 2) return found;
      found.set(gi, 1);
      for (const gram of new Set(g.grams)) {
        const list = postings.get(gram)!;
        if (list.length > COMMON_GRAM) continue;
        for (const other of list) {
          if (found.has(other) || groups[other]!.grams.length < 2) continue;
          const sim = diceOf(g.grams, groups[other]!.grams);
          if (sim >= SAME_NAME_AND_DATA) found.set(other, sim);
        }
      }
      return found;
    });
    // Checks of the same kind on the same data are paired whatever their names.
    const byData = new Map<string, number[]>();
    tasks.forEach(([, t], k) => {
      if (klass(t) !== 'control' || !hasData(t)) return;
      const key = JSON.stringify([
        t.kind,
        [...(t.inputs ?? [])].sort(),
        [...(t.outputs ?? [])].sort(),
      ]);
      (byData.get(key) ?? byData.set(key, []).get(key)!).push(k);
    });
    const found: Finding[] = [];
    const reported = new Set<number>();
    const consider = (k: number, l: number, sim: number): void => {
      const [i, a] = tasks[k]!;
      const [j, b] = tasks[l]!;
      if (klass(a) !== klass(b) || reported.has(i) || reported.has(j)) return;
      // Approvals by two roles are an approval chain: redundant-approval judges those.
      if (a.kind === 'approval' && b.kind === 'approval') return;
      const sameData =
        hasData(a) && hasData(b) && sameSet(a.inputs, b.inputs) && sameSet(a.outputs, b.outputs);
      const differentData = hasData(a) && hasData(b) && !sameData;
      const sameCheckOnSameData = sameData && klass(a) === 'control' && a.kind === b.kind;
      const alike = differentData
        ? sim === 1
        : sim >= SAME_NAME || (sameData && sim >= SAME_NAME_AND_DATA) || sameCheckOnSameData;
      if (!alike) return;
      const [first, second, secondIndex] = ctx.precedes(i, j)
        ? [a, b, j]
        : ctx.precedes(j, i)
          ? [b, a, i]
          : [null, null, -1];
      if (!first || !second || second.control === true) return; // a required repeat is not waste
      reported.add(secondIndex);
      const m = ctx.metrics.steps[second.id]!;
      found.push(
        ctx.finding(
          'duplicate-steps',
          'warning',
          'duplicate-steps',
          { a: ctx.name(first.id), b: ctx.name(second.id) },
          {
            steps: [first.id, second.id],
            roles: [...new Set([first.role, second.role].filter((r): r is string => !!r))],
            evidence: {
              similarity: sim,
              sameData: sameData ? 1 : 0,
              extraWorkPerCase: m.visits * m.serviceMean,
            },
          },
        ),
      );
    };
    for (let k = 0; k < tasks.length; k++) {
      // A task already found to repeat an earlier one is reported there; its own copies are too.
      if (reported.has(tasks[k]![0])) continue;
      const seen = new Set<number>();
      for (const [g, sim] of similar[groupOf[k]!]!) {
        for (const l of groups[g]!.members) {
          if (l <= k) continue;
          seen.add(l);
          consider(k, l, sim);
        }
      }
      const [, t] = tasks[k]!;
      if (klass(t) !== 'control' || !hasData(t)) continue;
      const key = JSON.stringify([
        t.kind,
        [...(t.inputs ?? [])].sort(),
        [...(t.outputs ?? [])].sort(),
      ]);
      for (const l of (byData.get(key) ?? []).slice(0, COMMON_GRAM)) {
        if (l > k && !seen.has(l))
          consider(k, l, diceOf(groups[groupOf[k]!]!.grams, groups[groupOf[l]!]!.grams));
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
