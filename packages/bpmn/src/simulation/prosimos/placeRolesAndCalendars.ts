import type { Calendar, ProcessDocument, Role } from '@flowsmith/model';

/** Every role goes into the main document, and into each other document whose tasks use it, with the calendars they need. */
export function placeRolesAndCalendars(
  docs: ProcessDocument[],
  roles: Role[],
  calendars: Calendar[],
): void {
  docs.forEach((doc, i) => {
    const own = new Set(doc.steps.flatMap((s) => (s.type === 'task' && s.role ? [s.role] : [])));
    const mine = i === 0 ? roles : roles.filter((r) => own.has(r.id));
    const known = new Set(doc.roles.map((r) => r.id));
    doc.roles = [...doc.roles, ...mine.filter((r) => !known.has(r.id))];
    const needed = new Set<string>();
    for (const r of doc.roles) {
      if (r.calendar) needed.add(r.calendar);
      for (const m of r.members ?? []) if (m.calendar) needed.add(m.calendar);
    }
    for (const s of doc.steps) {
      if (s.type === 'start' && s.arrival?.calendar) needed.add(s.arrival.calendar);
      if (s.type === 'task' && s.batch?.schedule) needed.add(s.batch.schedule);
    }
    const have = new Set((doc.calendars ?? []).map((c) => c.id));
    const add = calendars.filter(
      (c) => !have.has(c.id) && (needed.has(c.id) || (i === 0 && !usedAnywhere(c.id, docs))),
    );
    if (add.length > 0) doc.calendars = [...(doc.calendars ?? []), ...add];
  });
}

function usedAnywhere(calendarId: string, docs: ProcessDocument[]): boolean {
  return docs.some(
    (d) =>
      d.roles.some(
        (r) => r.calendar === calendarId || r.members?.some((m) => m.calendar === calendarId),
      ) ||
      d.steps.some(
        (s) =>
          (s.type === 'start' && s.arrival?.calendar === calendarId) ||
          (s.type === 'task' && s.batch?.schedule === calendarId),
      ),
  );
}
