import type { GalleryCase } from './galleryCase';
import { branch, chain, end, processOf, role, start, task, tri, xor } from './galleryBuilder';

/** Returns and refunds: the warehouse receives the return, finance refunds it. */
export const returnsRefunds: GalleryCase = {
  situation:
    'An online shop: customer service authorises the return, the warehouse receives and inspects the returned goods, a supervisor approves refunds above 2,000, and finance issues the refund.',
  doc: processOf({
    id: 'gallery-returns-refunds',
    name: 'Returns and refunds (as-is)',
    language: 'en',
    roles: [
      role('cs', 'Customer service agent', 3, 25),
      role('wh', 'Warehouse clerk', 1, 22),
      role('sup', 'Customer service supervisor', 1, 40),
      role('fin', 'Finance clerk', 1, 32),
    ],
    steps: [
      start('Return requested', 20),
      task('authorise', 'Register return request', 'cs', tri(5, 8, 15), {
        value: 'BVA',
        raci: { accountable: 'cs' },
      }),
      task('receive', 'Receive returned goods', 'wh', tri(5, 10, 20), {
        value: 'VA',
        raci: { accountable: 'wh' },
      }),
      task('inspect', 'Inspect returned goods', 'wh', tri(5, 8, 15), {
        kind: 'review',
        value: 'BVA',
        raci: { accountable: 'wh' },
      }),
      xor('large', 'Refund above 2,000?'),
      task('approve', 'Approve large refund', 'sup', tri(5, 10, 15), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'sup' },
      }),
      xor('merge', 'Merge'),
      task('refund', 'Issue refund payment', 'fin', tri(5, 8, 12), {
        value: 'VA',
        raci: { accountable: 'fin' },
      }),
      end('Refunded'),
    ],
    flows: [
      ...chain('start', 'authorise', 'receive', 'inspect', 'large'),
      branch('large', 'approve', 0.1, { condition: 'refund > 2000', label: 'above 2,000' }),
      branch('large', 'merge', 0.9, { condition: 'refund <= 2000', default: true }),
      ...chain('approve', 'merge', 'refund', 'end'),
    ],
  }),
  controls: ['receive', 'approve'],
  findings: ['overload:wh', 'combine-candidate:receive,inspect,wh'],
  topThree: ['overload', 'combine-candidate'],
  never: [
    { removes: 'receive' },
    { removes: 'approve' },
    { gives: 'refund', to: 'wh' },
    { gives: 'receive', to: 'fin' },
  ],
};
