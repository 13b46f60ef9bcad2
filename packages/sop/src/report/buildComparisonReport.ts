import {
  describeDiff,
  diffProcesses,
  type Lang,
  type Position,
  type ProcessDiff,
  type ProcessDocument,
} from '@flowsmith/model';
import {
  attributeChanges,
  compareKpis,
  compareLabels,
  formatPercent,
  kpiLabel,
  typicalCaseTimeline,
  type Attribution,
  type Timeline,
} from '@flowsmith/analysis';
import { flowchartPositions } from '../diagram/flowchartPositions';
import { renderFlowchart } from '../diagram/renderFlowchart';
import { STATUS_COLOURS, markDiagram } from './markDiagram';
import { renderTimeline } from './renderTimeline';
import { reportLabels } from './reportMessages';
import type { ReportBlock, ReportChange, ReportTree, SimulatedComparison } from './reportTree';

/** What the comparison report is made of. Only `asIs`, `toBe` and `lang` are required. */
export interface ComparisonReportInput {
  asIs: ProcessDocument;
  toBe: ProcessDocument;
  lang: Lang;
  /** Step centres for the maps (e.g. from `layoutForSop`); else the documents' own positions. */
  positions?: { asIs?: Record<string, Position>; toBe?: Record<string, Position> };
  /** Why each change group was made, by group id (e.g. the finding an `improve` change answers). */
  rationale?: Record<string, string>;
  simulation?: SimulatedComparison;
  /** A simulated case of each process, drawn under the typical case. */
  simulatedCase?: { caseId: number; asIs: Timeline; toBe: Timeline };
  diff?: ProcessDiff;
  attribution?: Attribution;
}

const ATTRIBUTED = ['cycleTime', 'costPerCase'] as const;

/**
 * Builds the workshop report of an as-is and a to-be as a document tree: headline, the analytic
 * KPI table, simulated figures with confidence intervals (when given), what each change
 * contributes (with the interaction term), the change list with rationale, both maps with the
 * changes outlined, and the role timelines on one time axis. Pure (the maps use the given
 * positions or the documents' own; lay out first for documents without).
 */
