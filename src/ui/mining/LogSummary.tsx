import type { LogStats } from '@flowsmith/mining';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { formatMinutes } from './logView';

/** The log's figures: cases, events, activities, variants, people, time span and case durations. */
export function LogSummary({
  name,
  stats,
  total,
}: {
  name: string;
  stats: LogStats;
  total: number;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const day = (iso: string) => iso.slice(0, 16).replace('T', ' ');
  const figures = [
    ['cases', stats.cases],
    ['events', stats.events],
    ['activities', stats.activities],
    ['variants', stats.variants],
    ['resources', stats.resources],
  ] as const;
  return (
    <div className="fs-log-summary" data-testid="log-summary">
      <h3>{name}</h3>
      <dl>
        {figures.map(([key, n]) => (
          <div key={key}>
            <dt>{t(`log.stats.${key}`)}</dt>
            <dd data-stat={key}>{n}</dd>
          </div>
        ))}
      </dl>
      {stats.cases < total && (
        <p className="fs-muted">{t('log.filter.kept', { cases: stats.cases, total })}</p>
      )}
      {stats.from && stats.to && (
        <p className="fs-muted">
          {t('log.stats.span', { from: day(stats.from), to: day(stats.to) })}
        </p>
      )}
      {stats.hasTime && (
        <p className="fs-muted">
          {t('log.stats.caseTime', {
            mean: formatMinutes(stats.caseMeanMinutes, lang),
            median: formatMinutes(stats.caseMedianMinutes, lang),
          })}
        </p>
      )}
    </div>
  );
}
