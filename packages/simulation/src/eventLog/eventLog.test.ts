import { describe, it, expect } from 'vitest';
import type { LogEntry } from '../results';
import { eventLogCsv } from './eventLogCsv';
import { eventLogXes } from './eventLogXes';
import { startMoment } from '../calendar/startMoment';

const entries: LogEntry[] = [
  {
    replication: 0,
    caseId: 1,
    step: 'a',
    stepName: '审批, "快速"',
    role: 'clerk',
    ready: 0,
    start: 1.5,
    end: 61.5,
  },
  {
    replication: 0,
    caseId: 1,
    step: 'b',
    stepName: '=HYPERLINK("x")',
    role: '',
    ready: 61.5,
    start: 61.5,
    end: 70,
  },
  {
    replication: 1,
    caseId: 1,
    step: 'c',
    stepName: '<script>&\u0001',
    role: 'r&d',
    ready: 10080,
    start: 10080,
    end: 10081,
  },
];

describe('event logs', () => {
  it('SIM-LOG-1 CSV: one row per execution, quoted where needed, formulas defused, time 0 = Monday', () => {
    const lines = eventLogCsv(entries).split('\r\n');
    expect(lines[0]).toBe(
      'case_id,activity_id,activity,role,ready,start,end,ready_min,start_min,end_min,resource',
    );
    expect(lines[1]).toBe(
      'r0-1,a,"审批, ""快速""",clerk,2024-01-01T00:00:00.000Z,2024-01-01T00:01:30.000Z,2024-01-01T01:01:30.000Z,0,1.5,61.5,',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[3]).toContain('2024-01-08T00:00:00.000Z');
    expect(new Date('2024-01-01').getUTCDay()).toBe(1);
  });

  it('SIM-LOG-2 XES: a trace per case, start and complete events, everything escaped', () => {
    const xes = eventLogXes(entries, 'P <&> "q"');
    expect(xes).toContain('<string key="concept:name" value="P &lt;&amp;&gt; &quot;q&quot;"/>');
    expect(xes.match(/<trace>/g)).toHaveLength(2);
    expect(xes.match(/<event>/g)).toHaveLength(6);
    expect(xes).toContain('value="&lt;script&gt;&amp;"');
    expect(xes).not.toContain('\u0001');
    expect(xes).toContain('<string key="org:resource" value="r&amp;d"/>');
    expect(xes).toContain('<string key="lifecycle:transition" value="complete"/>');
  });

  it('SIM-LOG-3 timestamps count from the start date-time (local time, written with Z)', () => {
    const epoch = startMoment('2025-03-05T08:30')!.epochMs;
    const lines = eventLogCsv(entries, epoch).split('\r\n');
    expect(lines[1]).toContain('2025-03-05T08:30:00.000Z,2025-03-05T08:31:30.000Z');
    expect(lines[1]!.endsWith(',0,1.5,61.5,')).toBe(true);
    expect(eventLogXes(entries, 'p', epoch)).toContain('value="2025-03-12T08:30:00.000Z"');
  });

  it('SIM-LOG-4 who did the work: a resource column, and org:resource is the person', () => {
    const withPerson: LogEntry[] = [{ ...entries[0]!, person: 'ann' }, entries[1]!];
    const lines = eventLogCsv(withPerson).split('\r\n');
    expect(lines[0]!.endsWith(',end_min,resource')).toBe(true);
    expect(lines[1]!.endsWith(',0,1.5,61.5,ann')).toBe(true);
    expect(lines[2]!.endsWith(',61.5,61.5,70,')).toBe(true);
    const xes = eventLogXes(withPerson, 'p');
    expect(xes).toContain('<string key="org:resource" value="ann"/>');
    expect(xes).toContain('<string key="org:role" value="clerk"/>');
    // Without roles there is nobody to name: no resource column.
    const noRoles = entries.map((e) => ({ ...e, role: '' }));
    expect(eventLogCsv(noRoles).split('\r\n')[0]!.endsWith(',end_min')).toBe(true);
  });
});
