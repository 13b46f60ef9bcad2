import { useTranslation } from 'react-i18next';
import { timerRemaining, type WorkshopTimer } from '@flowsmith/model';
import { formatClock, useNow } from './useNow';

/** The facilitator's countdown as everyone sees it on the map: time left, what it is for. */
export function TimerBadge({ timer }: { timer: WorkshopTimer }) {
  const { t } = useTranslation();
  const paused = timer.pausedAt !== undefined;
  const now = useNow(!paused);
  const left = timerRemaining(timer, now);
  const clock = formatClock(left);
  return (
    <div
      className={`fs-timer-badge${left <= 0 ? ' fs-timer-badge--up' : ''}${paused ? ' fs-timer-badge--paused' : ''}`}
      role="timer"
      aria-live="off"
      aria-label={t('facilitation.timerAria', { time: clock })}
      data-testid="workshop-timer"
    >
      <span className="fs-timer-clock">{left <= 0 ? t('facilitation.timeUp') : clock}</span>
      {timer.label && <span className="fs-timer-label">{timer.label}</span>}
      {paused && <span className="fs-timer-label">({t('facilitation.timerPaused')})</span>}
    </div>
  );
}
