import { currencyOf, formatMinutes, formatMoney, formatPercent } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useAnalysisState } from './analysisStore';
import { EstimateScope } from './EstimateScope';
import { RoleUtilisation } from './RoleUtilisation';

const round2 = (x: number) =>
  Number.isFinite(x) ? (Math.round(x * 100) / 100).toLocaleString() : '∞';

/** The headline figures of the analysed process: cycle time, flow efficiency, cost (in the document's currency) and handoffs per case, role utilisation. */
export function KeyFigures() {
  const { t } = useTranslation();
  const metrics = useAnalysisState((s) => s.result?.metrics);
  const doc = useAnalysisState((s) => s.doc);
  const empty = useAnalysisState((s) => (s.doc ? s.doc.steps.length === 0 : false));
  if (empty) return <p className="fs-muted">{t('analysis.empty')}</p>;
  if (!metrics) return null;
  const lang = currentLang();
  const cards: Array<{ id: string; label: string; value: string; hint?: string }> = [
    {
      id: 'cycleTime',
      label: t('analysis.cycleTime'),
      value: formatMinutes(metrics.cycleTime.mean, lang),
      hint: t('analysis.cycleTimeHint', {
        touch: formatMinutes(metrics.cycleTime.touch, lang),
        wait: formatMinutes(metrics.cycleTime.wait, lang),
      }),
    },
    {
      id: 'flowEfficiency',
      label: t('analysis.flowEfficiency'),
      value: formatPercent(metrics.flowEfficiency),
    },
    {
      id: 'cost',
      label: t('analysis.costPerCase'),
      value: formatMoney(metrics.costPerCase, doc ? currencyOf(doc) : undefined),
    },
    { id: 'handoffs', label: t('analysis.handoffs'), value: round2(metrics.handoffsPerCase) },
  ];
  return (
    <div className="fs-analysis-figures-block">
      <h3 className="fs-subtitle">{t('analysis.figures')}</h3>
      <dl className="fs-analysis-figures">
        {cards.map((c) => (
          <div key={c.id} className="fs-analysis-figure" data-testid={`figure-${c.id}`}>
            <dt>{c.label}</dt>
            <dd>
              <span className="fs-analysis-figure-value">{c.value}</span>
              {c.hint && <span className="fs-analysis-figure-hint">{c.hint}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <EstimateScope />
      {metrics.arrivalRate > 0 ? (
        <RoleUtilisation metrics={metrics} />
      ) : (
        <p className="fs-muted">{t('analysis.noArrivals')}</p>
      )}
    </div>
  );
}
