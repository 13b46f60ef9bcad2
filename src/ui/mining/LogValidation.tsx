import { useEffect, useMemo, useRef } from 'react';
import { resolveLang } from '@flowsmith/model';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';
import { useLog, useLogStore } from './logStore';
import { percent } from './logView';
import { cancelSimulation } from './simulateAgainstLog';
import { validationCells } from './validationCells';
import './validationStrings';
import './validation.css';

/** The numbers of a row, on the line below its label (the label's line ends with the verdict). */
const NUMBERS = ['log', 'simulated', 'error', 'tolerance'] as const;

/**
 * The result of "Simulate and compare with the log": while it runs, the run under way, a progress
 * bar and Cancel; then a one-line verdict and the table — per figure (its label on a line of its
 * own, so the panel's width holds it) the log's value, the simulated mean, the error, the
 * tolerance and the verdict (ok, ok within the runs, FAIL, few cases); or that it was cancelled,
 * or the simulator's refusal. The verdict ends the label's line, above the tolerance.
 */
export function LogValidation() {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const store = useLogStore();
  const validation = useLog((s) => s.validation);
  const doc = useEditorState((s) => s.doc);
  const lang = resolveLang(i18n.language);
  const box = useRef<HTMLDivElement>(null);
  const state = validation?.state;
  // A fresh run or result scrolls into view (braces: see DiscoverAndCheck).
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
  }, [state]);
  const rows = useMemo(() => {
    if (validation?.state !== 'done') return [];
    const { roleNames } = validation;
    return validation.validation.rows.map((r) =>
      validationCells(r, lang, (id) => (Object.hasOwn(roleNames, id) ? roleNames[id] : undefined)),
    );
  }, [validation, lang]);
  if (!validation) return null;
  const close = (
    <button
      type="button"
      className="fs-button"
      onClick={() => store.setState({ validation: null })}
    >
      {t('log.close')}
    </button>
  );
  const judged = rows.filter((r) => r.verdict !== 'unjudged').length;
  const failed = rows.filter((r) => r.verdict === 'fail').length;
  return (
    <div
      className="fs-log-check fs-log-validation"
      data-testid="log-validation"
      data-state={validation.state}
      ref={box}
    >
      <h3 className="fs-log-subtitle">{t('log.validate.title')}</h3>
      {validation.docId !== doc.id && <p className="fs-muted">{t('log.checkedOther')}</p>}
      {validation.state === 'running' && (
        <div className="fs-log-reading" role="status">
          <span>{t('log.validate.running', { run: validation.run, runs: validation.runs })}</span>
          <progress max={1} value={validation.progress} aria-label={t('log.validate.progress')}>
            {percent(validation.progress)}
          </progress>
          <button type="button" className="fs-button" onClick={() => cancelSimulation(services)}>
            {t('log.cancel')}
          </button>
        </div>
      )}
      {validation.state === 'cancelled' && (
        <>
          <p role="status">{t('log.validate.cancelled')}</p>
          {close}
        </>
      )}
      {validation.state === 'refused' && (
        <>
          <p className="fs-log-error fs-log-validation-refusal" role="alert">
            {t('log.validate.refused')} {validation.message}
          </p>
          {close}
        </>
      )}
      {validation.state === 'done' && (
        <>
          <p
            className={failed ? 'fs-log-validation-summary is-failed' : 'fs-log-validation-summary'}
            role="status"
          >
            {failed
              ? t('log.validate.failed', { count: failed, judged })
              : t('log.validate.passed')}
          </p>
          <p className="fs-muted">
            {t('log.validate.about', {
              name: validation.docName,
              runs: validation.runs,
              cases: validation.cases,
            })}
          </p>
          <table className="fs-log-validation-table">
            <thead>
              <tr>
                <th scope="col" colSpan={NUMBERS.length - 1}>
                  {t('log.validate.head.figure')}
                </th>
                <th scope="col" className="is-verdict">
                  {t('log.validate.head.verdict')}
                </th>
              </tr>
              <tr>
                {NUMBERS.map((c) => (
                  <th key={c} scope="col">
                    {t(`log.validate.head.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            {rows.map((r, i) => (
              <tbody key={i} data-verdict={r.verdict}>
                <tr>
                  <th scope="rowgroup" colSpan={NUMBERS.length - 1}>
                    {r.figure}
                  </th>
                  <td className="is-verdict">{t(`log.validate.verdict.${r.verdict}`)}</td>
                </tr>
                <tr>
                  {NUMBERS.map((c) => (
                    <td key={c}>{r[c]}</td>
                  ))}
                </tr>
              </tbody>
            ))}
          </table>
          <p className="fs-muted">
            {t('log.validate.notes', { min: validation.validation.tolerances.minCount })}
          </p>
          {close}
        </>
      )}
    </div>
  );
}
