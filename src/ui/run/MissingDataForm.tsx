import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitingStep } from '@flowsmith/compiler';
import { fieldValue } from './caseData';
import { sendToCase } from './runCases';
import { useRunStore } from './runStore';

/**
 * A form for the values a decision waits for (compiler SPEC.md CM-XOR-DATA): one field per missing
 * name; "Decide" sends them as SET_DATA and the decision takes its way. Blank fields stay unset.
 */
export function MissingDataForm({ caseId, wait }: { caseId: string; wait: WaitingStep }) {
  const runStore = useRunStore();
  const { t } = useTranslation();
  const names = wait.missing ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const data: Record<string, unknown> = {};
  for (const name of names) {
    const v = fieldValue(values[name] ?? '');
    if (v !== undefined) data[name] = v;
  }
  const id = (name: string) => `fs-run-need-${caseId}-${wait.stepId}-${name}`;
  return (
    <form
      className="fs-run-decision fs-run-needs-data"
      data-testid="run-needs-data"
      data-step={wait.stepId}
      onSubmit={(e) => {
        e.preventDefault();
        sendToCase(runStore, caseId, { type: 'SET_DATA', data });
      }}
    >
      <p className="fs-run-decision-name">
        <strong>{t('run.needsDataTitle', { name: wait.name })}</strong>
      </p>
      <p className="fs-muted">{t('run.needsDataHint')}</p>
      {names.map((name) => (
        <div className="fs-field" key={name}>
          <label htmlFor={id(name)}>{name}</label>
          <input
            id={id(name)}
            value={values[name] ?? ''}
            onChange={(e) => setValues((old) => ({ ...old, [name]: e.target.value }))}
          />
        </div>
      ))}
      <button type="submit" className="fs-button" disabled={Object.keys(data).length === 0}>
        {t('run.decide')}
      </button>
    </form>
  );
}
