import type { ProcessDocument } from '@flowsmith/model';

/** Every id a document uses (roles, calendars, data, steps, flows, risks, KPIs). Pure. */
export function usedIds(doc: ProcessDocument): Set<string> {
  return new Set(
    [
      ...doc.roles,
      ...(doc.calendars ?? []),
      ...(doc.data ?? []),
      ...doc.steps,
      ...doc.flows,
      ...(doc.risks ?? []),
      ...(doc.kpis ?? []),
    ].map((r) => r.id),
  );
}

/**
 * `wanted` made a valid Flowsmith id (`[A-Za-z0-9_.-]+`) that is not in `used`, suffixed `-2`,
 * `-3`… when taken; the id is added to `used`.
 */
export function freeId(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'id';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
