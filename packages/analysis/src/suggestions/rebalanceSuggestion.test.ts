import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { analyze } from '../analyze';

const { processOf, start, end, task, chain, role, fixed } = build;

describe('re-balancing a queue', () => {
  // The clerks are at 95 %; the assistant already files other records and has slack; the
  // manager approves (not similar work, and an approval stays).
  const doc = processOf('queue', {
    roles: [role('clerk'), role('assistant'), role('manager')],
    steps: [
      start('start', 10),
      task('check', 'clerk', fixed(5.5), { name: 'Check the order' }),
      task('file', 'clerk', fixed(4), { name: 'File the order record' }),
      task('fileOther', 'assistant', fixed(1), { name: 'File the delivery record' }),
      task('approve', 'manager', fixed(2), { kind: 'approval', name: 'Approve the order' }),
      end(),
    ],
    flows: chain('start', 'check', 'file', 'fileOther', 'approve', 'end'),
  });

  it('moves similar work to a role with slack that already does it', () => {
    const f = analyze(doc, { effects: true }).findings.find((x) => x.kind === 'bottleneck')!;
    const s = f.suggestions.find((x) => x.id.startsWith('reassign:rebalance'))!;
    expect(s.commands).toEqual([
      { id: 'step.update', params: { id: 'file', changes: { role: 'assistant' } } },
    ]);
    expect(s.effect!.cycleTimeMean).toBeLessThan(0);
  });

  it('offers no move when no role has the skill', () => {
    const other = {
      ...doc,
      steps: doc.steps.map((s) =>
        s.id === 'fileOther' ? { ...s, name: 'Phone the customer' } : s,
      ),
    };
    const f = analyze(other).findings.find((x) => x.kind === 'bottleneck')!;
    expect(f.suggestions.some((x) => x.id.startsWith('reassign:rebalance'))).toBe(false);
  });
});
