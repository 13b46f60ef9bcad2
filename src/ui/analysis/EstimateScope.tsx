import {
  formatExcludes,
  formatMinutes,
  formatPercent,
  simulationDifference,
} from '@flowsmith/analysis';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useSimulation } from '../simulation/simulationStore';
import { useAnalysisState } from './analysisStore';

/**
 * Under the key figures: what the analytic estimate leaves out of this process ("The estimate
 * excludes …", from @flowsmith/analysis) and, when the simulation panel has a result for the same
 * document, how far its mean cycle time is from the estimate. Nothing when neither applies.
 */
export function EstimateScope() {
  const { t } = useTranslation();
  const excludes = useAnalysisState((s) => s.result?.excludes);
  const estimated = useAnalysisState((s) => s.result?.metrics.cycleTime.mean);
  const doc = useAnalysisState((s) => s.doc);
  const results = useSimulation((s) => s.results);
  const simulated = useMemo(() => {
    const same = results?.docs[results.openSlot];
    if (!results || !same || !doc) return undefined;
    if (same !== doc && JSON.stringify(same) !== JSON.stringify(doc)) return undefined;
    return results.summaries[results.openSlot]?.cycleTime.mean;
  }, [results, doc]);
  const lang = currentLang();
  const diff = estimated === undefined ? null : simulationDifference(estimated, simulated);
  if (!excludes?.length && diff === null) return null;
  return (
    <div className="fs-analysis-scope" data-testid="analysis-scope">
      {excludes?.length ? <p className="fs-muted">{formatExcludes(excludes, lang)}</p> : null}
      {diff !== null && simulated !== undefined ? (
        <p className="fs-muted" data-testid="analysis-simulation-diff">
          {t('analysis.simulationDiffers', {
            simulated: formatMinutes(simulated, lang),
            share: formatPercent(Math.abs(diff)),
            direction: t(diff >= 0 ? 'analysis.simulationLonger' : 'analysis.simulationShorter'),
          })}
        </p>
      ) : null}
    </div>
  );
}
