import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorState } from '../EditorContext';
import { useParticipantName } from '../workshop/participant';
import { newWorkshopId, nowIso } from './workshopIds';

/** The parking lot (停车场): set something aside for later, mark it done, take it out. */
export function ParkingLotSection() {
  const { t } = useTranslation();
  const editor = useEditor();
  const items = useEditorState((s) => s.doc.parkingLot);
  const me = useParticipantName();
  const [text, setText] = useState('');
  const park = () => {
    if (!text.trim()) return;
    const item = {
      id: newWorkshopId('park'),
      text: text.trim(),
      ...(me ? { author: me } : {}),
      createdAt: nowIso(),
    };
    if (editor.execute({ id: 'parking.add', params: { item } }, 'parking.add').ok) setText('');
  };
  return (
    <section aria-label={t('facilitation.parkingLot')}>
      <h3 className="fs-subtitle">{t('facilitation.parkingLot')}</h3>
      <div className="fs-workshop-row">
        <input
          type="text"
          value={text}
          style={{ flex: 1, width: 'auto' }}
          placeholder={t('facilitation.parkPlaceholder')}
          aria-label={t('facilitation.parkPlaceholder')}
          data-testid="parking-text"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) park();
          }}
        />
        <button type="button" className="fs-button" data-testid="parking-add" onClick={park}>
          {t('facilitation.park')}
        </button>
      </div>
      {(items?.length ?? 0) === 0 ? (
        <p className="fs-muted">{t('facilitation.noParking')}</p>
      ) : (
        <ul className="fs-workshop-list" data-testid="parking-list">
          {items!.map((p) => (
            <li key={p.id} className="fs-workshop-row">
              <label style={{ flex: 1 }} className={p.done ? 'fs-done' : undefined}>
                <input
                  type="checkbox"
                  checked={p.done === true}
                  aria-label={t('facilitation.done')}
                  onChange={(e) =>
                    editor.execute({
                      id: 'parking.update',
                      params: { id: p.id, changes: { done: e.target.checked ? true : null } },
                    })
                  }
                />{' '}
                {p.text}
                {p.author && <span className="fs-muted"> — {p.author}</span>}
              </label>
              <button
                type="button"
                className="fs-icon-button"
                aria-label={t('facilitation.remove')}
                title={t('facilitation.remove')}
                onClick={() => editor.execute({ id: 'parking.remove', params: { id: p.id } })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
