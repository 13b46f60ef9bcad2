import {
  describeDiff,
  diffProcesses,
  type Lang,
  type Position,
  type ProcessDiff,
  type ProcessDocument,
} from '@flowsmith/model';
import {
  analyze,
  attributeChanges,
  compareKpis,
  compareLabels,
  currencyOf,
  kpiLabel,
  typicalCaseTimeline,
  type Attribution,
  type Finding,
  type Timeline,
} from '@flowsmith/analysis';
import { documentLabels } from '../documentLabels';
import { flowchartPages } from '../diagram/flowchartPages';
import { wholePage } from './wholePage';
import { PRINT_TEXT } from '../diagram/stepShape';
import { flowchartPositions } from '../diagram/flowchartPositions';
import { renderFlowchart } from '../diagram/renderFlowchart';
import { STATUS_COLOURS, markDiagram } from './markDiagram';
import { renderTimeline } from './renderTimeline';
import { changeReasons } from './changeReasons';
import { changeSections, reasonText } from './changeSections';
import { executiveLabels } from './executiveMessages';
import { executiveSummary } from './executiveSummary';
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
  /** The analyses' findings of both (in `lang`); computed when absent. */
  findings?: { asIs: readonly Finding[]; toBe: readonly Finding[] };
}

const ATTRIBUTED = ['cycleTime', 'costPerCase'] as const;
/**
 * Maps of more steps than this print whole (small) with a note instead of in legible parts: a
 * map of thousands of steps would take thousands of pages, and cutting it takes minutes.
 */
export const PRINTED_MAP_STEPS = 400;
/** Above this many steps (both versions together) the report does not analyse them for reasons and risks. */
export const REPORT_FINDINGS_STEPS = 5_000;
/** The printed timelines: narrower than on screen, with larger text (≥ 8 pt on A4). */
const TIMELINE_WIDTH = 720;
const TIMELINE_TEXT = 1.25;

/**
 * Builds the comparison report of an as-is and a to-be as a document tree, for an executive
 * first: page 1 is the headline (cycle time, cost per case, capacity before and after), the
 * before/after chart, how analytic and simulated figures differ, the recommendation, next steps
 * and implementation risks; then the change list grouped by kind with the reason drawn from the
 * as-is findings that motivated each change and its effect alone; the analytic KPI table,
 * simulated figures with confidence intervals (when given), what each change contributes (with
 * the interaction term), both maps with the changes outlined, the role timelines on one time axis;
 * and the detailed edit log in an appendix. Money in the document's currency (CNY for a Chinese
 * document), shares' changes in percentage points, "no change" rather than `−0`. Pure (the maps
 * use the given positions or the documents' own; lay out first for documents without).
 */
