import type { GalleryCase } from './galleryCase';
import { chain, end, processOf, role, start, task, tri } from './galleryBuilder';

/** 月末结账: the accountant who posts the entries also reconciles the bank. */
export const monthEndClose: GalleryCase = {
  situation:
    'A subsidiary’s month-end close: one general-ledger accountant posts the accruals and also does the bank reconciliation; the finance manager reviews, the financial controller signs the statements.',
  doc: processOf({
    id: 'gallery-month-end-close',
    name: '月末结账（现状）',
    language: 'zh-CN',
    roles: [
      role('gl', '总账会计', 1, 150),
      role('ar', '应收会计', 1, 130),
      role('fm', '财务经理', 1, 260),
      role('fc', '财务总监', 1, 450),
    ],
    steps: [
      start('月末', 1, 'd'),
      task('accruals', '录入计提凭证', 'gl', tri(60, 90, 150), {
        value: 'VA',
        raci: { accountable: 'gl' },
      }),
      task('arRec', '应收账款对账', 'ar', tri(60, 90, 180), {
        value: 'BVA',
        raci: { accountable: 'ar' },
      }),
      task('bankRec', '银行对账', 'gl', tri(60, 120, 240), {
        value: 'BVA',
        raci: { accountable: 'gl' },
      }),
      task('review', '财务经理审核试算平衡表', 'fm', tri(30, 45, 90), {
        kind: 'review',
        value: 'BVA',
        raci: { accountable: 'fm' },
      }),
      task('sign', '财务总监批准报表', 'fc', tri(15, 30, 45), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'fc' },
      }),
      end('报表报出'),
    ],
    flows: chain('start', 'accruals', 'arRec', 'bankRec', 'review', 'sign', 'end'),
  }),
  controls: ['arRec', 'bankRec'],
  findings: ['duty-conflict:gl,record/reconcile'],
  topThree: ['duty-conflict', 'handoff-ping-pong'],
  never: [{ removes: 'bankRec' }, { removes: 'arRec' }, { gives: 'arRec', to: 'gl' }],
};
