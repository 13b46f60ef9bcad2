import type { GalleryCase } from './galleryCase';
import { chain, end, processOf, role, start, task, tri, wait } from './galleryBuilder';

/** 供应商准入 with compliance screening and a buyer who also maintains bank details. */
export const supplierOnboarding: GalleryCase = {
  situation:
    'A retailer adds about ten suppliers a week: the buyer applies, quality checks certificates, compliance screens sanctions and related parties, the purchasing manager approves, and master-data keys in the bank account.',
  doc: processOf({
    id: 'gallery-supplier-onboarding',
    name: '供应商准入（现状）',
    language: 'zh-CN',
    roles: [
      role('buyer', '采购员', 3, 140),
      role('quality', '质量工程师', 1, 160),
      role('compliance', '合规专员', 1, 220),
      role('pm', '采购经理', 1, 260),
      role('md', '主数据专员', 1, 110),
    ],
    steps: [
      start('新供应商需求', 4, 'h'),
      task('apply', '提交供应商准入申请', 'buyer', tri(30, 45, 90), {
        value: 'VA',
        raci: { accountable: 'buyer' },
      }),
      task('certs', '审核资质证书', 'quality', tri(30, 60, 120), {
        kind: 'review',
        value: 'BVA',
        raci: { accountable: 'quality' },
      }),
      wait('complianceQueue', '等待合规排期', tri(1, 2, 5, 'd')),
      task('screen', '合规审查（制裁与关联方）', 'compliance', tri(30, 45, 90), {
        kind: 'review',
        value: 'BVA',
        raci: { accountable: 'compliance' },
      }),
      task('approve', '采购经理审批', 'pm', tri(10, 15, 30), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'pm' },
      }),
      task('master', '录入供应商主数据和银行账户', 'md', tri(15, 20, 40), {
        value: 'BVA',
        raci: { accountable: 'md' },
      }),
      end('供应商可下单'),
    ],
    flows: chain(
      'start',
      'apply',
      'certs',
      'complianceQueue',
      'screen',
      'approve',
      'master',
      'end',
    ),
  }),
  controls: ['screen'],
  findings: ['delay:complianceQueue'],
  topThree: ['delay'],
  never: [
    { removes: 'screen' },
    { gives: 'approve', to: 'buyer' },
    { gives: 'master', to: 'buyer' },
  ],
};
