import { useMemo } from 'react';
import { describeDiff, resolveLang, type ChangeLine } from '@flowsmith/model';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';
import { showSteps } from '../analysis/showSteps';
import { useLog, useLogStore } from './logStore';
import './strings';

const SECTIONS = ['onlyDrawn', 'onlyData', 'changed'] as const;

/** Which list a change line goes in: steps only drawn, steps only in the data, everything else. */
function sectionOf(l: ChangeLine): (typeof SECTIONS)[number] {
  if (l.kind === 'step' && l.change === 'removed') return 'onlyDrawn';
  if (l.kind === 'step' && l.change === 'added') return 'onlyData';
  return 'changed';
}

/**
 * The result of "Compare with the drawn map": the model's change sentences (`describeDiff`) of the
 * drawn map against the process discovered from the log, in three lists — steps only in the
 * drawing, steps only in the data, changed steps, flows and roles (gateways added or removed are
 * counted, not listed); a click selects and focuses the drawn steps a line concerns (on the map
 * that was compared).
 */
export function DrawnVersusData() {
  const { t, i18n } = useTranslation();
  const { editor, ui } = useServices();
  const store = useLogStore();
  const comparison = useLog((s) => s.comparison);
  const docId = useEditorState((s) => s.doc.id);
  const lang = resolveLang(i18n.language);
  const lines = useMemo(
    () =>
      comparison ? describeDiff(comparison.diff, comparison.drawn, comparison.found, lang) : [],
    [comparison, lang],
  );
  if (!comparison) return null;
  const here = comparison.docId === docId;
  const drawnIds = new Set(comparison.drawn.steps.map((s) => s.id));
  // Gateways added or removed are named by a symbol (?, +): counted, not listed one by one.
  const gatewayIds = new Set(
    [...comparison.drawn.steps, ...comparison.found.steps]
      .filter((s) => s.type === 'xor' || s.type === 'and')
      .map((s) => s.id),
  );
  const isGateway = (l: ChangeLine) =>
    l.kind === 'step' &&
    (l.change === 'added' || l.change === 'removed') &&
    [...l.asIs, ...l.toBe].every((id) => gatewayIds.has(id));
  const gateways = lines.filter(isGateway).length;
  return (
    <div className="fs-log-check" data-testid="log-compare" role="status">
      <h3 className="fs-log-subtitle">{t('log.compare.title')}</h3>
      {!here && <p className="fs-muted">{t('log.checkedOther')}</p>}
      <p className="fs-muted">
        {t('log.compare.byName', { matched: comparison.matched, steps: comparison.steps })}
      </p>
      {lines.length === 0 && <p>{t('log.compare.same')}</p>}
      {SECTIONS.map((section) => {
        const mine = lines.filter((l) => sectionOf(l) === section && !isGateway(l));
        if (mine.length === 0) return null;
        return (
          <div key={section} data-compare-section={section}>
            <h4 className="fs-log-subtitle">{t(`log.compare.${section}`)}</h4>
            <ul className="fs-log-deviations">
              {mine.map((l, i) => {
                const ids = [...l.asIs, ...l.toBe].filter((id) => drawnIds.has(id));
                return (
                  <li key={i} data-change={l.change}>
                    {here && ids.length > 0 ? (
                      <button
                        type="button"
                        className="fs-link-button"
                        onClick={() => showSteps(editor, ui, ids)}
                      >
                        {l.text}
                      </button>
                    ) : (
                      l.text
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {gateways > 0 && <p className="fs-muted">{t('log.compare.gateways', { count: gateways })}</p>}
      <button
        type="button"
        className="fs-button"
        onClick={() => store.setState({ comparison: null })}
      >
        {t('log.close')}
      </button>
    </div>
  );
}
