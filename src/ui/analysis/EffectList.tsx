import type { PredictedEffect } from '@flowsmith/analysis';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { effectRows } from './effectRows';

/** A predicted effect as four small rows, green when a figure gets better and red when worse. */
export function EffectList({ effect }: { effect: PredictedEffect }) {
  const { t } = useTranslation();
  return (
    <ul className="fs-effect-list">
      {effectRows(effect, currentLang()).map((r) => (
        <li key={r.key} className={`fs-effect fs-effect--${r.tone}`}>
          <span>{t(`analysis.effect.${r.key}`)}</span> <strong>{r.text}</strong>
        </li>
      ))}
    </ul>
  );
}
