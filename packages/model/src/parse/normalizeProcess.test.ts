import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import { normalizeProcess } from './normalizeProcess';
import { parseProcess } from './parseProcess';
import { minimalDocument } from './parseFixtures';

describe('normalizeProcess', () => {
  it('fills in role capacity, task kind and distribution units', () => {
    const input = minimalDocument();
    delete input.roles[0]!.capacity;
    input.steps[0]!.arrival = { interarrival: { dist: 'exponential', mean: 10 } };
    input.steps[1]!.duration = { dist: 'uniform', min: 1, max: 2 };
    input.steps.push({
      id: 'wait',
      type: 'timer',
      name: 'wait',
      duration: { dist: 'fixed', value: 3, unit: 'h' },
    });
    const parsed = parseProcess(input);
    if (!parsed.ok) throw new Error('expected ok');
    const doc = normalizeProcess(parsed.document);
    expect(doc.roles.map((r) => r.capacity)).toEqual([1, 1]);
    expect(doc.steps[0]).toMatchObject({ arrival: { interarrival: { unit: 'min' } } });
    expect(doc.steps[1]).toMatchObject({ kind: 'manual', duration: { unit: 'min' } });
    expect(doc.steps[3]).toMatchObject({ duration: { unit: 'h' } });
    expect(Object.keys(doc.steps[1]!)).toEqual(['id', 'type', 'name', 'kind', 'role', 'duration']);
  });

  it('is pure: the input is unchanged', () => {
    const before = JSON.stringify(gallery.xorSplitJoin);
    normalizeProcess(gallery.xorSplitJoin);
    expect(JSON.stringify(gallery.xorSplitJoin)).toBe(before);
  });

  it.each(Object.entries(gallery))(
    '%s: normalising twice changes nothing, and the result parses',
    (_, doc) => {
      const once = normalizeProcess(doc);
      expect(normalizeProcess(once)).toEqual(once);
      expect(parseProcess(once, { resolveProcess: () => true })).toEqual({
        ok: true,
        document: once,
        warnings: [],
      });
    },
  );
});
