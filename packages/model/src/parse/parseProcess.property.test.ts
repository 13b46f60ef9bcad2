import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import { parseProcess } from './parseProcess';
import { minimalDocument } from './parseFixtures';

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'steps',
  'id',
  'role',
];

/** Objects with hostile keys, through JSON text so `__proto__` is an own key as in a real file. */
const hostileObject = fc
  .dictionary(fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })
  .map((o) => JSON.parse(JSON.stringify(o)) as unknown);

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('parseProcess never throws', () => {
  it('on arbitrary JSON', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProcess(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(prototypeKeys()).toEqual(before);
  });

  it('on documents whose parts are objects with __proto__, constructor and prototype keys', () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(
        hostileObject,
        hostileObject,
        fc.constantFrom('steps', 'roles', 'flows'),
        (a, b, where) => {
          const doc = { ...minimalDocument(), view: a } as Record<string, unknown>;
          (doc[where] as unknown[]).push(b);
          const text = JSON.stringify(doc).replace('"view"', '"__proto__"');
          const result = parseProcess(JSON.parse(text));
          expect(result.ok).toBe(false);
          if (!result.ok) for (const p of result.problems) expect(typeof p.message).toBe('string');
        },
      ),
      { numRuns: 100 },
    );
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Valid documents: gallery processes with names, positions, capacities and durations varied. */
const variedDocument = fc
  .record({
    base: fc.constantFrom(...Object.values(gallery)),
    name: fc.string({ unit: 'grapheme', maxLength: 12 }),
    capacity: fc.integer({ min: 1, max: 20 }),
    bare: fc.double({ min: 0, max: 1e6, noNaN: true }),
    x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    probability: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ base, name, capacity, bare, x, probability }) => {
    const doc = JSON.parse(JSON.stringify(base)) as ProcessDocument & Record<string, unknown>;
    doc.name = name;
    doc.description = name;
    for (const role of doc.roles) role.capacity = capacity;
    doc.steps.forEach((step, i) => {
      step.position = { x, y: i };
      // a bare number on input, as people write it
      if (step.type === 'task') (step as { duration?: unknown }).duration = bare;
    });
    for (const flow of doc.flows)
      if (flow.probability !== undefined) flow.probability = probability;
    return doc as unknown;
  });

describe('parseProcess is idempotent on valid documents', () => {
  it('parse(parse(x).document) equals parse(x).document, keys in the same order', () => {
    fc.assert(
      fc.property(variedDocument, (input) => {
        const first = parseProcess(input);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const second = parseProcess(first.document);
        expect(second.ok).toBe(true);
        if (!second.ok) return;
        expect(JSON.stringify(second.document)).toBe(JSON.stringify(first.document));
      }),
      { numRuns: 150 },
    );
  });
});
