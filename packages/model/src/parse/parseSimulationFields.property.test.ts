import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProcess } from './parseProcess';
import { simulationDocument } from './simulationFixtures';

type Obj = Record<string, unknown>;
const positive = (max: number) => fc.double({ min: 0.01, max, noNaN: true });
const weight = fc.double({ min: 0, max: 5, noNaN: true });

/** Valid documents using the simulation fields, with their numbers, names and choices varied. */
const variedSimulationDocument = fc
  .record({
    shape: positive(20),
    scale: positive(100),
    shift: fc.double({ min: 0, max: 100, noNaN: true }),
    bounded: fc.boolean(),
    values: fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 6 }),
    binWidths: fc.array(positive(50), { minLength: 1, maxLength: 5 }),
    speed: positive(10),
    queue: fc.constantFrom('fifo', 'priority', 'dueDate'),
    rule: fc.constantFrom('openTime', 'wallClock'),
    hours: fc.array(weight, { minLength: 24, maxLength: 24 }),
    days: fc.array(weight, { minLength: 7, maxLength: 7 }),
    size: fc.integer({ min: 2, max: 500 }),
    perCase: fc.double({ min: 0, max: 3, noNaN: true }),
    add: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    text: fc.string({ unit: 'grapheme', maxLength: 8 }),
    probability: fc.double({ min: 0.001, max: 1, noNaN: true }),
    priority: fc.integer({ min: -10, max: 10 }),
    start: fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2090-12-31'),
      noInvalidDate: true,
    }),
    terminate: fc.boolean(),
  })
  .map((v) => {
    const d = simulationDocument();
    const work = d.steps[1] as Obj;
    work.duration = {
      dist: 'gamma',
      shape: v.shape,
      scale: v.scale,
      shift: v.shift,
      // from the shift (all the mass) to far beyond the mean: always keeps most of the draws
      ...(v.bounded && { bounds: { min: v.shift, max: v.shift + 50 * v.shape * v.scale } }),
    };
    work.batch = { size: v.size, perCase: v.perCase };
    work.sets = { note: v.text, rounds: { add: v.add }, tier: { choice: { [v.text || 'x']: 1 } } };
    const arrival = (d.steps[0] as Obj).arrival as Obj;
    arrival.interarrival = { dist: 'empirical', values: v.values };
    arrival.rule = v.rule;
    // some weight in office hours (Mon/Tue 09:00–17:30) so the profile meets the calendar
    arrival.profile = {
      hours: v.hours.map((w, h) => (h === 10 ? w + 1 : w)),
      days: v.days.map((w, day) => (day === 0 ? w + 1 : w)),
    };
    let from = 0;
    (d.steps[3] as Obj).duration = {
      dist: 'histogram',
      bins: v.binWidths.map((width, i) => ({ from, to: (from += width), weight: i + 1 })),
    };
    (d.steps[7] as Obj).terminate = v.terminate;
    const clerk = d.roles[0]!;
    clerk.queue = v.queue;
    (clerk.members as Obj[])[1]!.speed = v.speed;
    d.flows[3]!.probability = v.probability;
    const sim = d.simulation as Obj;
    sim.start = v.start.toISOString().slice(0, 19);
    (sim.priorities as Obj[])[0]!.priority = v.priority;
    return d as unknown;
  });

describe('parseProcess is idempotent on documents with simulation fields', () => {
  it('parse(parse(x).document) equals parse(x).document, keys in the same order', () => {
    fc.assert(
      fc.property(variedSimulationDocument, (input) => {
        const first = parseProcess(input);
        expect(first.ok ? [] : first.problems).toEqual([]);
        if (!first.ok) return;
        const second = parseProcess(first.document);
        expect(second.ok).toBe(true);
        if (!second.ok) return;
        expect(JSON.stringify(second.document)).toBe(JSON.stringify(first.document));
      }),
      { numRuns: 100 },
    );
  });
});

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'amount', 'work'];
/** Dictionaries with hostile keys, through JSON text so `__proto__` is an own key as in a file. */
const hostileMap = fc
  .dictionary(fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
  .map((o) => JSON.parse(JSON.stringify(o).replace('"prototype"', '"__proto__"')) as unknown);

describe('parseProcess on hostile simulation maps', () => {
  it('never throws nor pollutes a prototype through sets, attributes, choices or durations', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(
        hostileMap,
        fc.constantFrom('sets', 'attributes', 'choice', 'durations'),
        (map, where) => {
          const d = simulationDocument();
          if (where === 'sets') (d.steps[1] as Obj).sets = map;
          if (where === 'attributes') (d.simulation as Obj).attributes = map;
          if (where === 'choice') (d.steps[1] as Obj).sets = { tier: { choice: map } };
          if (where === 'durations') (d.roles[0]!.members as Obj[])[1]!.durations = map;
          const result = parseProcess(d);
          if (result.ok) {
            const text = JSON.stringify(result.document);
            expect(text.includes('"__proto__"')).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Obj).polluted).toBeUndefined();
  });
});
