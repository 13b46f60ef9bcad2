import { describe, expect, it } from 'vitest';
import { executeCommand, gallery, type ProcessDocument } from '@flowsmith/model';
import { parkNoteCalls } from './parkNoteCalls';

describe('parkNoteCalls', () => {
  it('moves a note with its text, author and time to the parking lot, dropping its votes', () => {
    const note = { id: 'n1', text: 'ERP?', author: 'Li', createdAt: '2026-12-06T13:00:00Z' };
    let doc: ProcessDocument = {
      ...gallery.sequence3,
      notes: [note],
      votes: [{ id: 'v1', by: 'Ann', on: 'n1' }],
    };
    for (const call of parkNoteCalls(note, 'Ann')) {
      const r = executeCommand(doc, call);
      if (!r.ok) throw new Error(r.refusal.message);
      doc = r.document;
    }
    expect(doc.notes).toBeUndefined();
    expect(doc.votes).toBeUndefined();
    expect(doc.parkingLot).toEqual([
      {
        id: expect.stringMatching(/^park-/),
        text: 'ERP?',
        author: 'Li',
        createdAt: note.createdAt,
      },
    ]);
  });
});
