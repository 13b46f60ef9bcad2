import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysisState } from './analysisStore';
import { groupFindings } from './groupFindings';
import { FindingCard } from './FindingCard';
import { FindingOrderControl, useFindingOrder } from '../facilitation/FindingOrderControl';

/**
 * The findings in the analysis' order: what stops the process from running, then everything
 * else by impact, largest first (each card shows its severity, kind and impact).
 */
export function FindingList() {
  const { t } = useTranslation();
  const result = useAnalysisState((s) => s.result);
  const empty = useAnalysisState((s) => (s.doc ? s.doc.steps.length === 0 : true));
  const groups = useFindingOrder(useMemo(() => groupFindings(result?.findings ?? []), [result]));
  if (!result || empty) return null;
  if (groups.length === 0) return <p className="fs-analysis-ok">✓ {t('analysis.noFindings')}</p>;
  return (
    <div className="fs-analysis-findings">
      <FindingOrderControl />
      {groups.map((g) => (
        <section
          key={g.key}
          className={`fs-analysis-group fs-analysis-group--${g.key}`}
          aria-label={t(`analysis.${g.key}`)}
        >
          <h3 className="fs-subtitle">
            {t(`analysis.${g.key}`)} <span className="fs-muted">({g.findings.length})</span>
          </h3>
          <ul className="fs-analysis-finding-list">
            {g.findings.map((f) => (
              <FindingCard key={f.id} finding={f} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
