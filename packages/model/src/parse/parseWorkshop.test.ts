import { describe, expect, it } from 'vitest';
import { sequence3 } from '../testing/processes';
import { parseProcess } from './parseProcess';

const workshop = {
  notes: [
    { id: 'n1', text: '等太久', author: 'Li', createdAt: '2026-12-06T13:00:00Z', on: 'a' },
    { id: 'n2', text: 'free', colour: 'pink', resolved: true, position: { x: 1, y: 2 } },
  ],
  wasteTags: [{ id: 'w1', step: 'b', waste: 'overProcessing', author: 'Li' }],
  votes: [{ id: 'v1', by: 'Li', on: 'n1' }],
  parkingLot: [{ id: 'p1', text: 'later', done: false }],
  voteBudget: 3,
  timer: { duration: 600, startedAt: '2026-12-06T13:00:00+08:00', label: 'x' },
};

describe('parseProcess: workshop material', () => {
  it('reads every workshop field back unchanged, in canonical order', () => {
    const input = { ...sequence3, ...workshop };
    const result = parseProcess(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).toEqual(input);
    expect(Object.keys(result.document).slice(-6)).toEqual(Object.keys(workshop));
  });

  it('keeps material about an element that is gone (its target is not a checked reference)', () => {
    const result = parseProcess({ ...sequence3, votes: [{ id: 'v', by: 'Li', on: 'gone' }] });
    expect(result.ok).toBe(true);
  });

  it('reports each wrong field with its JSON path, in English and Chinese', () => {
    const bad = {
      ...sequence3,
      notes: [{ id: 'a', text: '', colour: 'black', createdAt: 'today', stuck: 1 }],
      wasteTags: [{ id: 'w', step: 'b', waste: 'laziness' }],
      votes: [{ id: 'v', on: 'a' }],
      voteBudget: 1.5,
      timer: { duration: -1, startedAt: '2026-13-40T00:00:00Z' },
    };
    const en = parseProcess(bad);
    const zh = parseProcess(bad, { lang: 'zh-CN' });
    expect(en.ok || zh.ok).toBe(false);
    if (en.ok || zh.ok) return;
    expect(en.problems.map((p) => [p.path, p.code])).toEqual([
      ['notes[0].stuck', 'field.unknown'],
      ['notes[0].text', 'text.empty'],
      ['notes[0].createdAt', 'datetime.syntax'],
      ['notes[0].colour', 'field.enum'],
      ['notes[0].id', 'id.duplicate'],
      ['wasteTags[0].waste', 'field.enum'],
      ['votes[0]', 'field.required'],
      ['voteBudget', 'number.positiveInteger'],
      ['timer.duration', 'number.positive'],
      ['timer.startedAt', 'datetime.syntax'],
    ]);
    expect(zh.problems[0]!.message).toContain('便签');
    expect(zh.problems[2]!.message).toContain('ISO 8601 格式');
  });
});
