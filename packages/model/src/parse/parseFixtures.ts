/**
 * Fixtures for the parse tests: a minimal valid document as plain JSON, which each test copies
 * and changes in one place.
 */

/** A plain JSON value, as a parsed file holds. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A small valid document with one of everything that can be referenced:
 *   (o)start -> work(clerk) -> (o)end, calendar `office`, data `po`.
 */
export function minimalDocument(): { [key: string]: Json } & {
  roles: { [key: string]: Json }[];
  steps: { [key: string]: Json }[];
  flows: { [key: string]: Json }[];
} {
  return {
    format: 'flowsmith.process',
    version: 1,
    id: 'doc',
    name: 'Document',
    roles: [
      { id: 'clerk', name: 'Clerk' },
      { id: 'manager', name: 'Manager' },
    ],
    calendars: [{ id: 'office', week: [{ days: ['mon'], from: '09:00', to: '17:00' }] }],
    data: [{ id: 'po', name: 'Purchase order' }],
    steps: [
      { id: 'start', type: 'start', name: 'Start' },
      { id: 'work', type: 'task', name: 'Work', role: 'clerk' },
      { id: 'end', type: 'end', name: 'End' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'work' },
      { id: 'f2', from: 'work', to: 'end' },
    ],
  };
}
