/**
 * The BPMN side panel: what the last import approximated or left out (readable and copyable),
 * and the open process drawn as standard BPMN, in the panel or enlarged over the canvas.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { Modal } from '../dialogs/Modal';
import { usePanels } from '../EditorContext';
import { warningsText } from './bpmnImportStore';
import './strings';
import './bpmn.css';

const BpmnView = lazy(() => import('./BpmnView'));

/** Side panel: import warnings and the BPMN view. */
export function BpmnPanel() {
  const { t } = useTranslation();
  const report = useStore(usePanels().bpmnImport, (s) => s.report);
  const [large, setLarge] = useState(false);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!report) return;
    await navigator.clipboard.writeText(warningsText(report));
    setCopied(true);
  };
  return (
    <section className="fs-inspector-section" aria-label={t('bpmn.panel')}>
      <h2 className="fs-panel-title">{t('bpmn.view')}</h2>
      <p className="fs-muted">{t('bpmn.viewHint')}</p>
      <Suspense fallback={<p className="fs-muted">{t('bpmn.rendering')}</p>}>
        {!large && <BpmnView />}
      </Suspense>
      <button type="button" className="fs-button" onClick={() => setLarge(true)}>
        {t('bpmn.enlarge')}
      </button>
      {large && (
        <Modal
          title={t('bpmn.view')}
          onClose={() => setLarge(false)}
          className="fs-dialog--full"
          testId="bpmn-large"
        >
          <Suspense fallback={<p className="fs-muted">{t('bpmn.rendering')}</p>}>
            <BpmnView testId="bpmn-view-large" />
          </Suspense>
        </Modal>
      )}
      {report && (
        <div className="fs-bpmn-report" data-testid="bpmn-report">
          <h3>{t('bpmn.lastImport', { name: report.fileName })}</h3>
          <p>{t('bpmn.documents', { names: report.documents.join('、') })}</p>
          {report.warnings.length === 0 ? (
            <p>{t('bpmn.noWarnings')}</p>
          ) : (
            <>
              <p>{t('bpmn.warnings', { count: report.warnings.length })}</p>
              <button type="button" className="fs-button" onClick={copy}>
                {copied ? t('bpmn.copied') : t('bpmn.copy')}
              </button>
              <table className="fs-bpmn-warnings">
                <thead>
                  <tr>
                    <th>{t('bpmn.element')}</th>
                    <th>{t('bpmn.type')}</th>
                    <th>{t('bpmn.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.warnings.map((w, i) => (
                    <tr key={i}>
                      <td>{w.elementId ?? '—'}</td>
                      <td>{w.elementType?.replace(/^bpmn:/, '') ?? '—'}</td>
                      <td>{w.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}
