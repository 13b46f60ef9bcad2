import { useEffect, useRef, useState } from 'react';
import type { Finding } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { analysisStore, useAnalysisState } from './analysisStore';
import { showSteps } from './showSteps';
import { useSuggestionEffects } from './useSuggestionEffects';
import { SuggestionItem } from './SuggestionItem';

/** One finding: its sentence (click: show its steps on the map) and, folded, its suggestions. */
export function FindingCard({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  const focused = useAnalysisState((s) => s.focus?.finding === finding.id);
  const reveal = useAnalysisState((s) => s.focus?.finding === finding.id && s.focus.open);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const effects = useSuggestionEffects(finding, open);

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
    </li>
  );
}
