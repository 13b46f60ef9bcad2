import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopNote } from '@flowsmith/model';
import { useServices, useEditorState } from '../EditorContext';
import { useParticipantName } from '../workshop/participant';
import { elementLabel } from './elementLabel';
import { facilitationStore, useFacilitation } from './facilitationStore';
import { newWorkshopId } from './workshopIds';
import { parkNoteCalls } from './parkNoteCalls';

/** One note in the panel: its text (editable), where it is, who wrote it, resolve, vote, delete. */
export function NoteItem({ note }: { note: WorkshopNote }) {
  const { t, i18n } = useTranslation();
  const { editor, ui } = useServices();
  const doc = useEditorState((s) => s.doc);
  const me = useParticipantName();
  const current = useFacilitation((s) => s.focusedNote === note.id);
  const [draft, setDraft] = useState<string | null>(null);
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const votes = (doc.votes ?? []).filter((v) => v.on === note.id).length;
  const save = () => {
    if (draft !== null && draft.trim() && draft !== note.text)
      editor.execute({
        id: 'note.update',
        params: { id: note.id, changes: { text: draft.trim() } },
      });
    setDraft(null);
  };
  const show = () => {
    facilitationStore.setState({ focusedNote: note.id });
    const step = doc.steps.some((s) => s.id === note.on);
    const flow = doc.flows.some((f) => f.id === note.on);
    if (step || flow)
      editor.select({ steps: step ? [note.on!] : [], flows: flow ? [note.on!] : [] });
    if (step) ui.getState().canvas?.reveal(note.on!);
  };
  const time = note.createdAt
    ? new Date(note.createdAt).toLocaleTimeString(i18n.language, {
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';
  return (
    <li ref={item} aria-current={current} data-note-item={note.id}>
      <div className="fs-card-head">
        <span className={`fs-swatch fs-swatch--${note.colour ?? 'yellow'}`} aria-hidden />
        <button type="button" className="fs-link fs-card-title" onClick={show}>
          {elementLabel(doc, note.on, t)}
        </button>
        {votes > 0 && (
          <span className="fs-muted">{t('facilitation.voteCount', { count: votes })}</span>
        )}
      </div>
      {draft === null ? (
        <p
          className={note.resolved ? 'fs-done' : undefined}
          style={{ margin: '2px 0', whiteSpace: 'pre-wrap' }}
        >
          {note.text}
        </p>
      ) : (
        <textarea
          rows={2}
          value={draft}
          aria-label={t('facilitation.edit')}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) save();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      )}
      {(note.author || time) && (
        <div className="fs-muted">
          {note.author ? t('facilitation.noteBy', { author: note.author, time }) : time}
        </div>
      )}
      <div className="fs-workshop-row">
        <button
          type="button"
          className="fs-button fs-button--small"
          onClick={() =>
            editor.execute({
              id: 'note.resolve',
              params: { id: note.id, resolved: !note.resolved },
            })
          }
        >
          {note.resolved ? t('facilitation.reopen') : t('facilitation.resolve')}
        </button>
        <button
          type="button"
          className="fs-button fs-button--small"
          onClick={() => setDraft(note.text)}
        >
          {t('facilitation.edit')}
        </button>
        <button
          type="button"
          className="fs-button fs-button--small"
          disabled={!me}
          title={me ? undefined : t('facilitation.youNeeded')}
          onClick={() =>
            me &&
            editor.execute({
              id: 'vote.cast',
              params: { id: newWorkshopId('vote'), by: me, on: note.id },
            })
          }
        >
          {t('facilitation.vote')}
        </button>
        <button
          type="button"
          className="fs-button fs-button--small"
          title={t('facilitation.parkNote')}
          onClick={() => editor.execute(parkNoteCalls(note, me), 'note.park')}
        >
          {t('facilitation.park')}
        </button>
        <button
          type="button"
          className="fs-button fs-button--small"
          onClick={() => editor.execute({ id: 'note.remove', params: { id: note.id } })}
        >
          {t('facilitation.remove')}
        </button>
      </div>
    </li>
  );
}
