import { describe, expect, it } from 'vitest';
import { directlyFollows, type EventLog } from '@flowsmith/mining';
import {
  deviationMarks,
  figureMarks,
  formatMinutes,
  percent,
  rankActivities,
  toLogFilter,
} from './logView';

const log = (traces: string[][]): EventLog => ({
  cases: traces.map((t, i) => ({
    id: `c${i}`,
    attributes: {},
    events: t.map((activity, k) => ({ activity, complete: i * 1e6 + k * 60_000 })),
  })),
  hasStart: false,
  hasRole: false,
  hasResource: false,
  hasTime: true,
});

describe('toLogFilter', () => {
  it('is null when nothing is filtered', () => {
    expect(toLogFilter({ variants: [] })).toBeNull();
  });
  it('turns the panel filter into the package filter', () => {
    expect(
      toLogFilter({ variants: [['a', 'b']], start: 'a', end: 'b', from: '2024-03-01T00:00Z' }),
    ).toEqual({
      window: 'intersecting',
      variants: [['a', 'b']],
      startActivities: ['a'],
      endActivities: ['b'],
      from: Date.UTC(2024, 2, 1),
    });
  });
  it('ignores a time it cannot read', () => {
    expect(toLogFilter({ variants: [], to: 'soon' })).toBeNull();
  });
});

describe('formatMinutes and percent', () => {
  it('picks the unit', () => {
    expect(formatMinutes(45, 'en')).toBe('45 min');
    expect(formatMinutes(90, 'en')).toBe('1.5 h');
    expect(formatMinutes(3 * 1440, 'zh-CN')).toBe('3 天');
    expect(formatMinutes(NaN, 'en')).toBe('–');
    expect(percent(0.1234)).toBe('12.3%');
  });
});

describe('rankActivities', () => {
  it('ranks along the flow and leaves loops out of the ranks', () => {
    const dfg = directlyFollows(
      log([
        ['register', 'check', 'approve', 'file'],
        ['register', 'check', 'reject', 'file'],
        ['register', 'check', 'ask', 'check', 'approve', 'file'],
      ]),
    );
    const rank = Object.fromEntries(rankActivities(dfg).map((p) => [p.name, p.rank]));
    expect(rank.register).toBe(0);
    expect(rank.check).toBe(1);
    expect(rank.approve).toBe(2);
    expect(rank.ask).toBe(2);
    expect(rank.file).toBe(3);
    const slots = rankActivities(dfg)
      .filter((p) => p.rank === 2)
      .map((p) => p.slot);
    expect(slots.sort()).toEqual([0, 1, 2]);
  });
});

describe('deviationMarks', () => {
  it('groups deviations by step and leaves out those not in the map', () => {
    const marks = deviationMarks({
      fitness: 0.9,
      precision: 0.8,
      cases: 10,
      fittingCases: 7,
      deviations: [
        { kind: 'skipped', step: 's1', activity: 'Check', cases: 2 },
        { kind: 'outOfOrder', step: 's1', activity: 'Check', cases: 1 },
        { kind: 'notInMap', activity: 'Rush', cases: 3 },
      ],
    });
    expect([...marks]).toEqual([['s1', { kinds: ['skipped', 'outOfOrder'], cases: 3 }]]);
  });
});

describe('figureMarks', () => {
  it('groups the figure findings by the step they are about', () => {
    const marks = figureMarks([
      { kind: 'duration', step: 't1', name: 'Check', drawn: 10, data: 20, measure: 'touch' },
      { kind: 'probability', step: 'g1', flow: 'f1', name: 'Check', drawn: 0.5, data: 0.8 },
      { kind: 'probability', step: 'g1', flow: 'f2', name: 'Rush', drawn: 0.5, data: 0.2 },
    ]);
    expect([...marks].map(([step, f]) => [step, f.length])).toEqual([
      ['t1', 1],
      ['g1', 2],
    ]);
  });
});
