import { useEffect, useRef, useState } from 'react';
import { currencyOf, formatImpact, type Finding } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useServices } from '../EditorContext';
import { useAnalysisState, useAnalysisStore } from './analysisStore';
import { showSteps } from './showSteps';
import { useSuggestionEffects } from './useSuggestionEffects';
import { SuggestionItem } from './SuggestionItem';

/**
 * One finding: its severity and kind, its sentence (click: show its steps on the map), its impact,
 * and, folded, its suggestions and those not offered with the reason.
 */
export function FindingCard({ finding }: { finding: Finding }) {
  const analysisStore = useAnalysisStore();
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  const focused = useAnalysisState((s) => s.focus?.finding === finding.id);
  const reveal = useAnalysisState((s) => s.focus?.finding === finding.id && s.focus.open);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const effects = useSuggestionEffects(finding, open);
  const doc = useAnalysisState((s) => s.doc);
  const currency = doc ? currencyOf(doc) : undefined;

  useEffect(() => {
    if (!reveal) return;
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    if (finding.suggestions.length) setOpen(true);
  }, [reveal, finding.suggestions.length]);

  return (
    <li
      ref={ref}
      className={`fs-finding fs-finding--${finding.severity}${focused ? ' is-focused' : ''}`}
      data-finding={finding.kind}
    >
      <h4 className="fs-analysis-kind-title">
        <span className={`fs-severity-dot fs-severity-dot--${finding.severity}`} aria-hidden />
        {t(`analysis.kind.${finding.kind}`)}{' '}
        <span className="fs-muted">· {t(`analysis.severityOne.${finding.severity}`)}</span>
      </h4>
      <button
        type="button"
        className="fs-finding-message"
        disabled={finding.steps.length === 0}
        title={finding.steps.length ? t('analysis.showSteps') : undefined}
        onClick={() => {
          analysisStore.setState({ focus: { finding: finding.id, open: false } });
          showSteps(editor, ui, finding.steps);
        }}
      >
        {finding.message}
      </button>
      <p className="fs-finding-impact" data-testid="finding-impact">
        <span className="fs-muted">{t('analysis.impact')}:</span>{' '}
        {formatImpact(finding.impact, currentLang(), currency)}
      </p>
      {finding.suggestions.length > 0 && (
        <details
          className="fs-finding-suggestions"
          open={open}
          onToggle={(e) => setOpen(e.currentTarget.open)}
        >
          <summary>
            {t('analysis.suggestions')} ({finding.suggestions.length})
          </summary>
          <ul>
            {finding.suggestions.map((s, i) => (
              <SuggestionItem key={s.id} suggestion={s} effect={effects[i]} />
            ))}
          </ul>
        </details>
      )}
      {finding.withheld && finding.withheld.length > 0 && (
        <details className="fs-finding-withheld">
          <summary>{t('analysis.withheld', { count: finding.withheld.length })}</summary>
          <ul>
            {finding.withheld.map((w) => (
              <li key={w.suggestion.id} className="fs-suggestion fs-suggestion--withheld">
                <p className="fs-suggestion-message">{w.suggestion.message}</p>
                <p className="fs-muted">{w.reason}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
