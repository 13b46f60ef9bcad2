import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorState } from '../EditorContext';
import { useMayRunRoom } from '../workshop/useMayRunRoom';
import { nowIso } from './workshopIds';

/**
 * The facilitator's controls of the timer everyone sees: minutes, what for, start/pause/stop.
 * A participant in a workshop room sees them disabled, with why (the room would refuse it).
 */
export function TimerSection() {
  const { t } = useTranslation();
  const editor = useEditor();
  const timer = useEditorState((s) => s.doc.timer);
  const may = useMayRunRoom();
  const why = may ? undefined : 'fs-timer-facilitator-only';
  const [minutes, setMinutes] = useState('10');
  const [label, setLabel] = useState('');
  const start = () => {
    const duration = Math.round(Number(minutes) * 60);
    editor.execute(
      {
        id: 'timer.start',
        params: { duration, now: nowIso(), ...(label.trim() ? { label: label.trim() } : {}) },
      },
      'timer.start',
    );
  };
  const paused = timer?.pausedAt !== undefined;
  return (
    <section aria-label={t('facilitation.timer')}>
      <h3 className="fs-subtitle">{t('facilitation.timer')}</h3>
      <div className="fs-workshop-row">
        <label>
          {t('facilitation.minutes')}{' '}
          <input
            type="number"
            min={1}
            max={1440}
            value={minutes}
            disabled={!may}
            data-testid="timer-minutes"
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <label style={{ flex: 1 }}>
          {t('facilitation.timerLabel')}{' '}
          <input
            type="text"
            value={label}
            disabled={!may}
            placeholder={t('facilitation.timerLabelPlaceholder')}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
      </div>
      <div className="fs-workshop-row">
        <button
          type="button"
          className="fs-button"
          data-testid="timer-start"
          disabled={!may}
          aria-describedby={why}
          onClick={start}
        >
          {t('facilitation.start')}
        </button>
        {timer && (
          <button
            type="button"
            className="fs-button"
            disabled={!may}
            aria-describedby={why}
            onClick={() =>
              editor.execute({
                id: paused ? 'timer.resume' : 'timer.pause',
                params: { now: nowIso() },
              })
            }
          >
            {paused ? t('facilitation.resume') : t('facilitation.pause')}
          </button>
        )}
        {timer && (
          <button
            type="button"
            className="fs-button"
            disabled={!may}
            aria-describedby={why}
            onClick={() => editor.execute({ id: 'timer.stop', params: {} })}
          >
            {t('facilitation.stop')}
          </button>
        )}
      </div>
      {!may && (
        <p className="fs-muted" id={why} data-testid="timer-facilitator-only">
          {t('facilitation.timerFacilitatorOnly')}
        </p>
      )}
    </section>
  );
}
