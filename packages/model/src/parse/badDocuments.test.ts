import { describe, expect, it } from 'vitest';
import { parseProcess } from './parseProcess';
import { minimalDocument, type Json } from './parseFixtures';

type Doc = ReturnType<typeof minimalDocument>;

/** One rule of structure, ids or references each: how to break the minimal document, and the problem that must be told. */
const catalogue: Array<
  [rule: string, breakIt: (d: Doc) => void, path: string, code: string, message: string]
> = [
  [
    'format exactly flowsmith.process',
    (d) => (d.format = 'bpmn'),
    'format',
    'format.wrong',
    '"format" must be "flowsmith.process", not "bpmn"; is this a Flowsmith file?',
  ],
  ['format required', (d) => delete d.format, '', 'field.required', '"format" is required'],
  ['id required', (d) => delete d.id, '', 'field.required', '"id" is required'],
  [
    'id syntax',
    (d) => (d.id = 'purchase approval'),
    'id',
    'id.syntax',
    'id "purchase approval" may only use letters A-Z a-z, digits, "_", "." and "-" (at least one)',
  ],
  [
    'empty id',
    (d) => (d.roles[1]!.id = ''),
    'roles[1].id',
    'id.syntax',
    'id "" may only use letters A-Z a-z, digits, "_", "." and "-" (at least one)',
  ],
  ['name a string', (d) => (d.name = 42), 'name', 'field.type', 'expected a string, got a number'],
  [
    'steps required',
    (d) => delete (d as Record<string, Json>).steps,
    '',
    'field.required',
    '"steps" is required',
  ],
  [
    'flows a list',
    (d) => (d.flows = {} as never),
    'flows',
    'field.type',
    'expected a list, got an object',
  ],
  [
    'language tag',
    (d) => (d.language = 'chinese!'),
    'language',
    'language.syntax',
    '"chinese!" is not a language tag such as "en" or "zh-CN"',
  ],
  [
    'unknown top-level field',
    (d) => (d.stepz = []),
    'stepz',
    'field.unknown',
    'unknown field "stepz" in the document; did you mean "steps"?',
  ],
  [
    'unknown field with a typo hint',
    (d) => (d.steps[1]!.duraton = 5),
    'steps[1].duraton',
    'field.unknown',
    'unknown field "duraton" in a task step; did you mean "duration"?',
  ],
  [
    'unknown field far from any name',
    (d) => (d.roles[0]!.salary = 5),
    'roles[0].salary',
    'field.unknown',
    'unknown field "salary" in a role',
  ],
  [
    'field of another step type',
    (d) => (d.steps[2]!.role = 'clerk'),
    'steps[2].role',
    'field.unknown',
    'unknown field "role" in an end step',
  ],
  [
    'ids unique across collections',
    (d) => d.steps.push({ id: 'clerk', type: 'end', name: 'e' }),
    'steps[3].id',
    'id.duplicate',
    'id "clerk" is already used by roles[0]; ids must be unique',
  ],
  [
    'step type known',
    (d) => (d.steps[1]!.type = 'taks'),
    'steps[1].type',
    'field.enum',
    '"taks" is not one of "start", "end", "task", "xor", "or", "and", "timer", "subprocess"; did you mean "task"?',
  ],
  [
    'task role resolves',
    (d) => (d.steps[1]!.role = 'clerkk'),
    'steps[1].role',
    'reference.missing',
    'no role with id "clerkk"',
  ],
  [
    'a role reference must name a role, not a step',
    (d) => (d.steps[1]!.role = 'end'),
    'steps[1].role',
    'reference.missing',
    'no role with id "end"',
  ],
  [
    'raci roles resolve',
    (d) => (d.steps[1]!.raci = { consulted: ['legal'] }),
    'steps[1].raci.consulted[0]',
    'reference.missing',
    'no role with id "legal"',
  ],
  [
    'owner resolves',
    (d) => (d.owner = 'boss'),
    'owner',
    'reference.missing',
    'no role with id "boss"',
  ],
  [
    'role calendar resolves',
    (d) => (d.roles[0]!.calendar = 'night'),
    'roles[0].calendar',
    'reference.missing',
    'no calendar with id "night"',
  ],
  [
    'arrival calendar resolves',
    (d) => (d.steps[0]!.arrival = { interarrival: 5, calendar: 'night' }),
    'steps[0].arrival.calendar',
    'reference.missing',
    'no calendar with id "night"',
  ],
  [
    'arrival needs an interarrival',
    (d) => (d.steps[0]!.arrival = {}),
    'steps[0].arrival',
    'field.required',
    '"interarrival" is required',
  ],
  [
    'arrival has a rate or an interarrival, not both',
    (d) => (d.steps[0]!.arrival = { interarrival: 5, rate: { count: 40, per: 'day' } }),
    'steps[0].arrival',
    'arrival.both',
    'an arrival has either "rate" or "interarrival", not both',
  ],
  [
    'arrival rate count positive',
    (d) => (d.steps[0]!.arrival = { rate: { count: 0, per: 'day' } }),
    'steps[0].arrival.rate.count',
    'number.positive',
    'must be greater than 0, not 0',
  ],
  [
    'arrival rate per hour, day or week',
    (d) => (d.steps[0]!.arrival = { rate: { count: 4, per: 'month' } }),
    'steps[0].arrival.rate.per',
    'field.enum',
    '"month" is not one of "hour", "day", "week"',
  ],
  [
    'inputs resolve',
    (d) => (d.steps[1]!.inputs = ['invoice']),
    'steps[1].inputs[0]',
    'reference.missing',
    'no data object with id "invoice"',
  ],
  [
    'outputs resolve',
    (d) => (d.steps[1]!.outputs = ['po', 'memo']),
    'steps[1].outputs[1]',
    'reference.missing',
    'no data object with id "memo"',
  ],
  [
    'flow from resolves',
    (d) => (d.flows[0]!.from = 'begin'),
    'flows[0].from',
    'reference.missing',
    'no step with id "begin"',
  ],
  [
    'flow to required',
    (d) => delete d.flows[1]!.to,
    'flows[1]',
    'field.required',
    '"to" is required',
  ],
  [
    'risk steps resolve',
    (d) => (d.risks = [{ id: 'r1', name: 'r', steps: ['nope'] }]),
    'risks[0].steps[0]',
    'reference.missing',
    'no step with id "nope"',
  ],
  [
    'subprocess not itself',
    (d) => d.steps.push({ id: 'sub', type: 'subprocess', name: 's', process: 'doc' }),
    'steps[3].process',
    'subprocess.self',
    'a subprocess cannot run its own process "doc"',
  ],
  [
    'subprocess process required',
    (d) => d.steps.push({ id: 'sub', type: 'subprocess', name: 's' }),
    'steps[3]',
    'field.required',
    '"process" is required',
  ],
];

