import './presentation.css';
import { useTranslation } from 'react-i18next';
import { useServices, useUi } from '../EditorContext';
import { useAnalysisState } from '../analysis/analysisStore';
import { setAnalysisHeat } from '../analysis/heatSync';
import { useHeat } from '../heat/heatStore';
import { leavePresentation } from './presentation';

/**
 * The small floating control of presentation mode: the findings (waste badges) and the heat
 * overlay on or off, fit, and leave. Shown only while presenting.
 */
export function PresentationBar() {
  const { t } = useTranslation();
  const { ui, panels } = useServices();
  const presenting = useUi((s) => s.presenting);
  const badges = useAnalysisState((s) => s.active && s.badges);
  const heat = useHeat();
  if (!presenting) return null;
  return (
    <div className="fs-present-bar" role="toolbar" aria-label={t('present.bar')}>
      <button
        type="button"
        aria-pressed={badges}
        data-testid="present-badges"
        onClick={() => panels.analysis.setState({ active: true, badges: !badges })}
      >
        {t('present.badges')}
      </button>
      <button
        type="button"
        aria-pressed={heat !== null}
        data-testid="present-heat"
        onClick={() => {
          panels.analysis.setState({ active: true });
          setAnalysisHeat(panels, heat ? null : 'utilization');
        }}
      >
        {t('present.heat')}
      </button>
      <button type="button" onClick={() => ui.getState().canvas?.fitView()}>
        {t('present.fit')}
      </button>
      <button type="button" data-testid="present-leave" onClick={() => leavePresentation(ui)}>
        {t('present.leave')}
      </button>
    </div>
  );
}
