import type { Lang, ProcessDiff, ProcessDocument } from '@flowsmith/model';
import {
  compareLabels,
  formatPercent,
  kpiLabel,
  newFindings,
  type Finding,
  type KpiComparison,
  type Metrics,
} from '@flowsmith/analysis';
import { beforeAfterChart, type ChartFigure } from './beforeAfterChart';
import { executiveLabels, type HeadlineMove } from './executiveMessages';
import { wholePage } from './wholePage';
import type { ReportBlock, SimulatedComparison } from './reportTree';

/** What the first page is built from (all computed once by buildComparisonReport). */
export interface ExecutiveInput {
  asIs: ProcessDocument;
  toBe: ProcessDocument;
  lang: Lang;
  kpis: KpiComparison;
  diff: ProcessDiff;
  findings: { asIs: readonly Finding[]; toBe: readonly Finding[] };
  currency: string | undefined;
  roleName: (id: string | null) => string;
  simulation?: SimulatedComparison;
}

/** A role is loaded high above this share of its time. */
const HIGH_LOAD = 0.8;
const WEEK = 10_080;
/** Findings about a role's load, which the load risk already says. */
const LOAD_KINDS = new Set<string>(['bottleneck', 'overload']);

/** Cases a week the busiest role can take at full load (clock week), or undefined when unknown. */
export function weeklyCapacity(m: Metrics): number | undefined {
  if (!(m.arrivalRate > 0) || !m.bottleneck || !(m.bottleneck.utilization > 0)) return undefined;
  return (m.arrivalRate * WEEK) / m.bottleneck.utilization;
}

/** `−45%`, `+8%`, `−<1%`; '' when either value is unbounded or today's is 0. Never `−0%`. */
export function relativeChange(from: number, to: number): string {
  if (!Number.isFinite(from) || !Number.isFinite(to) || from === 0 || from === to) return '';
  const rel = (to - from) / Math.abs(from);
  const pct = Math.round(Math.abs(rel) * 100);
  return `${rel > 0 ? '+' : '−'}${pct === 0 ? '<1' : pct}%`;
}

/**
 * The report's first page: the headline sentence (cycle time, cost per case and weekly capacity,
 * before and after), the before/after chart, how the analytic and simulated figures differ, the
 * recommendation, next steps and implementation risks — all derived from the figures, the diff
 * and the analyses of both processes. Pure.
 */
export function executiveSummary(input: ExecutiveInput): ReportBlock[] {
  const { lang, kpis, currency } = input;
  const E = executiveLabels[lang];
  const row = (key: string) => kpis.rows.find((r) => r.key === key)!;
  const read = (key: string, v: number) =>
    Number.isFinite(v) ? kpiLabel(key, v, lang, false, currency) : E.unbounded;
  const figure = (
    key: 'cycleTime' | 'waitTime' | 'costPerCase',
  ): ChartFigure & { move: HeadlineMove } => {
    const name = E.names[key];
    const r = row(key);
    const c = r.variants[0]!;
    const rel = c.verdict === 'same' ? '' : relativeChange(r.asIs, c.value);
    const direction = c.verdict === 'same' ? 'same' : c.value < r.asIs ? 'down' : 'up';
    return {
      label: compareLabels[lang].kpi[key],
      asIs: r.asIs,
      toBe: c.value,
      asIsText: read(key, r.asIs),
      toBeText: read(key, c.value),
      change:
        c.verdict === 'same' ? E.noChange : rel || kpiLabel(key, c.delta, lang, true, currency),
      verdict: c.verdict,
      move: { name, from: read(key, r.asIs), to: read(key, c.value), relative: rel, direction },
    };
  };
  const figures = [figure('cycleTime'), figure('waitTime'), figure('costPerCase')];
  const capA = weeklyCapacity(kpis.asIs.figures.metrics);
  const capB = weeklyCapacity(kpis.variants[0]!.figures.metrics);
  if (capA !== undefined && capB !== undefined) {
    const a = Math.round(capA);
    const b = Math.round(capB);
    const rel = a === b ? '' : relativeChange(capA, capB);
    const unit = (v: number) => `${v} ${E.capacityUnit}`;
    figures.push({
      label: E.capacityLabel,
      asIs: capA,
      toBe: capB,
      asIsText: unit(a),
      toBeText: unit(b),
      change: a === b ? E.noChange : rel,
      verdict: a === b ? 'same' : b > a ? 'better' : 'worse',
      move: {
        name: E.capacity,
        from: unit(a),
        to: unit(b),
        relative: rel,
        direction: a === b ? 'same' : b < a ? 'down' : 'up',
      },
    });
  }
  const headline = [figures[0]!, figures[2]!, ...figures.slice(3)].map((f) => f.move);
  const chart = beforeAfterChart(figures, E.chartTitle);
  const blocks: ReportBlock[] = [
    { type: 'paragraph', label: E.headlineLabel, text: E.headline(headline) },
    { type: 'diagram', ...chart, alt: E.headline(headline), pages: [wholePage(chart, 'portrait')] },
    {
      type: 'paragraph',
      tone: 'muted',
      text: `${E.chartNote}${capA !== undefined ? ` ${E.indexNote}` : ''}`,
    },
    {
      type: 'paragraph',
      tone: 'muted',
      text: E.figuresExplained(
        input.simulation
          ? { cases: input.simulation.casesPerReplication, replications: input.simulation.pairs }
          : undefined,
      ),
    },
  ];

  const verdict = (key: string) => row(key).variants[0]!.verdict;
  const headlineBetter = verdict('cycleTime') === 'better' || verdict('costPerCase') === 'better';
  const C = compareLabels[lang];
  const worse = kpis.rows
    .filter((r) => r.variants[0]!.verdict === 'worse')
    .map((r) => {
      const name =
        r.role !== undefined
          ? C.utilization(input.roleName(r.role))
          : C.kpi[r.key as keyof typeof C.kpi];
      return `${name} (${kpiLabel(r.key, r.variants[0]!.delta, lang, true, currency)})`;
    });
  const recommendation = !headlineBetter
    ? E.recommend.reconsider
    : worse.length > 0
      ? E.recommend.adoptWithCare(worse.join(lang === 'zh-CN' ? '、' : ', '))
      : E.recommend.adopt;
  blocks.push({ type: 'heading', level: 2, text: E.recommendation });
  blocks.push({ type: 'paragraph', text: recommendation });

  blocks.push({ type: 'heading', level: 2, text: E.nextSteps });
  blocks.push({ type: 'list', ordered: true, items: nextSteps(input) });
  blocks.push({ type: 'heading', level: 2, text: E.risks });
  const risks = implementationRisks(input);
  blocks.push({ type: 'list', ordered: false, items: risks.length > 0 ? risks : [E.risk.none] });
  return blocks;
}

