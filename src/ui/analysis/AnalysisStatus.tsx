import { useTranslation } from 'react-i18next';
import { useEditorState } from '../EditorContext';
import { useAnalysisState } from './analysisStore';
import { usePanels } from '../EditorContext';

/** Whether an analysis is running (with cancel for the worker) or stopped with an error. */
export function AnalysisStatus() {
  const { analysisRunner } = usePanels();
  const { t } = useTranslation();
  const status = useAnalysisState((s) => s.status);
  const inWorker = useAnalysisState((s) => s.inWorker);
  const error = useAnalysisState((s) => s.error);
  const count = useEditorState((s) => s.doc.steps.length);
  if (status === 'error') {
    return (
      <p className="fs-field-error" role="alert">
        {t('analysis.failed', { message: error ?? '' })}
      </p>
    );
  }
  if (status !== 'running') return null;
  return (
    <p className="fs-analysis-running" role="status">
      <span className="fs-analysis-spinner" aria-hidden />
      {inWorker ? t('analysis.runningWorker', { count }) : t('analysis.running')}
      {inWorker && (
        <button type="button" className="fs-link" onClick={analysisRunner.cancel}>
          {t('analysis.cancel')}
        </button>
      )}
    </p>
  );
}
