/**
 * A claims process with an inclusive (OR) split and join, a parallel part with a terminate end,
 * a loop back, and a task that changes the case data (`sets`): the compiler's hand-checkable
 * fixture for SPEC.md CM-OR, CM-TERMINATE and CM-SET. Test support only.
 *
 *   start → register → checks(or: injury → medical | amount > 1000 → police | default → standard)
 *     → checked(or-join) → fork(and: payout | audit → fraud? → stopped (terminate) | → join)
 *     → join → review(xor: again and rounds < 2 → register | default → end)
 */
import { build, type Flow, type ProcessDocument } from '@flowsmith/model';

/** The claims process; `byPeople` leaves the or-split's flows without conditions. Pure. */
export function claimsProcess(byPeople = false): ProcessDocument {
  const cond = (condition: string): Partial<Flow> => (byPeople ? {} : { condition });
  return build.processOf(byPeople ? 'claimsByPeople' : 'claims', {
    roles: [build.role('clerk'), build.role('expert')],
    steps: [
      build.start('start'),
      build.task('register', 'clerk', 5, {
        sets: { rounds: { add: 1 }, registered: true, score: { dist: 'normal', mean: 5, sd: 1 } },
      }),
      { id: 'checks', type: 'or', name: 'Which checks?' },
      build.task('medical', 'expert', 30),
      build.task('police', 'expert', 20),
      build.task('standard', 'clerk', 10),
      { id: 'checked', type: 'or', name: 'Checks done' },
      build.gate('fork', 'and'),
      build.task('payout', 'clerk', 5),
      build.task('audit', 'expert', 15),
      build.gate('fraud', 'xor'),
      { id: 'stopped', type: 'end', name: 'Fraud: claim stopped', terminate: true },
      build.gate('join', 'and'),
      build.gate('review', 'xor'),
      build.end('end'),
    ],
    flows: [
      build.flow('start', 'register'),
      build.flow('register', 'checks'),
      { id: 'fMed', from: 'checks', to: 'medical', ...cond('injury') },
      { id: 'fPol', from: 'checks', to: 'police', ...cond('amount > 1000') },
      { id: 'fStd', from: 'checks', to: 'standard', default: true },
      build.flow('medical', 'checked'),
      build.flow('police', 'checked'),
      build.flow('standard', 'checked'),
      build.flow('checked', 'fork'),
      build.flow('fork', 'payout'),
      build.flow('fork', 'audit'),
      build.flow('audit', 'fraud'),
      { id: 'fFraud', from: 'fraud', to: 'stopped', condition: 'fraud' },
      { id: 'fClean', from: 'fraud', to: 'join', default: true },
      build.flow('payout', 'join'),
      build.flow('join', 'review'),
      { id: 'fAgain', from: 'review', to: 'register', condition: 'again and rounds < 2' },
      { id: 'fDone', from: 'review', to: 'end', default: true },
    ],
  });
}
