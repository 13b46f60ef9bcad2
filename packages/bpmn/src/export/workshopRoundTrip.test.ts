import { describe, expect, it } from 'vitest';
import { gallery, parseProcess, type ProcessDocument } from '@flowsmith/model';
import { importBpmn } from '../import/importBpmn';
import { exportBpmn } from './exportBpmn';

/** Sequence3 with every kind of workshop material (issue 15). */
const workshop: ProcessDocument = {
  ...gallery.sequence3,
  notes: [
    { id: 'n1', text: '等太久 <审批>', author: '王芳', createdAt: '2026-12-06T13:00:00Z', on: 'a' },
    { id: 'n2', text: 'lost & found', on: gallery.sequence3.flows[1]!.id, colour: 'blue' },
    { id: 'n3', text: 'lane', on: 'clerk', resolved: true },
    { id: 'n4', text: 'free', colour: 'pink', position: { x: 12.5, y: -40 } },
  ],
  wasteTags: [
    { id: 'waste.b.waiting', step: 'b', waste: 'waiting', author: 'Li' },
    { id: 'waste.b.unclearDuty', step: 'b', waste: 'unclearDuty' },
  ],
  votes: [
    { id: 'v1', by: '王芳', on: 'b' },
    { id: 'v2', by: 'Li', on: 'n1' },
  ],
  parkingLot: [{ id: 'p1', text: 'ERP 许可证', done: true }],
  voteBudget: 3,
  timer: {
    duration: 300,
    startedAt: '2026-12-06T13:00:00.000Z',
    pausedAt: '2026-12-06T13:02:00.000Z',
  },
};

describe('BPMN round trip of workshop material', () => {
  it('keeps notes, waste tags, votes, the parking lot, the budget and the timer', async () => {
    expect(parseProcess(workshop).ok).toBe(true);
    const xml = await exportBpmn(workshop);
    expect(xml).toContain('flowsmith:document');
    const back = await importBpmn(xml);
    expect(back.documents[0]).toEqual(workshop);
    expect(parseProcess(back.documents[0]).ok).toBe(true);
  });
});
