import { describe, expect, it } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { casesInBoth, simulatedCaseTimeline } from './simulatedCaseTimeline';
import { typicalCaseTimeline } from './typicalCaseTimeline';

const { chain, end, flow, gate, processOf, role, start, task, fixed } = build;

describe('typicalCaseTimeline', () => {
  it('lays a sequence end to end, waiting before working, all on the critical path', () => {
    const t = typicalCaseTimeline(gallery.sequence3);
    expect(t.bars.map((b) => b.step)).toEqual(['a', 'b', 'c']);
    for (let i = 1; i < t.bars.length; i++)
      expect(t.bars[i]!.start).toBeCloseTo(t.bars[i - 1]!.end, 9);
    for (const b of t.bars) expect(b.workStart).toBeGreaterThanOrEqual(b.start);
    expect(t.bars.every((b) => b.critical)).toBe(true);
    expect(t.roles).toEqual(['clerk']);
  });

  it('takes the likelier branch, runs parallel branches side by side and marks the longer one critical', () => {
    const doc = processOf('p', {
      roles: [role('x'), role('y')],
      steps: [
        start('start'),
        gate('g', 'xor'),
        task('rare', 'x', fixed(5)),
        task('usual', 'x', fixed(5)),
        gate('m', 'xor'),
        gate('fork', 'and'),
        task('long', 'x', fixed(30)),
        task('short', 'y', fixed(10)),
        gate('join', 'and'),
        end(),
      ],
      flows: [
        flow('start', 'g'),
        flow('g', 'rare', { probability: 0.2 }),
        flow('g', 'usual', { probability: 0.8 }),
        flow('rare', 'm'),
        flow('usual', 'm'),
        ...chain('m', 'fork'),
        flow('fork', 'long'),
        flow('fork', 'short'),
        flow('long', 'join'),
        flow('short', 'join'),
        ...chain('join', 'end'),
      ],
    });
    const t = typicalCaseTimeline(doc);
    const by = Object.fromEntries(t.bars.map((b) => [b.step, b]));
    expect(by.rare).toBeUndefined();
    expect(by.long!.start).toBe(by.short!.start);
    expect(by.long!.critical).toBe(true);
    expect(by.short!.critical).toBe(false);
    expect(t.end).toBe(35);
    expect(t.roles).toEqual(['x', 'y']);
  });

  it('does not loop on a rework flow', () => {
    const t = typicalCaseTimeline(gallery.reworkLoop);
    expect(new Set(t.bars.map((b) => b.step)).size).toBe(t.bars.length);
  });
});

describe('simulatedCaseTimeline', () => {
  it('makes times relative to the case and follows the step that ended when the next was ready', () => {
    const log = [
      { caseId: 7, step: 'a', stepName: 'A', role: 'clerk', ready: 100, start: 104, end: 110 },
      { caseId: 7, step: 'b', stepName: 'B', role: 'clerk', ready: 110, start: 110, end: 120 },
      { caseId: 7, step: 'w', stepName: 'W', role: '', ready: 110, start: 110, end: 112 },
      { caseId: 8, step: 'a', stepName: 'A', role: 'clerk', ready: 0, start: 0, end: 1 },
    ];
    const t = simulatedCaseTimeline(gallery.sequence3, log, 7);
    expect(t.bars.map((b) => [b.step, b.start, b.workStart, b.end, b.critical])).toEqual([
      ['a', 0, 4, 10, true],
      ['w', 10, 10, 12, false],
      ['b', 10, 10, 20, true],
    ]);
    expect(t.roles).toEqual(['clerk', null]);
    expect(simulatedCaseTimeline(gallery.sequence3, log, 99).bars).toEqual([]);
    // Only cases in both logs, shortest first.
    expect(casesInBoth(log, log.slice(0, 2))).toEqual([7]);
    expect(casesInBoth(log, log)).toEqual([8, 7]);
  });
});
