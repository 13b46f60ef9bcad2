import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { defaultForm, formToScenario, scenarioFor, type ScenarioForm } from './scenarioForm';

const words = {
  notNumber: 'not a number',
  badStart: 'bad start',
  badValue: 'bad value',
  nameMissing: 'no name',
  nameTwice: 'twice',
};
const doc = gallery.mm1; // role clerk (capacity 1), task serve
const form = (changes: Partial<ScenarioForm>): ScenarioForm => ({ ...defaultForm(), ...changes });

describe('formToScenario', () => {
  it('turns the default form into a small case-count scenario', () => {
    expect(formToScenario(defaultForm(), doc, 'en', words)).toEqual({
      ok: true,
      scenario: { cases: 1000, replications: 5, seed: 1 },
    });
  });

  it('reads a horizon, warm-up and SLA as durations, and comma decimals as numbers', () => {
    const r = formToScenario(
      form({ mode: 'horizon', horizon: '30d', warmup: '2d', sla: '90', arrivalRate: '1,3' }),
      doc,
      'en',
      words,
    );
    expect(r).toEqual({
      ok: true,
      scenario: {
        horizon: '30d',
        warmup: '2d',
        sla: 90,
        replications: 5,
        seed: 1,
        overrides: { arrivalRate: 1.3 },
      },
    });
  });

  it('keeps only overrides that change something', () => {
    const r = formToScenario(
      form({ capacity: { clerk: '1' }, duration: { serve: '' } }),
      doc,
      'en',
      words,
    );
    expect(r.ok && r.scenario.overrides).toBeUndefined();
    const r2 = formToScenario(
      form({ capacity: { clerk: '3' }, duration: { serve: '0.5' } }),
      doc,
      'en',
      words,
    );
    expect(r2.ok && r2.scenario.overrides).toEqual({
      capacity: { clerk: 3 },
      duration: { serve: 0.5 },
    });
  });

  it('puts each problem beside its field, in the chosen language', () => {
    const r = formToScenario(
      form({ cases: 'abc', replications: '0', capacity: { clerk: '1.5' }, horizon: 'soon' }),
      doc,
      'zh-CN',
      words,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.cases).toBe('not a number');
    expect(r.errors.replications).toBe('必须是不小于 1 的整数');
    expect(r.errors['capacity.clerk']).toBe('必须是 1 到 10000 之间的整数');
  });

  it('explains a bad horizon and a warm-up as long as it', () => {
    const r = formToScenario(form({ mode: 'horizon', horizon: 'soon' }), doc, 'en', words);
    expect(!r.ok && r.errors.horizon).toMatch(/not a duration/);
    const r2 = formToScenario(
      form({ mode: 'horizon', horizon: '1d', warmup: '2d' }),
      doc,
      'en',
      words,
    );
    expect(!r2.ok && r2.errors.warmup).toBeTruthy();
  });

  it('counts a role’s people as its capacity: typing their number changes nothing', () => {
    const staffed = {
      ...doc,
      roles: [{ id: 'clerk', name: 'Clerk', members: [{ id: 'a' }, { id: 'b' }] }],
    };
    const same = formToScenario(form({ capacity: { clerk: '2' } }), staffed, 'en', words);
    expect(same.ok && same.scenario.overrides).toBeUndefined();
    const more = formToScenario(form({ capacity: { clerk: '3' } }), staffed, 'en', words);
    expect(more.ok && more.scenario.overrides).toEqual({ capacity: { clerk: 3 } });
  });

  it('ignores typed values for ids the document does not have (hostile keys included)', () => {
    const capacity = JSON.parse('{"__proto__": "5", "ghost": "2"}') as Record<string, string>;
    const r = formToScenario(form({ capacity }), doc, 'en', words);
    expect(r.ok && r.scenario.overrides).toBeUndefined();
  });
});

describe('scenarioFor', () => {
  it('drops overrides of roles and steps the other document lacks', () => {
    const s = {
      cases: 10,
      overrides: {
        arrivalRate: 2,
        capacity: { clerk: 2, ghost: 3 },
        duration: { serve: 0.5, gone: 2 },
      },
    };
    expect(scenarioFor(s, doc)).toEqual({
      cases: 10,
      overrides: { arrivalRate: 2, capacity: { clerk: 2 }, duration: { serve: 0.5 } },
    });
    expect(scenarioFor({ cases: 10, overrides: { capacity: { ghost: 3 } } }, doc)).toEqual({
      cases: 10,
      overrides: {},
    });
  });
});
