import type { Lang } from '@flowsmith/model';
import type { Comparison } from '@flowsmith/simulation';
import { num, pct, table } from './formatTable';
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

/**
 * The readable output of `flowsmith compare`: headline metrics, then the roles, people (named
 * members) and steps both runs share. Pure.
 */
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
    ...Object.keys(c.metrics).filter((k) => k.startsWith('people.') && k.endsWith('.utilization')),
    ...Object.keys(c.metrics).filter((k) => k.startsWith('steps.') && k.endsWith('.waitMean')),
  ].filter((k) => c.metrics[k]);
  const share = (k: string): boolean => k.endsWith('utilization') || k.endsWith('Rate');
  const rows = keys.map((k) => {
    const m = c.metrics[k]!;
    const f = share(k) ? pct : num;
    // A share's change is in percentage points, its relative change left out (a "+3 %" of a
    // rate reads as points); a change that rounds to zero reads ±0, never −0.
    const d = share(k) ? points : num;
    const rel =
      !share(k) && Number.isFinite(m.relative)
        ? ` (${signed((m.relative * 100).toFixed(1))} %)`
        : '';
    return [
      k,
      f(m.asIs),
      f(m.toBe),
      `${signed(d(m.delta.mean))} ± ${d(m.delta.halfWidth)}${rel}${m.significant ? ' *' : ''}`,
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

/** A share (0..1) as percentage points: 0.031 → `3.1 pp`. Pure. */
function points(x: number): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(1)} pp` : '—';
}

/** A formatted number with its sign: `+3.1 pp`, `−2.00`, and `±0.0 pp` when it shows as zero. Pure. */
function signed(text: string): string {
  const value = Number.parseFloat(text.replace(/,/g, ''));
  if (Number.isNaN(value)) return text;
  if (value === 0) return `±${text.replace(/^[-−]/, '')}`;
  return value > 0 ? `+${text}` : `−${text.replace(/^[-−]/, '')}`;
}
