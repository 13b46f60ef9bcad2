import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLang } from '@flowsmith/model';
import { useEditorState } from '../EditorContext';
import { useAnalysisState, useAnalysisStore } from './analysisStore';
import { EffectList } from './EffectList';
import { translateToBe } from './createToBe';

/** After "create to-be": what was changed in the open to-be and why, with the predicted effect of each. */
export function ToBeChanges() {
  const analysisStore = useAnalysisStore();
  const { t, i18n } = useTranslation();
  const toBe = useAnalysisState((s) => s.toBe);
  const docId = useEditorState((s) => s.doc.id);
  const shown = !!toBe && toBe.docId === docId;
  useEffect(() => {
    if (shown) void translateToBe(analysisStore, resolveLang(i18n.language));
  }, [analysisStore, shown, i18n.language]);
  if (!toBe || toBe.docId !== docId) return null;
  return (
    <section className="fs-tobe" aria-label={t('analysis.toBeChanges')}>
      <div className="fs-tobe-head">
        <h3 className="fs-subtitle">{t('analysis.toBeChanges')}</h3>
        <button
          type="button"
          className="fs-link"
          onClick={() => analysisStore.setState({ toBe: null })}
        >
          {t('analysis.toBeDismiss')}
        </button>
      </div>
      <p className="fs-muted">
        {t('analysis.toBeOpened', { name: toBe.name, asIs: toBe.asIsName })}
      </p>
      <ol className="fs-tobe-list">
        {toBe.changes.map((c) => (
          <li key={c.suggestion.id} className="fs-tobe-change">
            <p className="fs-tobe-what">{c.suggestion.message}</p>
            <p className="fs-tobe-why">{t('analysis.toBeWhy', { message: c.finding.message })}</p>
            <EffectList effect={c.effect} />
          </li>
        ))}
      </ol>
      <div className="fs-tobe-total">
        <strong>{t('analysis.toBeTotal')}</strong>
        <EffectList effect={toBe.effect} />
      </div>
    </section>
  );
}
