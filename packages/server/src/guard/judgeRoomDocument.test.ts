import { recordToYMap, writeProcessToYDoc } from '@flowsmith/collab';
import { gallery } from '@flowsmith/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findHostileKey } from './findHostileKey';
import { judgeRoomDocument, snapshotOf } from './judgeRoomDocument';

const strict = { participantsMayDeleteProcess: false, participantsMayChangeRoles: false };

function room(): Y.Doc {
  const doc = new Y.Doc();
  writeProcessToYDoc(doc, gallery.sequence3);
  return doc;
}

describe('judgeRoomDocument', () => {
  it('accepts an empty room and a valid process', () => {
    const empty = new Y.Doc();
    expect(judgeRoomDocument(empty, snapshotOf(empty), 'participant', strict).ok).toBe(true);
    const doc = room();
    expect(judgeRoomDocument(doc, snapshotOf(empty), 'participant', strict)).toMatchObject({
      ok: true,
      snapshot: { empty: false, stepCount: 5, valid: true },
    });
  });

  it('refuses an invalid document with the problems’ paths, but not references a merge left dangling', () => {
    const doc = room();
    const before = snapshotOf(doc);
    doc.getMap<Y.Map<unknown>>('records:steps').get('a')!.set('type', 'teleport');
    const verdict = judgeRoomDocument(doc, before, 'facilitator', strict);
    expect(verdict.ok ? null : verdict.refusal).toMatchObject({
      code: 'document.invalid',
      detail: expect.stringContaining('steps[1]'),
    });

    const merged = room();
    merged.getMap<Y.Map<unknown>>('records:steps').get('a')!.set('role', 'gone');
    expect(judgeRoomDocument(merged, before, 'facilitator', strict)).toMatchObject({
      ok: true,
      snapshot: { valid: false },
    });
  });

  it('refuses a participant who empties the process or changes a role, unless the room allows it', () => {
    const doc = room();
    const before = snapshotOf(doc);
    doc.getMap<Y.Map<unknown>>('records:roles').get('clerk')!.set('capacity', 3);
    const refusal = (role: 'participant' | 'facilitator', permissions = strict) => {
      const v = judgeRoomDocument(doc, before, role, permissions);
      return v.ok ? null : v.refusal.code;
    };
    expect(refusal('participant')).toBe('permission.changeRoles');
    expect(refusal('participant', { ...strict, participantsMayChangeRoles: true })).toBeNull();
    expect(refusal('facilitator')).toBeNull();

    const emptied = new Y.Doc();
    expect(judgeRoomDocument(emptied, before, 'participant', strict)).toMatchObject({
      ok: false,
      refusal: { code: 'permission.deleteProcess' },
    });
    expect(judgeRoomDocument(emptied, before, 'facilitator', strict).ok).toBe(true);
  });

  it('refuses a participant who runs the timer or sets the vote budget; the facilitator may', () => {
    const timer = { duration: 300, startedAt: '2026-12-06T14:00:00Z', label: 'Wastes' };
    const verdict = (
      change: (header: Y.Map<unknown>) => void,
      role: 'participant' | 'facilitator',
    ) => {
      const doc = room();
      const before = snapshotOf(doc);
      change(doc.getMap('header'));
      const v = judgeRoomDocument(doc, before, role, strict);
      return v.ok ? null : v.refusal.code;
    };
    const start = (h: Y.Map<unknown>) => h.set('timer', timer);
    const budget = (h: Y.Map<unknown>) => h.set('voteBudget', 3);
    expect(verdict(start, 'participant')).toBe('permission.facilitatorOnly');
    expect(verdict(budget, 'participant')).toBe('permission.facilitatorOnly');
    expect(verdict(start, 'facilitator')).toBeNull();
    expect(verdict(budget, 'facilitator')).toBeNull();
    // other header fields stay open to participants
    expect(verdict((h) => h.set('name', 'Renamed'), 'participant')).toBeNull();

    // pausing or stopping a running timer is refused too; the same timer with its keys in
    // another order is no change
    const running = room();
    running.getMap('header').set('timer', timer);
    const before = snapshotOf(running);
    running
      .getMap('header')
      .set('timer', { label: 'Wastes', startedAt: timer.startedAt, duration: 300 });
    expect(judgeRoomDocument(running, before, 'participant', strict).ok).toBe(true);
    running.getMap('header').set('timer', { ...timer, pausedAt: '2026-12-06T14:01:00Z' });
    expect(judgeRoomDocument(running, before, 'participant', strict)).toMatchObject({
      ok: false,
      refusal: { code: 'permission.facilitatorOnly' },
    });
    running.getMap('header').delete('timer');
    expect(judgeRoomDocument(running, before, 'participant', strict).ok).toBe(false);

    // a participant who fills an empty room brings the process's timer and budget with it
    const filled = room();
    filled.getMap('header').set('voteBudget', 7);
    expect(judgeRoomDocument(filled, snapshotOf(new Y.Doc()), 'participant', strict).ok).toBe(true);
  });

  it('refuses top-level types the room’s shape does not know', () => {
    const doc = room();
    doc.getArray('elsewhere').push(['x']);
    expect(judgeRoomDocument(doc, snapshotOf(new Y.Doc()), 'facilitator', strict)).toMatchObject({
      ok: false,
      refusal: { code: 'update.unknownRoot' },
    });
  });
});

describe('findHostileKey', () => {
  it('finds __proto__, constructor and prototype keys at any depth, and swapped prototypes', () => {
    const doc = room();
    expect(findHostileKey(doc)).toBeNull();
    doc.getMap('records:steps').set('constructor', recordToYMap({ id: 'constructor' }, 9));
    expect(findHostileKey(doc)).toBe('records:steps.constructor');
    doc.getMap('records:steps').delete('constructor');
    expect(findHostileKey(doc)).toBeNull();
    doc
      .getMap<Y.Map<unknown>>('records:steps')
      .get('a')!
      .set('view', { nested: [{ prototype: 1 }] });
    expect(findHostileKey(doc)).toBe('records:steps.a.view.nested[0].prototype');
    doc
      .getMap<Y.Map<unknown>>('records:steps')
      .get('a')!
      .set('view', JSON.parse('{"__proto__":{"x":1}}'));
    expect(findHostileKey(doc)).toBe('records:steps.a.view.__proto__');
  });
});