export function buildComparisonReport(input: ComparisonReportInput): ReportTree {
  const { asIs, toBe, lang } = input;
  const L = reportLabels[lang];
  const E = executiveLabels[lang];
  const C = compareLabels[lang];
  const diff = input.diff ?? diffProcesses(asIs, toBe);
  const currency = currencyOf(asIs) ?? currencyOf(toBe) ?? (lang === 'zh-CN' ? 'CNY' : undefined);
  const roleName = (id: string | null) =>
    id === null
      ? C.noRole
      : ((toBe.roles.find((r) => r.id === id) ?? asIs.roles.find((r) => r.id === id))?.name ?? id);
  const kpis = compareKpis(asIs, [toBe]);
  // Analysing 20,000 steps twice took half a minute: a large pair goes without findings (and says so).
  const large = asIs.steps.length + toBe.steps.length > REPORT_FINDINGS_STEPS;
  const findings =
    input.findings ??
    (large
      ? { asIs: [], toBe: [] }
      : {
          asIs: analyze(asIs, { lang }).findings,
          toBe: analyze(toBe, { lang, suggestions: false }).findings,
        });
  const attribution = input.attribution ?? attributeChanges(asIs, toBe, { diff });
  const lines = describeDiff(diff, asIs, toBe, lang);
  const reasons = changeReasons(diff, asIs, findings.asIs);
  const blocks: ReportBlock[] = [];
  const title = E.title(toBe.name);
  blocks.push({ type: 'heading', level: 1, text: title });
  blocks.push({ type: 'paragraph', tone: 'muted', text: E.subtitle(asIs.name, toBe.name) });
  blocks.push(
    ...executiveSummary({
      asIs,
      toBe,
      lang,
      kpis,
      diff,
      findings,
      currency,
      roleName,
      ...(input.simulation ? { simulation: input.simulation } : {}),
    }),
  );
  blocks.push({ type: 'pageBreak' });

  const sections = {
    toBe,
    lang,
    diff,
    lines,
    reasons,
    attribution,
    currency,
    analysed: !large || input.findings !== undefined,
    ...(input.rationale ? { rationale: input.rationale } : {}),
  };
  blocks.push({ type: 'heading', level: 2, text: E.changesByKind });
  if (toBe.description) blocks.push({ type: 'paragraph', label: L.why, text: toBe.description });
  blocks.push({ type: 'paragraph', tone: 'muted', text: E.changesNote });
  if (large && !input.findings)
    blocks.push({ type: 'paragraph', tone: 'muted', text: E.findingsLeftOut });
  blocks.push(...changeSections(sections));

  blocks.push({ type: 'heading', level: 2, text: L.kpis });
  blocks.push({ type: 'paragraph', tone: 'muted', text: L.kpiNote });
  blocks.push({
    type: 'table',
    header: [C.figure, L.asIsMap, L.toBeMap, C.change],
    align: ['left', 'right', 'right', 'right'],
    widths: [34, 20, 20, 26],
    rows: kpis.rows.map((r) => {
      const c = r.variants[0]!;
      const name =
        r.role !== undefined ? C.utilization(roleName(r.role)) : C.kpi[r.key as keyof typeof C.kpi];
      const verdict =
        c.verdict === 'same' ? '' : ` (${c.verdict === 'better' ? C.better : C.worse})`;
      return [
        name,
        kpiLabel(r.key, r.asIs, lang, false, currency),
        kpiLabel(r.key, c.value, lang, false, currency),
        c.verdict === 'same'
          ? E.noChange
          : kpiLabel(r.key, c.delta, lang, true, currency) + verdict,
      ];
    }),
  });

  if (input.simulation)
    blocks.push(...simulationBlocks(input.simulation, lang, roleName, currency));

  if (attribution.changes.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: L.attribution });
    blocks.push({ type: 'paragraph', tone: 'muted', text: L.attributionNote });
    if (attribution.aloneOnly)
      blocks.push({ type: 'paragraph', tone: 'muted', text: L.attributionAloneOnly });
    const fig = (k: (typeof ATTRIBUTED)[number], v: number) => kpiLabel(k, v, lang, true, currency);
    const header = [
      L.change,
      ...ATTRIBUTED.flatMap((k) => [`${C.kpi[k]} · ${C.alone}`, `${C.kpi[k]} · ${C.leftOut}`]),
    ];
    const rows = attribution.changes
      .filter((c) => ATTRIBUTED.some((k) => c.alone[k] !== 0 || c.leftOut[k] !== 0))
      .map((c) => [
        `${c.id}${c.applicable ? '' : ` (${C.notApplicable})`}`,
        ...ATTRIBUTED.flatMap((k) => [fig(k, c.alone[k]), fig(k, c.leftOut[k])]),
      ]);
    const pad = (v: Record<string, number>) => ATTRIBUTED.flatMap((k) => [fig(k, v[k]!), '']);
    rows.push([C.sumAlone, ...pad(attribution.sumAlone)]);
    rows.push([C.interaction, ...pad(attribution.interaction)]);
    rows.push([C.total, ...pad(attribution.total)]);
    blocks.push({
      type: 'table',
      header,
      rows,
      align: ['left', ...header.slice(1).map(() => 'right' as const)],
      widths: [24, 19, 19, 19, 19],
    });
  }

  // Each map on its own pages under its heading (printed in parts when large, text ≥ 8 pt),
  // the outlines explained under it (a caption: a paragraph after a landscape chart would get a
  // page of its own).
  const sep = lang === 'zh-CN' ? '；' : '; ';
  const legend = `${L.legend}${lang === 'zh-CN' ? '：' : ': '}${(
    Object.keys(STATUS_COLOURS) as Array<keyof typeof STATUS_COLOURS>
  )
    .map((k) => `${L.status[k]} (${L.outline[k]})`)
    .join(sep)}`;
  const D = documentLabels[lang];
  for (const [doc, heading, given, status] of [
    [asIs, L.asIsMap, input.positions?.asIs, diff.asIsStatus],
    [toBe, L.toBeMap, input.positions?.toBe, diff.toBeStatus],
  ] as const) {
    const positions = flowchartPositions(doc, given ?? {});
    const drawn = renderFlowchart(doc, positions, roleName, { text: PRINT_TEXT });
    const chart = markDiagram(drawn, doc, positions, status);
    const name = `${L.maps}${lang === 'zh-CN' ? '：' : ': '}${heading} · ${doc.name}`;
    blocks.push({ type: 'heading', level: 2, text: name });
    blocks.push({
      type: 'diagram',
      svg: chart.svg,
      width: chart.width,
      height: chart.height,
      alt: name,
      pages:
        doc.steps.length <= PRINTED_MAP_STEPS
          ? flowchartPages(chart, (part, parts) =>
              parts === 1
                ? legend
                : part === parts
                  ? `${D.flowchartPart(part, parts)}${sep}${legend}`
                  : D.flowchartPart(part, parts),
            )
          : [wholePage(chart, 'landscape', `${legend}${sep}${E.mapTooLarge}`)],
    });
  }

  // Heading straight before its chart (they print together); 720 units wide with text × 1.25
  // prints at 8 pt or more on a portrait A4 page.
  blocks.push({ type: 'heading', level: 2, text: L.timelines });
  const typical = renderTimeline(
    [
      { title: L.typicalCase(asIs.name), timeline: typicalCaseTimeline(asIs) },
      { title: L.typicalCase(toBe.name), timeline: typicalCaseTimeline(toBe) },
    ],
    roleName,
    lang,
    TIMELINE_WIDTH,
    TIMELINE_TEXT,
  );
  blocks.push({
    type: 'diagram',
    ...typical,
    alt: L.timelines,
    pages: [wholePage(typical, 'portrait', L.timelineNote)],
  });
  if (input.simulatedCase) {
    const s = input.simulatedCase;
    const chart = renderTimeline(
      [
        { title: L.simulatedCase(asIs.name, s.caseId), timeline: s.asIs },
        { title: L.simulatedCase(toBe.name, s.caseId), timeline: s.toBe },
      ],
      roleName,
      lang,
      TIMELINE_WIDTH,
      TIMELINE_TEXT,
    );
    blocks.push({ type: 'heading', level: 3, text: L.simulatedCaseHeading });
    blocks.push({
      type: 'diagram',
      ...chart,
      alt: L.simulatedCaseHeading,
      pages: [wholePage(chart, 'portrait', L.timelineNote)],
    });
  }

  blocks.push({ type: 'pageBreak' });
  blocks.push({ type: 'heading', level: 2, text: E.appendix });
  blocks.push({ type: 'paragraph', tone: 'muted', text: `${E.appendixNote} ${L.changesNote}` });
  const items: ReportChange[] = diff.groups.map((g) => ({
    group: g.id,
    kind: g.kind,
    lines: lines.filter((l) => l.group === g.id).map((l) => l.text),
    rationale: reasonText(sections, g.id),
  }));
  blocks.push({ type: 'changes', header: ['#', L.change, L.rationale], items });
  const dc = toBe.documentControl;
  const control = dc?.number
    ? documentLabels[lang].headerControl(dc.number, dc.version ?? '')
    : undefined;
  return { kind: 'comparison', lang, title, blocks, ...(control ? { control } : {}) };
}

function simulationBlocks(
  sim: SimulatedComparison,
  lang: Lang,
  roleName: (id: string) => string,
  currency: string | undefined,
): ReportBlock[] {
  const L = reportLabels[lang];
  const E = executiveLabels[lang];
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
    const d = [m.delta.mean, ...m.delta.ci95].map((v) => kpiLabel(f, v, lang, true, currency));
    // "+0 % [−0 %, +0 %]" says nothing: a difference that rounds to zero everywhere is no change.
    const ci = d.every((x) => x.startsWith('±')) ? E.noChange : `${d[0]} [${d[1]}, ${d[2]}]`;
    return [
      name,
      kpiLabel(f, m.asIs, lang, false, currency),
      kpiLabel(f, m.toBe, lang, false, currency),
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
      widths: [25, 14, 14, 37, 10],
      rows,
    },
  ];
}
