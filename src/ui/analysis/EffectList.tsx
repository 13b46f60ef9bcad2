import { currencyOf, type PredictedEffect } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useAnalysisState } from './analysisStore';
import { effectRows } from './effectRows';

/** A predicted effect as four small rows (cost in the document's currency), green when a figure gets better and red when worse. */
export function EffectList({ effect }: { effect: PredictedEffect }) {
  const { t } = useTranslation();
  const doc = useAnalysisState((s) => s.doc);
  return (
    <ul className="fs-effect-list">
      {effectRows(effect, currentLang(), doc ? currencyOf(doc) : undefined).map((r) => (
        <li key={r.key} className={`fs-effect fs-effect--${r.tone}`}>
          <span>{t(`analysis.effect.${r.key}`)}</span> <strong>{r.text}</strong>
        </li>
      ))}
    </ul>
  );
}
