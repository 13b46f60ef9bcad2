import type { Lang } from '@flowsmith/model';
import type { Comparison } from '@flowsmith/simulation';
import { num, pct, table } from './formatSummary';
import { label } from './simulationMessages';

const HEADLINE = [
  'cycleTime.mean',
  'cycleTime.p90',
  'waitingTime',
  'workingTime',
  'costPerCase',
  'slaBreachRate',
  'throughputPerHour',
  'wip.mean',
];

/** The readable output of `flowsmith compare`: headline metrics, then roles and steps both runs share. Pure. */
export function formatComparison(
  asIsName: string,
  toBeName: string,
  c: Comparison,
  lang: Lang,
): string {
  const L = (k: string, p?: Record<string, string | number>): string => label(lang, k, p);
  const keys = [
    ...HEADLINE,
    ...Object.keys(c.metrics).filter((k) => k.startsWith('roles.') && k.endsWith('.utilization')),
    ...Object.keys(c.metrics).filter((k) => k.startsWith('steps.') && k.endsWith('.waitMean')),
  ].filter((k) => c.metrics[k]);
  const share = (k: string): boolean => k.endsWith('utilization') || k.endsWith('Rate');
  const rows = keys.map((k) => {
    const m = c.metrics[k]!;
    const f = share(k) ? pct : num;
    const rel = Number.isFinite(m.relative)
      ? ` (${m.relative >= 0 ? '+' : ''}${(m.relative * 100).toFixed(1)} %)`
      : '';
    return [
      k,
      f(m.asIs),
      f(m.toBe),
      `${m.delta.mean >= 0 ? '+' : ''}${f(m.delta.mean)} ± ${f(m.delta.halfWidth)}${rel}${m.significant ? ' *' : ''}`,
    ];
  });
  return [
    `${L('asIs')}: ${L('run', { name: asIsName, replications: c.asIs.replications, seed: c.asIs.seed, cases: c.asIs.cases.toLocaleString('en-US') })}`,
    `${L('toBe')}: ${L('run', { name: toBeName, replications: c.toBe.replications, seed: c.toBe.seed, cases: c.toBe.cases.toLocaleString('en-US') })}`,
    '',
    ...table([[L('metric'), L('asIs'), L('toBe'), L('delta')], ...rows]),
    '',
    L('significant'),
    L('minutes'),
    '',
  ].join('\n');
}
