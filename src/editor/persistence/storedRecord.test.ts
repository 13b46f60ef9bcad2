import { describe, expect, it } from 'vitest';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import { damagedDocs } from './testDamagedDocs';
import {
  DamagedRecordError,
  rawRecordJson,
  readStoredRecord,
  summarizeRecord,
} from './storedRecord';

const doc = gallery.xorSplitJoin;
const record = (d: unknown) => ({
  key: 'k',
  name: 'xorSplitJoin',
  documentId: doc.id,
  stepCount: doc.steps.length,
  updatedAt: 1,
  revision: 3,
  doc: d,
});

describe('reading stored records', () => {
  it('reads a healthy record through parseProcess', () => {
    const stored = readStoredRecord('k', record(doc));
    expect(stored.doc).toEqual(doc);
    expect(stored.revision).toBe(3);
    expect(summarizeRecord(record(doc))?.damaged).toBeUndefined();
  });

  it.each(damagedDocs)('refuses %s, naming the JSON path', (_name, d, path) => {
    let error: unknown;
    try {
      readStoredRecord('k', record(d));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DamagedRecordError);
    expect((error as DamagedRecordError).damage.path).toBe(path);
  });

  it('lists a record of the wrong shape as damaged, with a usable name', () => {
    const s = summarizeRecord({ key: 'k', doc: { ...doc, steps: null }, name: 42 });
    expect(s).toMatchObject({ key: 'k', name: doc.name, damaged: { path: 'steps' } });
    expect(summarizeRecord({ key: 'k', doc: 'text' })).toMatchObject({
      name: 'k',
      damaged: { path: '' },
    });
    expect(summarizeRecord('not a record')).toBeNull();
  });

  it('exports the raw JSON as stored, whatever it is', () => {
    expect(JSON.parse(rawRecordJson(record({ ...doc, steps: null })))).toMatchObject({
      steps: null,
    });
    expect(rawRecordJson(record('{"half": '))).toBe('{"half": ');
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(() => rawRecordJson(record(cyclic))).not.toThrow();
    expect(rawRecordJson(record(10n as unknown as ProcessDocument))).toBeTypeOf('string');
  });
});
