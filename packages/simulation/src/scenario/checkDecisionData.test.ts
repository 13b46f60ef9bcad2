import { describe, expect, it } from 'vitest';
import { build, gallery, type ProcessDocument } from '@flowsmith/model';
import { checkDecisionData } from './checkDecisionData';
import { validateScenario } from './validateScenario';

/*
 *   (o) -> <x> --amount > 1000 and urgent--> big -> (o)
 *            '--default--------------------> small -> (o)
 */
const twoNames: ProcessDocument = build.processOf('two', {
  roles: [build.role('clerk')],
  steps: [
    build.start(),
    { ...build.gate('x', 'xor'), name: '金额是否超过 1000' },
    build.task('big', 'clerk', 1),
    build.task('small', 'clerk', 1),
    build.end(),
  ],
  flows: [
    build.flow('start', 'x'),
    build.flow('x', 'big', { condition: 'amount > 1000 and urgent', probability: 0.3 }),
    build.flow('x', 'small', { default: true, probability: 0.7 }),
    build.flow('big', 'end'),
    build.flow('small', 'end'),
  ],
});

describe('SIM-DATA a scenario gives every name a decision reads, or none', () => {
  it('SIM-DATA refuses a scenario that gives amount but not urgent, naming the decision and the data', () => {
    expect(checkDecisionData(twoNames, { amount: 5000 })).toEqual([
      { stepId: 'x', name: '金额是否超过 1000', missing: ['urgent'] },
    ]);
    const r = validateScenario({ attributes: { amount: 5000 } }, { document: twoNames });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.objectContaining({ path: 'attributes', code: 'scenario.decisionData' }),
    ]);
    expect(r.problems[0]!.message).toContain('decision "金额是否超过 1000" (x) reads "urgent"');
    const zh = validateScenario(
      { attributes: { amount: 5000 } },
      { document: twoNames, lang: 'zh-CN' },
    );
    expect(!zh.ok && zh.problems[0]!.message).toContain(
      '判断“金额是否超过 1000”（x）读取 "urgent"',
    );
  });

  it('SIM-DATA accepts all names given, or no attributes at all (routing by probability)', () => {
    expect(
      validateScenario({ attributes: { amount: 5000, urgent: true } }, { document: twoNames }).ok,
    ).toBe(true);
    expect(validateScenario({}, { document: twoNames }).ok).toBe(true);
    // Attributes for other decisions leave this one to its probabilities.
    expect(validateScenario({ attributes: { region: 'north' } }, { document: twoNames }).ok).toBe(
      true,
    );
  });

  it('SIM-DATA a dotted name needs its own attribute: a scalar "customer" has no field "tier"', () => {
    const dotted = {
      ...twoNames,
      flows: twoNames.flows.map((f) =>
        f.id === 'x-big' ? { ...f, condition: 'customer.tier == "gold" and amount > 1' } : f,
      ),
    };
    expect(checkDecisionData(dotted, { customer: 'gold', amount: 1 })[0]!.missing).toEqual([
      'customer.tier',
    ]);
    expect(checkDecisionData(dotted, { 'customer.tier': 'gold', amount: 1 })).toEqual([]);
  });

  it('SIM-DATA the gallery scenarios the engine tests use pass', () => {
    const attributes = { amount: { dist: 'uniform' as const, min: 0, max: 2000 } };
    expect(checkDecisionData(gallery.xorSplitJoin, attributes)).toEqual([]);
  });
});
