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

  it('shows the newer kinds, a shift and bounds rather than hiding them', () => {
    expect(formatDurationText({ dist: 'gamma', shape: 2.5, scale: 4, shift: 3 })).toBe(
      'Gamma(2.5, 4) min shift 3',
    );
    expect(
      formatDurationText({ dist: 'exponential', mean: 5, bounds: { min: 2.5, max: 25 } }),
    ).toBe('~5 min [2.5-25]');
    expect(formatDurationText({ dist: 'empirical', values: [1, 2], unit: 's' })).toBe(
      'Empirical(1, 2) s',
    );
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

  it('reports bad cells by line and column instead of dropping them', () => {
    const { problems } = parseRows(
      'a\tclerk\tdance\t5\n\tclerk\n b\t\t\tlots\nc\t\t人工\t\t\t有用',
    );
    expect(problems).toEqual([
      { line: 1, column: 'kind', text: 'dance', reason: 'unknown' },
      { line: 2, column: 'name', text: '', reason: 'empty' },
      { line: 3, column: 'duration', text: 'lots', reason: 'unknown' },
      { line: 4, column: 'value', text: '有用', reason: 'unknown' },
    ]);
  });

  it.each([
    ['人工', 'manual'],
    ['审批', 'approval'],
    ['审核', 'review'],
    ['系统', 'system'],
    ['Manual', 'manual'],
    ['approval', 'approval'],
    ['REVIEW', 'review'],
    ['system', 'system'],
  ])('reads the kind %s', (word, kind) => {
    const { rows, problems } = parseRows(`a\t\t${word}`);
    expect(problems).toEqual([]);
    expect(rows[0]!.kind).toBe(kind);
  });

  it.each([
    ['增值', 'VA'],
    ['必要非增值', 'BVA'],
    ['非增值', 'NVA'],
    ['VA', 'VA'],
    ['bva', 'BVA'],
    ['NVA', 'NVA'],
    ['value-adding', 'VA'],
    ['business-value-adding', 'BVA'],
    ['non-value-adding', 'NVA'],
    ['BVA — 业务必需', 'BVA'],
    ['NVA — non-value-adding', 'NVA'],
  ])('reads the value %s', (word, value) => {
    const { rows, problems } = parseRows(`a\t\t\t\t\t${word}`);
    expect(problems).toEqual([]);
    expect(rows[0]!.value).toBe(value);
  });

  it.each([
    ['30分钟', { dist: 'fixed', value: 30, unit: 'min' }],
    ['2小时', { dist: 'fixed', value: 2, unit: 'h' }],
    ['1天', { dist: 'fixed', value: 1, unit: 'd' }],
    ['30 min', { dist: 'fixed', value: 30, unit: 'min' }],
    ['2 hours', { dist: 'fixed', value: 2, unit: 'h' }],
  ])('reads the duration %s', (text, duration) => {
    const { rows, problems } = parseRows(`a\t\t\t${text}`);
    expect(problems).toEqual([]);
    expect(rows[0]!.duration).toEqual(duration);
  });

  it('follows a heading row in either language, so rows copied from the table paste back', () => {
    const zh = parseRows(
      '#\t名称\t类别\t角色\t类型\t时长\t下一步\t价值\n1\t开始\t开始\t\t\t\t审批\t\n2\t审批\t任务\t经理\t审批\t5分钟\t结束\t必要非增值\n3\t结束\t结束\t\t\t\t\t',
    );
    expect(zh.problems).toEqual([]);
    expect(zh.rows).toEqual([
      { name: '开始', type: 'start', next: ['审批'] },
      {
        name: '审批',
        type: 'task',
        role: '经理',
        kind: 'approval',
        duration: { dist: 'fixed', value: 5, unit: 'min' },
        next: ['结束'],
        value: 'BVA',
      },
      { name: '结束', type: 'end', next: [] },
    ]);
    const en = parseRows('Value\tName\tNotes\tKind\nVA\tFill in\tby hand\tManual');
    expect(en.rows).toEqual([
      { name: 'Fill in', type: 'task', kind: 'manual', value: 'VA', next: [] },
    ]);
  });

  it('reads an inclusive (OR) gateway in either language', () => {
    const { rows, problems } = parseRows(
      '名称\t类别\n审核范围\t包容网关（OR）\nscope\tInclusive (or)',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.type)).toEqual(['or', 'or']);
  });

  it('refuses a type it does not know and task fields on other step types', () => {
    const { problems } = parseRows('Name\tType\tRole\na\tloop\t\nb\t结束\tclerk');
    expect(problems).toEqual([
      { line: 2, column: 'type', text: 'loop', reason: 'unknown' },
      { line: 3, column: 'role', text: 'clerk', reason: 'notForType' },
    ]);
  });

  it('finds a role by id or by name in any case', () => {
    const withRoles = build.processOf('p', {
      roles: [{ id: 'mgr', name: 'Manager' }],
      steps: [],
      flows: [],
    });
    for (const key of ['mgr', 'Manager', 'manager', 'MGR']) {
      const { rows } = parseRows(`a\t${key}`);
      const r = executeCommand(withRoles, rowsCall(withRoles, rows).call);
      if (!r.ok) throw new Error(r.refusal.message);
      expect(r.document.roles).toHaveLength(1);
      expect(r.document.steps[0]).toMatchObject({ role: 'mgr' });
    }
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
