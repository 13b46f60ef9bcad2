import type { EventLog } from '../log/eventLog';
import type { ProcessTree } from './processTree';
import { treeCases } from './treeCases';

/**
 * Whether `branch`, a branch of the choice that follows the optional part `optional` (`X(body,
 * tau)`) in a sequence, is taken only by cases that did the optional part.
 */
export type OnlyAfterOptional = (optional: ProcessTree, branch: ProcessTree) => boolean;

/**
 * How unlikely "every case of the branch also did the optional part" must be if the two were
 * independent before the branch is hung off the optional part: with a share `p` of cases doing the
 * optional part and `n` cases taking the branch, `p^n` below this.
 */
export const ONLY_AFTER_LEVEL = 0.001;

/**
 * The test {@link treeToProcess} uses to hang a branch off an optional part: the cases that take
 * the branch are all among those that did the optional part (in the log, not only in the tree),
 * and that is far beyond chance: `p^n` < {@link ONLY_AFTER_LEVEL} for the share `p` of cases
 * passing the optional part that did it and the `n` cases taking the branch. An order rejected
 * after a credit review that only some orders get is the example: the inductive miner writes
 * `->(X(review, tau), X(fulfil, reject))`, which would let an order that was never reviewed be
 * rejected. Pure.
 */
export function onlyAfterOptional(log: EventLog): OnlyAfterOptional {
  const casesOf = treeCases(log);
  return (optional, branch) => {
    if (branch.type === 'tau' || optional.type !== 'xor') return false;
    const body = optional.children.find((c) => c.type !== 'tau');
    if (!body || optional.count <= 0) return false;
    const inside = casesOf(body);
    const cases = casesOf(branch);
    if (!cases.length) return false;
    let j = 0;
    for (const c of cases) {
      while (j < inside.length && inside[j]! < c) j++;
      if (inside[j] !== c) return false;
    }
    return (body.count / optional.count) ** cases.length < ONLY_AFTER_LEVEL;
  };
}
