import { describe, expect, it } from 'vitest';
import type { EventLog } from '@flowsmith/mining';
import { csvPreview, filteredLog } from './logCommands';
import { createLogStore } from './logStore';

describe('csvPreview', () => {
  it('gives the header and the first five rows', async () => {
    const text = ['id;step;time', ...Array.from({ length: 9 }, (_, i) => `${i};a;2024-01-01`)];
    const { header, rows } = await csvPreview(new Blob([text.join('\n')]));
    expect(header).toEqual(['id', 'step', 'time']);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual(['0', 'a', '2024-01-01']);
  });

  it('reads only whole lines of a large file', async () => {
    const line = `"x, ""quoted""",${'y'.repeat(90)}\n`;
    const blob = new Blob([`a,b\n${line.repeat(2000)}`]);
    const { header, rows } = await csvPreview(blob);
    expect(header).toEqual(['a', 'b']);
    expect(rows.every((r) => r.length === 2 && r[0] === 'x, "quoted"')).toBe(true);
  });
});

describe('filteredLog', () => {
  const log: EventLog = {
    cases: ['a b', 'a c', 'a b'].map((t, i) => ({
      id: `c${i}`,
      attributes: {},
      events: t.split(' ').map((activity, k) => ({ activity, complete: k })),
    })),
    hasStart: false,
    hasRole: false,
    hasResource: false,
    hasTime: true,
  };

  it('is the loaded log with the panel filters applied', () => {
    const panels = { log: createLogStore() };
    expect(filteredLog({ panels } as never)).toBeNull();
    panels.log.setState({ loaded: { name: 'x.csv', log, problems: [], problemCount: 0 } });
    expect(filteredLog({ panels } as never)).toBe(log);
    panels.log.setState({ filter: { variants: [], end: 'c' } });
    expect(filteredLog({ panels } as never)?.cases.map((c) => c.id)).toEqual(['c1']);
  });
});
