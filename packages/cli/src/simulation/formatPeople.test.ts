import { writeFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { estimate, type Comparison, type SimulationSummary } from '@flowsmith/simulation';
import { runCapture } from '../testing/runCapture';
import { jsonResult } from '../testing/jsonResult';
import { tempDir } from '../testing/tempDir';
import { formatComparison } from './formatComparison';
import { rolesOfPeople } from './formatPeople';
import { formatSummary } from './formatSummary';
import { displayWidth, table } from './formatTable';

const { file } = tempDir('people');

/** Two clerks, one of whom (ann) also works as the expert: a shared pool. */
const pool: ProcessDocument = build.processOf('pool', {
  roles: [
    { ...build.role('clerk', 2, 60), members: [{ id: 'ann', speed: 2 }, { id: 'bob' }] },
    { ...build.role('expert', 1, 90), members: [{ id: 'ann' }] },
  ],
  steps: [
    build.start('start', 10),
    build.task('register', 'clerk', 8),
    build.task('assess', 'expert', 3),
    build.end(),
  ],
  flows: build.chain('start', 'register', 'assess', 'end'),
});

/** A summary with only what the tables read; the people's intervals from three replications. */
function summary(people: SimulationSummary['people']): SimulationSummary {
  const metrics: SimulationSummary['metrics'] = {
    'roles.clerk.utilization': estimate([0.5, 0.6, 0.7]),
    'people.ann.utilization': estimate([0.8, 0.9, 1]),
    'people.bob.utilization': estimate([0.3, 0.3, 0.3]),
  };
  const series = { binWidth: 60, values: [] };
  return {
    replications: 3,
    seed: 1,
    cases: 300,
    unfinished: 0,
    events: 1000,
    cycleTime: { mean: 10, p50: 9, p90: 15, p95: 18, max: 30, ci95: [9, 11] },
    waitingTime: 2,
    workingTime: 8,
    costPerCase: 8,
    slaBreachRate: 0,
    throughputPerHour: 6,
    wip: { mean: 1, max: 4, series },
    steps: {},
    roles: { clerk: { utilization: 0.6, queueMean: 1, queueMax: 3, queue: series, busy: series } },
    ...(people === undefined ? {} : { people }),
    metrics,
  };
}

describe('the People table of flowsmith simulate', () => {
  it('lists each person after the roles with the roles it works in and utilisation ± half-width', () => {
    const text = formatSummary(
      'pool',
      summary({ ann: { utilization: 0.9, busy: 500 }, bob: { utilization: 0.3, busy: 200 } }),
      'en',
      pool,
    );
    const lines = text.split('\n');
    const at = lines.indexOf('Person  role(s)            utilisation');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith('clerk')));
    expect(lines.slice(at + 1, at + 3)).toEqual([
      'ann     clerk, expert  90.0 % ± 24.8 %',
      'bob     clerk           30.0 % ± 0.0 %',
    ]);
  });

  it('says it in zh-CN, shows — for the roles without the document, and no table without people', () => {
    const people = { ann: { utilization: 0.9, busy: 500 } };
    const zh = formatSummary('pool', summary(people), 'zh-CN');
    expect(zh).toContain('\n人员  所属角色           利用率\nann   —         90.0 % ± 24.8 %\n');
    expect(formatSummary('pool', summary(undefined), 'en', pool)).not.toContain('Person');
  });

  it('rolesOfPeople names each person once per role, in document order', () => {
    expect([...rolesOfPeople(pool)]).toEqual([
      ['ann', ['clerk', 'expert']],
      ['bob', ['clerk']],
    ]);
  });

  it('compare lists the people after the roles', () => {
    const delta = { mean: 0.1, halfWidth: 0.05, ci95: [0.05, 0.15] as [number, number] };
    const metric = { asIs: 0.5, toBe: 0.6, delta, relative: 0.2, significant: true };
    const c = {
      asIs: summary(undefined),
      toBe: summary(undefined),
      pairs: 3,
      metrics: { 'people.ann.utilization': metric, 'roles.clerk.utilization': metric },
    } as unknown as Comparison;
    const text = formatComparison('a', 'b', c, 'en');
    expect(text.indexOf('roles.clerk.utilization')).toBeGreaterThan(0);
    expect(text.indexOf('people.ann.utilization')).toBeGreaterThan(
      text.indexOf('roles.clerk.utilization'),
    );
    expect(text).toMatch(/people\.ann\.utilization +50\.0 % +60\.0 % +\+10\.0 pp ± 5\.0 pp \*/);
  });
});

describe('flowsmith simulate of roles with members', () => {
  beforeAll(() => writeFile(file('pool.flow.json'), JSON.stringify(pool)));

  it('prints the People table in the text output, and people in the JSON', async () => {
    const flags = ['--cases', '300', '--replications', '2', '--workers', '1'];
    const text = await runCapture('simulate', file('pool.flow.json'), ...flags, '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\nPerson +role\(s\) +utilisation\nann +clerk, expert +\d/);
    expect(text.stdout).toMatch(/\nbob +clerk +\d/);
    const json = await runCapture('simulate', file('pool.flow.json'), ...flags, '--json');
    const people = jsonResult<{ people: Record<string, { utilization: number }> }>(json).people;
    expect(Object.keys(people)).toEqual(['ann', 'bob']);
  });
});

describe('the step and role rows of flowsmith simulate', () => {
  const step = { count: 10, waitMean: 1, serviceMean: 2, slaBreachRate: 0 };
  const steps = { 'sid-4B24': step, 'sid-D048': step, 'sid-9F00': step, 'sid-1234': step };
  const doc = {
    roles: [{ id: 'clerk', name: '办事员' }],
    steps: [
      { id: 'sid-4B24', type: 'task', name: 'Check credit history' },
      { id: 'sid-D048', type: 'task', name: 'Review' },
      { id: 'sid-9F00', type: 'task', name: 'Review' },
      { id: 'sid-1234', type: 'task', name: '' },
    ],
  } as const satisfies Pick<ProcessDocument, 'roles' | 'steps'>;

  it('names steps and roles by their names, by id where a name is missing or shared', () => {
    const text = formatSummary('credit', { ...summary(undefined), steps }, 'en', doc);
    expect(text).toMatch(/\nCheck credit history +10 /);
    expect(text).toMatch(/\nsid-D048 +10 /);
    expect(text).toMatch(/\nsid-9F00 +10 /);
    expect(text).toMatch(/\nsid-1234 +10 /);
    expect(text).toMatch(/\n办事员 +60\.0 %/);
    expect(text).not.toContain('Review');
  });
});

describe('tables in Chinese', () => {
  it('line up by terminal columns: a Chinese character takes two', () => {
    expect(displayWidth('利用率 5 %')).toBe(10);
    const [head, row] = table([
      ['角色', '利用率'],
      ['clerk', '25.3 %'],
    ]);
    expect(head).toBe('角色   利用率');
    expect(row).toBe('clerk  25.3 %');
  });
});
