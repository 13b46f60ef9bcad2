import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandCall } from '../commands/commandRegistry';
import { executeCommand } from '../commands/executeCommand';
import { copyOf, deepFreeze } from '../commands/expectRoundTrip';
import { applyPatch } from '../patch/applyPatch';
import { invertPatch } from '../patch/invertPatch';
import type { Patch } from '../patch/patch';
import { parseProcess } from '../parse/parseProcess';
import { sequence3 } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import { voteBudgetOf, votesUsed } from './workshopQueries';

const PEOPLE = ['Li', 'Ann', '王芳'];
const at = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined;

/** A note, vote, tag or step command built from the document and the numbers `c`. */
function callFor(doc: ProcessDocument, [k = 0, a = 0, b = 0]: number[], n: number): CommandCall {
  const by = PEOPLE[a % PEOPLE.length]!;
  const targets = [...doc.steps.map((s) => s.id), ...(doc.notes ?? []).map((x) => x.id)];
  const target = at(targets, b) ?? 'a';
  const note = at(doc.notes ?? [], b);
  switch (k % 9) {
    case 0:
      return {
        id: 'note.add',
        params: { note: { id: `n${n}`, text: `t${b}`, author: by, on: at(doc.steps, a)?.id } },
      };
    case 1:
      return { id: 'note.resolve', params: { id: note?.id ?? 'none', resolved: a % 2 === 0 } };
    case 2:
      return { id: 'note.remove', params: { id: note?.id ?? 'none' } };
    case 3:
    case 4:
      return { id: 'vote.cast', params: { id: `v${n}`, by, on: target } };
    case 5:
      return { id: 'vote.retract', params: { by, on: target } };
    case 6:
      return { id: 'vote.budget', params: { budget: Math.max(votesUsedMax(doc), 1 + (b % 4)) } };
    case 7:
      return { id: 'steps.remove', params: { ids: [at(doc.steps, b)?.id ?? 'x'] } };
    default:
      return { id: 'waste.tag', params: { id: `w${n}`, step: target, waste: 'waiting' } };
  }
}

const votesUsedMax = (doc: ProcessDocument) => Math.max(0, ...PEOPLE.map((p) => votesUsed(doc, p)));

describe('workshop command sequences (property)', () => {
  it('never lets a participant exceed the budget; undo gives back every state exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)), { maxLength: 40 }),
        fc.array(fc.nat(6), { maxLength: 8 }),
        (picks, undoAt) => {
          let doc = deepFreeze(copyOf(sequence3));
          const states: string[] = [JSON.stringify(doc)];
          const patches: Patch[] = [];
          picks.forEach((pick, n) => {
            const result = executeCommand(doc, callFor(doc, pick, n));
            if (!result.ok) return;
            doc = deepFreeze(result.document);
            patches.push(result.patch);
            states.push(JSON.stringify(doc));
            for (const p of PEOPLE)
              expect(votesUsed(doc, p)).toBeLessThanOrEqual(voteBudgetOf(doc));
            if (undoAt.includes(n % 7)) {
              const undone = applyPatch(doc, invertPatch(result.patch));
              expect(JSON.stringify(undone)).toBe(states[states.length - 2]);
              expect(JSON.stringify(applyPatch(undone, result.patch))).toBe(JSON.stringify(doc));
            }
          });
          const parsed = parseProcess(doc);
          expect(parsed.ok ? [] : parsed.problems).toEqual([]);
          for (let i = patches.length - 1; i >= 0; i--) {
            doc = applyPatch(doc, invertPatch(patches[i]!));
            expect(JSON.stringify(doc)).toBe(states[i]);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
