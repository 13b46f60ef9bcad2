/**
 * Edits that carry their own identity, for measuring how long an edit takes to reach the others:
 * each participant owns one step (`p<n>`) and renames it `p<n>-<seq>`; every other participant
 * sees the rename arrive in its Y.Doc. Used by `pnpm bench workshop`.
 */
import { collectionMap, recordToYMap } from '@flowsmith/collab';
import * as Y from 'yjs';

/** Adds the participant's own step (a task of the `clerk` role, not yet connected). */
export function addOwnStep(doc: Y.Doc, participant: string): void {
  collectionMap(doc, 'steps').set(
    participant,
    recordToYMap({ id: participant, type: 'task', name: `${participant}-0`, role: 'clerk' }, 1000),
  );
}

/** Renames the participant's own step to `<participant>-<seq>`. */
export function renameOwnStep(doc: Y.Doc, participant: string, seq: number): void {
  collectionMap(doc, 'steps').get(participant)?.set('name', `${participant}-${seq}`);
}

/** Whether the participant's own step has reached `doc`. */
export function hasStep(doc: Y.Doc, participant: string): boolean {
  return collectionMap(doc, 'steps').has(participant);
}

/**
 * Calls `arrived(participant, seq)` for every rename of another participant's step that reaches
 * `doc` from the network. Returns the function that stops listening.
 */
export function watchRenames(
  doc: Y.Doc,
  arrived: (participant: string, seq: number) => void,
): () => void {
  const steps = collectionMap(doc, 'steps');
  const listener = (
    events: Array<Y.YEvent<Y.AbstractType<unknown>>>,
    transaction: Y.Transaction,
  ) => {
    if (transaction.local) return;
    for (const event of events) {
      if (!(event instanceof Y.YMapEvent) || event.target === steps) continue;
      if (!event.keysChanged.has('name')) continue;
      const m = /^(p\d+(?:r\d+)?)-(\d+)$/.exec(String(event.target.get('name')));
      if (m) arrived(m[1]!, Number(m[2]));
    }
  };
  steps.observeDeep(listener);
  return () => steps.unobserveDeep(listener);
}
