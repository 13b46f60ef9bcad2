import './strings';
import './compare.css';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLang, type Lang } from '@flowsmith/model';
import { useServices, useWorkspace } from '../EditorContext';
import { Modal } from '../dialogs/Modal';
import { AttributionList } from './AttributionList';
import { ChangeList } from './ChangeList';
import { useCompare, useCompareStore } from './compareStore';
import { createToBeCopy } from './createToBeCopy';
import { exportReport } from './exportReport';
import { familyOf } from '../../editor/persistence/familyOf';
import { KpiTable } from './KpiTable';
import { SideBySideMaps } from './SideBySideMaps';
import { TimelineView } from './TimelineView';
import { useComparison } from './useComparison';
import { usePartner } from './usePartner';

/**
 * The compare side panel (issue #9): pick the process to compare with (variants grouped under
 * their as-is), create a to-be as a copy, see the KPI table, what each change contributes and
 * the change list (clicks select steps), open the maps side by side or the role timeline, and
 * export the workshop report.
 */
export function ComparePanel() {
  const compareStore = useCompareStore();
  const { t, i18n } = useTranslation();
  const services = useServices();
  const documents = useWorkspace((s) => s.documents);
  const openKey = useWorkspace((s) => s.key);
  const view = useCompare((s) => s.view);
  const overlay = useCompare((s) => s.overlay);
  const { key, pair, error } = usePartner();
  const lang: Lang = resolveLang(i18n.language);
  const comparison = useComparison(pair, lang);
  const roleName = useCallback(
    (id: string | null) =>
      id === null
        ? '—'
        : ((pair?.toBe.roles.find((r) => r.id === id) ?? pair?.asIs.roles.find((r) => r.id === id))
            ?.name ?? id),
    [pair?.asIs, pair?.toBe],
  );
  // The canvas layer outlines the open document's changed steps.
  const status = comparison
    ? pair!.openIsAsIs
      ? comparison.diff.asIsStatus
      : comparison.diff.toBeStatus
    : null;
  useEffect(() => compareStore.setState({ status }), [compareStore, status]);
  const others = familyOf(documents).flatMap((f) =>
    [f.asIs, ...f.variants].map((d) => ({ d, variant: d !== f.asIs })),
  );
  return (
    <section className="fs-inspector-section fs-compare" aria-label={t('compare.panel')}>
      <h2 className="fs-panel-title">{t('compare.panel')}</h2>
      <p className="fs-muted">{t('compare.intro')}</p>
      <div className="fs-field">
        <label htmlFor="compare-partner">{t('compare.partner')}</label>
        <select
          id="compare-partner"
          data-testid="compare-partner"
          value={key ?? ''}
          onChange={(e) => compareStore.setState({ partnerKey: e.target.value || null })}
        >
          <option value="">{t('compare.partnerNone')}</option>
          {others
            .filter(({ d }) => d.key !== openKey)
            .map(({ d, variant }) => (
              <option key={d.key} value={d.key}>
                {variant ? `  ↳ ${d.name}` : d.name}
              </option>
            ))}
        </select>
      </div>
      <div className="fs-compare-buttons">
        <button
          type="button"
          data-testid="compare-copy"
          onClick={() => void createToBeCopy(services, t)}
        >
          {t('compare.createCopy')}
        </button>
        <button
          type="button"
          data-testid="compare-open-maps"
          disabled={!pair}
          onClick={() => compareStore.setState({ view: 'maps' })}
        >
          {t('compare.maps')}
        </button>
        <button
          type="button"
          data-testid="compare-open-timeline"
          disabled={!pair}
          onClick={() => compareStore.setState({ view: 'timeline' })}
        >
          {t('compare.timeline')}
        </button>
        <button
          type="button"
          data-testid="compare-export"
          disabled={!pair}
          onClick={() =>
            pair &&
            void exportReport(pair, lang).then(
              (ok) =>
                ok &&
                services.ui.setState({ notice: { kind: 'info', text: t('compare.exported') } }),
            )
          }
        >
          {t('compare.export')}
        </button>
      </div>
      <label className="fs-check">
        <input
          type="checkbox"
          checked={overlay}
          onChange={(e) => compareStore.setState({ overlay: e.target.checked })}
        />{' '}
        {t('compare.overlay')}
      </label>
      {error && (
        <p className="fs-field-error" role="alert">
          {t('compare.failed', { message: error })}
        </p>
      )}
      {!key && <p className="fs-muted">{t('compare.noPartner')}</p>}
      {key && !pair && !error && <p className="fs-muted">{t('compare.loading')}</p>}
      {pair && comparison && (
        <>
          <h3>{t('compare.kpis')}</h3>
          <KpiTable kpis={comparison.kpis} lang={lang} roleName={roleName} />
          {comparison.attribution && comparison.attribution.changes.length > 0 && (
            <>
              <h3>{t('compare.attribution')}</h3>
              <AttributionList
                attribution={comparison.attribution}
                lines={comparison.lines}
                lang={lang}
              />
            </>
          )}
          <h3>{t('compare.changes')}</h3>
          <ChangeList lines={comparison.lines} openIsAsIs={pair.openIsAsIs} />
          {view && (
            <Modal
              title={view === 'maps' ? t('compare.maps') : t('compare.timeline')}
              onClose={() => compareStore.setState({ view: null })}
              wide
              className={view === 'maps' ? 'fs-dialog--full' : undefined}
              testId={`compare-dialog-${view}`}
            >
              {view === 'maps' ? (
                <SideBySideMaps asIs={pair.asIs} toBe={pair.toBe} roleName={roleName} />
              ) : (
                <TimelineView asIs={pair.asIs} toBe={pair.toBe} lang={lang} roleName={roleName} />
              )}
            </Modal>
          )}
        </>
      )}
    </section>
  );
}
