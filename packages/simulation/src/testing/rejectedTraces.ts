import { acceptsTrace, type ProcessDocument, type TraceStep } from '@flowsmith/model';
import type { CaseTrace } from '../results';

/**
 * The differential check of SPEC.md SIM-SEM-1: the recorded traces that the model's token game
 * does not accept as complete runs of `doc`, each as `case <id>: <trace> <reason>` — empty when
 * every one is accepted. A split that took several flows (or) is checked with all of them. The
 * trace's data is the case's at completion, so it decides conditions only when no step of `doc`
 * changes case data (`sets`). Pure.
 */
export function rejectedTraces(doc: ProcessDocument, traces: readonly CaseTrace[]): string[] {
  const stepsSetData = doc.steps.some((s) => s.type === 'task' && s.sets !== undefined);
  const rejected: string[] = [];
  for (const t of traces) {
    const trace: Array<string | TraceStep> = t.steps.map((e) =>
      e.flows
        ? { stepId: e.step, flowIds: e.flows }
        : e.flow
          ? { stepId: e.step, flowId: e.flow }
          : e.step,
    );
    const verdict = acceptsTrace(doc, trace, {
      complete: true,
      ...(t.data && !stepsSetData ? { data: t.data } : {}),
    });
    if (!verdict.ok)
      rejected.push(`case ${t.caseId}: ${JSON.stringify(trace)} ${verdict.reason.message}`);
  }
  return rejected;
}
