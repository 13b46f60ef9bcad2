import { describe, expect, it } from 'vitest';
import { authorityOf } from './authorityOf';

describe('authorityOf', () => {
  it('takes the authority given, else infers it from the name', () => {
    expect(authorityOf({ id: 'x', name: '总经理', authority: 2 })).toBe(2);
    expect(
      [
        '总经理',
        '财务总监',
        'CFO',
        'GM',
        'Sales Director',
        '部门经理',
        'Line manager',
        '仓库主管',
        'Supervisor',
        '采购专员',
        'Clerk',
      ].map((name) => authorityOf({ id: 'r', name })),
    ).toEqual([4, 4, 4, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(authorityOf({ id: 'lead', name: '部门领导' })).toBe(3);
    expect(authorityOf(undefined)).toBe(1);
  });
});
