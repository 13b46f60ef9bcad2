import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n/i18n';
import { useEditorState, useWorkspace } from '../EditorContext';
import { CycleTimeChart } from './CycleTimeChart';
import { OverTimeChart } from './OverTimeChart';
import { SummaryTable } from './SummaryTable';
import { UtilizationChart } from './UtilizationChart';
import { WaitsOnCanvasButton } from './WaitsOnCanvasButton';
import type { SimulationResults } from './simulationStore';
import { personName, personRows, stepWaitRows, summaryRows } from './summaryRows';

/** The last run's figures: key-figure table, charts, waits per step, and the canvas overlay button. */
export function ResultsView({ results }: { results: SimulationResults }) {
  const { t } = useTranslation();
  const docVersion = useEditorState((s) => s.docVersion);
  const key = useWorkspace((s) => s.key);
  const { docs, summaries, comparison, cycles } = results;
  const stale = docVersion !== results.docVersion || key !== results.docKey;
  const comparing = docs.length > 1;
  const names = comparing ? [t('simulation.asIs'), t('simulation.toBe')] : [docs[0]!.name];
  const columns = comparing ? [t('simulation.asIs'), t('simulation.toBe')] : [t('simulation.mean')];
  const rows = useMemo(() => summaryRows(summaries, comparison), [summaries, comparison]);
  const waits = useMemo(
    () => stepWaitRows(docs, summaries, comparison),
    [docs, summaries, comparison],
  );
  const people = useMemo(
    () => personRows(docs, summaries, comparison),
    [docs, summaries, comparison],
  );
  const stepName = (id: string) =>
    docs.flatMap((d) => d.steps).find((s) => s.id === id)?.name ?? id;
  const first = summaries[0]!;
  const unfinished = summaries.reduce((a, s) => a + s.unfinished, 0);
  return (
    <div className="fs-sim-results" data-testid="sim-results">
      <p className="fs-muted fs-sim-done" data-testid="sim-done">
        {t('simulation.done', {
          replications: first.replications,
          cases: summaries.reduce((a, s) => a + s.cases, 0).toLocaleString(currentLang()),
          events: summaries.reduce((a, s) => a + s.events, 0).toLocaleString(currentLang()),
          seconds: (results.ms / 1000).toFixed(results.ms < 1000 ? 2 : 1),
          workers: t('simulation.workers', { count: results.workers }),
        })}
      </p>
      {comparing && (
        <p className="fs-sim-pair" data-testid="sim-pair">
          <span>
            {t('simulation.asIs')}: <strong>{docs[0]!.name}</strong>
          </span>
          <span>
            {t('simulation.toBe')}: <strong>{docs[1]!.name}</strong>
          </span>
        </p>
      )}
      {results.warnings.map((w) => (
        <p key={w} className="fs-field-warning" role="status" data-testid="sim-warning">
          ⚠ {w}
        </p>
      ))}
      {stale && <p className="fs-field-warning">{t('simulation.stale')}</p>}
      {unfinished > 0 && (
        <p className="fs-field-hint">{t('simulation.unfinished', { count: unfinished })}</p>
      )}
      <WaitsOnCanvasButton
        summary={summaries[results.openSlot]!}
        name={docs[results.openSlot]!.name}
        stale={stale}
      />
      <SummaryTable
        caption={t('simulation.summary')}
        rows={rows}
        columns={columns}
        label={(r) => t(`simulation.metric.${r.key.replace(/\./g, '_')}`)}
        testId="sim-summary"
      />
      <CycleTimeChart cycles={cycles} names={names} />
      <UtilizationChart summaries={summaries} docs={docs} names={names} />
      {people.length > 0 && (
        <SummaryTable
          caption={t('simulation.people')}
          rows={people}
          columns={columns}
          label={(r) => personName(docs, r.person!)}
          testId="sim-people"
          head={t('simulation.person')}
          meansOnly={comparing}
        />
      )}
      <OverTimeChart summaries={summaries} docs={docs} names={names} />
      <SummaryTable
        caption={t('simulation.stepWaits')}
        rows={waits}
        columns={columns}
        label={(r) => stepName(r.step!)}
        testId="sim-step-waits"
        meansOnly={comparing}
      />
    </div>
  );
}
