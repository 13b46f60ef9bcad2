import { describe, expect, it } from 'vitest';
import { parseProcess } from './parseProcess';
import { minimalDocument } from './parseFixtures';

type Doc = ReturnType<typeof minimalDocument>;

/**
 * One rule about values each (distributions, numbers, calendars, enums, dates, conditions): how to
 * break the minimal document, and the problem that must be told. Structure and references are in
 * badDocuments.test.ts.
 */
const catalogue: Array<
  [rule: string, breakIt: (d: Doc) => void, path: string, code: string, message: string]
> = [
  [
    'dist known',
    (d) => (d.steps[1]!.duration = { dist: 'gama', mean: 3 }),
    'steps[1].duration.dist',
    'field.enum',
    '"gama" is not one of "fixed", "uniform", "triangular", "exponential", "normal", "lognormal", "erlang", "gamma", "empirical", "histogram"; did you mean "gamma"?',
  ],
  [
    'dist required',
    (d) => (d.steps[1]!.duration = { mean: 3 }),
    'steps[1].duration',
    'field.required',
    '"dist" is required',
  ],
  [
    'distribution a number or object',
    (d) => (d.steps[1]!.duration = '5 min'),
    'steps[1].duration',
    'field.type',
    'expected a distribution (a number or an object with "dist"), got a string',
  ],
  [
    'bare number not negative',
    (d) => (d.steps[1]!.duration = -5),
    'steps[1].duration',
    'number.nonNegative',
    'must be 0 or more, not -5',
  ],
  [
    'unit known',
    (d) => (d.steps[1]!.duration = { dist: 'fixed', value: 5, unit: 'hours' }),
    'steps[1].duration.unit',
    'field.enum',
    '"hours" is not one of "s", "min", "h", "d"',
  ],
  [
    'min <= max',
    (d) => (d.steps[1]!.duration = { dist: 'uniform', min: 20, max: 10 }),
    'steps[1].duration.min',
    'distribution.minAboveMax',
    'min (20) is greater than max (10)',
  ],
  [
    'min <= mode <= max',
    (d) => (d.steps[1]!.duration = { dist: 'triangular', min: 10, mode: 40, max: 30 }),
    'steps[1].duration.mode',
    'distribution.modeOutside',
    'mode (40) must lie between min (10) and max (30)',
  ],
  [
    'mean positive',
    (d) => (d.steps[1]!.duration = { dist: 'exponential', mean: 0 }),
    'steps[1].duration.mean',
    'number.positive',
    'must be greater than 0, not 0',
  ],
  [
    'sd not negative',
    (d) => (d.steps[1]!.duration = { dist: 'normal', mean: 5, sd: -1 }),
    'steps[1].duration.sd',
    'number.nonNegative',
    'must be 0 or more, not -1',
  ],
  [
    'k a positive integer',
    (d) => (d.steps[1]!.duration = { dist: 'erlang', mean: 5, k: 2.5 }),
    'steps[1].duration.k',
    'number.positiveInteger',
    'must be a whole number of at least 1, not 2.5',
  ],
  [
    'parameter of another distribution',
    (d) => (d.steps[1]!.duration = { dist: 'uniform', min: 1, max: 2, mean: 3 }),
    'steps[1].duration.mean',
    'field.unknown',
    'unknown field "mean" in a uniform distribution',
  ],
  [
    'probability in [0,1]',
    (d) => (d.flows[0]!.probability = 1.5),
    'flows[0].probability',
    'probability.range',
    'a probability is between 0 and 1, not 1.5',
  ],
  [
    'capacity a positive integer',
    (d) => (d.roles[0]!.capacity = 1.5),
    'roles[0].capacity',
    'number.positiveInteger',
    'must be a whole number of at least 1, not 1.5',
  ],
  [
    'capacity at most 10,000 (issue 14: 1e9 hung analysis)',
    (d) => (d.roles[0]!.capacity = 1e9),
    'roles[0].capacity',
    'capacity.tooLarge',
    "a role's capacity is at most 10,000, not 1000000000",
  ],
  [
    'costPerHour not negative',
    (d) => (d.roles[0]!.costPerHour = -80),
    'roles[0].costPerHour',
    'number.nonNegative',
    'must be 0 or more, not -80',
  ],
  [
    'calendar days valid',
    (d) =>
      (d.calendars = [{ id: 'c', week: [{ days: ['mon', 'fry'], from: '09:00', to: '17:00' }] }]),
    'calendars[0].week[0].days[1]',
    'field.enum',
    '"fry" is not one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"',
  ],
  [
    'calendar days not repeated',
    (d) =>
      (d.calendars = [{ id: 'c', week: [{ days: ['mon', 'mon'], from: '09:00', to: '17:00' }] }]),
    'calendars[0].week[0].days[1]',
    'days.duplicate',
    '"mon" is listed twice',
  ],
  [
    'calendar times HH:MM',
    (d) => (d.calendars = [{ id: 'c', week: [{ days: ['mon'], from: '9am', to: '17:00' }] }]),
    'calendars[0].week[0].from',
    'time.syntax',
    '"9am" is not a time of day written HH:MM or HH:MM:SS (00:00 to 24:00)',
  ],
  [
    'calendar to after from',
    (d) => (d.calendars = [{ id: 'c', week: [{ days: ['mon'], from: '18:00', to: '09:00' }] }]),
    'calendars[0].week[0].to',
    'time.order',
    '"to" (09:00) must be later than "from" (18:00)',
  ],
  [
    'sla value positive',
    (d) => (d.steps[1]!.sla = { value: 0, unit: 'h' }),
    'steps[1].sla.value',
    'number.positive',
    'must be greater than 0, not 0',
  ],
  [
    'task kind known',
    (d) => (d.steps[1]!.kind = 'human'),
    'steps[1].kind',
    'field.enum',
    '"human" is not one of "manual", "system", "approval", "review"',
  ],
  [
    'value class known',
    (d) => (d.steps[1]!.value = 'va'),
    'steps[1].value',
    'field.enum',
    '"va" is not one of "VA", "BVA", "NVA"; did you mean "VA"?',
  ],
  [
    'control a boolean',
    (d) => (d.steps[1]!.control = 'yes'),
    'steps[1].control',
    'field.type',
    'expected true or false, got a string',
  ],
  [
    'position numbers',
    (d) => (d.steps[0]!.position = { x: 1, y: '2' }),
    'steps[0].position.y',
    'field.type',
    'expected a number, got a string',
  ],
  [
    'revision date',
    (d) => (d.revisions = [{ version: '1', date: '2026-02-30', summary: 's' }]),
    'revisions[0].date',
    'date.syntax',
    '"2026-02-30" is not a date written YYYY-MM-DD',
  ],
  [
    'view lanes',
    (d) => (d.view = { lanes: 'diagonal' }),
    'view.lanes',
    'field.enum',
    '"diagonal" is not one of "horizontal", "vertical"',
  ],
  [
    'condition syntax',
    (d) => (d.flows[1]!.condition = 'amount = 5'),
    'flows[1].condition',
    'condition.syntax',
    "the condition cannot be read: '=' at column 8: write '==' to compare",
  ],
  [
    'kpi formula a text',
    (d) => (d.kpis = [{ id: 'k1', name: 'Lead time', formula: 3 }]),
    'kpis[0].formula',
    'field.type',
    'expected a string, got a number',
  ],
  [
    'kpi period a text',
    (d) => (d.kpis = [{ id: 'k1', name: 'Lead time', period: ['monthly'] }]),
    'kpis[0].period',
    'field.type',
    'expected a string, got a list',
  ],
  [
    'an entry an object',
    (d) => d.steps.push('oops' as never),
    'steps[3]',
    'field.type',
    'expected an object, got a string',
  ],
];

describe('parseProcess: one bad value per rule', () => {
  it.each(catalogue)('%s', (_, breakIt, path, code, message) => {
    const doc = minimalDocument();
    breakIt(doc);
    const result = parseProcess(doc);
    expect(result.ok ? [] : result.problems).toEqual([{ path, code, message }]);
  });
});
