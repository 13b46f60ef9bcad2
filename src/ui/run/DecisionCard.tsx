import { useTranslation } from 'react-i18next';
import type { OpenDecision } from '@flowsmith/compiler';
import { InclusiveDecision } from './InclusiveDecision';
import { sendToCase } from './runCases';
import type { CaseNames } from './runStore';
import { useRunStore } from './runStore';

/**
 * An open decision: which way the case goes, one button per admissible flow, named by its label;
 * at an inclusive split, checkboxes to take one or more flows together (`InclusiveDecision`).
 */
export function DecisionCard({
  caseId,
  decision,
  names,
}: {
  caseId: string;
  decision: OpenDecision;
  names: CaseNames;
}) {
  const runStore = useRunStore();
  const { t } = useTranslation();
  return (
    <div
      className="fs-run-decision"
      role="group"
      aria-label={decision.name}
      data-step={decision.stepId}
      data-inclusive={decision.inclusive ? 'true' : undefined}
    >
      <p className="fs-run-decision-name">
        <strong>{decision.name}</strong> — {t('run.whichBranch')}
        {decision.via && (
          <span className="fs-muted">
            {' '}
            ·{' '}
            {t('run.via', {
              name: decision.via.map((id) => names.steps.get(id) ?? id).join(' › '),
            })}
          </span>
        )}
      </p>
      {decision.inclusive ? (
        <InclusiveDecision caseId={caseId} decision={decision} />
      ) : (
        <div className="fs-run-branches">
          {decision.flows.map((f) => (
            <button
              key={f.flowId}
              type="button"
              className="fs-button fs-run-branch"
              data-flow={f.flowId}
              onClick={() => sendToCase(runStore, caseId, f.event)}
            >
              {f.label ?? f.toName}
              {f.label !== undefined && (
                <span className="fs-muted"> · {t('run.flowTo', { name: f.toName })}</span>
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
