import { build, gallery } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { RuleContext } from '../ruleContext';
import { raciGap } from './raci-gap';

const { processOf, start, end, task, gate, chain, role } = build;
const ids = (doc: Parameters<typeof raciGap.check>[0]['doc']) =>
  raciGap.check(new RuleContext(doc)).map((f) => [f.id, f.severity]);

describe('rule raci-gap', () => {
  it('reports a process where no task names an Accountable, once', () => {
    expect(ids(gallery.tandem2)).toEqual([['raci-gap:process', 'info']]);
  });

  it('reports RACI without an A, an A without an R, and data owned by two Accountables at once', () => {
    //                          ┌→ c[clerk, A clerk]  ─┐
    // start → a → b → fork ────┤                      ├→ join → e → end     (c and d write po)
    //                          └→ d[finance, A fin.] ─┘
    const doc = processOf('raci', {
      roles: [role('clerk'), role('boss'), role('finance')],
      data: [{ id: 'po', name: 'PO' }],
      steps: [
        start(),
        task('a', 'clerk', 1, { raci: { informed: ['boss'] } }),
        task('b', undefined, 1, { raci: { accountable: 'boss' } }),
        gate('fork', 'and'),
        task('c', 'clerk', 1, { raci: { accountable: 'clerk' }, outputs: ['po'] }),
        task('d', 'finance', 1, { raci: { accountable: 'finance' }, outputs: ['po'] }),
        gate('join', 'and'),
        task('e', 'boss', 1, { kind: 'approval', raci: { accountable: 'boss' }, outputs: ['po'] }),
        end(),
      ],
      flows: [
        ...chain('start', 'a', 'b', 'fork', 'c', 'join', 'e', 'end'),
        ...chain('fork', 'd', 'join'),
      ],
    });
    expect(ids(doc)).toEqual([
      ['raci-gap:a,no-accountable', 'warning'],
      ['raci-gap:b,no-responsible', 'warning'],
      ['raci-gap:data,po', 'warning'],
    ]);
  });

  it('lets data be refined in sequence, or written in exclusive branches, by different owners', () => {
    const doc = processOf('seq', {
      roles: [role('clerk'), role('finance')],
      data: [{ id: 'po', name: 'PO' }],
      steps: [
        start(),
        task('c', 'clerk', 1, { raci: { accountable: 'clerk' }, outputs: ['po'] }),
        task('d', 'finance', 1, { raci: { accountable: 'finance' }, outputs: ['po'] }),
        end(),
      ],
      flows: chain('start', 'c', 'd', 'end'),
    });
    expect(ids(doc)).toEqual([]);
  });

  it('accepts one Accountable per task and per piece of data', () => {
    const doc = processOf('ok', {
      roles: [role('clerk'), role('boss')],
      steps: [
        start(),
        task('a', 'clerk', 1, { raci: { accountable: 'boss' } }),
        task('b', 'boss', 1, { kind: 'approval', raci: { accountable: 'boss' } }),
        end(),
      ],
      flows: chain('start', 'a', 'b', 'end'),
    });
    expect(ids(doc)).toEqual([]);
  });
});
