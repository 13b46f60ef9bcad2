import { describe, expect, it } from 'vitest';
import { copyOf, deepFreeze } from '../commands/expectRoundTrip';
import { gallery } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import { applyPatch } from './applyPatch';
import { readHeader, type RecordEntry } from './entry';
import { invertPatch } from './invertPatch';
import { emptyPatch, isEmptyPatch, type Patch } from './patch';
import { PatchConflictError } from './PatchConflictError';

const doc = deepFreeze(copyOf(gallery.sequence3));
const stepAt = (d: ProcessDocument, i: number): RecordEntry => ({
  collection: 'steps',
  index: i,
  record: d.steps[i]!,
});

describe('applyPatch', () => {
  it('returns the same document for an empty patch', () => {
    expect(isEmptyPatch(emptyPatch())).toBe(true);
    expect(applyPatch(doc, emptyPatch())).toBe(doc);
  });

  it('removes several records and restores them in their exact order', () => {
    const patch: Patch = {
      added: [],
      updated: [],
      removed: [stepAt(doc, 3), stepAt(doc, 1), stepAt(doc, 2)],
    };
    const after = applyPatch(doc, patch);
    expect(after.steps.map((s) => s.id)).toEqual(['start', 'end']);
    const back = applyPatch(after, invertPatch(patch));
    expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
  });

  it('shares untouched collections and records and never mutates the input', () => {
    const a = doc.steps[1]!;
    const patch: Patch = {
      added: [],
      updated: [[stepAt(doc, 1), { collection: 'steps', index: 1, record: { ...a, name: 'A' } }]],
      removed: [],
    };
    const after = applyPatch(doc, patch);
    expect(after.flows).toBe(doc.flows);
    expect(after.roles).toBe(doc.roles);
    expect(after.steps[0]).toBe(doc.steps[0]);
    expect(after.steps[1]!.name).toBe('A');
    expect(doc.steps[1]!.name).toBe('a');
  });

  it('throws on a stale update (before is not what the document holds)', () => {
    const a = doc.steps[1]!;
    const stale: Patch = {
      added: [],
      updated: [[{ collection: 'steps', index: 1, record: { ...a, name: 'old' } }, stepAt(doc, 1)]],
      removed: [],
    };
    expect(() => applyPatch(doc, stale)).toThrow(PatchConflictError);
    expect(() => applyPatch(doc, stale)).toThrow(/steps#a/);
  });

  it('throws on a removal that does not match, an index out of range, or a duplicate id', () => {
    expect(() =>
      applyPatch(doc, {
        added: [],
        updated: [],
        removed: [stepAt(doc, 2)].map((e) => ({ ...e, index: 1 })),
      }),
    ).toThrow(/steps\[1\]/);
    expect(() =>
      applyPatch(doc, { added: [{ ...stepAt(doc, 1), index: 99 }], updated: [], removed: [] }),
    ).toThrow(/out of range/);
    expect(() => applyPatch(doc, { added: [stepAt(doc, 1)], updated: [], removed: [] })).toThrow(
      /already exists/,
    );
    expect(() =>
      applyPatch(doc, {
        added: [{ collection: 'header', header: readHeader(doc) }],
        updated: [],
        removed: [],
      }),
    ).toThrow(/header/);
    expect(() =>
      applyPatch(doc, { added: [], updated: [], removed: [stepAt(doc, 1), stepAt(doc, 1)] }),
    ).toThrow(/twice/);
  });

  it('drops an optional collection it empties and puts it back in its place on undo', () => {
    const withRisk = deepFreeze({ ...copyOf(doc), risks: [{ id: 'r1', name: 'late' }] });
    const patch: Patch = {
      added: [],
      updated: [],
      removed: [{ collection: 'risks', index: 0, record: withRisk.risks[0]! }],
    };
    const after = applyPatch(withRisk, patch);
    expect('risks' in after).toBe(false);
    expect(JSON.stringify(applyPatch(after, invertPatch(patch)))).toBe(JSON.stringify(withRisk));
  });

  it('updates the header keeping FORMAT.md key order when a field comes and goes', () => {
    const before = readHeader(doc);
    const patch: Patch = {
      added: [],
      updated: [
        [
          { collection: 'header', header: before },
          { collection: 'header', header: { ...before, description: 'x' } },
        ],
      ],
      removed: [],
    };
    const after = applyPatch(doc, patch);
    expect(Object.keys(after).indexOf('description')).toBe(Object.keys(after).indexOf('name') + 1);
    expect(JSON.stringify(applyPatch(after, invertPatch(patch)))).toBe(JSON.stringify(doc));
    expect(() => applyPatch(after, patch)).toThrow(/header/);
  });

  it('keeps a hostile __proto__ key as plain data', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    const withKey = { ...copyOf(doc), ...hostile } as ProcessDocument;
    const before = readHeader(withKey);
    const after = applyPatch(withKey, {
      added: [],
      updated: [
        [
          { collection: 'header', header: before },
          { collection: 'header', header: { ...before, name: '<script>' } },
        ],
      ],
      removed: [],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(after.name).toBe('<script>');
  });
});
