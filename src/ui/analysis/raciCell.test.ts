import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeCommand, gallery, type ProcessDocument, type TaskStep } from '@flowsmith/model';
import { RACI_LETTERS, raciCell, raciChanges, type RaciLetter } from './raciCell';

const ROLES = ['clerk', 'boss', 'audit', 'it'];
const doc: ProcessDocument = {
  ...gallery.mm1,
  roles: ROLES.map((id) => ({ id, name: id })),
};
const arbStep = fc
  .record({
    role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
    accountable: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
    consulted: fc.uniqueArray(fc.constantFrom(...ROLES)),
    informed: fc.uniqueArray(fc.constantFrom(...ROLES)),
  })
  .map(({ role, accountable, consulted, informed }) => {
    // A well-formed step: a role is in at most one of C and I, and not in them when R or A.
    const taken = new Set([role, accountable]);
    const c = consulted.filter((r) => !taken.has(r));
    const i = informed.filter((r) => !taken.has(r) && !c.includes(r));
    const raci = {
      ...(accountable ? { accountable } : {}),
      ...(c.length ? { consulted: c } : {}),
      ...(i.length ? { informed: i } : {}),
    };
    return { role, ...(Object.keys(raci).length ? { raci } : {}) } as Pick<
      TaskStep,
      'role' | 'raci'
    >;
  });

function apply(step: Pick<TaskStep, 'role' | 'raci'>, changes: ReturnType<typeof raciChanges>) {
  const next: Pick<TaskStep, 'role' | 'raci'> = { ...step };
  if (!changes) return next;
  if ('role' in changes) {
    if (changes.role === null) delete next.role;
    else next.role = changes.role!;
  }
  if ('raci' in changes) {
    if (changes.raci === null) delete next.raci;
    else next.raci = changes.raci!;
  }
  return next;
}

/** Checks `check` for random well-formed steps, each role and each letter chosen in a cell. */
function forEveryChoice(
  check: (step: Pick<TaskStep, 'role' | 'raci'>, role: string, letter: RaciLetter) => void,
) {
  fc.assert(
    fc.property(arbStep, fc.constantFrom(...ROLES), fc.constantFrom(...RACI_LETTERS), check),
  );
}

describe('raciCell', () => {
  it('reads R from the step role and A, C, I from raci', () => {
    const step = {
      role: 'clerk',
      raci: { accountable: 'boss', consulted: ['audit'], informed: ['it'] },
    };
    expect(ROLES.map((r) => raciCell(step, r))).toEqual(['R', 'A', 'C', 'I']);
    expect(raciCell({ role: 'boss', raci: { accountable: 'boss' } }, 'boss')).toBe('RA');
    expect(raciCell({}, 'boss')).toBe('');
  });
});

describe('raciChanges', () => {
  it('makes the cell read back the chosen letter', () => {
    forEveryChoice((step, role, letter) => {
      expect(raciCell(apply(step, raciChanges(step, role, letter)), role)).toBe(letter);
    });
  });

  it('changes other roles only by handing over R or A', () => {
    forEveryChoice((step, role, letter) => {
      const after = apply(step, raciChanges(step, role, letter));
      for (const other of ROLES.filter((r) => r !== role)) {
        const was = raciCell(step, other);
        const now = raciCell(after, other);
        const lost = (l: RaciLetter, x: 'R' | 'A') =>
          l === 'RA' ? (x === 'R' ? 'A' : 'R') : l === x ? '' : l;
        const expected =
          letter.includes('R') && letter.includes('A')
            ? lost(lost(was, 'R'), 'A')
            : letter === 'R'
              ? lost(was, 'R')
              : letter === 'A'
                ? lost(was, 'A')
                : was;
        expect(now).toBe(expected);
      }
    });
  });

  it('returns null when nothing changes and clears an emptied raci', () => {
    expect(raciChanges({ role: 'clerk' }, 'clerk', 'R')).toBeNull();
    expect(raciChanges({ raci: { informed: ['it'] } }, 'it', '')).toEqual({ raci: null });
    expect(raciChanges({ role: 'clerk' }, 'clerk', '')).toEqual({ role: null });
  });

  it('gives changes the model accepts as one step.update', () => {
    forEveryChoice((step, role, letter) => {
      const base = {
        ...doc,
        steps: doc.steps.map((s) =>
          s.id === 'serve' ? ({ id: s.id, name: s.name, type: 'task', ...step } as TaskStep) : s,
        ),
      };
      const changes = raciChanges(step, role, letter);
      if (!changes) return;
      const r = executeCommand(base, { id: 'step.update', params: { id: 'serve', changes } });
      expect(r.ok).toBe(true);
      if (r.ok)
        expect(raciCell(r.document.steps.find((s) => s.id === 'serve') as TaskStep, role)).toBe(
          letter,
        );
    });
  });
});
