import type { GalleryCase } from './galleryCase';
import { chain, end, processOf, role, start, task, tri, wait } from './galleryBuilder';

/** 内容发布 with 法务审核, and the editor-in-chief reading it twice. */
export const contentPublishing: GalleryCase = {
  situation:
    'A brand’s WeChat account: the writer drafts, the editor-in-chief reviews, legal checks advertising-law wording, and the editor-in-chief reads the final version again before it goes out.',
  doc: processOf({
    id: 'gallery-content-publishing',
    name: '公众号内容发布（现状）',
    language: 'zh-CN',
    roles: [
      role('writer', '内容编辑', 3, 120),
      role('chief', '主编', 1, 260),
      role('legal', '法务专员', 1, 300),
      role('operator', '运营专员', 1, 100),
    ],
    steps: [
      start('选题确定', 4, 'h'),
      task('write', '撰写稿件', 'writer', tri(120, 180, 300), {
        value: 'VA',
        outputs: ['article'],
        raci: { accountable: 'writer' },
      }),
      task('chiefReview', '主编审核', 'chief', tri(20, 30, 60), {
        kind: 'approval',
        value: 'BVA',
        inputs: ['article'],
        raci: { accountable: 'chief' },
      }),
      wait('legalQueue', '等待法务', tri(2, 6, 24, 'h')),
      task('legalReview', '法务审核（广告法用语）', 'legal', tri(20, 30, 60), {
        kind: 'review',
        value: 'BVA',
        inputs: ['article'],
        raci: { accountable: 'legal' },
      }),
      task('chiefFinal', '主编终审', 'chief', tri(10, 20, 40), {
        kind: 'approval',
        value: 'NVA',
        inputs: ['article'],
      }),
      task('publish', '排版发布', 'operator', tri(20, 30, 45), {
        value: 'VA',
        raci: { accountable: 'operator' },
      }),
      end('已发布'),
    ],
    flows: chain(
      'start',
      'write',
      'chiefReview',
      'legalQueue',
      'legalReview',
      'chiefFinal',
      'publish',
      'end',
    ),
    data: [{ id: 'article', name: '稿件' }],
  }),
  controls: ['legalReview'],
  findings: ['redundant-approval:chiefReview,chiefFinal,chief', 'delay:legalQueue'],
  topThree: ['delay', 'redundant-approval', 'non-value-adding'],
  never: [{ removes: 'legalReview' }, { removes: 'chiefReview' }],
};
