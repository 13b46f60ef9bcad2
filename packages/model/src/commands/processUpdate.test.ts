import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

describe('process.update', () => {
  it('sets header fields and clears them with null; undo restores key order', () => {
    const changes = {
      language: 'zh-CN',
      description: '<script>alert(1)</script>',
      owner: 'clerk',
      derivedFrom: 'as-is',
      view: { lanes: 'vertical' as const },
      revisions: [{ version: '1', date: '2026-01-01', summary: 'first' }],
    };
    const { document } = expectRoundTrip(gallery.mm1, {
      id: 'process.update',
      params: { changes },
    });
    expect(document).toMatchObject(changes);
    const { document: cleared, patch } = expectRoundTrip(document, {
      id: 'process.update',
      params: { changes: { description: null, owner: undefined } },
    });
    expect('description' in cleared || 'owner' in cleared).toBe(false);
    expect(patch.updated[0]![1]).toMatchObject({ collection: 'header' });
    const restored: ProcessDocument = cleared;
    expect(restored.language).toBe('zh-CN');
  });
  it('refuses an unknown owner, a field it does not own, and a bad revisions value', () => {
    expectRefusal(
      gallery.mm1,
      { id: 'process.update', params: { changes: { owner: 'ghost' } } },
      'role.unknown',
      'ghost',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'process.update', params: { changes: { name: 'x' } as never } },
      'field.notAllowed',
      'name',
    );
    expectRefusal(
      gallery.mm1,
      { id: 'process.update', params: { changes: { revisions: 'v1' as never } } },
      'value.invalid',
      'revisions',
    );
  });
});
