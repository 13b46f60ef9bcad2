import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDocument } from '@flowsmith/model';
import { currentLang } from '../../i18n/i18n';
import { useCommit } from '../inspector/fields/useCommit';
import { keptSettings, readCaseForm } from './scenarioCaseFields';
import { formMessages, type ScenarioForm } from './scenarioForm';
import { editForm, useSimulationStore } from './simulationStore';

/**
 * Writes the form's start, attributes and priority rules into the process (its `simulation`
 * settings, one undo step), so they travel with the file and every later run; and takes the
 * process's own settings out again.
 */
export function KeepInProcess({ doc, form }: { doc: ProcessDocument; form: ScenarioForm }) {
  const { t } = useTranslation();
  const commit = useCommit();
  const store = useSimulationStore();
  const [problem, setProblem] = useState<string | null>(null);
  const errors: Record<string, string> = {};
  const read = readCaseForm(form, doc, currentLang(), formMessages(t), errors);
  const bad = Object.keys(errors).some((k) => /^(start|attributes|priorities)/.test(k));
  const any = read.start !== undefined || read.attributes || read.priorities;
  const keep = () => {
    const msg = commit(
      { id: 'process.update', params: { changes: { simulation: keptSettings(doc, read) } } },
      'process.update',
    );
    setProblem(msg);
    if (!msg) editForm(store, { start: '', attributes: [], priorities: [] });
  };
  return (
    <div className="fs-row fs-sim-keep">
      <button
        type="button"
        className="fs-button fs-button--small"
        data-testid="sim-keep-in-process"
        disabled={bad || !any}
        title={t('simulation.case.keepHint')}
        onClick={keep}
      >
        {t('simulation.case.keep')}
      </button>
      {doc.simulation && (
        <button
          type="button"
          className="fs-button fs-button--small"
          data-testid="sim-clear-process"
          onClick={() =>
            setProblem(commit({ id: 'process.update', params: { changes: { simulation: null } } }))
          }
        >
          {t('simulation.case.clearProcess')}
        </button>
      )}
      {problem && (
        <div className="fs-field-error" role="alert">
          {problem}
        </div>
      )}
    </div>
  );
}
