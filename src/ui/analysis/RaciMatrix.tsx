import './raci.css';
import { useState } from 'react';
import type { TaskStep } from '@flowsmith/model';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';
import { RACI_LETTERS, raciCell, raciChanges, type RaciLetter } from './raciCell';

/**
 * The RACI matrix: a row per task, a column per role, each cell a choice of R, A, R+A, C, I or
 * nothing. Every change is one `step.update` through the editor (undoable like any edit); R is
 * the step's role, so choosing R moves the task to that role's lane.
 */
export function RaciMatrix() {
  const { t } = useTranslation();
  const { editor } = useServices();
  const doc = useEditorState((s) => s.doc);
  const [error, setError] = useState<string | null>(null);
  const tasks = doc.steps.filter((s): s is TaskStep => s.type === 'task');
  if (tasks.length === 0 || doc.roles.length === 0)
    return <p className="fs-muted">{t('analysis.raciEmpty')}</p>;
  const change = (step: TaskStep, roleId: string, letter: RaciLetter) => {
    const changes = raciChanges(step, roleId, letter);
    if (!changes) return;
    const r = editor.execute({ id: 'step.update', params: { id: step.id, changes } }, 'raci');
    setError(r.ok ? null : t('analysis.raciRefused', { message: r.refusal.message }));
  };
  const label = (l: RaciLetter) => (l === '' ? t('analysis.raciNone') : l === 'RA' ? 'R+A' : l);
  return (
    <div className="fs-raci">
      <p className="fs-muted">{t('analysis.raciHelp')}</p>
      {error && (
        <p className="fs-field-error" role="alert">
          {error}
        </p>
      )}
      <div className="fs-raci-scroll">
        <table className="fs-raci-table">
          <thead>
            <tr>
              <th scope="col">{t('analysis.raciStep')}</th>
              {doc.roles.map((r) => (
                <th key={r.id} scope="col" className="fs-raci-role">
                  <span>{r.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tasks.map((step) => (
              <tr key={step.id}>
                <th scope="row" className="fs-raci-step">
                  {step.name}
                </th>
                {doc.roles.map((role) => {
                  const letter = raciCell(step, role.id);
                  return (
                    <td key={role.id} className={`fs-raci-cell fs-raci-cell--${letter || 'none'}`}>
                      <select
                        aria-label={t('analysis.raciCell', { role: role.name, step: step.name })}
                        value={letter}
                        onChange={(e) => change(step, role.id, e.target.value as RaciLetter)}
                      >
                        {RACI_LETTERS.map((l) => (
                          <option key={l} value={l}>
                            {label(l)}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
