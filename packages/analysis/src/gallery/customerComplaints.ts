import type { GalleryCase } from './galleryCase';
import { branch, chain, end, processOf, role, start, task, tri, xor } from './galleryBuilder';

/** Customer complaints bouncing between support and the product team. */
export const customerComplaints: GalleryCase = {
  situation:
    'An appliance maker’s hotline: the agent logs the complaint, the product specialist asks for details the agent then collects from the customer, hands it back, and a supervisor approves goodwill refunds above ¥500.',
  doc: processOf({
    id: 'gallery-customer-complaints',
    name: 'Customer complaints (as-is)',
    language: 'en',
    roles: [
      role('agent', 'Support agent', 4, 30),
      role('specialist', 'Product specialist', 2, 55),
      role('supervisor', 'Support supervisor', 1, 45),
    ],
    steps: [
      start('Complaint received', 20),
      task('log', 'Log complaint', 'agent', tri(5, 8, 15), {
        value: 'BVA',
        raci: { accountable: 'agent' },
      }),
      task('analyse', 'Analyse complaint', 'specialist', tri(10, 15, 30), {
        value: 'VA',
        raci: { accountable: 'specialist' },
      }),
      task('askDetails', 'Collect details from customer', 'agent', tri(5, 10, 20), {
        value: 'NVA',
      }),
      task('decide', 'Decide remedy', 'specialist', tri(5, 10, 20), {
        value: 'VA',
        raci: { accountable: 'specialist' },
      }),
      xor('refund', 'Goodwill refund above 500?'),
      task('approveRefund', 'Approve goodwill refund', 'supervisor', tri(5, 10, 20), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'supervisor' },
      }),
      xor('merge', 'Merge'),
      task('reply', 'Reply to customer', 'agent', tri(5, 10, 15), {
        value: 'VA',
        raci: { accountable: 'agent' },
      }),
      end('Complaint closed'),
    ],
    flows: [
      ...chain('start', 'log', 'analyse', 'askDetails', 'decide', 'refund'),
      branch('refund', 'approveRefund', 0.25, { condition: 'refund > 500', label: 'over 500' }),
      branch('refund', 'merge', 0.75, { condition: 'refund <= 500', default: true }),
      ...chain('approveRefund', 'merge', 'reply', 'end'),
    ],
  }),
  controls: ['approveRefund'],
  findings: ['handoff-ping-pong', 'non-value-adding:askDetails,agent'],
  topThree: ['handoff-ping-pong', 'non-value-adding'],
  never: [{ removes: 'approveRefund' }, { gives: 'approveRefund', to: 'agent' }],
};
