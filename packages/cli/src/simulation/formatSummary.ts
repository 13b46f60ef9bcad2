import type { Lang } from '@flowsmith/model';
import type { SimulationSummary } from '@flowsmith/simulation';
import { label } from './simulationMessages';

/** A number for people: up to 1 decimal (2 below 10), thousands separated. Pure. */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  const digits = Math.abs(x) < 10 ? 2 : 1;
  return x.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A share as a percentage with one decimal. Pure. */
export function pct(x: number): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : '—';
}

/** Pads a table: columns separated by two spaces, first column left-aligned, others right. Pure. */
export function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** The readable summary of `flowsmith simulate`. Pure. */
export function formatSummary(name: string, s: SimulationSummary, lang: Lang): string {
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
        id,
        `${pct(r.utilization)} ± ${pct(s.metrics[`roles.${id}.utilization`]?.halfWidth ?? NaN)}`,
        num(r.queueMean),
        num(r.queueMax),
      ]),
    ]),
    '',
    ...table([
      [L('steps'), L('count'), L('waitMean'), L('serviceMean')],
      ...Object.entries(s.steps).map(([id, st]) => [
        id,
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
