import type { ProcessDocument } from '../types/process';
import { gameIndex } from './gameIndex';
import type { Marking } from './marking';

/**
 * The marking a case starts in: one token on start step `startId` (default: the first start
 * step in document order) — SPEC.md TG-2. Pure. Throws a RangeError when the document has no
 * start step or `startId` is not one (a caller's mistake: validate the document first).
 */
export function initialMarking(doc: ProcessDocument, startId?: string): Marking {
  const { graph } = gameIndex(doc);
  const start = startId === undefined ? graph.startSteps[0] : graph.step(startId);
  if (start === undefined || start.type !== 'start') {
    throw new RangeError(
      startId === undefined
        ? `process '${doc.id}' has no start step`
        : `'${startId}' is not a start step of process '${doc.id}'`,
    );
  }
  return new Map([[start.id, 1]]);
}
