import type { Suggestion } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { applySuggestionInEditor } from './applySuggestionInEditor';
import { EffectList } from './EffectList';
import type { EffectState } from './useSuggestionEffects';

/** A suggestion: what it changes, its predicted effect, and "apply" (one undo step). */
export function SuggestionItem({
  suggestion,
  effect,
}: {
  suggestion: Suggestion;
  effect: EffectState;
}) {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  return (
    <li className="fs-suggestion" data-suggestion={suggestion.move}>
      <p className="fs-suggestion-message">{suggestion.message}</p>
      <div className="fs-suggestion-effect" aria-live="polite">
        {effect === undefined ? (
          <span className="fs-muted">{t('analysis.predicting')}</span>
        ) : effect === null ? (
          <span className="fs-muted">{t('analysis.noEffect')}</span>
        ) : (
          <>
            <span className="fs-suggestion-effect-title">{t('analysis.predicted')}</span>
            <EffectList effect={effect} />
          </>
        )}
      </div>
      <button
        type="button"
        className="fs-button fs-button--small"
        title={t('analysis.applyTitle')}
        disabled={effect === null}
        onClick={() => applySuggestionInEditor(editor, ui, t, suggestion)}
      >
        {t('analysis.apply')}
      </button>
    </li>
  );
}
