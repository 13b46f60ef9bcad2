import { build, type ProcessDocument } from '@flowsmith/model';

const { processOf, start, end, task, gate, flow, chain, role } = build;

/**
 * A purchase with an authority limit, the judgement tests' small world:
 *
 *   start → request[clerk] → approve[manager] → amount? ─ amount > 50000 → wait → gm[gm] ─┐
 *                                                      └─ else ──────────────────────────┴→ merge
 *   merge → order[buyer] → receive[store] → pay[ap] → end
 */
export function purchaseWithLimit(): ProcessDocument {
  return processOf('purchase', {
    language: 'zh-CN',
    roles: [
      role('clerk', 5, 100),
      { ...role('manager', 1, 200), name: '部门经理' },
      { ...role('gm', 1, 600), name: '总经理' },
      { ...role('buyer', 2, 150), name: '采购员' },
      { ...role('store', 1, 90), name: '仓库管理员' },
      { ...role('ap', 1, 120), name: '应付会计' },
    ],
    steps: [
      start('start', 60),
      task('request', 'clerk', 10, { name: '填写采购申请' }),
      task('approve', 'manager', 10, { kind: 'approval', name: '部门经理审批' }),
      gate('amount', 'xor'),
      {
        id: 'wait',
        type: 'timer',
        name: '等待总经理签字',
        duration: { dist: 'fixed', value: 1, unit: 'd' },
      },
      task('gm', 'gm', 15, { kind: 'approval', name: '总经理审批' }),
      gate('merge', 'xor'),
      task('order', 'buyer', 20, { name: '下达采购订单' }),
      task('receive', 'store', 15, { name: '到货验收' }),
      task('pay', 'ap', 10, { name: '财务付款' }),
      end(),
    ],
    flows: [
      ...chain('start', 'request', 'approve', 'amount'),
      flow('amount', 'wait', {
        condition: 'amount > 50000',
        label: '金额 > 5万',
        probability: 0.2,
      }),
      flow('amount', 'merge', { condition: 'amount <= 50000', probability: 0.8 }),
      ...chain('wait', 'gm', 'merge', 'order', 'receive', 'pay', 'end'),
    ],
  });
}
