import { openIntervalsByDay } from '../arrival/workingWeek';
import { recordsEqual } from '../patch/recordsEqual';
import type { Calendar } from '../types/calendar';
import type { Flow } from '../types/flow';
import type { Member, Role } from '../types/role';
import type { ArrivalProfile, Step } from '../types/step';
import { childPath } from './jsonPath';
import type { ProblemCollector } from './ProblemCollector';

/** The entries of a document as read (an entry that could not be read is `undefined`). */
export interface ReadEntries {
  roles?: readonly (Role | undefined)[];
  calendars?: readonly (Calendar | undefined)[];
  steps?: readonly (Step | undefined)[];
  flows?: readonly (Flow | undefined)[];
}

/**
 * The checks of the simulation fields that need the whole document: a member listed in several
 * roles repeats only what its first listing says; a member's `durations` name tasks; a batch whose
 * only trigger is a schedule names a calendar with working hours; an arrival profile gives some
 * open hour of its calendar a weight; a flow leaving an `or` step has a probability above 0.
 */
export function checkSimulationFields(c: ProblemCollector, e: ReadEntries): void {
  const steps = new Map<string, Step>();
  for (const s of e.steps ?? []) if (s && !steps.has(s.id)) steps.set(s.id, s);
  const calendars = new Map<string, Calendar>();
  for (const cal of e.calendars ?? [])
    if (cal && !calendars.has(cal.id)) calendars.set(cal.id, cal);
  checkMembers(c, e.roles ?? [], steps);
  (e.steps ?? []).forEach((s, i) => {
    const path = childPath('steps', i);
    if (s?.type === 'task' && s.batch?.schedule !== undefined) {
      const { size, window, schedule } = s.batch;
      const cal = calendars.get(schedule);
      if (cal && size === undefined && window === undefined && !isEverOpen(cal)) {
        c.report(`${path}.batch.schedule`, 'batch.scheduleClosed', { id: schedule });
      }
    }
    if (s?.type === 'start' && s.arrival?.profile !== undefined) {
      const id = s.arrival.calendar;
      const cal = id === undefined ? undefined : calendars.get(id);
      if (id !== undefined && cal === undefined) return;
      if (!profileMeetsCalendar(s.arrival.profile, cal)) {
        c.report(
          `${path}.arrival.profile`,
          'profile.closed',
          id === undefined ? {} : { calendar: id },
        );
      }
    }
  });
  (e.flows ?? []).forEach((f, i) => {
    if (f?.probability === undefined || steps.get(f.from)?.type !== 'or') return;
    if (!(f.probability > 0)) {
      c.report(`${childPath('flows', i)}.probability`, 'or.probability', { value: f.probability });
    }
  });
}

const MEMBER_KEYS = ['name', 'calendar', 'costPerHour', 'speed', 'durations'] as const;

function checkMembers(
  c: ProblemCollector,
  roles: readonly (Role | undefined)[],
  steps: ReadonlyMap<string, Step>,
): void {
  const first = new Map<string, { member: Member; path: string }>();
  roles.forEach((role, i) => {
    role?.members?.forEach((m, j) => {
      const path = `${childPath('roles', i)}.members[${j}]`;
      for (const task of Object.keys(m.durations ?? {})) {
        const step = steps.get(task);
        if (step && step.type !== 'task') {
          c.report(childPath(`${path}.durations`, task), 'member.durationNotTask', { id: task });
        }
      }
      const earlier = first.get(m.id);
      if (!earlier) {
        first.set(m.id, { member: m, path });
        return;
      }
      for (const key of MEMBER_KEYS) {
        if (m[key] === undefined) continue;
        if (!recordsEqual(m[key], earlier.member[key])) {
          c.report(`${path}.${key}`, 'member.contradicts', {
            id: m.id,
            field: key,
            firstPath: earlier.path,
          });
        }
      }
    });
  });
}

function isEverOpen(cal: Calendar): boolean {
  return openIntervalsByDay(cal).some((day) => day.length > 0);
}

/** Whether some hour with a weight above 0 on some day with a weight above 0 is open. */
function profileMeetsCalendar(profile: ArrivalProfile, cal: Calendar | undefined): boolean {
  const days = openIntervalsByDay(cal);
  return days.some((blocks, d) => {
    if ((profile.days?.[d] ?? 1) <= 0) return false;
    return blocks.some(([from, to]) => {
      for (let h = Math.floor(from / 60); h < 24 && h * 60 < to; h++) {
        if ((profile.hours?.[h] ?? 1) > 0) return true;
      }
      return false;
    });
  });
}
