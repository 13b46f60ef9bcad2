import type { GalleryCase } from './galleryCase';
import { branch, chain, end, processOf, role, start, task, tri, wait, xor } from './galleryBuilder';

/**
 * 采购审批 with authority levels: the department manager approves every request, the GM signs
 * above ¥50,000 once a day from a paper folder, and the manager re-checks the quotes.
 */
export const purchaseApproval: GalleryCase = {
  situation:
    'A 400-person manufacturer: purchase requests are approved by the department manager; above ¥50,000 the general manager signs, once a day from a folder; the manager re-signs the buyer’s quote comparison.',
  doc: processOf({
    id: 'gallery-purchase-approval',
    name: '采购审批（分级授权）',
    language: 'zh-CN',
    description: '成本单位：人民币（CNY）/小时。',
    roles: [
      role('requester', '申请人', 30, 120),
      role('deptManager', '部门经理', 1, 260),
      role('buyer', '采购员', 2, 150),
      role('gm', '总经理', 1, 600),
      role('warehouse', '仓库管理员', 1, 90),
      role('ap', '应付会计', 1, 160),
    ],
    steps: [
      start('提出采购需求', 50),
      task('fill', '填写采购申请单', 'requester', tri(15, 20, 40), { value: 'VA' }),
      task('approve', '部门经理审批', 'deptManager', tri(10, 15, 30), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'deptManager' },
        inputs: ['pr'],
        outputs: ['pr'],
      }),
      task('rfq', '询价比价', 'buyer', tri(30, 45, 90), { value: 'VA', outputs: ['quote'] }),
      task('recheck', '部门经理复核比价', 'deptManager', tri(10, 15, 25), {
        kind: 'approval',
        value: 'NVA',
        inputs: ['pr', 'quote'],
      }),
      xor('amount', '金额是否超过 5 万元'),
      wait('waitSign', '等待总经理签字', tri(0.5, 1, 3, 'd')),
      task('gmApprove', '总经理审批', 'gm', tri(10, 15, 30), {
        kind: 'approval',
        value: 'BVA',
        inputs: ['pr', 'quote'],
        raci: { accountable: 'gm' },
      }),
      xor('merge', '汇合'),
      task('order', '下达采购订单', 'buyer', tri(10, 15, 25), { value: 'VA', outputs: ['po'] }),
      task('receive', '到货验收入库', 'warehouse', tri(15, 20, 40), {
        value: 'VA',
        outputs: ['grn'],
      }),
      task('pay', '财务付款', 'ap', tri(10, 15, 20), { value: 'BVA' }),
      end('采购完成'),
    ],
    flows: [
      ...chain('start', 'fill', 'approve', 'rfq', 'recheck', 'amount'),
      branch('amount', 'waitSign', 0.2, { condition: 'amount > 50000', label: '金额 > 5万' }),
      branch('amount', 'merge', 0.8, { condition: 'amount <= 50000', default: true }),
      ...chain('waitSign', 'gmApprove', 'merge', 'order', 'receive', 'pay', 'end'),
    ],
    data: [
      { id: 'pr', name: '采购申请单' },
      { id: 'quote', name: '比价表' },
      { id: 'po', name: '采购订单' },
      { id: 'grn', name: '入库单' },
    ],
  }),
  controls: ['gmApprove', 'receive'],
  findings: [
    'delay:waitSign',
    'redundant-approval:approve,gmApprove,deptManager,gm',
    'redundant-approval:approve,recheck,deptManager',
    'non-value-adding',
  ],
  topThree: ['delay', 'redundant-approval', 'non-value-adding'],
  never: [
    { removes: 'gmApprove' },
    { removes: 'receive' },
    { gives: 'receive', to: 'buyer' },
    { gives: 'rfq', to: 'deptManager' },
  ],
};