describe('parseProcess: one bad document per rule', () => {
  it.each(catalogue)('%s', (_, breakIt, path, code, message) => {
    const doc = minimalDocument();
    breakIt(doc);
    const result = parseProcess(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({ path, code, message });
    // one rule broken, one problem told: no cascade of follow-up problems
    expect(result.problems).toHaveLength(1);
  });

  it('a document must be a JSON object', () => {
    for (const input of [null, 3, 'text', [], undefined]) {
      const result = parseProcess(input);
      expect(result).toMatchObject({
        ok: false,
        problems: [{ path: '', code: 'document.notObject' }],
      });
    }
  });

  it('lists every problem of a document with several at once', () => {
    const doc = minimalDocument();
    doc.name = 1;
    doc.roles[0]!.capacity = 0;
    doc.steps[1]!.role = 'clerkk';
    doc.steps[1]!.duraton = 5;
    doc.flows[0]!.probability = -0.1;
    delete doc.flows[1]!.from;
    const result = parseProcess(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(
      [
        'name',
        'roles[0].capacity',
        'steps[1].role',
        'steps[1].duraton',
        'flows[0].probability',
        'flows[1]',
      ].sort(),
    );
  });
});

describe('parseProcess: messages in Chinese', () => {
  const zh: Array<[rule: string, breakIt: (d: Doc) => void, path: string, message: string]> = [
    [
      'task role resolves',
      (d) => (d.steps[1]!.role = 'clerkk'),
      'steps[1].role',
      '没有 id 为 "clerkk" 的角色',
    ],
    [
      'unknown field',
      (d) => (d.steps[1]!.duraton = 5),
      'steps[1].duraton',
      '任务步骤中有未知字段 "duraton"；是否想写 "duration"？',
    ],
    [
      'probability',
      (d) => (d.flows[0]!.probability = 2),
      'flows[0].probability',
      '概率应在 0 到 1 之间，而不是 2',
    ],
    [
      'to after from',
      (d) => (d.calendars = [{ id: 'c', week: [{ days: ['mon'], from: '18:00', to: '09:00' }] }]),
      'calendars[0].week[0].to',
      '"to"（09:00）必须晚于 "from"（18:00）',
    ],
  ];
  it.each(zh)('%s', (_, breakIt, path, message) => {
    const doc = minimalDocument();
    breakIt(doc);
    const result = parseProcess(doc, { lang: 'zh-CN' });
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({ path, message }),
    );
  });
});

describe('parseProcess: what a drawing in progress has is not a problem', () => {
  const drafts: Array<[string, (d: Doc) => void]> = [
    ['a step not yet connected', (d) => d.steps.push({ id: 'loose', type: 'task', name: 'loose' })],
    ['no end yet', (d) => ((d.steps = d.steps.slice(0, 2)), (d.flows = d.flows.slice(0, 1)))],
    ['no start yet', (d) => ((d.steps = d.steps.slice(1)), (d.flows = d.flows.slice(1)))],
    ['a task with no role', (d) => delete d.steps[1]!.role],
    [
      'xor probabilities that do not add up',
      (d) => {
        d.steps.push({ id: 'x', type: 'xor', name: 'x' });
        d.flows.push(
          { id: 'a', from: 'x', to: 'end', probability: 0.3 },
          { id: 'b', from: 'x', to: 'work', probability: 0.3 },
        );
      },
    ],
    ['no roles at all', (d) => ((d.roles = []), delete d.steps[1]!.role)],
    ['empty steps and flows', (d) => ((d.steps = []), (d.flows = []))],
  ];
  it.each(drafts)('%s', (_, change) => {
    const doc = minimalDocument();
    change(doc);
    expect(parseProcess(doc as Record<string, Json>)).toMatchObject({ ok: true });
  });
});
