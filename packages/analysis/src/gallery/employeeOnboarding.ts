import type { GalleryCase } from './galleryCase';
import { chain, end, processOf, role, start, task, tri, wait } from './galleryBuilder';

/** Onboarding across HR, IT and facilities, done one after another. */
export const employeeOnboarding: GalleryCase = {
  situation:
    'A 2,000-person company: HR enters the new hire, compliance screens them, then IT creates accounts, then facilities prepares the desk, each waiting for the e-mail of the one before.',
  doc: processOf({
    id: 'gallery-employee-onboarding',
    name: 'Employee onboarding (as-is)',
    language: 'en',
    roles: [
      role('hr', 'HR specialist', 2, 40),
      role('compliance', 'Compliance officer', 1, 60),
      role('it', 'IT technician', 1, 35),
      role('facilities', 'Facilities coordinator', 1, 30),
      role('manager', 'Hiring manager', 10, 70),
    ],
    steps: [
      start('Offer accepted', 4, 'h'),
      task('enter', 'Enter new hire in HR system', 'hr', tri(20, 30, 45), {
        value: 'BVA',
        raci: { accountable: 'hr' },
      }),
      task('screen', 'Compliance screening', 'compliance', tri(30, 45, 90), {
        kind: 'review',
        value: 'BVA',
        raci: { accountable: 'compliance' },
      }),
      wait('emailIt', 'Wait for e-mail to IT', tri(2, 8, 24, 'h')),
      task('accounts', 'Create accounts and laptop', 'it', tri(60, 90, 150), {
        value: 'VA',
        raci: { accountable: 'it' },
      }),
      wait('emailFac', 'Wait for e-mail to facilities', tri(2, 8, 24, 'h')),
      task('desk', 'Prepare desk and badge', 'facilities', tri(30, 45, 60), {
        value: 'VA',
        raci: { accountable: 'facilities' },
      }),
      task('welcome', 'Welcome and first-day plan', 'manager', tri(30, 60, 90), {
        value: 'VA',
        raci: { accountable: 'manager' },
      }),
      end('Ready on day one'),
    ],
    flows: chain(
      'start',
      'enter',
      'screen',
      'emailIt',
      'accounts',
      'emailFac',
      'desk',
      'welcome',
      'end',
    ),
  }),
  controls: ['screen'],
  findings: ['delay:emailIt', 'delay:emailFac'],
  topThree: ['delay', 'delay'],
  never: [{ removes: 'screen' }],
};
