import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMachine } from '@flowsmith/compiler';
import type { ProcessDocument } from '@flowsmith/model';
import { useServices } from '../EditorContext';
import { readCaseData } from './caseData';
import { conditionNames } from './conditionNames';
import { startCase } from './runCases';
import { activeSteps } from './activeSteps';
import { useRunStore } from './runStore';

/** Starts a new case: a field for each name the decisions read, JSON for the rest, checked as typed. */
export function CaseForm({ doc, machine }: { doc: ProcessDocument; machine: ProcessMachine }) {
  const runStore = useRunStore();
  const { t } = useTranslation();
  const { ui } = useServices();
  const names = useMemo(() => conditionNames(doc), [doc]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [json, setJson] = useState('');
  const read = readCaseData({ fields: pick(fields, names), json });
  const jsonError = read.ok
    ? null
    : read.error.kind === 'syntax'
      ? t('run.jsonError', { message: read.error.message })
      : t('run.jsonNotObject');
  const start = () => {
    if (!read.ok) return;
    try {
      const run = startCase(runStore, doc, machine, read.data);
      const first = activeSteps(run.actions)[0];
      if (first !== undefined) ui.getState().canvas?.reveal(first);
    } catch (e) {
      ui.setState({
        notice: {
          kind: 'error',
          text: t('run.startFailed', { message: e instanceof Error ? e.message : String(e) }),
        },
      });
    }
  };
  return (
    <form
      className="fs-card fs-run-form"
      aria-label={t('run.newCase')}
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <h3 className="fs-subtitle">{t('run.newCase')}</h3>
      <fieldset className="fs-field">
        <legend>{t('run.caseData')}</legend>
        {names.length === 0 ? (
          <span className="fs-field-hint">{t('run.noNames')}</span>
        ) : (
          <>
            <div className="fs-run-names">
              {names.map((name) => (
                <label key={name} className="fs-run-name">
                  <code>{name}</code>
                  <input
                    type="text"
                    value={fields[name] ?? ''}
                    data-name={name}
                    onChange={(e) => setFields((f) => ({ ...f, [name]: e.target.value }))}
                  />
                </label>
              ))}
            </div>
            <span className="fs-field-hint">{t('run.caseDataHint')}</span>
          </>
        )}
      </fieldset>
      <div className={`fs-field${jsonError ? ' has-error' : ''}`}>
        <label htmlFor="fs-run-json">{t('run.moreData')}</label>
        <textarea
          id="fs-run-json"
          value={json}
          spellCheck={false}
          placeholder='{"priority": "high"}'
          aria-invalid={jsonError !== null}
          aria-describedby={jsonError ? 'fs-run-json-error' : undefined}
          onChange={(e) => setJson(e.target.value)}
        />
        {jsonError && (
          <span id="fs-run-json-error" className="fs-field-error" role="alert">
            {jsonError}
          </span>
        )}
      </div>
      <button type="submit" className="fs-button fs-button--primary" disabled={!read.ok}>
        ▶ {t('run.start')}
      </button>
    </form>
  );
}

/** Only the fields of names the document still reads (a field may outlive its condition). */
function pick(fields: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.filter((n) => Object.hasOwn(fields, n)).map((n) => [n, fields[n]!]),
  );
}
