import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';
import { conform, discover } from './logCommands';
import { compareWithDrawn } from './compareWithDrawn';
import { DrawnVersusData } from './DrawnVersusData';
import { FigureFindings } from './FigureFindings';
import { LogValidation } from './LogValidation';
import { simulateAgainstLog } from './simulateAgainstLog';
import './validationStrings';
import { useLog, useLogStore } from './logStore';
import { percent } from './logView';

/**
 * "Discover process" with its noise slider (opens the discovered process as a new document, laid
 * out in lanes), "Check the map against the log": fitness, precision and the deviations, which
 * the conformance layer also marks on the map's steps, and the drawn figures that differ from the
 * data; "Compare with the drawn map": the open map against the process discovered from the log;
 * and "Simulate and compare with the log": the open map simulated, its figures beside the log's.
 */
export function DiscoverAndCheck() {
  const { t } = useTranslation();
  const services = useServices();
  const store = useLogStore();
  const noise = useLog((s) => s.noise);
  const busy = useLog((s) => s.busy);
  const check = useLog((s) => s.check);
  const doc = useEditorState((s) => s.doc);
  const ctx = { ...services, t };
  const result = useRef<HTMLDivElement>(null);
  // A fresh check scrolls into view: the figures are what the user asked for. (Braces: Chromium's
  // scrollIntoView returns a promise, which React would take for the effect's cleanup and call.)
  useEffect(() => {
    result.current?.scrollIntoView({ block: 'nearest' });
  }, [check]);
  const stepName = (id?: string) => doc.steps.find((s) => s.id === id)?.name;
  return (
    <div className="fs-log-actions">
      <label className="fs-log-noise">
        {t('log.noise', { pct: Math.round(noise * 100) })}
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={noise}
          onChange={(e) => store.setState({ noise: Number(e.target.value) })}
        />
      </label>
      <button
        type="button"
        className="fs-button fs-button--primary"
        disabled={busy !== null}
        onClick={() => void discover(ctx)}
      >
        {busy === 'discover' ? t('log.discovering') : t('log.discover')}
      </button>
      <button
        type="button"
        className="fs-button"
        disabled={busy !== null || doc.steps.length === 0}
        onClick={() => void conform(ctx)}
      >
        {busy === 'conform' ? t('log.checking') : t('log.conform')}
      </button>
      <button
        type="button"
        className="fs-button"
        disabled={busy !== null || doc.steps.length === 0}
        onClick={() => void compareWithDrawn(ctx)}
      >
        {busy === 'compare' ? t('log.compare.running') : t('log.compare.button')}
      </button>
      <button
        type="button"
        className="fs-button"
        disabled={busy !== null || doc.steps.length === 0}
        onClick={() => void simulateAgainstLog(ctx)}
      >
        {t('log.validate.button')}
      </button>
      {check && (
        <div className="fs-log-check" data-testid="log-check" role="status" ref={result}>
          {check.docId !== doc.id && <p className="fs-muted">{t('log.checkedOther')}</p>}
          <p>
            <b>{t('log.fitness', { value: percent(check.conformance.fitness) })}</b>
            {' · '}
            <b>{t('log.precision', { value: percent(check.conformance.precision) })}</b>
          </p>
          <p>
            {t('log.fitting', {
              fitting: check.conformance.fittingCases,
              cases: check.conformance.cases,
            })}
          </p>
          {check.conformance.deviations.length === 0 ? (
            <p>{t('log.noDeviation')}</p>
          ) : (
            <ul className="fs-log-deviations">
              {check.conformance.deviations.map((d, i) => (
                <li key={i} className={`fs-log-deviation--${d.kind}`}>
                  {d.step && check.docId === doc.id ? (
                    <button
                      type="button"
                      className="fs-link-button"
                      onClick={() => services.ui.getState().canvas?.focusStep(d.step!)}
                    >
                      {t('log.deviation', {
                        activity: stepName(d.step) ?? d.activity,
                        kind: t(`log.kind.${d.kind}`),
                        count: d.cases,
                      })}
                    </button>
                  ) : (
                    t('log.deviation', {
                      activity: d.activity,
                      kind: t(`log.kind.${d.kind}`),
                      count: d.cases,
                    })
                  )}
                </li>
              ))}
            </ul>
          )}
          <FigureFindings figures={check.figures} here={check.docId === doc.id} />
          <button
            type="button"
            className="fs-button"
            onClick={() => store.setState({ check: null })}
          >
            {t('log.clearCheck')}
          </button>
        </div>
      )}
      <DrawnVersusData />
      <LogValidation />
    </div>
  );
}
