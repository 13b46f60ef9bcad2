import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { delay, delayCause } from './delay';

describe('rule delay', () => {
  it('reports a timer wait with its share of the lead time; most of it is a warning', () => {
    const [f] = delay.check(new RuleContext(gallery.timerWait));
    expect(f).toMatchObject({ kind: 'delay', severity: 'warning', steps: ['wait'] });
    const lead = new RuleContext(gallery.timerWait).metrics.cycleTime.mean;
    expect(f!.evidence.waitPerCase).toBe(60);
    expect(f!.evidence.leadTimeShare).toBeCloseTo(60 / lead, 12);
  });

  it('states the wait per visit and per case when cases pass more than once', () => {
    // start → m → wait (30) → ok? ─0.5→ end, 0.5 → back to m: 2 visits per case
    const { processOf, start, end, gate, flow, chain, fixed } = build;
    const doc = processOf('again', {
      language: 'en',
      steps: [
        start('start'),
        gate('m', 'xor'),
        { id: 'wait', type: 'timer', name: 'Wait for the weekly batch', duration: fixed(30) },
        gate('ok', 'xor'),
        end(),
      ],
      flows: [
        ...chain('start', 'm', 'wait', 'ok'),
        flow('ok', 'end', { probability: 0.5 }),
        flow('ok', 'm', { probability: 0.5 }),
      ],
    });
    const [f] = delay.check(new RuleContext(doc));
    expect(f!.evidence.visits).toBeCloseTo(2, 12);
    expect(f!.evidence.waitPerCase).toBeCloseTo(60, 12);
    expect(f!.message).toContain('30 min per visit × 2 visits = 60 min per case');
    expect(f!.message).toContain('next batch run');
    const zh = delay.check(new RuleContext(doc, 'zh-CN'))[0]!;
    expect(zh.message).toContain('每次 30 分钟 × 2 次 = 每个案例 60 分钟');
  });

  it('reads what a timer waits for from its name', () => {
    const timer = (name: string) => ({ id: 't', type: 'timer' as const, name });
    expect(delayCause(timer('等待总经理签字'))).toBe('signature');
    expect(delayCause(timer('Wait for sign-off'))).toBe('signature');
    expect(delayCause(timer('等待每周付款批次'))).toBe('batch');
    expect(delayCause(timer('Wait for the pay run'))).toBe('batch');
    expect(delayCause(timer('Wait for payment terms'))).toBe('terms');
    expect(delayCause(timer('等待账期到期'))).toBe('terms');
    expect(delayCause(timer('Wait for the courier'))).toBe('timer');
  });
});
