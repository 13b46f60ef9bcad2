import './strings';
import './analysisLayer.css';
import { useAnalysisState } from './analysisStore';
import { useRetainAnalysis } from './useRetainAnalysis';
import { HeatLayer } from './HeatLayer';
import { BadgeLayer } from './BadgeLayer';

/**
 * The analysis on the canvas: the heat overlay (whoever wrote it) and, once the analysis panel
 * was opened, waste badges kept in step with the map.
 */
export function AnalysisLayer() {
  const active = useAnalysisState((s) => s.active);
  useRetainAnalysis(active);
  return (
    <>
      <HeatLayer />
      {active && <BadgeLayer />}
    </>
  );
}
