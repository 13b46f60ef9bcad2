import { formatMinutes, formatPercent } from '@flowsmith/analysis';
import { localiseUnits } from '../localiseUnits';
import type { SopBlock } from '../tree';
import { finite, type SopContext } from '../sopContext';

/**
 * KPIs (目标 / 计算公式 / 统计周期, the analysis' forecast in a column of its own: the
 * document's indicators, then expected cycle time, cost per case and flow efficiency), risks
 * with their steps and contingency, and the revision history. Targets' time units are written
 * in the document's language (`≤ 1 d` → `≤ 1 天`). Pure.
 */
export function closingSections(ctx: SopContext): SopBlock[] {
  const { doc, t, labels: l } = ctx;
  const m = ctx.analysis.metrics;
  const figure = (ok: boolean, text: () => string) => (ok ? text() : t.none);
  const text = (v: string | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : t.none);
  const risks = doc.risks ?? [];
  const revisions = doc.revisions ?? [];
  const currency =
    doc.currency ?? (doc.language?.toLowerCase().startsWith('zh') ? 'CNY' : undefined);
  const money = (v: number) =>
    currency === 'CNY' ? `¥${v.toFixed(2)}` : `${v.toFixed(2)}${currency ? ` ${currency}` : ''}`;
  return [
    { type: 'heading', level: 2, text: l.sections.kpis },
    {
      type: 'table',
      header: [l.kpi, l.target, l.formula, l.period, l.forecast],
      rows: [
        ...(doc.kpis ?? []).map((k) => [
          k.name,
          k.target ? localiseUnits(k.target, ctx.lang) : t.none,
          text(k.formula),
          text(k.period),
          t.none,
        ]),
        [
          t.cycleTime,
          t.none,
          l.cycleTimeFormula,
          l.perCase,
          figure(finite(m.cycleTime.mean), () => formatMinutes(m.cycleTime.mean, ctx.lang)),
        ],
        [
          t.costPerCase,
          t.none,
          l.costFormula,
          l.perCase,
          figure(finite(m.costPerCase), () => money(m.costPerCase)),
        ],
        [
          t.flowEfficiency,
          t.none,
          l.flowEfficiencyFormula,
          l.perCase,
          figure(finite(m.flowEfficiency), () => formatPercent(m.flowEfficiency)),
        ],
      ],
      align: ['left', 'left', 'left', 'left', 'right'],
      widths: [2, 1.2, 2.6, 1, 1.3],
    },
    { type: 'paragraph', text: l.kpiNote, tone: 'muted' },
    { type: 'heading', level: 2, text: l.sections.risks },
    risks.length === 0
      ? { type: 'paragraph', text: t.noRisks }
      : {
          type: 'table',
          header: [t.risk, t.steps, t.mitigation],
          rows: risks.map((r) => [
            r.name,
            t.list(
              (r.steps ?? []).map((id) =>
                ctx.rows.numbers.has(id)
                  ? `${ctx.numberOf(id)} ${ctx.step(id)?.name ?? id}`
                  : (ctx.step(id)?.name ?? id),
              ),
            ) || t.none,
            r.mitigation ?? t.none,
          ]),
          widths: [2, 2, 3],
        },
    { type: 'heading', level: 2, text: l.sections.revisions },
    revisions.length === 0
      ? { type: 'paragraph', text: t.noRevisions }
      : {
          type: 'table',
          header: [t.version, t.date, t.author, t.summary],
          rows: revisions.map((r) => [r.version, r.date, r.author ?? t.none, r.summary]),
          widths: [0.8, 1.2, 1.2, 4],
        },
  ];
}
