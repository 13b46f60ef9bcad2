/**
 * The fields each record other than a step may carry (FORMAT.md and the fields beyond it): the one
 * list the parser's "unknown field" check and the commands' field check both read.
 */
export const RECORD_FIELDS = {
  roles: [
    'id',
    'name',
    'capacity',
    'costPerHour',
    'calendar',
    'authority',
    'description',
    'department',
    'reportsTo',
    'jobCode',
    'purpose',
    'qualifications',
    'permissions',
    'kind',
    'members',
    'queue',
  ],
  calendars: ['id', 'name', 'timezone', 'week'],
  data: ['id', 'name', 'description', 'form'],
  risks: ['id', 'name', 'steps', 'mitigation'],
  kpis: ['id', 'name', 'target', 'formula', 'period'],
} as const;
