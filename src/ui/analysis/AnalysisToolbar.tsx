import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { useHeat } from '../heat/heatStore';
import { useAnalysisState } from './analysisStore';
import { setAnalysisHeat } from './heatSync';
import { cancelToBe, createToBe } from './createToBe';
import type { HeatMetric } from './heatColour';

/** The panel's switches: heat overlay mode, waste badges, and "create to-be". */
export function AnalysisToolbar() {
  const { t } = useTranslation();
  const services = useServices();
  const { panels } = services;
  const mode = useAnalysisState((s) => s.heat);
  const badges = useAnalysisState((s) => s.badges);
  const toBeRunning = useAnalysisState((s) => s.toBeRunning);
  const hasSteps = useAnalysisState((s) => (s.doc?.steps.length ?? 0) > 0);
  const heat = useHeat();
  const modes: Array<[HeatMetric | null, string]> = [
    [null, t('analysis.heatOff')],
    ['utilization', t('analysis.heatUtilisation')],
    ['wait', t('analysis.heatWait')],
  ];
  return (
    <div className="fs-analysis-toolbar">
      <div className="fs-analysis-segment" role="radiogroup" aria-label={t('analysis.heat')}>
        <span className="fs-analysis-segment-label" aria-hidden>
          {t('analysis.heat')}
        </span>
        {modes.map(([m, label]) => (
          <button
            key={m ?? 'off'}
            type="button"
            role="radio"
            aria-checked={mode === m}
            className="fs-analysis-segment-item"
            onClick={() => setAnalysisHeat(panels, m)}
          >
            {label}
          </button>
        ))}
      </div>
      {heat && heat.source !== 'analysis' && (
        <p className="fs-muted fs-analysis-note">{t('analysis.heatFromSimulation')}</p>
      )}
      <label className="fs-analysis-check">
        <input
          type="checkbox"
          checked={badges}
          onChange={(e) => panels.analysis.setState({ badges: e.target.checked })}
        />
        {t('analysis.badges')}
      </label>
      <div className="fs-row">
        <button
          type="button"
          className="fs-button fs-button--primary"
          title={t('analysis.toBeTitle')}
          disabled={toBeRunning || !hasSteps}
          onClick={() => void createToBe(services, t)}
        >
          {toBeRunning ? t('analysis.toBeRunning') : `➜ ${t('analysis.toBe')}`}
        </button>
        {toBeRunning && (
          <button type="button" className="fs-button" onClick={() => cancelToBe(panels.analysis)}>
            {t('analysis.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
