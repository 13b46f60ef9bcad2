import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { nonValueAdding } from './non-value-adding';

describe('rule non-value-adding', () => {
  it('reports an NVA task most cases pass as a warning, with its minutes per case', () => {
    const doc = {
      ...gallery.sequence3,
      steps: gallery.sequence3.steps.map((s) =>
        s.id === 'b' ? { ...s, value: 'NVA' as const } : s,
      ),
    };
    const [f] = nonValueAdding.check(new RuleContext(doc));
    expect(f).toMatchObject({ kind: 'non-value-adding', severity: 'warning', steps: ['b'] });
    expect(f!.evidence.workPerCase).toBeCloseTo(2, 12);
  });

  it('reports an NVA task on a rare path as info, and leaves timers to delay', () => {
    const rare = {
      ...gallery.xorSplitJoin,
      steps: gallery.xorSplitJoin.steps.map((s) =>
        s.id === 'large' ? { ...s, value: 'NVA' as const } : s,
      ),
    };
    expect(nonValueAdding.check(new RuleContext(rare)).map((f) => f.severity)).toEqual(['info']);
    expect(nonValueAdding.check(new RuleContext(gallery.timerWait))).toEqual([]);
  });

  it('reports a task whose only way on is back round a loop as re-entry (info)', () => {
    const doc = build.processOf('re', {
      roles: [build.role('clerk'), build.role('boss')],
      steps: [
        build.start('start', 60),
        build.gate('merge', 'xor'),
        build.task('submit', 'clerk', 5),
        build.task('approve', 'boss', 5, { kind: 'approval' }),
        build.gate('ok', 'xor'),
        build.task('fix', 'clerk', 4),
        build.end(),
      ],
      flows: [
        ...build.chain('start', 'merge', 'submit', 'approve', 'ok'),
        build.flow('ok', 'end', { probability: 0.75 }),
        build.flow('ok', 'fix', { probability: 0.25 }),
        build.flow('fix', 'merge'),
      ],
    });
    const [f] = nonValueAdding.check(new RuleContext(doc));
    expect(f).toMatchObject({ severity: 'info', steps: ['fix'] });
    expect(f!.evidence.workPerCase).toBeCloseTo((0.25 / 0.75) * 4, 12);
  });

  it('accepts a process of value-adding work', () => {
    expect(nonValueAdding.check(new RuleContext(gallery.sequence3))).toEqual([]);
  });
});
