import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_COLOURS, type NoteColour } from '@flowsmith/model';
import { useServices, useEditorState } from '../EditorContext';
import { useParticipantName } from '../workshop/participant';
import { elementLabel } from './elementLabel';
import { facilitationStore, useFacilitation } from './facilitationStore';
import { addNote } from './addNote';

const FREE = '';
// The last N press whose focus request was served (so reopening the panel does not steal focus).
let handledRequest = 0;

/**
 * The new-note form: text, where it goes (the selected step or flow, a lane, or free on the map)
 * and its colour. Ctrl+Enter (⌘+Enter) or the button adds it; N on the map brings the focus here.
 */
export function NoteComposer() {
  const { t } = useTranslation();
  const services = useServices();
  const doc = useEditorState((s) => s.doc);
  const selected = useEditorState((s) =>
    s.selection.steps.length + s.selection.flows.length === 1
      ? (s.selection.steps[0] ?? s.selection.flows[0]!)
      : null,
  );
  const author = useParticipantName();
  const request = useFacilitation((s) => s.composeRequest);
  const [text, setText] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const [colour, setColour] = useState<NoteColour>('yellow');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (request <= handledRequest) return;
    handledRequest = request;
    box.current?.focus();
  }, [request]);
  // Follow the selection until the user picks a target themselves.
  const on = target ?? selected ?? FREE;
  const add = () => {
    if (!text.trim()) return;
    const id = addNote(services, { text: text.trim(), on: on || undefined, colour, author });
    if (!id) return;
    setText('');
    setTarget(null);
    facilitationStore.setState({ focusedNote: id });
  };
  const choices = [
    ...new Set([selected, on, ...doc.roles.map((r) => r.id)].filter((x): x is string => !!x)),
  ];
  return (
    <div className="fs-field">
      <label htmlFor="fs-note-new">{t('facilitation.newNote')}</label>
      <textarea
        id="fs-note-new"
        ref={box}
        rows={2}
        value={text}
        placeholder={t('facilitation.notePlaceholder')}
        data-testid="note-text"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
            e.preventDefault();
            add();
          }
        }}
      />
      <div className="fs-workshop-row">
        <label>
          {t('facilitation.attachTo')}{' '}
          <select value={on} data-testid="note-target" onChange={(e) => setTarget(e.target.value)}>
            <option value={FREE}>{t('facilitation.free')}</option>
            {choices.map((id) => (
              <option key={id} value={id}>
                {elementLabel(doc, id, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('facilitation.colour')}{' '}
          <select value={colour} onChange={(e) => setColour(e.target.value as NoteColour)}>
            {NOTE_COLOURS.map((c) => (
              <option key={c} value={c}>
                {t(`facilitation.colours.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="fs-button" data-testid="note-add" onClick={add}>
          {t('facilitation.addNote')}
        </button>
      </div>
    </div>
  );
}
