import { COLLECTIONS, gallery, type ProcessDocument } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProcessFromYDoc } from './readProcessFromYDoc';
import { canonicalJson } from './testReplica';
import { writeProcessToYDoc } from './writeProcessToYDoc';
import { collectionMap } from './yDocShape';

describe('writeProcessToYDoc / readProcessFromYDoc', () => {
  for (const [name, doc] of Object.entries(gallery)) {
    it(`round-trips ${name} exactly, key order of the document included`, () => {
      const ydoc = new Y.Doc();
      writeProcessToYDoc(ydoc, doc);
      const back = readProcessFromYDoc(ydoc);
      expect(Object.keys(back)).toEqual(Object.keys(doc));
      expect(canonicalJson(back)).toBe(canonicalJson(doc));
    });
  }

  it('keys records by id, one Y.Map per collection of the model', () => {
    const ydoc = new Y.Doc();
    writeProcessToYDoc(ydoc, gallery.sequence3);
    expect([...collectionMap(ydoc, 'steps').keys()].sort()).toEqual(
      gallery.sequence3.steps.map((s) => s.id).sort(),
    );
    for (const c of COLLECTIONS) expect(ydoc.share.has(`records:${c}`)).toBe(true);
  });

  it('carries a replica over the wire and replaces an earlier process', () => {
    const a = new Y.Doc();
    writeProcessToYDoc(a, gallery.sequence3);
    writeProcessToYDoc(a, gallery.mm1);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(canonicalJson(readProcessFromYDoc(b))).toBe(canonicalJson(gallery.mm1));
  });

  it('keeps an unknown top-level key and a hostile __proto__ as plain data', () => {
    const doc = {
      ...gallery.mm1,
      ...JSON.parse('{"__proto__": {"polluted": true}}'),
    } as ProcessDocument;
    const ydoc = new Y.Doc();
    writeProcessToYDoc(ydoc, doc);
    const back = readProcessFromYDoc(ydoc);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });
});
