import './strings';
import './facilitation.css';
import { useMemo } from 'react';
import { Panel, ViewportPortal } from '@xyflow/react';
import { useEditorState } from '../EditorContext';
import { useFacilitation } from './facilitationStore';
import { NoteView } from './NoteView';
import { notePlacements } from './notePlacements';
import { StepMarksView, type StepMark } from './StepMarks';
import { TimerBadge } from './TimerBadge';
import { voteCounts, type ProcessDocument } from '@flowsmith/model';

/** The waste tags and votes of each step that has any, in document order. Pure. */
export function stepMarks(doc: ProcessDocument): StepMark[] {
  const votes = voteCounts(doc);
  return doc.steps.flatMap((s) => {
    const wastes = (doc.wasteTags ?? []).filter((t) => t.step === s.id).map((t) => t.waste);
    const n = votes.get(s.id) ?? 0;
    return wastes.length > 0 || n > 0 ? [{ stepId: s.id, wastes, votes: n }] : [];
  });
}

/**
 * The workshop on the map: sticky notes (attached ones follow their element, free ones can be
 * dragged), waste tags and vote counts on steps, and the facilitator's timer at the top.
 */
export function FacilitationLayer() {
  const doc = useEditorState((s) => s.doc);
  const showResolved = useFacilitation((s) => s.showResolved);
  const notes = useMemo(
    () => (doc.notes ?? []).filter((n) => showResolved || !n.resolved),
    [doc.notes, showResolved],
  );
  const placements = useMemo(() => notePlacements(doc, notes), [doc, notes]);
  const marks = useMemo(() => stepMarks(doc), [doc]);
  return (
    <>
      {(notes.length > 0 || marks.length > 0) && (
        <ViewportPortal>
          {marks.map((m) => (
            <StepMarksView key={m.stepId} mark={m} />
          ))}
          {notes.map((n) => (
            <NoteView key={n.id} note={n} placement={placements.get(n.id)!} />
          ))}
        </ViewportPortal>
      )}
      {doc.timer && (
        <Panel position="top-center">
          <TimerBadge timer={doc.timer} />
        </Panel>
      )}
    </>
  );
}
