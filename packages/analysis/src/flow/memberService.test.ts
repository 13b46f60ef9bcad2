import { describe, it, expect } from 'vitest';
import { build } from '@flowsmith/model';
import { computeFigures } from './computeMetrics';

const { processOf, start, end, task, flow, fixed } = build;

/** Two clerks, one twice as fast and dearer, one with her own duration for the task. */
function twoClerks() {
  return processOf('people', {
    roles: [
      {
        id: 'clerk',
        name: 'clerk',
        costPerHour: 60,
        members: [
          { id: 'ann', speed: 2, costPerHour: 120 },
          { id: 'bo', durations: { check: fixed(30) } },
        ],
      },
    ],
    steps: [start('start', 20), task('check', 'clerk', fixed(10)), end()],
    flows: [flow('start', 'check'), flow('check', 'end')],
  });
}

describe('members and speeds in the estimate', () => {
  it('capacity is the number of people; work shared in proportion to speed', () => {
    const { metrics } = computeFigures(twoClerks());
    // Ann (speed 2) takes two pieces of work for each of Bo's: 10 / 2 = 5 min at 120/h; Bo his
    // own 30 min at the role's 60/h. Mean (2 · 5 + 30) / 3, cost (2 · 10 + 30) / 3.
    expect(metrics.steps.check!.serviceMean).toBeCloseTo((2 * 5 + 30) / 3, 12);
    expect(metrics.roles.clerk!.capacity).toBe(2);
    expect(metrics.roles.clerk!.utilization).toBeCloseTo(40 / 3 / 20 / 2, 12);
    expect(metrics.costPerCase).toBeCloseTo((2 * 10 + 30) / 3, 12);
  });

  it('a member on a calendar of his own lowers the role’s availability', () => {
    const doc = twoClerks();
    doc.calendars = [
      {
        id: 'am',
        week: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '12:00' },
        ],
      },
    ];
    doc.roles[0]!.members![1]!.calendar = 'am';
    const { metrics } = computeFigures(doc);
    expect(metrics.roles.clerk!.availability).toBeCloseTo(0.75, 12);
  });
});

describe('adding capacity to a role of named people', () => {
  it('adds people (their number is the capacity), and the model takes it', async () => {
    const { analyze } = await import('../analyze');
    const { applySuggestion } = await import('../suggestions/applySuggestion');
    const doc = twoClerks();
    doc.steps[0] = start('start', 6); // 13.3 min of work every 6 min: two people are too few
    const f = analyze(doc).findings.find((x) => x.kind === 'overload')!;
    const add = f.suggestions.find((s) => s.move === 'add-capacity')!;
    const changes = (add.commands[0]!.params as { changes: { members?: unknown[] } }).changes;
    expect(changes.members!.length).toBeGreaterThanOrEqual(3);
    const applied = applySuggestion(doc, add);
    expect(applied.ok).toBe(true);
    if (applied.ok) {
      const { metrics } = computeFigures(applied.document);
      expect(metrics.roles.clerk!.utilization).toBeLessThan(1);
    }
  });
});
