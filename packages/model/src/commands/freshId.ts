import type { ProcessDocument } from '../types/process';
import { allIds } from './documentIds';

/**
 * The first id `prefix-1`, `prefix-2`, … not used by any collection of `doc` nor in `reserved`
 * (ids the caller is about to add). Deterministic and pure: commands never invent ids; callers
 * pick them with this.
 */
export function freshId(
  doc: ProcessDocument,
  prefix: string,
  reserved: Iterable<string> = [],
): string {
  const taken = allIds(doc);
  for (const id of reserved) taken.add(id);
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}
