import {
  COLLECTIONS,
  emptyPatch,
  readHeader,
  recordsEqual,
  type Patch,
  type ProcessDocument,
} from '@flowsmith/model';
import { diffCollection } from './diffCollection';

/**
 * The patch that turns `before` into `after`, record by record (by id; a record that changed
 * place is removed and added again). Fields outside the patch's reach (`id`, `format`,
 * `version`, …) are not compared. Pure; `applyPatch(before, diffProcess(before, after))` holds
 * the same records and header as `after`.
 */
export function diffProcess(before: ProcessDocument, after: ProcessDocument): Patch {
  const patch = emptyPatch();
  const b = readHeader(before);
  const a = readHeader(after);
  if (!recordsEqual(a, b)) {
    patch.updated.push([
      { collection: 'header', header: b },
      { collection: 'header', header: a },
    ]);
  }
  const of = (doc: ProcessDocument, c: string) =>
    ((doc as unknown as Record<string, unknown>)[c] as Array<{ id: string }> | undefined) ?? [];
  for (const c of COLLECTIONS) {
    const x = of(before, c);
    const y = of(after, c);
    if (x !== y) diffCollection(c, x, y, patch);
  }
  return patch;
}
