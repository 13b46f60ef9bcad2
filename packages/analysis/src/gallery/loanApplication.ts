import type { GalleryCase } from './galleryCase';
import { branch, chain, end, processOf, role, start, task, tri, wait, xor } from './galleryBuilder';

/** A small-business loan: the credit committee meets weekly for large loans. */
export const loanApplication: GalleryCase = {
  situation:
    'A city commercial bank’s SME loans: the relationship manager takes the application, a credit analyst scores it, the credit manager approves, loans above 500,000 wait for the weekly credit committee, operations disburses.',
  doc: processOf({
    id: 'gallery-loan-application',
    name: 'SME loan application (as-is)',
    language: 'en',
    roles: [
      role('rm', 'Relationship manager', 5, 60),
      role('analyst', 'Credit analyst', 2, 55),
      role('creditMgr', 'Credit manager', 1, 90),
      role('committee', 'Credit committee', 1, 400, { authority: 4 }),
      role('ops', 'Loan operations clerk', 1, 35),
    ],
    steps: [
      start('Application received', 2, 'h'),
      task('collect', 'Collect application documents', 'rm', tri(30, 45, 90), {
        value: 'VA',
        raci: { accountable: 'rm' },
      }),
      task('score', 'Credit analysis and scoring', 'analyst', tri(90, 120, 240), {
        value: 'VA',
        raci: { accountable: 'analyst' },
      }),
      task('approve', 'Credit manager approval', 'creditMgr', tri(15, 20, 40), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'creditMgr' },
      }),
      xor('size', 'Above 500,000?'),
      wait('meeting', 'Wait for weekly committee meeting', tri(0, 3.5, 7, 'd')),
      task('committeeApprove', 'Credit committee approval', 'committee', tri(15, 20, 30), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'committee' },
      }),
      xor('merge', 'Merge'),
      task('disburse', 'Disburse loan', 'ops', tri(20, 30, 45), {
        value: 'VA',
        raci: { accountable: 'ops' },
      }),
      end('Loan disbursed'),
    ],
    flows: [
      ...chain('start', 'collect', 'score', 'approve', 'size'),
      branch('size', 'meeting', 0.25, { condition: 'amount > 500000', label: 'above 500,000' }),
      branch('size', 'merge', 0.75, { condition: 'amount <= 500000', default: true }),
      ...chain('meeting', 'committeeApprove', 'merge', 'disburse', 'end'),
    ],
  }),
  controls: ['committeeApprove'],
  findings: ['delay:meeting'],
  topThree: ['delay'],
  never: [
    { removes: 'committeeApprove' },
    { removes: 'approve' },
    { gives: 'approve', to: 'rm' },
    { gives: 'disburse', to: 'creditMgr' },
  ],
};
