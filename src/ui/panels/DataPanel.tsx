import { useTranslation } from 'react-i18next';
import { useEditorState } from '../EditorContext';
import { TextField } from '../inspector/fields/TextField';
import { RecordList } from './RecordList';
import { DataFormFields } from '../documentFields/DataFormFields';

/** Data objects (documents and records steps read and write). */
export function DataPanel() {
  const { t } = useTranslation();
  const doc = useEditorState((s) => s.doc);
  return (
    <section className="fs-inspector-section" aria-label={t('panel.data')}>
      <h2 className="fs-panel-title">{t('panel.data')}</h2>
      <RecordList noun="data" records={doc.data ?? []} empty={t('data.empty')}>
        {(d, update) => (
          <>
            <TextField
              label={t('data.description')}
              value={d.description ?? ''}
              multiline
              onCommit={(x) => update({ description: x.trim() ? x : null })}
            />
            <DataFormFields record={d} index={(doc.data ?? []).indexOf(d)} update={update} />
          </>
        )}
      </RecordList>
    </section>
  );
}
