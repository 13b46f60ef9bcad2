import { STEP_TYPES, type StepType } from '@flowsmith/model';
import { useTranslation } from 'react-i18next';
import { useServices } from '../EditorContext';
import { newStepCall, nextFreeSpot } from '../../editor/newStep';
import { appendStepCalls } from '../../editor/appendStep';
import { PALETTE_MIME } from './paletteMime';
import { StepGlyph } from './StepGlyph';

// Palette order: what people add most, first.
const ORDER: readonly StepType[] = [
  'task',
  'xor',
  'or',
  'and',
  'start',
  'end',
  'timer',
  'subprocess',
];

/**
 * The palette: click a step type to append one after the selected step, connected from it (or,
 * with nothing selected, to add one at the end), or drag it onto the canvas to place it; a task
 * dropped into a lane takes that lane's role.
 */
export function Palette() {
  const { editor, ui } = useServices();
  const { t } = useTranslation();
  const add = (type: StepType) => {
    const { doc, selection } = editor.state;
    const after = selection.steps[selection.steps.length - 1];
    const name = t(`type.${type}`);
    // With a step selected, the new one follows it, connected (one undo step); else it is placed.
    const appended = after ? appendStepCalls(doc, after, type, name) : null;
    const { calls, id } = appended
      ? { calls: appended.calls, id: appended.stepId }
      : (({ call, id: stepId }) => ({ calls: [call], id: stepId }))(
          newStepCall(doc, type, nextFreeSpot(doc), name),
        );
    if (editor.execute(calls, appended?.flowId ? 'step.append' : 'step.add').ok) {
      editor.select({ steps: [id], flows: [] });
      ui.getState().canvas?.reveal(id);
    }
  };
  return (
    <nav className="fs-palette" aria-label={t('palette.title')}>
      {ORDER.filter((x) => STEP_TYPES.includes(x)).map((type) => (
        <button
          key={type}
          type="button"
          className="fs-palette-item"
          draggable
          data-step-type={type}
          title={t('palette.add', { type: t(`type.${type}`) })}
          aria-label={t('palette.add', { type: t(`type.${type}`) })}
          onClick={() => add(type)}
          onDragStart={(e) => {
            e.dataTransfer.setData(PALETTE_MIME, type);
            e.dataTransfer.effectAllowed = 'copy';
          }}
        >
          <StepGlyph type={type} />
          <span className="fs-palette-label">{t(`type.${type}`)}</span>
        </button>
      ))}
    </nav>
  );
}
