import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { SimulationSummary } from '@flowsmith/simulation';
import { peopleTable } from './formatPeople';
import { num, pct, table } from './formatTable';
import { label } from './simulationMessages';

/**
 * The readable summary of `flowsmith simulate`: headline figures, roles, people (when roles name
 * their members; `doc` says which roles each person works in), steps. Pure.
 */
export function formatSummary(
  name: string,
  s: SimulationSummary,
  lang: Lang,
  doc?: Pick<ProcessDocument, 'roles'> & Partial<Pick<ProcessDocument, 'steps'>>,
): string {
  const roleName = readableNames(doc?.roles ?? []);
  const stepName = readableNames(doc?.steps ?? []);
  const L = (k: string, p?: Record<string, string | number>): string => label(lang, k, p);
  const pm = (key: string): string => `± ${num(s.metrics[key]?.halfWidth ?? NaN)}`;
  const lines = [
    L('run', {
      name,
      replications: s.replications,
      seed: s.seed,
      cases: s.cases.toLocaleString('en-US'),
    }),
    '',
    `${L('cycleTime')}: ${L('mean')} ${num(s.cycleTime.mean)} ${pm('cycleTime.mean')}   p50 ${num(s.cycleTime.p50)}   p90 ${num(s.cycleTime.p90)}   p95 ${num(s.cycleTime.p95)}   ${L('max')} ${num(s.cycleTime.max)}`,
    `${L('waiting')} ${num(s.waitingTime)}   ${L('working')} ${num(s.workingTime)}   ${L('cost')} ${num(s.costPerCase)}   ${L('sla')} ${pct(s.slaBreachRate)}`,
    `${L('throughput')} ${num(s.throughputPerHour)} ${L('perHour')} ${pm('throughputPerHour')}   ${L('wip')} ${num(s.wip.mean)} (${L('max')} ${num(s.wip.max)})`,
    '',
    ...table([
      [L('roles'), L('utilization'), L('queueMean'), L('queueMax')],
      ...Object.entries(s.roles).map(([id, r]) => [
        roleName(id),
        `${pct(r.utilization)} ± ${pct(s.metrics[`roles.${id}.utilization`]?.halfWidth ?? NaN)}`,
        num(r.queueMean),
        num(r.queueMax),
      ]),
    ]),
    '',
    ...peopleTable(s, lang, doc),
    ...table([
      [L('steps'), L('count'), L('waitMean'), L('serviceMean')],
      ...Object.entries(s.steps).map(([id, st]) => [
        stepName(id),
        num(st.count),
        `${num(st.waitMean)} ${pm(`steps.${id}.waitMean`)}`,
        num(st.serviceMean),
      ]),
    ]),
    '',
  ];
  if (s.unfinished > 0) lines.push(L('unfinished', { count: s.unfinished }));
  lines.push(L('minutes'), '');
  return lines.join('\n');
}

/**
 * Names rows by the records' names where each is given and unique (a BPMN import's ids are
 * `sid-4B24…`), by id otherwise — and always by id for ids the records do not hold. Pure.
 */
function readableNames(records: readonly { id: string; name: string }[]): (id: string) => string {
  const count = new Map<string, number>();
  for (const r of records) if (r.name.trim()) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  const byId = new Map(
    records.filter((r) => count.get(r.name) === 1).map((r) => [r.id, r.name.trim()]),
  );
  return (id) => byId.get(id) ?? id;
}
