import { build } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import { controlsOf } from './controlsOf';
import { purchaseWithLimit } from './fixtures';

const { processOf, start, end, task, chain, role } = build;

describe('controlsOf', () => {
  it('recognises the GM approval reached only above the threshold, and receiving', () => {
    const controls = controlsOf(purchaseWithLimit());
    expect([...controls.keys()]).toEqual(['gm', 'receive']);
    const gm = controls.get('gm')!;
    expect(gm.reasons).toEqual(['threshold', 'authority']);
    expect(gm.gate).toBe('amount-wait');
    expect(gm.above).toBe('approve');
    expect(gm.evidence['zh-CN']).toContain('金额 > 5万');
    expect(gm.evidence.en).toContain('authority 4');
    expect(controls.get('receive')!.reasons).toEqual(['receiving']);
  });

  it('does not call an approval a threshold control when another way leads to it', () => {
    const doc = purchaseWithLimit();
    doc.flows.push(build.flow('approve', 'gm'));
    const gm = controlsOf(doc).get('gm')!;
    expect(gm.reasons).toEqual(['authority']);
  });

  it('recognises marked, legal, three-way match, reconciliation and budget-check steps', () => {
    const doc = processOf('c', {
      roles: [role('legal'), role('ap'), role('gl')],
      steps: [
        start(),
        task('m', 'ap', 1, { control: true, name: 'Check vendor bank details' }),
        task('l', 'legal', 1, { kind: 'review', name: '法务审核合同' }),
        task('t', 'ap', 1, { name: 'Three-way match' }),
        task('r', 'gl', 1, { name: 'Bank reconciliation' }),
        task('x', 'gl', 1, { name: 'Post journal entries' }),
        task('b', 'ap', 1, { name: '财务确认预算' }),
        task('p', 'ap', 1, { name: 'Prepare next year budget' }),
        end(),
      ],
      flows: chain('start', 'm', 'l', 't', 'r', 'x', 'b', 'p', 'end'),
    });
    const reasons = [...controlsOf(doc).values()].map((c) => [c.step, c.reasons]);
    expect(reasons).toEqual([
      ['m', ['marked']],
      ['l', ['legal']],
      ['t', ['matching']],
      ['r', ['reconciliation']],
      ['b', ['budget']],
    ]);
  });

  it('sees an approval by the same level after another as no control', () => {
    const doc = processOf('d', {
      roles: [
        { ...role('a'), name: 'Manager A' },
        { ...role('b'), name: 'Manager B' },
      ],
      steps: [
        start(),
        task('a1', 'a', 1, { kind: 'approval' }),
        task('a2', 'b', 1, { kind: 'approval' }),
        end(),
      ],
      flows: chain('start', 'a1', 'a2', 'end'),
    });
    expect(controlsOf(doc).size).toBe(0);
  });
});
