/**
 * The event-log side panel: open a log (or drop one on the app), follow and cancel a long read,
 * the rows left out with their lines, then the log's figures, variants, directly-follows map and
 * filters, "Discover process", "Check the map against the log", "Compare with the drawn map" and
 * "Simulate and compare with the log".
 */
import { useMemo } from 'react';
import { logStats } from '@flowsmith/mining';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { cancelRead, filteredLog, openLogFile } from './logCommands';
import { useLog, useLogStore } from './logStore';
import { pickLogFile } from './pickLogFile';
import { PendingMapping } from './MappingDialog';
import { LogSummary } from './LogSummary';
import { VariantList } from './VariantList';
import { FollowsMap } from './FollowsMap';
import { LogFilters } from './LogFilters';
import { DiscoverAndCheck } from './DiscoverAndCheck';
import { percent } from './logView';
import './strings';
import './log.css';

const TABS = ['variants', 'map', 'filter'] as const;

/** Side panel: see the module comment. */
export function LogPanel() {
  const { t } = useTranslation();
  const services = useServices();
  const store = useLogStore();
  const reading = useLog((s) => s.reading);
  const error = useLog((s) => s.error);
  const loaded = useLog((s) => s.loaded);
  const filter = useLog((s) => s.filter);
  const view = useLog((s) => s.view);
  // Recomputed when the log or its filters change (filteredLog reads both from the store).
  const stats = useMemo(() => {
    const log = loaded && filter ? filteredLog(services) : null;
    return log ? logStats(log, 50) : null;
  }, [loaded, filter, services]);
  const open = async () => {
    const file = await pickLogFile();
    if (file) await openLogFile({ ...services, t }, file, file.name);
  };
  return (
    <section
      className="fs-inspector-section fs-log"
      aria-label={t('log.panel')}
      data-testid="log-panel"
    >
      <h2 className="fs-panel-title">{t('log.panel')}</h2>
      <PendingMapping />
      <button type="button" className="fs-button" onClick={open} disabled={Boolean(reading)}>
        {t('log.openButton')}
      </button>
      {!loaded && !reading && <p className="fs-muted">{t('log.empty')}</p>}
      {reading && (
        <div className="fs-log-reading" role="status" data-testid="log-reading">
          <span>{t('log.reading', { name: reading.name })}</span>
          <progress
            max={1}
            value={reading.progress}
            aria-label={t('log.reading', { name: reading.name })}
          >
            {percent(reading.progress)}
          </progress>
          <button type="button" className="fs-button" onClick={() => cancelRead(services)}>
            {t('log.cancel')}
          </button>
        </div>
      )}
      {error && (
        <p className="fs-log-error" role="alert">
          {error}
        </p>
      )}
      {loaded && stats && (
        <>
          <LogSummary name={loaded.name} stats={stats} total={loaded.log.cases.length} />
          {loaded.problemCount > 0 && (
            <details className="fs-log-problems" data-testid="log-problems">
              <summary>{t('log.problems', { count: loaded.problemCount })}</summary>
              <ul>
                {loaded.problems.slice(0, 200).map((p, i) => (
                  <li key={i}>
                    <b>{t('log.line', { line: p.line })}</b> {p.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div
            className="fs-log-tabs"
            role="tablist"
            aria-label={t('log.panel')}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              e.preventDefault();
              const next = TABS[(TABS.indexOf(view) + step + TABS.length) % TABS.length]!;
              store.setState({ view: next });
              e.currentTarget.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
            }}
          >
            {TABS.map((tab) => (
              <button
                key={tab}
                type="button"
                role="tab"
                aria-selected={view === tab}
                tabIndex={view === tab ? 0 : -1}
                data-tab={tab}
                className={view === tab ? 'is-active' : undefined}
                onClick={() => store.setState({ view: tab })}
              >
                {t(`log.tab.${tab}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" aria-label={t(`log.tab.${view}`)}>
            {view === 'variants' && <VariantList variants={stats.topVariants} />}
            {view === 'map' && <FollowsMap dfg={stats.dfg} />}
            {view === 'filter' && (
              <LogFilters activities={stats.dfg.activities.map((a) => a.name)} />
            )}
          </div>
          <DiscoverAndCheck />
        </>
      )}
    </section>
  );
}