export function buildComparisonReport(input: ComparisonReportInput): ReportTree {
  const { asIs, toBe, lang } = input;
  const L = reportLabels[lang];
  const C = compareLabels[lang];
  const diff = input.diff ?? diffProcesses(asIs, toBe);
  const roleName = (id: string | null) =>
    id === null
      ? C.noRole
      : ((toBe.roles.find((r) => r.id === id) ?? asIs.roles.find((r) => r.id === id))?.name ?? id);
  const kpis = compareKpis(asIs, [toBe]);
  const blocks: ReportBlock[] = [];
  const title = L.title(asIs.name, toBe.name);
  blocks.push({ type: 'heading', level: 1, text: title });
  blocks.push({ type: 'paragraph', text: L.intro(asIs.name, toBe.name) });
  const row = (key: string) => kpis.rows.find((r) => r.key === key)!;
  const move = (key: string) => {
    const r = row(key);
    const c = r.variants[0]!;
    const rel =
      Number.isFinite(c.relative) && c.relative !== 0
        ? ` (${c.relative > 0 ? '+' : '−'}${formatPercent(Math.abs(c.relative))})`
        : '';
    return `${kpiLabel(key, r.asIs, lang)} → ${kpiLabel(key, c.value, lang)}${rel}`;
  };
  blocks.push({ type: 'paragraph', text: L.headline(move('cycleTime'), move('costPerCase')) });
  if (toBe.description) blocks.push({ type: 'paragraph', label: L.why, text: toBe.description });

  blocks.push({ type: 'heading', level: 2, text: L.kpis });
  blocks.push({ type: 'paragraph', tone: 'muted', text: L.kpiNote });
  blocks.push({
    type: 'table',
    header: [C.figure, L.asIsMap, L.toBeMap, C.change],
    align: ['left', 'right', 'right', 'right'],
    rows: kpis.rows.map((r) => {
      const c = r.variants[0]!;
      const name =
        r.role !== undefined ? C.utilization(roleName(r.role)) : C.kpi[r.key as keyof typeof C.kpi];
      const verdict =
        c.verdict === 'same' ? '' : ` (${c.verdict === 'better' ? C.better : C.worse})`;
      return [
        name,
        kpiLabel(r.key, r.asIs, lang),
        kpiLabel(r.key, c.value, lang),
        c.verdict === 'same' ? L.none : kpiLabel(r.key, c.delta, lang, true) + verdict,
      ];
    }),
  });

  if (input.simulation) blocks.push(...simulationBlocks(input.simulation, lang, roleName));

  const attribution = input.attribution ?? attributeChanges(asIs, toBe, { diff });
  const lines = describeDiff(diff, asIs, toBe, lang);
  // A group is named by its step and role changes; its flow changes only say how they are wired.
  const groupTitle = (id: string) => {
    const mine = lines.filter((l) => l.group === id);
    const main = mine.filter((l) => l.kind !== 'flow');
    return (main.length > 0 ? main : mine.slice(0, 1))
      .map((l) => l.text)
      .join(lang === 'zh-CN' ? '；' : '; ');
  };
  if (attribution.changes.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: L.attribution });
    blocks.push({ type: 'paragraph', tone: 'muted', text: L.attributionNote });
    if (attribution.aloneOnly)
      blocks.push({ type: 'paragraph', tone: 'muted', text: L.attributionAloneOnly });
    const fig = (v: Record<string, number>) =>
      ATTRIBUTED.map((k) => kpiLabel(k, v[k]!, lang, true));
    const header = [
      L.change,
      ...ATTRIBUTED.flatMap((k) => [`${C.kpi[k]} · ${C.alone}`, `${C.kpi[k]} · ${C.leftOut}`]),
    ];
    const rows = attribution.changes
      .filter((c) => ATTRIBUTED.some((k) => c.alone[k] !== 0 || c.leftOut[k] !== 0))
      .map((c) => [
        `${c.id} ${groupTitle(c.id)}${c.applicable ? '' : ` (${C.notApplicable})`}`,
        ...ATTRIBUTED.flatMap((k) => [
          kpiLabel(k, c.alone[k], lang, true),
          kpiLabel(k, c.leftOut[k], lang, true),
        ]),
      ]);
    const pad = (v: string[]) => v.flatMap((x) => [x, '']);
    rows.push([C.sumAlone, ...pad(fig(attribution.sumAlone))]);
    rows.push([C.interaction, ...pad(fig(attribution.interaction))]);
    rows.push([C.total, ...pad(fig(attribution.total))]);
    blocks.push({
      type: 'table',
      header,
      rows,
      align: ['left', ...header.slice(1).map(() => 'right' as const)],
    });
  }

  blocks.push({ type: 'heading', level: 2, text: L.changes });
  blocks.push({ type: 'paragraph', tone: 'muted', text: L.changesNote });
  const items: ReportChange[] = diff.groups.map((g) => {
    const descriptions = g.steps.flatMap((i) => {
      const c = diff.steps[i]!;
      const id = c.kind === 'removed' ? undefined : c.toBe;
      return toBe.steps.find((s) => s.id === id)?.description ?? [];
    });
    const given =
      input.rationale && Object.hasOwn(input.rationale, g.id) ? input.rationale[g.id] : undefined;
    return {
      group: g.id,
      kind: g.kind,
      lines: lines.filter((l) => l.group === g.id).map((l) => l.text),
      rationale: given ?? (descriptions.join(' ') || L.none),
    };
  });
  blocks.push({ type: 'changes', header: ['#', L.change, L.rationale], items });

  blocks.push({ type: 'heading', level: 2, text: L.maps });
  blocks.push({
    type: 'legend',
    title: L.legend,
    items: (Object.keys(STATUS_COLOURS) as Array<keyof typeof STATUS_COLOURS>).map((k) => ({
      label: L.status[k],
      colour: STATUS_COLOURS[k],
      dashed: k === 'removed',
    })),
  });
  for (const [doc, heading, given, status] of [
    [asIs, L.asIsMap, input.positions?.asIs, diff.asIsStatus],
    [toBe, L.toBeMap, input.positions?.toBe, diff.toBeStatus],
  ] as const) {
    const positions = flowchartPositions(doc, given ?? {});
    const chart = markDiagram(renderFlowchart(doc, positions, roleName), doc, positions, status);
    blocks.push({ type: 'heading', level: 3, text: `${heading}: ${doc.name}` });
    blocks.push({ type: 'diagram', ...chart, alt: `${heading}: ${doc.name}` });
  }

  blocks.push({ type: 'heading', level: 2, text: L.timelines });
  blocks.push({ type: 'paragraph', tone: 'muted', text: L.timelineNote });
  const typical = renderTimeline(
    [
      { title: L.typicalCase(asIs.name), timeline: typicalCaseTimeline(asIs) },
      { title: L.typicalCase(toBe.name), timeline: typicalCaseTimeline(toBe) },
    ],
    roleName,
    lang,
  );
  blocks.push({ type: 'diagram', ...typical, alt: L.timelines });
  if (input.simulatedCase) {
    const s = input.simulatedCase;
    const chart = renderTimeline(
      [
        { title: L.simulatedCase(asIs.name, s.caseId), timeline: s.asIs },
        { title: L.simulatedCase(toBe.name, s.caseId), timeline: s.toBe },
      ],
      roleName,
      lang,
    );
    blocks.push({ type: 'diagram', ...chart, alt: L.timelines });
  }
  return { kind: 'comparison', lang, title, blocks };
}

function simulationBlocks(
  sim: SimulatedComparison,
  lang: Lang,
  roleName: (id: string) => string,
): ReportBlock[] {
  const L = reportLabels[lang];
  const keys = [
    ...Object.keys(L.sim).filter((k) => Object.hasOwn(sim.metrics, k)),
    ...Object.keys(sim.metrics).filter((k) => /^roles\.[^.]+\.utilization$/.test(k)),
  ];
  const kind = (k: string) =>
    k.startsWith('roles.')
      ? 'utilization.x'
      : k.startsWith('cycleTime') || k.endsWith('Time')
        ? 'cycleTime'
        : k === 'costPerCase'
          ? 'costPerCase'
          : 'handoffsPerCase';
  const rows = keys.map((k) => {
    const m = sim.metrics[k]!;
    const f = kind(k);
    const name = k.startsWith('roles.') ? L.utilization(roleName(k.slice(6, -12))) : L.sim[k]!;
    const ci = `${kpiLabel(f, m.delta.mean, lang, true)} [${kpiLabel(f, m.delta.ci95[0], lang, true)}, ${kpiLabel(f, m.delta.ci95[1], lang, true)}]`;
    return [
      name,
      kpiLabel(f, m.asIs, lang),
      kpiLabel(f, m.toBe, lang),
      ci,
      m.significant ? L.yes : L.no,
    ];
  });
  return [
    { type: 'heading', level: 2, text: L.simulated },
    {
      type: 'paragraph',
      tone: 'muted',
      text: L.simulatedNote(sim.pairs, sim.casesPerReplication, sim.seed),
    },
    {
      type: 'table',
      header: [compareLabels[lang].figure, L.asIsMap, L.toBeMap, L.difference, L.significant],
      align: ['left', 'right', 'right', 'right', 'center'],
      rows,
    },
  ];
}
