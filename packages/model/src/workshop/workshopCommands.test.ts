import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands/executeCommand';
import { expectRefusal, expectRoundTrip } from '../commands/expectRoundTrip';
import { parseProcess } from '../parse/parseProcess';
import { sequence3 } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import type { CommandCall } from '../commands/commandRegistry';
import { rankVotes, timerRemaining, votesLeft, wasteTagId } from './workshopQueries';

const NOW = '2026-12-06T13:00:00.000Z';

function run(doc: ProcessDocument, ...calls: CommandCall[]): ProcessDocument {
  for (const call of calls) doc = expectRoundTrip(doc, call).document;
  const parsed = parseProcess(doc);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  return doc;
}

describe('notes', () => {
  it('adds a note to a step, a flow, a role and free; updates, resolves and removes it', () => {
    const flow = sequence3.flows[0]!.id;
    let doc = run(
      sequence3,
      { id: 'note.add', params: { note: { id: 'n1', text: '等太久', on: 'a', author: 'Li' } } },
      { id: 'note.add', params: { note: { id: 'n2', text: 'lost mail', on: flow } } },
      { id: 'note.add', params: { note: { id: 'n3', text: 'busy', on: 'clerk', colour: 'pink' } } },
      {
        id: 'note.add',
        params: { note: { id: 'n4', text: 'free', position: { x: 10, y: 20 }, createdAt: NOW } },
      },
      { id: 'note.update', params: { id: 'n1', changes: { text: 'waits', colour: 'blue' } } },
      { id: 'note.resolve', params: { id: 'n2' } },
    );
    expect(doc.notes!.map((n) => [n.id, n.on, n.resolved])).toEqual([
      ['n1', 'a', undefined],
      ['n2', flow, true],
      ['n3', 'clerk', undefined],
      ['n4', undefined, undefined],
    ]);
    doc = run(doc, { id: 'note.update', params: { id: 'n1', changes: { on: null } } });
    expect(doc.notes![0]!.on).toBeUndefined();
    doc = run(
      doc,
      { id: 'vote.cast', params: { id: 'v1', by: 'Li', on: 'n4' } },
      { id: 'note.remove', params: { id: 'n4' } },
    );
    expect(doc.votes).toBeUndefined();
    expect(doc.notes).toHaveLength(3);
  });

  it('refuses an empty text, an unknown target or note, a bad colour', () => {
    expectRefusal(
      sequence3,
      { id: 'note.add', params: { note: { id: 'n', text: ' ' } } },
      'note.empty',
    );
    expectRefusal(
      sequence3,
      { id: 'note.add', params: { note: { id: 'n', text: 'x', on: 'nowhere' } } },
      'note.target',
      'nowhere',
    );
    expectRefusal(sequence3, { id: 'note.resolve', params: { id: 'zz' } }, 'note.unknown', 'zz');
    expectRefusal(
      sequence3,
      { id: 'note.add', params: { note: { id: 'a', text: 'x' } } },
      'id.duplicate',
    );
    const bad = { id: 'n', text: 'x', colour: 'black' } as never;
    expect(executeCommand(sequence3, { id: 'note.add', params: { note: bad } })).toMatchObject({
      ok: false,
      refusal: { code: 'value.invalid' },
    });
  });
});

describe('waste tags', () => {
  it('tags and untags a step, once per waste', () => {
    const id = wasteTagId('b', 'waiting');
    const doc = run(sequence3, { id: 'waste.tag', params: { id, step: 'b', waste: 'waiting' } });
    expect(doc.wasteTags).toEqual([{ id: 'waste.b.waiting', step: 'b', waste: 'waiting' }]);
    expectRefusal(
      doc,
      { id: 'waste.tag', params: { id: 'other', step: 'b', waste: 'waiting' } },
      'waste.tagged',
    );
    expectRefusal(
      doc,
      { id: 'waste.tag', params: { id: 'x', step: 'b', waste: 'nap' as never } },
      'waste.kind',
      'nap',
    );
    expectRefusal(
      doc,
      { id: 'waste.untag', params: { step: 'a', waste: 'waiting' } },
      'waste.notTagged',
    );
    const untagged = run(doc, { id: 'waste.untag', params: { step: 'b', waste: 'waiting' } });
    expect(untagged.wasteTags).toBeUndefined();
  });
});

