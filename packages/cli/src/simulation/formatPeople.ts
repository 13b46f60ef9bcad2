import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { SimulationSummary } from '@flowsmith/simulation';
import { displayWidth, pct, table } from './formatTable';
import { label } from './simulationMessages';

/** The ids of the roles each named member (person) is listed in, in document order. Pure. */
export function rolesOfPeople(doc: Pick<ProcessDocument, 'roles'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const role of doc.roles)
    for (const member of role.members ?? []) {
      const roles = out.get(member.id) ?? [];
      if (!roles.includes(role.id)) roles.push(role.id);
      out.set(member.id, roles);
    }
  return out;
}

/**
 * The "People" table of `flowsmith simulate`: per named member, the roles it works in (from
 * `doc`; `—` without it) and its utilisation (busy time over its own open time) ± the half-width
 * of the 95 % interval over replications. No lines when the results have no people. Pure.
 */
export function peopleTable(
  s: Pick<SimulationSummary, 'people' | 'metrics'>,
  lang: Lang,
  doc?: Pick<ProcessDocument, 'roles'>,
): string[] {
  const people = Object.entries(s.people ?? {});
  if (people.length === 0) return [];
  const roles = doc === undefined ? new Map<string, string[]>() : rolesOfPeople(doc);
  const heading = label(lang, 'personRoles');
  const texts = people.map(([id]) => roles.get(id)?.join(', ') ?? '—');
  // The roles are words: left-aligned (the table right-aligns every column but the first).
  const width = Math.max(...[heading, ...texts].map(displayWidth));
  const padEnd = (t: string) => t + ' '.repeat(width - displayWidth(t));
  return [
    ...table([
      [label(lang, 'people'), padEnd(heading), label(lang, 'utilization')],
      ...people.map(([id, p], i) => [
        id,
        padEnd(texts[i]!),
        `${pct(p.utilization)} ± ${pct(s.metrics[`people.${id}.utilization`]?.halfWidth ?? NaN)}`,
      ]),
    ]),
    '',
  ];
}
