import { formatMinutes, formatPercent } from '@flowsmith/analysis';
import { formatNumber } from '../describeDuration';
import type { SopBlock } from '../tree';
import { finite, type SopContext } from '../sopContext';

/**
 * KPIs (the document's, with targets, then the analysis' expected cycle time, cost per case and
 * flow efficiency), risks with their steps and contingency, and the revision history. Pure.
 */
export function closingSections(ctx: SopContext): SopBlock[] {
  const { doc, t } = ctx;
  const m = ctx.analysis.metrics;
  const figure = (ok: boolean, text: () => string) => (ok ? text() : t.none);
  const risks = doc.risks ?? [];
  const revisions = doc.revisions ?? [];
  return [
    { type: 'heading', level: 2, text: t.sections.kpis },
    {
      type: 'table',
      header: [t.kpi, t.target, t.source],
      rows: [
        ...(doc.kpis ?? []).map((k) => [k.name, k.target ?? t.none, t.fromDocument]),
        [
          t.cycleTime,
          figure(finite(m.cycleTime.mean), () => formatMinutes(m.cycleTime.mean, ctx.lang)),
          t.fromAnalysis,
        ],
        [
          t.costPerCase,
          figure(finite(m.costPerCase), () => formatNumber(m.costPerCase)),
          t.fromAnalysis,
        ],
        [
          t.flowEfficiency,
          figure(finite(m.flowEfficiency), () => formatPercent(m.flowEfficiency)),
          t.fromAnalysis,
        ],
      ],
    },
    { type: 'heading', level: 2, text: t.sections.risks },
    risks.length === 0
      ? { type: 'paragraph', text: t.noRisks }
      : {
          type: 'table',
          header: [t.risk, t.steps, t.mitigation],
          rows: risks.map((r) => [
            r.name,
            t.list(
              (r.steps ?? []).map((id) => `${ctx.numberOf(id)} ${ctx.step(id)?.name ?? id}`),
            ) || t.none,
            r.mitigation ?? t.none,
          ]),
        },
    { type: 'heading', level: 2, text: t.sections.revisions },
    revisions.length === 0
      ? { type: 'paragraph', text: t.noRevisions }
      : {
          type: 'table',
          header: [t.version, t.date, t.author, t.summary],
          rows: revisions.map((r) => [r.version, r.date, r.author ?? t.none, r.summary]),
        },
  ];
}
