import { useTranslation } from 'react-i18next';
import { useEditorState } from '../EditorContext';
import { facilitationStore, useFacilitation } from './facilitationStore';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';

/** The notes of the map: the new-note form and every note (resolved ones on request). */
export function NotesSection() {
  const { t } = useTranslation();
  const notes = useEditorState((s) => s.doc.notes);
  const showResolved = useFacilitation((s) => s.showResolved);
  const shown = (notes ?? []).filter((n) => showResolved || !n.resolved);
  return (
    <section aria-label={t('facilitation.notes')}>
      <h3 className="fs-subtitle">
        {t('facilitation.notes')} <span className="fs-muted">({notes?.length ?? 0})</span>
      </h3>
      <NoteComposer />
      <label className="fs-workshop-row">
        <input
          type="checkbox"
          checked={showResolved}
          onChange={(e) => facilitationStore.setState({ showResolved: e.target.checked })}
        />
        {t('facilitation.showResolved')}
      </label>
      {shown.length === 0 ? (
        <p className="fs-muted">{t('facilitation.noNotes')}</p>
      ) : (
        <ul className="fs-workshop-list" data-testid="note-list">
          {shown.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </ul>
      )}
    </section>
  );
}
