import type { GalleryCase } from './galleryCase';
import { branch, chain, end, processOf, role, start, task, tri, wait, xor } from './galleryBuilder';

/** 费用报销 with a weekly pay run: the money waits for Thursday, most of the cycle. */
export const expenseReimbursement: GalleryCase = {
  situation:
    'A sales office: staff claim travel expenses on paper, the manager approves, finance audits the receipts (a fifth come back), and the cashier pays once a week in the Thursday run.',
  doc: processOf({
    id: 'gallery-expense-reimbursement',
    name: '费用报销（现状）',
    language: 'zh-CN',
    roles: [
      role('employee', '员工', 60, 110),
      role('manager', '部门经理', 2, 250),
      role('auditor', '财务审核会计', 1, 150),
      role('cashier', '出纳', 1, 120),
    ],
    steps: [
      start('发生费用', 40),
      xor('resubmit', '汇合（重新提交）'),
      task('claim', '填写报销单并粘贴票据', 'employee', tri(15, 25, 60), { value: 'VA' }),
      task('approve', '部门经理审批', 'manager', tri(5, 10, 20), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'manager' },
      }),
      task('audit', '财务审核票据', 'auditor', tri(10, 20, 30), {
        kind: 'review',
        control: true,
        value: 'BVA',
        raci: { accountable: 'auditor' },
      }),
      xor('ok', '票据是否齐全'),
      wait('payRun', '等待每周付款批次', tri(0, 3.5, 7, 'd')),
      task('pay', '出纳付款', 'cashier', tri(3, 5, 10), {
        value: 'BVA',
        raci: { accountable: 'cashier' },
      }),
      end('报销完成'),
    ],
    flows: [
      ...chain('start', 'resubmit', 'claim', 'approve', 'audit', 'ok'),
      branch('ok', 'payRun', 0.8, { label: '齐全', default: true }),
      branch('ok', 'resubmit', 0.2, { label: '退回补票' }),
      ...chain('payRun', 'pay', 'end'),
    ],
  }),
  controls: ['audit'],
  findings: ['delay:payRun', 'rework-loop'],
  topThree: ['delay', 'rework-loop'],
  never: [
    { removes: 'audit' },
    { removes: 'approve' },
    { gives: 'approve', to: 'employee' },
    { gives: 'pay', to: 'auditor' },
  ],
};
