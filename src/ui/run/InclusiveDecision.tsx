import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenDecision } from '@flowsmith/compiler';
import { inclusiveChoice } from './inclusiveChoice';
import { sendToCase } from './runCases';
import { useRunStore } from './runStore';

/**
 * The ways of an open inclusive (OR) split: a checkbox per flow that may be taken with others and
 * a button that takes the ticked ones together (`CHOOSE` with `flowIds`); the default flow, which
 * goes alone, keeps a button of its own.
 */
export function InclusiveDecision({
  caseId,
  decision,
}: {
  caseId: string;
  decision: OpenDecision;
}) {
  const runStore = useRunStore();
  const { t } = useTranslation();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const event = inclusiveChoice(decision, ticked);
  const fallback = decision.flows.find((f) => f.default === true);
  const toggle = (flowId: string, on: boolean) =>
    setTicked((old) => {
      const next = new Set(old);
      if (on) next.add(flowId);
      else next.delete(flowId);
      return next;
    });
  return (
    <>
      <p className="fs-muted fs-run-several">{t('run.severalWays')}</p>
      <div className="fs-run-ways">
        {decision.flows
          .filter((f) => f.default !== true)
          .map((f) => (
            <label key={f.flowId} className="fs-run-way" data-flow={f.flowId}>
              <input
                type="checkbox"
                checked={ticked.has(f.flowId)}
                onChange={(e) => toggle(f.flowId, e.target.checked)}
              />
              {f.label ?? f.toName}
              {f.label !== undefined && (
                <span className="fs-muted"> · {t('run.flowTo', { name: f.toName })}</span>
              )}
            </label>
          ))}
      </div>
      <div className="fs-run-branches">
        <button
          type="button"
          className="fs-button fs-run-branch"
          data-testid="run-take-ticked"
          disabled={event === undefined}
          onClick={() => event && sendToCase(runStore, caseId, event)}
        >
          {t('run.takeTicked')}
        </button>
        {fallback && (
          <>
            <span className="fs-muted fs-run-or-default">{t('run.onlyDefault')}</span>
            <button
              type="button"
              className="fs-button fs-run-branch"
              data-flow={fallback.flowId}
              onClick={() => sendToCase(runStore, caseId, fallback.event)}
            >
              {fallback.label ?? fallback.toName}
            </button>
          </>
        )}
      </div>
    </>
  );
}
