import { describe, it, expect } from 'vitest';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import { defaultForm, formToScenario, scenarioFor, type ScenarioForm } from './scenarioForm';
import { keptSettings, readCaseForm, defaultCaseForm, type CaseForm } from './scenarioCaseFields';

const words = {
  notNumber: 'not a number',
  badStart: 'bad start',
  badValue: 'bad value',
  nameMissing: 'no name',
  nameTwice: 'twice',
};
const doc = gallery.mm1; // role clerk (capacity 1), task serve
const form = (changes: Partial<ScenarioForm>): ScenarioForm => ({ ...defaultForm(), ...changes });
const read = (changes: Partial<CaseForm>, d: ProcessDocument = doc) => {
  const errors: Record<string, string> = {};
  const out = readCaseForm({ ...defaultCaseForm(), ...changes }, d, 'en', words, errors);
  return { out, errors };
};

describe('the scenario form’s case fields', () => {
  it('leave the scenario as it was when blank', () => {
    expect(read({})).toEqual({ out: {}, errors: {} });
  });

  it('map start, attributes, priorities, queue and arrival rule 1:1 onto the scenario JSON', () => {
    const r = formToScenario(
      form({
        start: '2025-03-03T08:30',
        attributes: [
          {
            name: 'amount',
            mode: 'distribution',
            text: '{"dist":"uniform","min":1000,"max":90000}',
          },
          { name: 'tier', mode: 'choice', text: 'gold: 0.2, silver: 0.8' },
          { name: 'urgent', mode: 'value', text: 'true' },
        ],
        priorities: [
          { condition: 'amount > 50000', priority: '2' },
          { condition: 'tier == "gold"', priority: '1' },
        ],
        queue: { clerk: 'priority' },
        arrivalRule: 'wallClock',
      }),
      doc,
      'en',
      words,
    );
    expect(r).toEqual({
      ok: true,
      scenario: {
        cases: 1000,
        replications: 5,
        seed: 1,
        start: '2025-03-03T08:30',
        attributes: {
          amount: { dist: 'uniform', min: 1000, max: 90000 },
          tier: { choice: { gold: 0.2, silver: 0.8 } },
          urgent: true,
        },
        priorities: [
          { condition: 'amount > 50000', priority: 2 },
          { condition: 'tier == "gold"', priority: 1 },
        ],
        overrides: { queue: { clerk: 'priority' }, arrivalRule: 'wallClock' },
      },
    });
  });

  it('put each problem beside its row: start, attribute, condition and priority', () => {
    const { errors } = read({
      start: '3 March',
      attributes: [
        { name: '', mode: 'value', text: '5' },
        { name: 'a', mode: 'choice', text: 'gold' },
        { name: 'b', mode: 'value', text: '1' },
        { name: 'b', mode: 'value', text: '2' },
      ],
      priorities: [
        { condition: 'amount >', priority: '1' },
        { condition: 'amount > 5', priority: 'high' },
      ],
    });
    expect(errors).toEqual({
      start: 'bad start',
      'attributes.0': 'no name',
      'attributes.1': 'bad value',
      'attributes.3': 'twice',
      'priorities.0.condition': expect.stringMatching(/./) as string,
      'priorities.1.priority': 'not a number',
    });
  });

  it('skip empty rows and queue choices equal to the role’s own; read seconds and comma decimals', () => {
    const { out, errors } = read({
      start: '2025-03-03T08:30:15',
      attributes: [{ name: '', mode: 'value', text: '' }],
      priorities: [
        { condition: '', priority: '' },
        { condition: 'x > 1', priority: '1,5' },
      ],
      queue: { clerk: 'fifo', ghost: 'priority' },
    });
    expect(errors).toEqual({});
    expect(out).toEqual({
      start: '2025-03-03T08:30:15',
      priorities: [{ condition: 'x > 1', priority: 1.5 }],
    });
  });

  it('drop queue overrides of roles another document lacks (compare)', () => {
    const s = {
      cases: 10,
      overrides: { queue: { clerk: 'dueDate' as const, ghost: 'priority' as const } },
    };
    expect(scenarioFor(s, doc)).toEqual({ cases: 10, overrides: { queue: { clerk: 'dueDate' } } });
  });

  it('keep the form’s settings in the process: start and rules replaced, attributes merged', () => {
    const withOwn = {
      ...doc,
      simulation: {
        start: '2024-05-06T09:00',
        attributes: { tier: 'gold', amount: 5 },
        priorities: [{ condition: 'tier == "gold"', priority: 1 }],
      },
    } as ProcessDocument;
    const { out } = read(
      {
        attributes: [{ name: 'amount', mode: 'value', text: '7' }],
        priorities: [{ condition: 'amount > 6', priority: '3' }],
      },
      withOwn,
    );
    expect(keptSettings(withOwn, out)).toEqual({
      start: '2024-05-06T09:00',
      attributes: { tier: 'gold', amount: 7 },
      priorities: [{ condition: 'amount > 6', priority: 3 }],
    });
    expect(keptSettings(doc, read({ start: '2025-01-06T08:00' }).out)).toEqual({
      start: '2025-01-06T08:00',
    });
  });
});
