import { describe, expect, it } from 'vitest';
import { logOf } from '../testing/logOf';
import { directlyFollows, simplifyFollows } from './directlyFollows';
import { filterLog } from './filterLog';
import { logStats } from './logStats';
import { variants } from './variants';

// c0 abd, c1 abd, c2 acd, c3 abbd; one minute between events.
const log = logOf('abd', 'abd', 'acd', 'abbd');
log.cases[2]!.attributes.channel = 'phone';

describe('exploring a log', () => {
  it('lists variants by frequency with their durations', () => {
    const v = variants(log);
    expect(v.map((x) => [x.activities.join(''), x.count])).toEqual([
      ['abd', 2],
      ['abbd', 1],
      ['acd', 1],
    ]);
    expect(v[0]).toMatchObject({ share: 0.5, meanMinutes: 2, medianMinutes: 2 });
  });

  it('builds the directly-follows graph with counts and times', () => {
    const g = directlyFollows(log);
    expect(g.arcs.find((a) => a.from === 'a' && a.to === 'b')).toMatchObject({
      count: 3,
      meanMinutes: 1,
      medianMinutes: 1,
    });
    expect(g.starts.a).toBe(4);
    expect(g.ends.d).toBe(4);
    expect(g.activities.find((a) => a.name === 'b')).toMatchObject({ count: 4, cases: 3 });
  });

  it('keeps the most frequent activities and paths, nothing left unconnected', () => {
    const g = simplifyFollows(directlyFollows(log), 0.75, 0);
    expect(g.activities.map((a) => a.name).sort()).toEqual(['a', 'b', 'd']);
    expect(g.arcs.map((a) => `${a.from}${a.to}`).sort()).toEqual(['ab', 'bd']);
  });

  it('filters by variant, attribute, start and end activity and time window', () => {
    expect(filterLog(log, { variants: [['a', 'c', 'd']] }).cases.map((c) => c.id)).toEqual(['c2']);
    expect(filterLog(log, { attribute: { key: 'channel', values: ['phone'] } }).cases).toHaveLength(
      1,
    );
    expect(filterLog(log, { attribute: { key: '__proto__', values: ['x'] } }).cases).toHaveLength(
      0,
    );
    expect(filterLog(log, { endActivities: ['b'] }).cases).toHaveLength(0);
    expect(filterLog(log, { startActivities: ['a'] }).cases).toHaveLength(4);
    expect(filterLog(log, { from: 0, to: 2 * 60_000 }).cases).toHaveLength(3);
    expect(filterLog(log, { from: 150_000, window: 'intersecting' }).cases).toHaveLength(1);
  });

  it('summarises a log, an empty one too', () => {
    expect(logStats(log)).toMatchObject({ cases: 4, events: 13, activities: 4, variants: 3 });
    expect(logStats(logOf())).toMatchObject({ cases: 0, events: 0, variants: 0 });
  });
});
