import './strings';
import './run.css';
import { ViewportPortal } from '@xyflow/react';
import { useEditorState } from '../EditorContext';
import { activeSteps } from './activeSteps';
import { useRun } from './runStore';
import { RunRing } from './RunRing';

/**
 * The run mode on the canvas: a pulsing outline in the case's colour around each step a running
 * case of this document is at; cases at the same step nest their outlines. Never hit-tested.
 */
export function RunLayer() {
  const docId = useEditorState((s) => s.doc.id);
  const cases = useRun((s) => s.cases);
  const focus = useRun((s) => s.focus);
  const depth = new Map<string, number>();
  const rings = cases
    .filter((c) => c.docId === docId && c.snapshot.status === 'active')
    .flatMap((c) =>
      activeSteps(c.actions).map((stepId) => {
        const level = depth.get(stepId) ?? 0;
        depth.set(stepId, level + 1);
        return {
          key: `${c.id}:${stepId}`,
          stepId,
          level,
          colour: c.colour,
          number: c.number,
          focused: c.id === focus,
        };
      }),
    );
  if (rings.length === 0) return null;
  return (
    <ViewportPortal>
      {rings.map((r) => (
        <RunRing
          key={r.key}
          stepId={r.stepId}
          level={r.level}
          colour={r.colour}
          caseNumber={r.number}
          focused={r.focused}
        />
      ))}
    </ViewportPortal>
  );
}
