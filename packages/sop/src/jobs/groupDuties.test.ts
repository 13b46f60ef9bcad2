import { describe, expect, it } from 'vitest';
import type { TaskStep } from '@flowsmith/model';
import { groupDuties } from './groupDuties';
import { formatShare } from './jobWorkload';

const task = (id: string, name: string, kind?: TaskStep['kind']): TaskStep => ({
  id,
  type: 'task',
  name,
  ...(kind && { kind }),
});

describe('groupDuties', () => {
  it('groups by the duty catalogue; uncatalogued steps join the previous duty; reviews are reviewing', () => {
    const steps = [
      task('a', '跟进需求'), // nothing before it: handling the case
      task('b', '询价比价'), // purchase
      task('c', '跟进供应商发货'), // joins purchase
      task('d', '核对发票', 'review'), // review kind, no catalogued review duty
      task('e', '审核合同', 'approval'), // approval kind: approve
      task('f', '下达采购订单'), // purchase again: same group
    ];
    const groups = groupDuties(steps, () => 10);
    expect(groups.map((g) => [g.duty, g.steps.map((s) => s.id), g.minutesPerCase])).toEqual([
      ['operate', ['a'], 10],
      ['purchase', ['b', 'c', 'f'], 30],
      ['review', ['d'], 10],
      ['approve', ['e'], 10],
    ]);
  });
});

describe('formatShare', () => {
  it('writes whole percent, one decimal below 1 %, never a negative zero', () => {
    expect([0.256, 0.004, 0, -0.0001, 3.36, Infinity].map(formatShare)).toEqual([
      '26%',
      '0.4%',
      '0%',
      '0%',
      '336%',
      '—',
    ]);
  });
});
