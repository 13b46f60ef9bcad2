import './strings';
import './analysis.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysisStore } from './analysisStore';
import { useRetainAnalysis } from './useRetainAnalysis';
import { AnalysisToolbar } from './AnalysisToolbar';
import { AnalysisStatus } from './AnalysisStatus';
import { ToBeChanges } from './ToBeChanges';
import { KeyFigures } from './KeyFigures';
import { FindingList } from './FindingList';
import { RaciMatrix } from './RaciMatrix';

type Tab = 'overview' | 'raci';

/** The analysis side panel: key figures and findings (with heat, badges, to-be), or the RACI matrix. */
export function AnalysisPanel() {
  const analysisStore = useAnalysisStore();
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('overview');
  useRetainAnalysis();
  // From now on the canvas layers draw the analysis too.
  useEffect(() => analysisStore.setState({ active: true }), [analysisStore]);
  const tabs: Array<[Tab, string]> = [
    ['overview', t('analysis.tabOverview')],
    ['raci', t('analysis.tabRaci')],
  ];
  return (
    <section className="fs-inspector-section fs-analysis" aria-label={t('analysis.panel')}>
      <h2 className="fs-panel-title">{t('analysis.panel')}</h2>
      <div className="fs-analysis-tabs" role="tablist" aria-label={t('analysis.panel')}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className="fs-analysis-tab"
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'overview' ? (
        <div role="tabpanel" aria-label={t('analysis.tabOverview')}>
          <AnalysisToolbar />
          <AnalysisStatus />
          <ToBeChanges />
          <KeyFigures />
          <FindingList />
        </div>
      ) : (
        <div role="tabpanel" aria-label={t('analysis.tabRaci')}>
          <RaciMatrix />
        </div>
      )}
    </section>
  );
}
