import { describe, expect, it } from 'vitest';
import type { Calendar, TaskStep } from '@flowsmith/model';
import { describeBatch, describeChanges, describeOpenings } from './caseWork';
import { batchClaimsProcess } from './testing/batchClaimsProcess';

const calendar = (week: Calendar['week']): Calendar => ({ id: 'c', week });

describe('B1 batch steps say when their cases are worked', () => {
  it('B1 names the openings of the schedule: ranges of three days or more, seconds only when set', () => {
    const week: Calendar['week'] = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '12:00' },
      { days: ['sat'], from: '09:00:00', to: '10:00' },
      { days: ['tue', 'thu'], from: '14:30:15', to: '15:00' },
    ];
    expect(describeOpenings(calendar(week), 'zh-CN')).toBe(
      '每周一至周六 09:00，每周二、周四 14:30:15',
    );
    expect(describeOpenings(calendar(week), 'en')).toBe(
      'every Mon–Sat at 09:00 and every Tue and Thu at 14:30:15',
    );
  });

  it('B1 lists schedule, size and window, whichever comes first, and the growth per case', () => {
    const doc = batchClaimsProcess();
    const pay = doc.steps.find((s) => s.id === 'pay') as TaskStep;
    expect(describeBatch(doc, pay, 'en')).toBe(
      "Batch work: cases are worked together every Fri at 14:00, as soon as 20 cases wait or once the first case has waited 3 d, whichever comes first. Each case beyond the first adds 10% to the batch's time.",
    );
    const sizeOnly: TaskStep = { ...pay, batch: { size: 5 } };
    expect(describeBatch(doc, sizeOnly, 'zh-CN')).toBe('批量处理：每满 5 件处理一次。');
    expect(describeBatch(doc, { ...pay, batch: undefined }, 'zh-CN')).toBeUndefined();
  });
});

describe('B2 steps that change case data say so', () => {
  it('B2 fixed values, additions, drawn values and choices, in key order', () => {
    const step: TaskStep = {
      id: 't',
      type: 'task',
      name: 't',
      sets: {
        approved: false,
        rounds: { add: 1 },
        tier: 'gold',
        loss: { dist: 'exponential', mean: 3 },
        region: { choice: { north: 1, south: 2 } },
      },
    };
    expect(describeChanges(step, 'zh-CN')).toBe(
      '更新案件数据：「approved」设为“否”；「rounds」加 1；「tier」设为“gold”；「loss」按实际情况填写；「region」按实际情况填写（north或south）。',
    );
    expect(describeChanges(step, 'en')).toBe(
      'Case data: set approved to no; add 1 to rounds; set tier to “gold”; record loss as it turns out; record region (north or south).',
    );
    expect(describeChanges({ ...step, sets: {} }, 'en')).toBeUndefined();
  });
});