function nextSteps(input: ExecutiveInput): string[] {
  const { toBe, diff, lang, roleName } = input;
  const E = executiveLabels[input.lang];
  const byId = new Map(toBe.steps.map((s) => [s.id, s]));
  // People to brief: systems and outside parties (role kind) are not trained.
  const people = new Set(
    toBe.roles.filter((r) => (r.kind ?? 'person') === 'person').map((r) => r.id),
  );
  const roles = new Set<string>();
  const systems = new Set<string>();
  for (const c of diff.steps) {
    if (c.kind === 'removed') continue;
    const s = byId.get(c.toBe);
    if (!s || s.type !== 'task') continue;
    if (s.role && people.has(s.role)) roles.add(s.role);
    if (s.system && (c.kind === 'added' || c.kind === 'merged' || c.fields.includes('system')))
      systems.add(s.system);
  }
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const out = [E.steps.approve(toBe.name)];
  if (roles.size > 0) out.push(E.steps.brief([...roles].map((r) => roleName(r)).join(sep)));
  if (systems.size > 0) out.push(E.steps.systems([...systems].join(sep)));
  out.push(
    E.steps.pilot(`${E.names.cycleTime}${lang === 'zh-CN' ? '和' : ' and '}${E.names.costPerCase}`),
  );
  out.push(E.steps.review);
  return out;
}

function implementationRisks(input: ExecutiveInput): string[] {
  const { asIs, kpis, diff, lang, roleName } = input;
  const E = executiveLabels[lang];
  const out: string[] = [];
  const after = kpis.variants[0]!.figures.utilization;
  for (const [role, u] of Object.entries(after))
    if (u > HIGH_LOAD) out.push(E.risk.load(roleName(role), formatPercent(u)));
  const byId = new Map(asIs.steps.map((s) => [s.id, s]));
  for (const c of diff.steps) {
    const gone = c.kind === 'removed' ? [c.asIs] : c.kind === 'merged' ? c.asIs : [];
    for (const id of gone) {
      const s = byId.get(id);
      if (s?.type === 'task' && (s.control || s.kind === 'approval'))
        out.push(E.risk.controlRemoved(s.name));
    }
  }
  // A new bottleneck or overload of a role already named above says the same thing again.
  const loaded = new Set(Object.entries(after).flatMap(([r, u]) => (u > HIGH_LOAD ? [r] : [])));
  for (const f of newFindings(input.findings.asIs, input.findings.toBe))
    if (!(LOAD_KINDS.has(f.kind) && f.roles.every((r) => loaded.has(r))))
      out.push(E.risk.newFinding(f.message));
  const moved = diff.steps.filter((c) => c.kind === 'moved').length;
  if (moved > 0) out.push(E.risk.moved(moved));
  const sim = input.simulation?.metrics;
  for (const [key, name] of [
    ['cycleTime.mean', E.names.cycleTime],
    ['costPerCase', E.names.costPerCase],
  ] as const)
    if (sim && Object.hasOwn(sim, key) && !sim[key]!.significant) out.push(E.risk.noise(name));
  return out;
}
