import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import type { RunRefusal } from './compileForRun';

/** Why the process cannot run, each problem with buttons to the steps it names. */
export function CompileRefusal({ problems }: RunRefusal) {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  const show = (id: string) => {
    if (!editor.state.doc.steps.some((s) => s.id === id)) return;
    editor.select({ steps: [id], flows: [] });
    ui.getState().canvas?.focusStep(id);
  };
  return (
    <div className="fs-run-refusal" role="alert" data-testid="run-refusal">
      <p className="fs-run-refusal-title">{t('run.refused')}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-code={p.code}>
            {p.message}{' '}
            {p.ids.map((id) => (
              <button key={id} type="button" className="fs-link" onClick={() => show(id)}>
                <code className="fs-id">{id}</code>
              </button>
            ))}
          </li>
        ))}
      </ul>
      <p className="fs-muted">{t('run.refusedHint')}</p>
    </div>
  );
}