describe('dot votes', () => {
  it('keeps each participant within the budget, retracts and ranks', () => {
    let doc = run(sequence3, { id: 'vote.budget', params: { budget: 2 } });
    doc = run(
      doc,
      { id: 'vote.cast', params: { id: 'v1', by: 'Li', on: 'b' } },
      { id: 'vote.cast', params: { id: 'v2', by: 'Li', on: 'b' } },
      { id: 'vote.cast', params: { id: 'v3', by: 'Ann', on: 'a' } },
    );
    expect(votesLeft(doc, 'Li')).toBe(0);
    expectRefusal(
      doc,
      { id: 'vote.cast', params: { id: 'v4', by: 'Li', on: 'a' } },
      'vote.overBudget',
      'Li',
    );
    expect(rankVotes(doc)).toEqual([
      { on: 'b', kind: 'step', votes: 2, voters: [{ by: 'Li', votes: 2 }] },
      { on: 'a', kind: 'step', votes: 1, voters: [{ by: 'Ann', votes: 1 }] },
    ]);
    doc = run(doc, { id: 'vote.retract', params: { by: 'Li', on: 'b' } });
    expect(doc.votes!.map((v) => v.id)).toEqual(['v1', 'v3']);
    expectRefusal(doc, { id: 'vote.retract', params: { by: 'Ann', on: 'b' } }, 'vote.none');
    expectRefusal(doc, { id: 'vote.cast', params: { id: 'v5', by: 'Li', on: 'q' } }, 'vote.target');
    expectRefusal(doc, { id: 'vote.cast', params: { id: 'v5', by: '', on: 'a' } }, 'vote.voter');
    expectRefusal(doc, { id: 'vote.budget', params: { budget: 0 } }, 'vote.budget');
    doc = run(doc, { id: 'votes.clear', params: { by: 'Ann' } });
    expect(doc.votes!.map((v) => v.id)).toEqual(['v1']);
    doc = run(doc, { id: 'votes.clear', params: {} });
    expect(doc.votes).toBeUndefined();
  });

  it('leaves votes for a removed step out of the ranking but in the budget', () => {
    let doc = run(sequence3, { id: 'vote.cast', params: { id: 'v1', by: 'Li', on: 'b' } });
    doc = run(doc, { id: 'steps.remove', params: { ids: ['b'] } });
    expect(rankVotes(doc)).toEqual([]);
    expect(votesLeft(doc, 'Li')).toBe(4);
  });
});

describe('timer', () => {
  it('starts, pauses, resumes and stops; the time left follows', () => {
    let doc = run(sequence3, {
      id: 'timer.start',
      params: { duration: 300, now: NOW, label: 'Brainstorm' },
    });
    expect(timerRemaining(doc.timer!, Date.parse(NOW) + 60_000)).toBe(240);
    doc = run(doc, { id: 'timer.pause', params: { now: '2026-12-06T13:01:00.000Z' } });
    expect(timerRemaining(doc.timer!, Date.parse(NOW) + 3_600_000)).toBe(240);
    expectRefusal(doc, { id: 'timer.pause', params: { now: NOW } }, 'timer.paused');
    doc = run(doc, { id: 'timer.resume', params: { now: '2026-12-06T13:11:00.000Z' } });
    expect(doc.timer).toEqual({
      duration: 300,
      startedAt: '2026-12-06T13:10:00.000Z',
      label: 'Brainstorm',
    });
    expect(timerRemaining(doc.timer!, Date.parse('2026-12-06T13:12:00.000Z'))).toBe(180);
    expectRefusal(doc, { id: 'timer.resume', params: { now: NOW } }, 'timer.notPaused');
    doc = run(doc, { id: 'timer.stop', params: {} });
    expect(doc.timer).toBeUndefined();
    expectRefusal(doc, { id: 'timer.stop', params: {} }, 'timer.none');
    expectRefusal(doc, { id: 'timer.start', params: { duration: 0, now: NOW } }, 'timer.duration');
    expectRefusal(doc, { id: 'timer.start', params: { duration: 5, now: 'soon' } }, 'timer.time');
  });
});

describe('parking lot', () => {
  it('adds, marks done and removes an item', () => {
    let doc = run(sequence3, {
      id: 'parking.add',
      params: { item: { id: 'p1', text: 'ERP licence', author: 'Li', createdAt: NOW } },
    });
    doc = run(doc, { id: 'parking.update', params: { id: 'p1', changes: { done: true } } });
    expect(doc.parkingLot).toEqual([
      { id: 'p1', text: 'ERP licence', author: 'Li', createdAt: NOW, done: true },
    ]);
    expectRefusal(
      doc,
      { id: 'parking.update', params: { id: 'p1', changes: { text: '' } } },
      'parking.empty',
    );
    expectRefusal(doc, { id: 'parking.remove', params: { id: 'p9' } }, 'parking.unknown');
    doc = run(doc, { id: 'parking.remove', params: { id: 'p1' } });
    expect(doc.parkingLot).toBeUndefined();
  });
});
