import { pairInclusiveJoins, type ProcessDocument } from '@flowsmith/model';

/** Which or-join closes which or-split, by split, and the or-joins that close none. */
export interface InclusivePairs {
  /** The join of each or-split that has one, by split id. */
  joinOf: ReadonlyMap<string, string>;
  /** Or-joins (several incoming flows) that close no or-split's branches, in document order. */
  unpaired: readonly string[];
}

/**
 * Which or-join closes which or-split (SPEC.md CM-OR): the model's `pairInclusiveJoins` (the
 * split's nearest post-dominator among or-joins; paths into a terminate end do not count). Pure.
 */
export function inclusivePairs(doc: ProcessDocument): InclusivePairs {
  const { joinOf, unpaired } = pairInclusiveJoins(doc);
  return { joinOf, unpaired };
}
