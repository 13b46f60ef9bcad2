import { useTranslation } from 'react-i18next';
import { formatMinutes } from '@flowsmith/analysis';
import { currentLang } from '../../i18n/i18n';
import { fastForward, remainingMs, timerKey } from './runCases';
import type { RunCase } from './runStore';
import { useRunStore } from './runStore';

/** What the case waits on: timers (each with fast-forward), running subprocesses, decisions waiting for data or blocked. */
export function WaitingList({ run }: { run: RunCase }) {
  const runStore = useRunStore();
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <>
      <h4 className="fs-run-h4">{t('run.waiting')}</h4>
      <ul className="fs-run-waiting">
        {run.actions.waiting.map((w) => {
          const key = timerKey(w);
          if (w.type === 'timer') {
            const left = formatMinutes(Math.max(0, remainingMs(run, w)) / 60_000, lang);
            return (
              <li key={key} className="fs-run-timer" data-step={w.stepId}>
                <span>◷ {t('run.timer', { name: w.name, left })}</span>
                <button
                  type="button"
                  className="fs-button fs-button--small"
                  onClick={() => fastForward(runStore, run.id, key)}
                >
                  » {t('run.fastForward')}
                </button>
              </li>
            );
          }
          if (w.type === 'subprocess') {
            return (
              <li key={key} data-step={w.stepId}>
                {t('run.subprocess', { name: w.name, process: w.process ?? '' })}
              </li>
            );
          }
          if (w.missing && w.missing.length > 0) {
            return (
              <li key={key} className="fs-run-blocked" data-step={w.stepId}>
                {t('run.needsData', { name: w.name, names: w.missing.join(', ') })}
              </li>
            );
          }
          return (
            <li key={key} className="fs-run-blocked" data-step={w.stepId}>
              {t('run.blocked', { name: w.name })}
            </li>
          );
        })}
      </ul>
    </>
  );
}
