import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { analyze } from '../analyze';
import { formatReport } from '../formatReport';
import { estimateExcludes, formatExcludes, simulationDifference } from './estimateExcludes';

const { processOf, task, flow, fixed } = build;

describe('what the estimate leaves out', () => {
  it('nothing for a plain process: no line in the report, no field in the result', () => {
    expect(estimateExcludes(gallery.mm1)).toEqual([]);
    const result = analyze(gallery.mm1);
    expect(result.excludes).toBeUndefined();
    expect(formatReport(gallery.mm1, result)).not.toMatch(/excludes/);
  });

  it('names priorities, shared people, case data, batches, terminate', () => {
    const doc = processOf('all', {
      calendars: [{ id: 'office', week: [{ days: ['mon'], from: '09:00', to: '17:00' }] }],
      roles: [
        { id: 'a', name: 'a', queue: 'priority', members: [{ id: 'ann' }] },
        { id: 'b', name: 'b', members: [{ id: 'ann' }, { id: 'bo' }] },
      ],
      steps: [
        {
          id: 'start',
          type: 'start',
          name: 'start',
          arrival: { interarrival: fixed(60), calendar: 'office', rule: 'wallClock' },
        },
        task('t', 'a', fixed(5), { sets: { approved: true }, batch: { size: 3 } }),
        { id: 'end', type: 'end', name: 'end', terminate: true },
      ],
      flows: [flow('start', 't'), flow('t', 'end')],
    });
    expect(estimateExcludes(doc)).toEqual([
      'priorities',
      'shared-people',
      'case-data',
      'batch',
      'terminate',
    ]);
    const result = analyze(doc);
    expect(formatReport(doc, result)).toMatch(/The estimate excludes: case priorities/);
    expect(formatReport(doc, result, 'zh-CN')).toMatch(/估算未包含：案例优先级/);
    expect(formatExcludes([], 'en')).toBe('');
  });

  it('says by how much a simulation differs from the estimate', () => {
    expect(simulationDifference(100, 112)).toBeCloseTo(0.12, 12);
    expect(simulationDifference(100, undefined)).toBeNull();
    expect(simulationDifference(Infinity, 10)).toBeNull();
  });
});
