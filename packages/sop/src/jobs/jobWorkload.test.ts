import { describe, expect, it } from 'vitest';
import type { TaskStep } from '@flowsmith/model';
import { analyze } from '@flowsmith/analysis';
import { batchClaimsProcess } from '../testing/batchClaimsProcess';
import { headcount, jobWorkload } from './jobWorkload';

describe('job workload with members and batches', () => {
  const doc = batchClaimsProcess();
  const analysis = analyze(doc, { lang: 'zh-CN', suggestions: false });
  const w = jobWorkload(doc, analysis);
  const step = (id: string) => doc.steps.find((s) => s.id === id) as TaskStep;
  const role = (id: string) => doc.roles.find((r) => r.id === id)!;

  it('B1 a batch step counts its work once per batch: the role’s batch-aware work, not a duration per case', () => {
    const pay = step('pay');
    const perCase = analysis.metrics.steps.pay!.visits * 20;
    expect(w.minutesPerCase(pay)).toBeLessThan(perCase / 5);
    expect(w.minutesPerCase(pay)).toBeCloseTo(analysis.metrics.roles.cashier!.workPerCase, 9);
  });

  it('a post with members has as many people as members, and their own hours add up', () => {
    const clerk = role('clerk');
    expect(headcount(clerk)).toBe(3);
    expect(headcount(role('surveyor'))).toBe(3);
    // Two on the office week (40 h) and one on mornings (20 h).
    expect(w.availableHours(clerk)).toBe(100);
    expect(w.membersOwnHours(clerk)).toBe(true);
    expect(w.membersOwnHours(role('expert'))).toBe(false);
  });
});
