import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';
import { activeSteps } from './activeSteps';
import { useRun, useRunStore } from './runStore';
import { removeCase } from './runCases';
import { caseStatus } from './caseStatus';

/** The cases of this session, each with its colour and status; clicking one puts it in focus. */
export function CaseList() {
  const runStore = useRunStore();
  const { t } = useTranslation();
  const cases = useRun((s) => s.cases);
  const focus = useRun((s) => s.focus);
  const docId = useEditorState((s) => s.doc.id);
  const { ui } = useServices();
  if (cases.length === 0) return null;
  return (
    <div className="fs-run-cases">
      <h3 className="fs-subtitle">{t('run.cases')}</h3>
      <ul className="fs-run-case-list" role="listbox" aria-label={t('run.cases')}>
        {cases.map((c) => {
          const status = caseStatus(c.snapshot.status);
          return (
            <li
              key={c.id}
              role="option"
              aria-selected={c.id === focus}
              className="fs-run-case"
              data-case={c.number}
              data-status={status}
              style={{ '--case': c.colour } as React.CSSProperties}
            >
              <button
                type="button"
                className="fs-run-case-pick"
                aria-label={t('run.focus', { number: c.number })}
                onClick={() => {
                  runStore.setState({ focus: c.id });
                  const first = activeSteps(c.actions)[0];
                  if (first !== undefined && c.docId === docId) ui.getState().canvas?.reveal(first);
                }}
              >
                <span className="fs-run-dot" aria-hidden />
                <span className="fs-run-case-name">{t('run.caseLabel', { number: c.number })}</span>
                <span className={`fs-run-status fs-run-status--${status}`}>
                  {t(`run.${status}`)}
                </span>
                {c.docId !== docId && (
                  <span className="fs-muted">{t('run.otherProcess', { name: c.docName })}</span>
                )}
              </button>
              <button
                type="button"
                className="fs-icon-button"
                aria-label={t('run.removeCase', { number: c.number })}
                title={t('run.remove')}
                onClick={() => removeCase(runStore, c.id)}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
