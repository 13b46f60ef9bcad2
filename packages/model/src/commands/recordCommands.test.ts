import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import type { CommandCall } from './commandRegistry';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

const office = {
  id: 'office',
  timezone: 'Asia/Shanghai',
  week: [{ days: ['mon' as const], from: '09:00', to: '18:00' }],
};
const doc: ProcessDocument = {
  ...gallery.sequence3,
  calendars: [office],
  data: [{ id: 'po', name: '采购单' }],
  risks: [{ id: 'r1', name: 'late', steps: ['a'] }],
  kpis: [{ id: 'k1', name: 'lead time', target: '≤ 2 d' }],
};

describe.each([
  [
    'role',
    'roles',
    { id: 'qa', name: 'QA', capacity: 2, calendar: 'office' },
    { capacity: 3, description: null },
  ],
  [
    'calendar',
    'calendars',
    { id: 'night', week: [{ days: ['sat'], from: '20:00', to: '23:00' }] },
    { name: 'nights', timezone: null },
  ],
  ['data', 'data', { id: 'inv', name: 'invoice' }, { description: '<script>' }],
  [
    'risk',
    'risks',
    { id: 'r2', name: 'fraud', steps: ['b', 'c'] },
    { mitigation: 'four eyes', steps: null },
  ],
  [
    'kpi',
    'kpis',
    { id: 'k2', name: 'cost', formula: '处理总成本 ÷ 完成件数', period: '按月' },
    { target: '≤ 10 元', formula: '从提交到付款的日历天数平均值', period: null },
  ],
] as const)('%s.add, .update (collection %s)', (noun, collection, record, changes) => {
  it(`${noun}.add appends the record (and inserts at index)`, () => {
    const call = { id: `${noun}.add`, params: { record } } as unknown as CommandCall;
    const { patch, document } = expectRoundTrip(doc, call);
    const records = document[collection] as Array<{ id: string }>;
    expect(patch.added).toEqual([{ collection, index: records.length - 1, record }]);
    const first = expectRoundTrip(doc, {
      id: `${noun}.add`,
      params: { record, index: 0 },
    } as unknown as CommandCall);
    expect((first.document[collection] as Array<{ id: string }>)[0]!.id).toBe(record.id);
    expectRefusal(document, call, 'id.duplicate', record.id);
  });
  it(`${noun}.update changes fields and clears with null`, () => {
    const existing = (doc[collection] as Array<{ id: string }>)[0]!;
    const { patch } = expectRoundTrip(doc, {
      id: `${noun}.update`,
      params: { id: existing.id, changes },
    } as unknown as CommandCall);
    expect(patch.updated).toHaveLength(1);
    for (const [key, value] of Object.entries(changes)) {
      const after = patch.updated[0]![1] as unknown as { record: Record<string, unknown> };
      expect(after.record[key]).toEqual(value === null ? undefined : value);
    }
  });
  it(`${noun}.update refuses an unknown id, an id change and an unknown field`, () => {
    const existing = (doc[collection] as Array<{ id: string }>)[0]!;
    const update = (id: string, c: object) =>
      ({ id: `${noun}.update`, params: { id, changes: c } }) as unknown as CommandCall;
    expectRefusal(doc, update('ghost', {}), `${noun}.unknown` as never, 'ghost');
    expectRefusal(doc, update(existing.id, { id: 'x' }), 'field.notAllowed', 'id');
    expectRefusal(doc, update(existing.id, { colour: 'red' }), 'field.notAllowed', 'colour');
  });
});

describe('record refusals', () => {
  const add = (id: string, record: object) =>
    ({ id, params: { record } }) as unknown as CommandCall;
  it('refuses empty names, bad numbers, bad weeks and unknown references', () => {
    expectRefusal(doc, add('role.add', { id: 'x', name: ' ' }), 'name.empty', 'x');
    expectRefusal(
      doc,
      add('role.add', { id: 'x', name: 'x', capacity: 1.5 }),
      'value.invalid',
      'capacity',
    );
    expectRefusal(
      doc,
      add('role.add', { id: 'x', name: 'x', costPerHour: -1 }),
      'value.invalid',
      'costPerHour',
    );
    expectRefusal(
      doc,
      add('role.add', { id: 'x', name: 'x', calendar: 'moon' }),
      'calendar.unknown',
      'moon',
    );
    expectRefusal(
      doc,
      add('calendar.add', { id: 'x', week: [{ days: ['mon'], from: '18:00', to: '09:00' }] }),
      'value.invalid',
      'week',
    );
    expectRefusal(
      doc,
      add('calendar.add', { id: 'x', week: [{ days: ['funday'], from: '08:00', to: '09:00' }] }),
      'value.invalid',
      'week',
    );
    expectRefusal(
      doc,
      add('risk.add', { id: 'x', name: 'x', steps: ['zz'] }),
      'step.unknown',
      'zz',
    );
    expectRefusal(doc, add('kpi.add', { id: '__proto__ x', name: 'x' }), 'id.invalid');
    expectRefusal(
      doc,
      add('kpi.add', { id: 'x', name: 'x', formula: 3 }),
      'value.invalid',
      'formula',
    );
    expectRefusal(
      doc,
      add('kpi.add', { id: 'x', name: 'x', period: ['月'] }),
      'value.invalid',
      'period',
    );
  });
});

describe('risk.remove and kpi.remove', () => {
  it('remove the record; an emptied collection disappears and comes back on undo', () => {
    const { document } = expectRoundTrip(doc, { id: 'risk.remove', params: { id: 'r1' } });
    expect('risks' in document).toBe(false);
    const { patch } = expectRoundTrip(doc, { id: 'kpi.remove', params: { id: 'k1' } });
    expect(patch.removed).toEqual([{ collection: 'kpis', index: 0, record: doc.kpis![0] }]);
  });
  it('refuse unknown ids', () => {
    expectRefusal(doc, { id: 'risk.remove', params: { id: 'k1' } }, 'risk.unknown', 'k1');
    expectRefusal(doc, { id: 'kpi.remove', params: { id: 'r1' } }, 'kpi.unknown', 'r1');
  });
});
