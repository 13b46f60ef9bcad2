import type { GalleryCase } from './galleryCase';
import { branch, chain, end, processOf, role, start, task, tri, xor } from './galleryBuilder';

/** IT incidents: an overloaded second line and a change approval for risky fixes. */
export const itIncidents: GalleryCase = {
  situation:
    'A bank’s internal service desk: first line resolves 60 %, the rest go to a two-person second line that is always behind; fixes touching production need the change manager’s approval.',
  doc: processOf({
    id: 'gallery-it-incidents',
    name: 'IT incident management (as-is)',
    language: 'en',
    roles: [
      role('l1', 'Service desk agent', 3, 30),
      role('l2', 'Second-line engineer', 2, 55),
      role('change', 'Change manager', 1, 70),
    ],
    steps: [
      start('Incident reported', 11),
      task('log', 'Log and categorise', 'l1', tri(3, 5, 10), {
        value: 'BVA',
        raci: { accountable: 'l1' },
      }),
      task('diagnose', 'First-line diagnosis', 'l1', tri(10, 15, 30), {
        value: 'VA',
        raci: { accountable: 'l1' },
      }),
      xor('solved', 'Solved at first line?'),
      task('fix', 'Second-line fix', 'l2', tri(20, 30, 60), {
        value: 'VA',
        raci: { accountable: 'l2' },
      }),
      xor('risky', 'Touches production?'),
      task('approveChange', 'Approve emergency change', 'change', tri(5, 10, 20), {
        kind: 'approval',
        value: 'BVA',
        raci: { accountable: 'change' },
      }),
      xor('merge', 'Merge'),
      task('close', 'Confirm with user and close', 'l1', tri(3, 5, 10), {
        value: 'VA',
        raci: { accountable: 'l1' },
      }),
      end('Incident closed'),
    ],
    flows: [
      ...chain('start', 'log', 'diagnose', 'solved'),
      branch('solved', 'merge', 0.6, { label: 'yes', default: true }),
      branch('solved', 'fix', 0.4, { label: 'no' }),
      ...chain('fix', 'risky'),
      branch('risky', 'approveChange', 0.3, { condition: 'risk >= 3', label: 'risk ≥ 3' }),
      branch('risky', 'merge', 0.7, { condition: 'risk < 3', default: true }),
      ...chain('approveChange', 'merge', 'close', 'end'),
    ],
  }),
  controls: ['approveChange'],
  findings: ['bottleneck:l1', 'combine-candidate'],
  topThree: ['bottleneck', 'combine-candidate', 'handoff-ping-pong'],
  never: [{ removes: 'approveChange' }, { gives: 'fix', to: 'change' }],
};
