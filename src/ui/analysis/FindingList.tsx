import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysisState } from './analysisStore';
import { groupFindings } from './groupFindings';
import { FindingCard } from './FindingCard';

/** The findings, grouped by severity (errors first) and, within one, by kind. */
export function FindingList() {
  const { t } = useTranslation();
  const result = useAnalysisState((s) => s.result);
  const empty = useAnalysisState((s) => (s.doc ? s.doc.steps.length === 0 : true));
  const groups = useMemo(() => groupFindings(result?.findings ?? []), [result]);
  if (!result || empty) return null;
  if (groups.length === 0) return <p className="fs-analysis-ok">✓ {t('analysis.noFindings')}</p>;
  return (
    <div className="fs-analysis-findings">
      {groups.map((g) => (
        <section
          key={g.severity}
          className={`fs-analysis-severity fs-analysis-severity--${g.severity}`}
          aria-label={t(`analysis.severity.${g.severity}`)}
        >
          <h3 className="fs-subtitle">
            <span className={`fs-severity-dot fs-severity-dot--${g.severity}`} aria-hidden />
            {t(`analysis.severity.${g.severity}`)}{' '}
            <span className="fs-muted">({g.kinds.reduce((n, k) => n + k.findings.length, 0)})</span>
          </h3>
          {g.kinds.map((k) => (
            <div key={k.kind} className="fs-analysis-kind">
              <h4 className="fs-analysis-kind-title">{t(`analysis.kind.${k.kind}`)}</h4>
              <ul className="fs-analysis-finding-list">
                {k.findings.map((f) => (
                  <FindingCard key={f.id} finding={f} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
