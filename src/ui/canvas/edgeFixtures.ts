/**
 * What the edge deriver's tests share: nothing selected, steps by id, a command that must
 * succeed, and a start → task → end line laid out left to right without roles.
 */
import { build, executeCommand, type ProcessDocument } from '@flowsmith/model';

/** No selection. */
export const none = { steps: [], flows: [] };

/** The steps of `doc` by id, as the canvas hands them to the deriver. */
export const byId = (doc: ProcessDocument) => new Map(doc.steps.map((s) => [s.id, s]));

/** `doc` after `call`, which must be accepted. */
export function run(doc: ProcessDocument, call: Parameters<typeof executeCommand>[1]) {
  const r = executeCommand(doc, call);
  if (!r.ok) throw new Error(r.refusal.message);
  return r.document;
}

/** (s) → a → (e) at x = 0, 200, 400. */
export const threeInLine = (): ProcessDocument =>
  build.processOf('p', {
    steps: [
      { ...build.start('s'), position: { x: 0, y: 0 } },
      { ...build.task('a', undefined, 5), position: { x: 200, y: 0 } },
      { ...build.end('e'), position: { x: 400, y: 0 } },
    ],
    flows: build.chain('s', 'a', 'e'),
  });
