import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readCaseData } from './caseData';
import { sendToCase } from './runCases';
import type { RunCase } from './runStore';
import { useRunStore } from './runStore';

/** The case's data as JSON, for a case stuck at a decision no flow admits: updating it sends SET_DATA. */
export function CaseDataEditor({ run }: { run: RunCase }) {
  const runStore = useRunStore();
  const { t } = useTranslation();
  const [json, setJson] = useState(() => JSON.stringify(run.snapshot.context.data, null, 2));
  const read = readCaseData({ fields: {}, json });
  const error = read.ok
    ? null
    : read.error.kind === 'syntax'
      ? t('run.jsonError', { message: read.error.message })
      : t('run.jsonNotObject');
  return (
    <div className={`fs-field${error ? ' has-error' : ''}`}>
      <label htmlFor={`fs-run-data-${run.id}`}>{t('run.data')}</label>
      <textarea
        id={`fs-run-data-${run.id}`}
        value={json}
        spellCheck={false}
        aria-invalid={error !== null}
        onChange={(e) => setJson(e.target.value)}
      />
      {error && (
        <span className="fs-field-error" role="alert">
          {error}
        </span>
      )}
      <button
        type="button"
        className="fs-button"
        disabled={!read.ok}
        onClick={() =>
          read.ok && sendToCase(runStore, run.id, { type: 'SET_DATA', data: read.data })
        }
      >
        {t('run.setData')}
      </button>
    </div>
  );
}
