import { useTranslation } from 'react-i18next';
import { freshId } from '@flowsmith/model';
import { useEditorState } from '../EditorContext';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/fields/useCommit';
import { RecordCard } from '../inspector/RecordCard';

/** Data objects (documents and records steps read and write). */
export function DataPanel() {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  const commit = useCommit();
  return (
    <section className="fs-inspector-section" aria-label={t('panel.data')}>
      <h2 className="fs-panel-title">{t('panel.data')}</h2>
      {(doc.data ?? []).length === 0 && <p className="fs-muted">{t('data.empty')}</p>}
      {(doc.data ?? []).map((d) => (
        <RecordCard
          key={d.id}
          title={d.name}
          removeLabel={t('common.remove')}
          onRemove={() => commit({ id: 'data.remove', params: { id: d.id } }, 'data.remove')}
        >
          <TextField
            label={t('data.name')}
            value={d.name}
            onCommit={(name) =>
              commit({ id: 'data.update', params: { id: d.id, changes: { name } } })
            }
          />
          <TextField
            label={t('data.description')}
            value={d.description ?? ''}
            multiline
            onCommit={(x) =>
              commit({
                id: 'data.update',
                params: { id: d.id, changes: { description: x.trim() ? x : null } },
              })
            }
          />
        </RecordCard>
      ))}
      <button
        type="button"
        className="fs-button"
        onClick={() =>
          commit(
            {
              id: 'data.add',
              params: { record: { id: freshId(doc, 'data'), name: t('data.newName') } },
            },
            'data.add',
          )
        }
      >
        ＋ {t('data.add')}
      </button>
    </section>
  );
}
