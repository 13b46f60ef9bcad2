/**
 * The context pad of a selected step (as in bpmn.io): append a task, a decision or an end —
 * connected and placed in a free spot of the step's lane — connect to another step, edit the
 * name in place, delete. Drawn above the step (below a gateway, or where there is no room above)
 * at a constant size on screen; its buttons follow the step in the tab order, so the keyboard
 * reaches them from the focused step.
 */
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Step, StepType } from '@flowsmith/model';
import { useServices, useEditorState } from '../EditorContext';
import { appendStepCalls } from '../../editor/appendStep';
import { deleteCalls } from '../../editor/clipboard';
import { startConnect, startLabelEdit, cancelConnect, useCanvasModes } from './canvasModes';
import { StepGlyph } from '../chrome/StepGlyph';
import { padSide } from './padSide';
import './canvasEditingStrings';
import './canvasEditing.css';

const APPEND: ReadonlyArray<{ type: StepType; key: string }> = [
  { type: 'task', key: 'appendTask' },
  { type: 'xor', key: 'appendXor' },
  { type: 'end', key: 'appendEnd' },
];

function PadIcon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden>
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

/** The pad of `step`; shown while it is the only selected element and nothing is dragged. */
export function ContextPad({ step }: { step: Step }) {
  const { editor, ui } = useServices();
  const { t } = useTranslation();
  const alone = useEditorState(
    (s) => s.gesture === null && s.selection.steps.length === 1 && s.selection.flows.length === 0,
  );
  const [, ty, zoom] = useStore((s) => s.transform);
  const paneHeight = useStore((s) => s.height);
  const connecting = useCanvasModes((s) => s.connectFrom === step.id);
  const editing = useCanvasModes((s) => s.editing === step.id);
  if (!alone || editing) return null;
  const open = step.type !== 'end';
  const side = padSide(step, ty, zoom, paneHeight);

  const append = (type: StepType) => {
    const r = appendStepCalls(editor.state.doc, step.id, type, t(`type.${type}`));
    if (!r || !editor.execute(r.calls, 'step.append').ok) return;
    editor.select({ steps: [r.stepId], flows: [] });
    ui.getState().canvas?.reveal(r.stepId);
    startLabelEdit(r.stepId);
  };
  const remove = () => {
    const calls = deleteCalls(editor.state.doc, editor.state.selection);
    if (calls.length) editor.execute(calls, 'delete');
  };

  return (
    <div
      className={`fs-context-pad fs-context-pad--${side} nodrag nopan nowheel nokey`}
      role="toolbar"
      aria-label={t('canvasEditing.pad')}
      data-testid="context-pad"
      style={{ transform: `scale(${1 / zoom})` }}
      onMouseDown={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !connecting)
          e.currentTarget.closest<HTMLElement>('.react-flow__node')?.focus();
      }}
    >
      {open &&
        APPEND.map(({ type, key }) => (
          <button
            key={type}
            type="button"
            className="fs-pad-button"
            data-pad={`append-${type}`}
            title={t(`canvasEditing.${key}`)}
            aria-label={t(`canvasEditing.${key}`)}
            onClick={() => append(type)}
          >
            <StepGlyph type={type} />
          </button>
        ))}
      {open && (
        <button
          type="button"
          className="fs-pad-button"
          data-pad="connect"
          aria-pressed={connecting}
          title={connecting ? t('canvasEditing.connectHint') : t('canvasEditing.connect')}
          aria-label={t('canvasEditing.connect')}
          onClick={() => (connecting ? cancelConnect() : startConnect(editor, step.id))}
        >
          <PadIcon d="M3 13C6 5 10 4 14 4M10 1l4 3-4 3" />
        </button>
      )}
      <button
        type="button"
        className="fs-pad-button"
        data-pad="rename"
        title={t('canvasEditing.rename')}
        aria-label={t('canvasEditing.rename')}
        onClick={() => startLabelEdit(step.id)}
      >
        <PadIcon d="M3 13l1-4 7-7 3 3-7 7zM9 4l3 3" />
      </button>
      <button
        type="button"
        className="fs-pad-button fs-pad-button--danger"
        data-pad="delete"
        title={t('canvasEditing.delete')}
        aria-label={t('canvasEditing.delete')}
        onClick={remove}
      >
        <PadIcon d="M2 4h12M6 4V2h4v2M4 4l1 10h6l1-10M7 7v5M9 7v5" />
      </button>
      {connecting && (
        <span className="fs-pad-hint" role="status">
          {t('canvasEditing.connectHint')}
        </span>
      )}
    </div>
  );
}
