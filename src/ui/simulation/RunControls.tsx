import { useTranslation } from 'react-i18next';
import { useSimulation } from './simulationStore';

/** The run button, or while running a progress bar with a cancel button; then why a run stopped. */
export function RunControls({
  disabled,
  onRun,
  onCancel,
}: {
  disabled: boolean;
  onRun: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const status = useSimulation((s) => s.status);
  if (status.state === 'running') {
    const percent = Math.floor(status.progress * 100);
    return (
      <div className="fs-sim-running">
        <div className="fs-sim-progress-label" aria-live="polite">
          {t('simulation.running', { percent })}
        </div>
        <div className="fs-row">
          <progress
            className="fs-sim-progress"
            max={100}
            value={percent}
            aria-label={t('simulation.progress')}
            data-testid="sim-progress"
          />
          <button type="button" className="fs-button" onClick={onCancel} data-testid="sim-cancel">
            {t('simulation.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="fs-sim-run">
      <button
        type="button"
        className="fs-button fs-button--primary"
        disabled={disabled}
        onClick={onRun}
        data-testid="sim-run"
      >
        ▶ {t('simulation.run')}
      </button>
      {status.state === 'cancelled' && (
        <p className="fs-muted" role="status" data-testid="sim-cancelled">
          {t('simulation.cancelled')}
        </p>
      )}
      {(status.state === 'refused' || status.state === 'failed') && (
        <div className="fs-sim-problems" role="alert" data-testid="sim-problems">
          <p>{t(status.state === 'refused' ? 'simulation.refused' : 'simulation.failed')}</p>
          <ul>
            {status.problems.map((p, i) => (
              <li key={i}>
                <strong>{p.document}</strong>
                {p.path && <code className="fs-id">{p.path}</code>}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
