import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import type { EventLog, LogCase } from '../log/eventLog';
import { discoverProcess } from './discoverProcess';

/** Register → (Approve | Auto-accept) → Close; `decide` picks the branch from the case's attributes. */
function purchaseLog(
  n: number,
  decide: (amount: number, region: string, i: number) => boolean,
): EventLog {
  const cases: LogCase[] = [];
  for (let i = 0; i < n; i++) {
    const amount = 1000 + ((i * 7919) % 97) * 1000; // 1,000 … 97,000, spread over the cases
    const region = ['north', 'south', 'east'][i % 3]!;
    const t = i * 3_600_000;
    const middle = decide(amount, region, i) ? 'Approve' : 'Auto-accept';
    cases.push({
      id: `c${i}`,
      attributes: { amount, region },
      events: ['Register', middle, 'Close'].map((activity, k) => ({
        activity,
        complete: t + (k + 1) * 600_000,
      })),
    });
  }
  return { cases, hasStart: false, hasRole: false, hasResource: false, hasTime: true };
}

describe('data-driven conditions (branchConditions in discoverProcess)', () => {
  it('writes a threshold when a numeric attribute decides the branch', () => {
    const found = discoverProcess(
      purchaseLog(400, (amount) => amount > 50_000),
      { noise: 0 },
    );
    expect(found.conditions).toHaveLength(1);
    expect(found.conditions[0]).toMatchObject({ attribute: 'amount', accuracy: 1 });
    const doc = found.document;
    const approve = doc.steps.find((s) => s.name === 'Approve')!;
    const auto = doc.steps.find((s) => s.name === 'Auto-accept')!;
    const toApprove = doc.flows.find((f) => f.to === approve.id)!;
    const toAuto = doc.flows.find((f) => f.to === auto.id)!;
    // Approve is the smaller branch (47 of 97 amounts): it gets the condition, the other is the default.
    expect(toApprove.condition).toBe('amount > 50000');
    expect(toAuto).toMatchObject({ default: true });
    expect(toAuto.condition).toBeUndefined();
    expect(toApprove.probability).toBeGreaterThan(0);
    expect(parseProcess(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });

  it('writes a set of values when a text attribute decides the branch', () => {
    const found = discoverProcess(
      purchaseLog(300, (_, region) => region === 'north'),
      { noise: 0 },
    );
    const approve = found.document.steps.find((s) => s.name === 'Approve')!;
    expect(found.document.flows.find((f) => f.to === approve.id)?.condition).toBe(
      'region == "north"',
    );
  });

  it('keeps probabilities only when no attribute explains 95 % of the cases', () => {
    // The amount decides, except for one case in ten.
    const found = discoverProcess(
      purchaseLog(400, (amount, _, i) => (i % 10 === 0 ? amount <= 50_000 : amount > 50_000)),
      { noise: 0 },
    );
    expect(found.conditions).toEqual([]);
    expect(found.document.flows.every((f) => f.condition === undefined && !f.default)).toBe(true);
  });
});
