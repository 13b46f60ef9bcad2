import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Step } from '@flowsmith/model';
import { useEditorState, useServices } from '../EditorContext';
import { StepInspector } from './StepInspector';
import { FlowInspector } from './FlowInspector';
import { ProcessInspector } from './ProcessInspector';
import { actions } from '../actions/registry';
import { runAction } from '../actions/runAction';

/** Whether two versions of a step differ in anything but where it is drawn. Pure. */
function sameButPosition(a: Step, b: Step): boolean {
  if (a === b) return true;
  const ka = Object.keys(a).filter((k) => k !== 'position');
  const kb = Object.keys(b).filter((k) => k !== 'position');
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        (a as unknown as Record<string, unknown>)[k] ===
        (b as unknown as Record<string, unknown>)[k],
    )
  );
}

// Dragging a selected step changes only its position, which the inspector does not show: skip
// those renders (a drag frame on a big process should not rebuild every field).
const MemoStepInspector = memo(
  StepInspector,
  (a, b) =>
    sameButPosition(a.step, b.step) &&
    a.doc.roles === b.doc.roles &&
    a.doc.data === b.doc.data &&
    a.doc.calendars === b.doc.calendars,
);

/** The inspector panel: the selected step or flow, several selected, or the process itself. */
export function Inspector() {
  const { t } = useTranslation();
  const services = useServices();
  const doc = useEditorState((s) => s.doc);
  const selection = useEditorState((s) => s.selection);
  const count = selection.steps.length + selection.flows.length;
  if (count === 1 && selection.steps.length === 1) {
    const step = doc.steps.find((s) => s.id === selection.steps[0]);
    if (step) return <MemoStepInspector key={step.id} step={step} doc={doc} />;
  }
  if (count === 1 && selection.flows.length === 1) {
    const flow = doc.flows.find((f) => f.id === selection.flows[0]);
    if (flow) return <FlowInspector key={flow.id} flow={flow} doc={doc} />;
  }
  if (count > 1) {
    return (
      <section className="fs-inspector-section">
        <h2 className="fs-panel-title">
          {t('inspector.many', { steps: selection.steps.length, flows: selection.flows.length })}
        </h2>
        <div className="fs-button-grid">
          {actions
            .filter(
              (a) =>
                (a.menu === 'arrange' && a.id.startsWith('arrange.align')) ||
                a.id === 'arrange.layoutSelection' ||
                a.id === 'edit.duplicate' ||
                a.id === 'edit.delete',
            )
            .map((a) => (
              <button
                key={a.id}
                type="button"
                className="fs-button"
                onClick={() => runAction(a, services, t)}
              >
                {t(a.titleKey)}
              </button>
            ))}
        </div>
      </section>
    );
  }
  return <ProcessInspector doc={doc} />;
}
