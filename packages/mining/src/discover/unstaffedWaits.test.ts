import { describe, expect, it } from 'vitest';
import { logOf } from '../testing/logOf';
import { discoverProcess } from './discoverProcess';

/** `logOf`, with every event but those of `nobody` done by ann (a resource). */
function staffed(nobody: string, ...traces: string[]) {
  const log = logOf(...traces);
  for (const c of log.cases)
    for (const e of c.events) if (e.activity !== nobody) e.resource = 'ann';
  return { ...log, hasResource: true };
}

describe('unstaffedWaits', () => {
  it('makes an activity the log names nobody on a timer that keeps its duration', () => {
    const found = discoverProcess(staffed('b', 'abc', 'abc', 'abc'), { noise: 0 });
    const b = found.document.steps.find((s) => s.name === 'b')!;
    expect(b.type).toBe('timer');
    expect(b.type === 'timer' && b.duration).toEqual({ dist: 'fixed', value: 1, unit: 'min' });
    expect(found.document.steps.filter((s) => s.type === 'task').map((s) => s.name)).toEqual([
      'a',
      'c',
    ]);
    expect(found.document.description).toContain('b: the log names nobody who did this');
  });

  it('keeps every activity a task in a log that names nobody at all', () => {
    const found = discoverProcess(logOf('abc', 'abc'), { noise: 0 });
    expect(found.document.steps.filter((s) => s.type === 'timer')).toEqual([]);
  });

  it('keeps them tasks in a log that names somebody on half of its events or fewer', () => {
    // Only a is done by ann (a third of the events): b and c are work recorded without a name.
    const log = staffed('-', 'abc', 'abc');
    for (const c of log.cases) for (const e of c.events) if (e.activity !== 'a') delete e.resource;
    const found = discoverProcess(log, { noise: 0 });
    expect(found.document.steps.filter((s) => s.type === 'timer')).toEqual([]);
  });
});
