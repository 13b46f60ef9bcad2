import { memo } from 'react';
import { useInternalNode } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { wasteNames, type WasteKind } from '@flowsmith/model';
import { useServices } from '../EditorContext';
import { uiLang } from './uiLang';

/** What the room put on one step: its waste tags and its votes. */
export interface StepMark {
  stepId: string;
  wastes: readonly WasteKind[];
  votes: number;
}

/**
 * The waste tags (chips under the step) and dot votes (a counter on its top-left corner) of one
 * step; clicking them opens the workshop panel with the step selected.
 */
function StepMarksViewInner({ mark }: { mark: StepMark }) {
  const { t, i18n } = useTranslation();
  const { editor, ui } = useServices();
  const node = useInternalNode(mark.stepId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const h = node.measured.height ?? node.height ?? 0;
  const names = wasteNames[uiLang(i18n.language)];
  const open = () => {
    editor.select({ steps: [mark.stepId], flows: [] });
    ui.setState({ panel: 'facilitation' });
  };
  return (
    <>
      {mark.votes > 0 && (
        <button
          type="button"
          className="fs-vote-dots nodrag nopan"
          style={{ transform: `translate(${x - 10}px, ${y - 10}px)` }}
          data-votes-step={mark.stepId}
          aria-label={t('facilitation.stepVotes', { count: mark.votes })}
          title={t('facilitation.stepVotes', { count: mark.votes })}
          onPointerDown={(e) => e.stopPropagation()}
          onClick={open}
        >
          {mark.votes}
        </button>
      )}
      {mark.wastes.length > 0 && (
        <div
          className="fs-waste-chips"
          style={{ transform: `translate(${x}px, ${y + h + 4}px)` }}
          data-wastes-step={mark.stepId}
        >
          {mark.wastes.map((w) => (
            <span key={w} className={`fs-waste-chip fs-waste-chip--${w}`}>
              {names[w]}
            </span>
          ))}
        </div>
      )}
    </>
  );
}

/** Memoised: redrawn when its step moves or its tags or votes change. */
export const StepMarksView = memo(StepMarksViewInner, (a, b) => {
  const m = a.mark;
  const n = b.mark;
  return m.stepId === n.stepId && m.votes === n.votes && m.wastes.join() === n.wastes.join();
});
