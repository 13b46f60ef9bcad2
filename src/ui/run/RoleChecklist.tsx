import { useTranslation } from 'react-i18next';
import { formatMinutes } from '@flowsmith/analysis';
import { currentLang } from '../../i18n/i18n';
import { sendToCase } from './runCases';
import type { CaseNames } from './runStore';
import type { RoleTasks } from './tasksByRole';
import { useRunStore } from './runStore';

/** One role's open tasks as a checklist: ticking a task completes it, with its instructions and cautions. */
export function RoleChecklist({
  caseId,
  group,
  names,
}: {
  caseId: string;
  group: RoleTasks;
  names: CaseNames;
}) {
  const runStore = useRunStore();
  const { t } = useTranslation();
  const lang = currentLang();
  const role = group.roleName ?? t('run.noRole');
  return (
    <fieldset className="fs-run-role" data-role={group.roleId ?? ''}>
      <legend>{role}</legend>
      {group.tasks.map((task) => (
        <div
          key={[...(task.via ?? []), task.stepId].join('/')}
          className="fs-run-task"
          data-step={task.stepId}
        >
          <label className="fs-run-check">
            <input
              type="checkbox"
              checked={false}
              aria-label={t('run.complete', { name: task.name })}
              onChange={() => sendToCase(runStore, caseId, task.event)}
            />
            <span className="fs-run-task-name">{task.name}</span>
            {task.via && (
              <span className="fs-muted">
                {' '}
                ·{' '}
                {t('run.via', {
                  name: task.via.map((id) => names.steps.get(id) ?? id).join(' › '),
                })}
              </span>
            )}
          </label>
          {task.instructions && (
            <p className="fs-run-instructions">
              <span className="fs-run-label">{t('run.instructions')}</span> {task.instructions}
            </p>
          )}
          {task.cautions && task.cautions.length > 0 && (
            <div className="fs-run-cautions">
              <span className="fs-run-label">⚠ {t('run.cautions')}</span>
              <ul>
                {task.cautions.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </div>
          )}
          {task.slaMinutes !== undefined && (
            <p className="fs-muted fs-run-sla">
              {t('run.sla', { limit: formatMinutes(task.slaMinutes, lang) })}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
