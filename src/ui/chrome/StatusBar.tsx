import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices, useUi, useWorkspace } from '../EditorContext';

/**
 * The status bar: whether the work is saved (and why not, with what to do), a conflict with
 * another tab, the last refused edit, notices, and the size of the process.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const { ui, workspace } = useServices();
  const status = useWorkspace((s) => s.status);
  const conflict = useWorkspace((s) => s.conflict);
  const persisted = useWorkspace((s) => s.persisted);
  const refusal = useEditorState((s) => s.refusal);
  const steps = useEditorState((s) => s.doc.steps.length);
  const flows = useEditorState((s) => s.doc.flows.length);
  const notice = useUi((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const id = setTimeout(() => ui.setState({ notice: null }), 5000);
    return () => clearTimeout(id);
  }, [notice, ui]);
  // A conflict is explained once, by the conflict line with its two choices.
  const saveText =
    status.state === 'error' && conflict && status.problem.kind === 'conflict'
      ? t('save.pending')
      : status.state === 'error'
        ? t(`save.error.${status.problem.kind}`, { detail: status.problem.message })
        : t(`save.${status.state}`);
  return (
    <footer className="fs-status">
      <span
        className={`fs-save fs-save--${status.state}`}
        role="status"
        data-testid="save-status"
        data-state={status.state}
      >
        {saveText}
        {persisted === false && status.state !== 'error' && (
          <span className="fs-muted"> · {t('save.notPersistent')}</span>
        )}
      </span>
      {conflict && (
        <span className="fs-conflict" role="alert">
          {t('save.conflict')}
          <button
            type="button"
            className="fs-button fs-button--small"
            onClick={() => void workspace.reloadFromStorage()}
          >
            {t('save.takeTheirs')}
          </button>
          <button
            type="button"
            className="fs-button fs-button--small"
            onClick={() => void workspace.keepMineAsCopy()}
          >
            {t('save.keepMine')}
          </button>
        </span>
      )}
      {refusal && (
        <span className="fs-refusal" role="alert" data-testid="refusal">
          {refusal.message}
        </span>
      )}
      {notice && (
        <span
          className={`fs-notice fs-notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
          <button
            type="button"
            className="fs-icon-button"
            aria-label={t('common.dismiss')}
            onClick={() => ui.setState({ notice: null })}
          >
            ×
          </button>
        </span>
      )}
      <span className="fs-status-size">{t('status.size', { steps, flows })}</span>
    </footer>
  );
}
