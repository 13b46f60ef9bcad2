import { worsens, type Suggestion } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useServices } from '../EditorContext';
import { applySuggestionInEditor } from './applySuggestionInEditor';
import { EffectList } from './EffectList';
import type { EffectState } from './useSuggestionEffects';

/**
 * A suggestion: what it changes, its predicted effect, and "apply" (one undo step). One whose
 * effect makes lead time or cost worse is shown apart, with the reason and no "apply".
 */
export function SuggestionItem({
  suggestion,
  effect,
}: {
  suggestion: Suggestion;
  effect: EffectState;
}) {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  const worse = effect ? worsens(effect, currentLang()) : undefined;
  return (
    <li
      className={`fs-suggestion${worse ? ' fs-suggestion--withheld' : ''}`}
      data-suggestion={suggestion.move}
    >
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
      {worse ? (
        <p className="fs-muted" data-testid="suggestion-withheld">
          {t('analysis.withheldWorse', { what: worse })}
        </p>
      ) : (
        <button
          type="button"
          className="fs-button fs-button--small"
          title={t('analysis.applyTitle')}
          disabled={effect === null}
          onClick={() => applySuggestionInEditor(editor, ui, t, suggestion)}
        >
          {t('analysis.apply')}
        </button>
      )}
    </li>
  );
}
