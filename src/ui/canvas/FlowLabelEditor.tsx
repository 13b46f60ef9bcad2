/**
 * Editing a flow's label in place (double-click the flow): a field where the flow was clicked,
 * one undo step (`flow.update`); an emptied label is removed. A canvas layer.
 */
import { ViewportPortal } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useServices } from '../EditorContext';
import { stopFlowLabelEdit, useCanvasModes } from './canvasModes';
import { InPlaceInput } from './InPlaceInput';
import './canvasEditingStrings';
import './canvasEditing.css';

/** The layer: the field while a flow's label is being edited, nothing otherwise. */
export function FlowLabelEditor() {
  const { editor } = useServices();
  const { t } = useTranslation();
  const editing = useCanvasModes((s) => s.editingFlow);
  const flow = useEditorState((s) =>
    editing ? s.doc.flows.find((f) => f.id === editing.id) : undefined,
  );
  if (!editing || !flow) return null;
  return (
    <ViewportPortal>
      <div
        className="fs-flow-label-editor"
        style={{ transform: `translate(${editing.at.x}px, ${editing.at.y}px)` }}
      >
        <InPlaceInput
          key={flow.id}
          initial={flow.label ?? ''}
          className="fs-label-editor--flow"
          testId="flow-label-editor"
          ariaLabel={t('canvasEditing.flowLabel')}
          onDone={(label) => {
            stopFlowLabelEdit();
            const current = editor.state.doc.flows.find((f) => f.id === flow.id);
            if (label !== null && current && label !== (current.label ?? ''))
              editor.execute(
                { id: 'flow.update', params: { id: flow.id, changes: { label: label || null } } },
                'flow.label',
              );
          }}
        />
      </div>
    </ViewportPortal>
  );
}
