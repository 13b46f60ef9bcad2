import { WEEKDAYS, type ProcessDocument } from '@flowsmith/model';
import type { QbpInfo, QbpRule } from './QbpInfo';
import { toQbp } from './qbpDistribution';

/** The timetable export gives roles without a calendar: always open. */
export const ALWAYS_OPEN_TIMETABLE = 'QBP_DEFAULT_TIMETABLE';
const DAY_NAMES = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/**
 * What a document's simulation parameters are in QBP (Flowsmith ids): the first start's arrival,
 * calendars as timetables (one rule per weekday block), roles as resources (capacity, cost,
 * calendar), tasks' durations and roles, and branch probabilities. What QBP cannot hold (people
 * of a role, bounds, batches, priorities…) stays in the `flowsmith:` extension only. Pure.
 */
export function qbpOfDocument(doc: ProcessDocument): QbpInfo {
  const out: QbpInfo = { timetables: [], resources: [], elements: [], flows: [] };
  if (doc.currency) out.currency = doc.currency;
  if (doc.simulation?.start) out.startDateTime = doc.simulation.start;
  const start = doc.steps.find((s) => s.type === 'start');
  if (start?.type === 'start' && start.arrival) {
    const a = start.arrival;
    if ('interarrival' in a) out.arrival = toQbp(a.interarrival).q;
    else {
      const per = { hour: 60, day: 1440, week: 10_080 }[a.rate.per];
      out.arrival = toQbp({ dist: 'exponential', mean: per / a.rate.count }).q;
    }
  }
  const calendars = new Set(doc.roles.flatMap((r) => (r.calendar ? [r.calendar] : [])));
  for (const c of doc.calendars ?? [])
    if (calendars.has(c.id))
      out.timetables.push({
        id: c.id,
        ...(c.name ? { name: c.name } : {}),
        rules: c.week.flatMap((w) => w.days.map((d) => rule(d, w.from, w.to))),
      });
  if (doc.roles.some((r) => !r.calendar))
    out.timetables.push({
      id: ALWAYS_OPEN_TIMETABLE,
      isDefault: true,
      rules: [rule('mon', '00:00', '24:00', 'sun')],
    });
  for (const r of doc.roles)
    out.resources.push({
      id: r.id,
      name: r.name,
      totalAmount: r.members?.length ?? r.capacity ?? 1,
      costPerHour: r.costPerHour ?? 0,
      timetableId: r.calendar ?? ALWAYS_OPEN_TIMETABLE,
    });
  for (const s of doc.steps)
    if (s.type === 'task' && (s.duration || s.role))
      out.elements.push({
        elementId: s.id,
        ...(s.duration ? { duration: toQbp(s.duration).q } : {}),
        resourceIds: s.role ? [s.role] : [],
      });
  for (const f of doc.flows)
    if (f.probability !== undefined)
      out.flows.push({ elementId: f.id, probability: f.probability });
  return out;
}

function rule(day: string, from: string, to: string, toDay = day): QbpRule {
  const name = (d: string) => DAY_NAMES[WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number])]!;
  const time = (t: string) =>
    t === '24:00' ? '23:59:59.999' : t.length === 5 ? `${t}:00.000` : `${t}.000`;
  return { fromWeekDay: name(day), toWeekDay: name(toDay), fromTime: time(from), toTime: time(to) };
}
