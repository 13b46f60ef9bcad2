import type { Variant } from '@flowsmith/mining';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useLogStore } from './logStore';
import { formatMinutes, percent } from './logView';

/** The variants, most frequent first: the activity sequence, cases and share, mean duration, and "keep only this variant". */
export function VariantList({ variants }: { variants: Variant[] }) {
  const { t } = useTranslation();
  const store = useLogStore();
  const lang = currentLang();
  const widest = variants[0]?.count ?? 1;
  return (
    <ol className="fs-log-variants" data-testid="log-variants">
      {variants.map((v, i) => (
        <li key={v.activities.join('\u0000')}>
          <div className="fs-log-variant-head">
            <b>{t('log.variant', { n: i + 1 })}</b>
            <span>{t('log.variantCases', { count: v.count, share: percent(v.share) })}</span>
            <span>{t('log.variantTime', { mean: formatMinutes(v.meanMinutes, lang) })}</span>
          </div>
          <div className="fs-log-bar" style={{ width: `${(v.count / widest) * 100}%` }} />
          <p className="fs-log-sequence">{v.activities.join(' → ')}</p>
          <button
            type="button"
            className="fs-link-button"
            onClick={() =>
              store.setState((s) => ({ filter: { ...s.filter, variants: [v.activities] } }))
            }
          >
            {t('log.onlyVariant')}
          </button>
        </li>
      ))}
    </ol>
  );
}
