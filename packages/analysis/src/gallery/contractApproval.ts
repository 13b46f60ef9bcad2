import type { GalleryCase } from './galleryCase';
import { branch, chain, end, processOf, role, start, task, tri, wait, xor } from './galleryBuilder';

/** 合同审批 with legal and CFO review, and the GM above ¥1,000,000. */
export const contractApproval: GalleryCase = {
  situation:
    'A services company: sales drafts the contract, legal reviews it (a third go back for changes), the CFO reviews payment terms, and the general manager signs contracts above ¥1,000,000.',
  doc: processOf({
    id: 'gallery-contract-approval',
    name: '合同审批（现状）',
    language: 'zh-CN',
    roles: [
      role('sales', '销售经理', 6, 200),
      role('legal', '法务专员', 1, 300),
      role('cfo', '财务总监', 1, 500),
      role('gm', '总经理', 1, 800),
      role('admin', '行政专员', 1, 90),
    ],
    steps: [
      start('商务谈判完成', 3, 'h'),
      xor('redo', '汇合（修改后重审）'),
      task('draft', '起草合同', 'sales', tri(60, 90, 180), {
        value: 'VA',
        outputs: ['contract'],
        raci: { accountable: 'sales' },
      }),
      wait('legalQueue', '等待法务排期', tri(0.5, 1, 3, 'd')),
      task('legalReview', '法务审核合同', 'legal', tri(45, 60, 120), {
        kind: 'review',
        value: 'BVA',
        inputs: ['contract'],
        raci: { accountable: 'legal' },
      }),
      xor('legalOk', '法务意见'),
      task('cfoReview', '财务总监审核付款条件', 'cfo', tri(15, 20, 40), {
        kind: 'approval',
        value: 'BVA',
        inputs: ['contract'],
        raci: { accountable: 'cfo' },
      }),
      xor('big', '金额是否超过 100 万元'),
      task('gmSign', '总经理签批', 'gm', tri(10, 15, 30), {
        kind: 'approval',
        value: 'BVA',
        inputs: ['contract'],
        raci: { accountable: 'gm' },
      }),
      xor('merge', '汇合'),
      task('seal', '用印归档', 'admin', tri(10, 15, 30), {
        value: 'BVA',
        raci: { accountable: 'admin' },
      }),
      end('合同生效'),
    ],
    flows: [
      ...chain('start', 'redo', 'draft', 'legalQueue', 'legalReview', 'legalOk'),
      branch('legalOk', 'cfoReview', 0.7, { label: '通过', default: true }),
      branch('legalOk', 'redo', 0.3, { label: '修改' }),
      ...chain('cfoReview', 'big'),
      branch('big', 'gmSign', 0.15, { condition: 'amount > 1000000', label: '金额 > 100万' }),
      branch('big', 'merge', 0.85, { condition: 'amount <= 1000000', default: true }),
      ...chain('gmSign', 'merge', 'seal', 'end'),
    ],
    data: [{ id: 'contract', name: '合同文本' }],
  }),
  controls: ['legalReview', 'gmSign'],
  findings: ['delay:legalQueue', 'rework-loop', 'redundant-approval'],
  topThree: ['delay', 'rework-loop', 'redundant-approval'],
  never: [{ removes: 'legalReview' }, { removes: 'cfoReview' }, { removes: 'gmSign' }],
};
