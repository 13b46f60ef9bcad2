import { useTranslation } from 'react-i18next';
import { useRun } from './runStore';
import { tasksByRole } from './tasksByRole';
import { RoleChecklist } from './RoleChecklist';
import { DecisionCard } from './DecisionCard';
import { WaitingList } from './WaitingList';
import { AuditTrail } from './AuditTrail';
import { CaseDataEditor } from './CaseDataEditor';
import { MissingDataForm } from './MissingDataForm';
import { decisionWaits } from './decisionWaits';

/** The case in focus: its to-do list by role, open decisions, waits, and the audit trail. */
export function CaseView() {
  const { t } = useTranslation();
  const run = useRun((s) => s.cases.find((c) => c.id === s.focus) ?? null);
  if (!run) return null;
  const { actions } = run;
  const done = run.snapshot.status === 'done';
  // A decision waiting for named data gets a form for them; one no flow fits gets the JSON editor.
  const { needsData, blocked } = decisionWaits(actions);
  const idle = actions.tasks.length + actions.decisions.length + actions.waiting.length === 0;
  return (
    <div
      className="fs-run-case-view"
      data-testid="run-case"
      data-case={run.number}
      style={{ '--case': run.colour } as React.CSSProperties}
    >
      <h3 className="fs-run-case-title">
        <span className="fs-run-dot" aria-hidden /> {t('run.caseLabel', { number: run.number })}
      </h3>
      {done && (
        <p className="fs-run-done" role="status" data-testid="run-done">
          ✓ {t('run.finished')}
        </p>
      )}
      {!done && actions.tasks.length > 0 && (
        <>
          <h4 className="fs-run-h4">{t('run.todo')}</h4>
          {tasksByRole(actions.tasks).map((g) => (
            <RoleChecklist key={g.roleId ?? ''} caseId={run.id} group={g} names={run.names} />
          ))}
        </>
      )}
      {!done && actions.decisions.length > 0 && (
        <>
          <h4 className="fs-run-h4">{t('run.decisions')}</h4>
          {actions.decisions.map((d) => (
            <DecisionCard
              key={[...(d.via ?? []), d.stepId].join('/')}
              caseId={run.id}
              decision={d}
              names={run.names}
            />
          ))}
        </>
      )}
      {!done &&
        needsData.map((w) => (
          <MissingDataForm key={[...(w.via ?? []), w.stepId].join('/')} caseId={run.id} wait={w} />
        ))}
      {!done && actions.waiting.length > 0 && <WaitingList run={run} />}
      {!done && idle && <p className="fs-muted">{t('run.nothingToDo')}</p>}
      {!done && blocked && <CaseDataEditor run={run} />}
      <AuditTrail run={run} />
    </div>
  );
}
