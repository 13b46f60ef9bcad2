/**
 * Editing a step's name in place, on the canvas (double-click a step, or the pencil of its
 * context pad): one undo step (`step.update`); an empty name is not stored. Afterwards the step
 * has the keyboard focus again, so Tab reaches its context pad.
 */
import { useTranslation } from 'react-i18next';
import type { Step } from '@flowsmith/model';
import { useServices } from '../EditorContext';
import { stopLabelEdit } from './canvasModes';
import { InPlaceInput } from './InPlaceInput';
import './canvasEditingStrings';
import './canvasEditing.css';

/** The in-place editor of `step`'s name; mounted by the step node while it is being edited. */
export function LabelEditor({ step }: { step: Step }) {
  const { editor } = useServices();
  const { t } = useTranslation();
  return (
    <InPlaceInput
      initial={step.name}
      className={`fs-label-editor--${step.type}`}
      testId="label-editor"
      ariaLabel={t('canvasEditing.name', { type: t(`type.${step.type}`) })}
      onDone={(name, field) => {
        const current = editor.state.doc.steps.find((s) => s.id === step.id);
        if (name && current && name !== current.name)
          editor.execute(
            { id: 'step.update', params: { id: step.id, changes: { name } } },
            'rename',
          );
        const node = field?.closest<HTMLElement>('.react-flow__node');
        stopLabelEdit();
        node?.focus({ preventScroll: true });
      }}
    />
  );
}
