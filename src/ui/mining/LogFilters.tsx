import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLog, useLogStore } from './logStore';
import type { PanelFilter } from './logView';

/** The log's filters: a time window, the variants kept, and the first and last activity. */
export function LogFilters({ activities }: { activities: string[] }) {
  const { t } = useTranslation();
  const store = useLogStore();
  const filter = useLog((s) => s.filter);
  const loaded = useLog((s) => s.loaded);
  const id = useId();
  const all = loaded
    ? [...new Set(loaded.log.cases.flatMap((c) => c.events.map((e) => e.activity)))].sort()
    : activities;
  const text = (key: 'from' | 'to' | 'start' | 'end', value: string) => {
    const next: PanelFilter = { ...store.getState().filter };
    if (value) next[key] = value;
    else delete next[key];
    store.setState({ filter: next });
  };
  return (
    <div className="fs-log-filters" data-testid="log-filters">
      {(['from', 'to'] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`${id}-${key}`}>{t(`log.filter.${key}`)}</label>
          <input
            id={`${id}-${key}`}
            type="datetime-local"
            value={filter[key] ?? ''}
            onChange={(e) => text(key, e.target.value)}
          />
        </div>
      ))}
      {(['start', 'end'] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`${id}-${key}`}>{t(`log.filter.${key}`)}</label>
          <select
            id={`${id}-${key}`}
            value={filter[key] ?? ''}
            onChange={(e) => text(key, e.target.value)}
          >
            <option value="">{t('log.filter.any')}</option>
            {all.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
      ))}
      {filter.variants.length > 0 && (
        <p>{t('log.filter.variants', { count: filter.variants.length })}</p>
      )}
      <button
        type="button"
        className="fs-button"
        onClick={() => store.setState({ filter: { variants: [] } })}
      >
        {t('log.filter.clear')}
      </button>
    </div>
  );
}
