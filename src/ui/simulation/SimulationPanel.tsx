import './strings';
import './simulation.css';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useEditorState, useServices } from '../EditorContext';
import { CompareSelect, useCompareKey } from './CompareSelect';
import { OverrideFields } from './OverrideFields';
import { CaseFields } from './CaseFields';
import { QueueOverrideFields } from './QueueOverrideFields';
import { RunControls } from './RunControls';
import { ScenarioFields } from './ScenarioFields';
import { formMessages, formToScenario } from './scenarioForm';
import { useSimulation } from './simulationStore';
import { cancelSimulation, startSimulation } from './startSimulation';

// The charts (recharts) load with the first results, not with the app.
const ResultsView = lazy(() => import('./ResultsView').then((m) => ({ default: m.ResultsView })));

/** The simulation side panel: scenario, document to compare with, run with progress and cancel, results. */
export function SimulationPanel() {
  const { t } = useTranslation();
  const services = useServices();
  const { panels } = services;
  const doc = useEditorState((s) => s.doc);
  const form = useSimulation((s) => s.form);
  const results = useSimulation((s) => s.results);
  const compareKey = useCompareKey();
  const lang = currentLang();
  const checked = useMemo(
    () => formToScenario(form, doc, lang, formMessages(t)),
    [form, doc, lang, t],
  );
  const errors = checked.ok ? {} : checked.errors;
  return (
    <section className="fs-inspector-section fs-sim" aria-label={t('simulation.title')}>
      <h2 className="fs-panel-title">{t('simulation.title')}</h2>
      <p className="fs-muted fs-sim-intro">{t('simulation.intro')}</p>
      <h3 className="fs-subtitle">{t('simulation.scenario')}</h3>
      <ScenarioFields form={form} errors={errors} />
      <CaseFields doc={doc} form={form} errors={errors} />
      <OverrideFields doc={doc} form={form} errors={errors} />
      <QueueOverrideFields doc={doc} form={form} errors={errors} />
      <CompareSelect value={compareKey} />
      <RunControls
        disabled={!checked.ok}
        onRun={() => void startSimulation(services, compareKey, lang, t)}
        onCancel={() => cancelSimulation(panels.simulation)}
      />
      {results && (
        <Suspense fallback={<p className="fs-muted">…</p>}>
          <ResultsView results={results} />
        </Suspense>
      )}
    </section>
  );
}
