import { describe, expect, it } from 'vitest';
import { build, executeCommand } from '@flowsmith/model';
import {
  formatDurationText,
  nextStepsCalls,
  parseDurationText,
  parseRows,
  rowsCall,
} from './tableText';

describe('durations typed in the table', () => {
  it.each([
    ['15', { dist: 'fixed', value: 15, unit: 'min' }],
    ['2 h', { dist: 'fixed', value: 2, unit: 'h' }],
    ['10-15-30', { dist: 'triangular', min: 10, mode: 15, max: 30, unit: 'min' }],
    ['10–20 分钟', { dist: 'uniform', min: 10, max: 20, unit: 'min' }],
    ['~30', { dist: 'exponential', mean: 30, unit: 'min' }],
    ['３ 天', { dist: 'fixed', value: 3, unit: 'd' }],
  ])('reads %s', (text, expected) => {
    expect(parseDurationText(text)).toEqual(expected);
  });
  it.each(['abc', '30-10', '5-3-9', '10 parsecs', '-5'])(
    'refuses %s instead of guessing',
    (text) => {
      expect(parseDurationText(text)).toBeNull();
    },
  );
  it('reads back what it shows for the kinds it can show', () => {
    for (const text of ['15 min', '10-15-30 h', '10-20 s', '~30 d']) {
      expect(formatDurationText(parseDurationText(text)!)).toBe(text);
    }
  });
});

describe('pasting rows from a spreadsheet', () => {
  const doc = build.processOf('p', {
    roles: [build.role('clerk')],
    steps: [build.start('s')],
    flows: [],
  });

  it('adds tasks, missing roles and flows between pasted rows in one call', () => {
    const { rows, problems } = parseRows(
      'Name\tRole\tKind\tDuration\tNext\tValue\n填写\t采购员\tmanual\t10-15-30\t审批\tVA\n审批\tclerk\tapproval\t5\t\tBVA\n',
    );
    expect(problems).toEqual([]);
    const { call, stepIds, unknownNext } = rowsCall(doc, rows);
    expect(unknownNext).toEqual([]);
    const r = executeCommand(doc, call);
    if (!r.ok) throw new Error(r.refusal.message);
    expect(stepIds).toHaveLength(2);
    expect(r.document.roles.map((x) => x.name)).toEqual(['clerk', '采购员']);
    expect(r.document.flows).toEqual([{ id: 'flow-1', from: stepIds[0], to: stepIds[1] }]);
    expect(r.document.steps.find((s) => s.id === stepIds[1])).toMatchObject({
      kind: 'approval',
      role: 'clerk',
      value: 'BVA',
    });
  });

  it('reports bad cells by line instead of dropping them', () => {
    const { problems } = parseRows('a\tclerk\tdance\t5\n\tclerk\n b\t\t\tlots');
    expect(problems).toEqual(['1: kind "dance"', '2: name', '3: duration "lots"']);
  });
});

describe('next steps typed as names', () => {
  const doc = build.processOf('p', {
    steps: [build.task('a', undefined), build.task('b', undefined), build.task('c', undefined)],
    flows: [build.flow('a', 'b')],
  });
  it('connects new names and disconnects dropped ones', () => {
    const r = nextStepsCalls(doc, 'a', ['c']);
    expect(r).toEqual({
      calls: [
        { id: 'flow.disconnect', params: { id: 'a-b' } },
        { id: 'flow.connect', params: { id: 'flow-1', from: 'a', to: 'c' } },
      ],
    });
  });
  it('names the steps it cannot find', () => {
    expect(nextStepsCalls(doc, 'a', ['zzz'])).toEqual({ unknown: ['zzz'] });
  });
});

describe('pasted rows find their lanes', () => {
  it('puts each new role in a row of its own, so each task sits in its lane', async () => {
    const { lanesOf, roleAt } = await import('./lanes');
    const empty = build.processOf('p', { steps: [], flows: [] });
    const { rows } = parseRows('a\tWarehouse\nb\tFinance\nc\tWarehouse\n');
    const r = executeCommand(empty, rowsCall(empty, rows).call);
    if (!r.ok) throw new Error(r.refusal.message);
    const bands = lanesOf(r.document);
    for (const s of r.document.steps) {
      expect(roleAt(bands, s.position!, 'horizontal')).toBe(s.type === 'task' ? s.role : undefined);
    }
  });
});
